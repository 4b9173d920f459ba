// A title line naming two or more roles held in one job: "Test Analyst/Test Manager", "Founder and
// CEO", "Personal Trainer, Nutritionist, and Boxing Coach". Each role is listed on its own, so that
// it is matched on its own against the roles a job asks for; the months they share are counted
// once by the scorer.
import type { WorkItem } from '../types.ts';
import { namesRole } from './roles.ts';

const JOINS = /\s*\/\s*|\s+(?:&|and)\s+|,\s*(?:&|and)\s+/i;
// A serial list ("A, B, and C") also joins its roles with commas; a comma alone often
// qualifies a title instead ("Manager, Retail Operations").
const SERIAL = /,\s*(?:&|and)\s/i;

/** The job once per role its title names; the first keeps the description. Parts that are not all roles ("Research and Development Engineer", "UI/UX Designer") leave the title whole. */
export function eachRole(job: WorkItem): WorkItem[] {
  const parts = job.position.split(SERIAL.test(job.position) ? new RegExp(`${JOINS.source}|,\\s*`, 'i') : JOINS).map((p) => p.trim());
  if (parts.length < 2 || !parts.every(namesRole)) return [job];
  return parts.map((position, i) => ({ ...job, position, description: i === 0 ? job.description : '' }));
}
