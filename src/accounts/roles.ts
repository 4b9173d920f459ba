import type pg from 'pg';
import { invalid } from '../http/errors.ts';

export const ROLE_NAMES = ['Admin', 'Editor', 'Participant'] as const;

export async function listRoles(pool: pg.Pool) {
  const { rows } = await pool.query<{ id: number; name: string }>('SELECT id, name FROM roles ORDER BY id');
  return rows;
}

/** Accepts a role name ("Editor") or id (2); answers 400 on `role` otherwise. */
export async function roleId(pool: pg.Pool, role: string | number): Promise<number> {
  const { rows } = await pool.query<{ id: number }>('SELECT id FROM roles WHERE name = $1 OR id::text = $1', [String(role)]);
  if (!rows[0]) throw invalid({ role: `"${role}" is not a valid choice (${ROLE_NAMES.join(', ')}).` });
  return rows[0].id;
}
