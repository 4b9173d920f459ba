// A title line naming two or more roles held in one job: "Test Analyst/Test Manager", "Founder and
// CEO", "Personal Trainer, Dietitian, and Swim Coach". Each role is listed on its own, so that it
// is matched on its own against the roles a job asks for; the months they share are counted once
// by the scorer.
import type { WorkItem } from '../types.ts';
import { namesOneRole } from './roles.ts';

const JOINS = /\s*\/\s*|\s+(?:&|and)\s+|,\s*(?:&|and)\s+/i;
// A serial list ("A, B, and C") also joins its roles with commas; a comma alone often
// qualifies a title instead ("Manager, Retail Operations").
const SERIAL = /,\s*(?:&|and)\s/i;
// One word before a head the parts share: "Assistant/Associate Professor", "Lead/Principal Engineer".
const QUALIFIER = /^(?:assistant|associate|deputy|lead|principal|head|trainee|acting|interim|vice)$/i;
// Title words that name a function rather than a person: "Director of Sales and Support".
const FUNCTION = /^(?:support|engineering|staff|placement|internship)$/i;
// The people a role serves or reports to: "Executive Assistant to the President and CEO".
const OBJECT = /\b(?:to|of|for)\s+(?:the\s+)?(.+)$/i;
// Two title words that name one role.
const ONE_ROLE = /^owner\s*\/\s*operator$/i;

function standsAlone(part: string, i: number, parts: string[]): boolean {
  if (!namesOneRole(part) || FUNCTION.test(part)) return false;
  if (i === parts.length - 1) return true;
  const object = part.match(OBJECT)?.[1];
  return !QUALIFIER.test(part) && !(object && namesOneRole(object));
}

/** The job once per role its title names; the first keeps the description. A part that names no role of its own ("Research and Development Engineer", "UI/UX Designer") leaves the title whole. */
export function eachRole(job: WorkItem): WorkItem[] {
  if (ONE_ROLE.test(job.position.trim())) return [job];
  const parts = job.position.split(SERIAL.test(job.position) ? new RegExp(`${JOINS.source}|,\\s*`, 'i') : JOINS).map((p) => p.trim());
  if (parts.length < 2 || !parts.every(standsAlone)) return [job];
  return parts.map((position, i) => ({ ...job, position, description: i === 0 ? job.description : '' }));
}

/** The jobs with their roles listed one by one; a role split off that another job already lists with these dates is left to that job, which has its own description. */
export function eachRoleOf(jobs: WorkItem[], key: (job: WorkItem) => string): WorkItem[] {
  const listed = new Set(jobs.map(key));
  return jobs.flatMap((job) => eachRole(job).filter((role, i) => i === 0 || !listed.has(key(role))));
}
