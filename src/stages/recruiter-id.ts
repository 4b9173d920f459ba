import { invalid } from '../http/errors.ts';

/** A record id in a path that also takes candidates' link keys: signed-in callers use the id. */
export function recruiterId(raw: string): number {
  const id = Number(raw);
  if (!/^\d{1,10}$/.test(raw) || id < 1 || id > 2_147_483_647) throw invalid({ id: 'A record id is required.' });
  return id;
}
