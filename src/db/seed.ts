// First-start demo data: an organisation with an Admin, an Editor and a Participant, and a
// published job. Passwords are random and returned so that the caller prints them once.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { insertUser } from '../accounts/create-user.ts';
import { register } from '../accounts/register.ts';
import type { AuthUser } from '../http/auth.ts';
import { createJob } from '../jobs/create-job.ts';

export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

export const DEMO_DOMAIN = 'demo.shortlist.example';

const DEMO_JOB = {
  title: 'Backend Engineer (Node.js)',
  description:
    'We are looking for a backend engineer to build APIs in Node.js and TypeScript on PostgreSQL. ' +
    'You will design REST services, write tests, and run them on Docker and AWS. ' +
    'Requirements: 3+ years of backend development, Node.js, TypeScript, SQL, REST APIs. ' +
    "Nice to have: Kubernetes, Redis, CI/CD. Education: a bachelor's degree in computer science or equivalent.",
  employment_type: 'Full Time',
  location: 'Pune / Remote',
  min_experience: 3,
  max_experience: 6,
  must_have_skills: [
    { label: 'Node.js', value: 'Node.js' },
    { label: 'TypeScript', value: 'TypeScript' },
    { label: 'PostgreSQL', value: 'PostgreSQL' },
  ],
  published: true,
};

/** Seeds the demo organisation unless any organisation exists; returns the accounts created, or [] when it did nothing. */
export async function seedDemo(pool: pg.Pool): Promise<DemoAccount[]> {
  const { rows } = await pool.query('SELECT 1 FROM organisations LIMIT 1');
  if (rows.length) return [];
  const password = () => randomBytes(9).toString('base64url');
  const accounts: DemoAccount[] = [
    { role: 'Admin', email: `admin@${DEMO_DOMAIN}`, password: password() },
    { role: 'Editor', email: `editor@${DEMO_DOMAIN}`, password: password() },
    { role: 'Participant', email: `participant@${DEMO_DOMAIN}`, password: password() },
  ];
  const adminId = await register(pool, { email: accounts[0].email, password: accounts[0].password, name: 'Demo Admin', org_domain: DEMO_DOMAIN, org_name: 'Demo Company' });
  const { rows: org } = await pool.query<{ org_id: number }>('SELECT org_id FROM users WHERE id = $1', [adminId]);
  const orgId = org[0].org_id;
  const editorId = await insertUser(pool, { org_id: orgId, name: 'Demo Editor', email: accounts[1].email, password: accounts[1].password, role_id: 2, invited_by: adminId });
  await insertUser(pool, { org_id: orgId, name: 'Demo Participant', email: accounts[2].email, password: accounts[2].password, role_id: 3, invited_by: adminId });
  const admin: AuthUser = { id: adminId, org_id: orgId, role: 'Admin', name: 'Demo Admin' };
  await createJob(pool, admin, { ...DEMO_JOB, users_shared_with: [editorId] });
  return accounts;
}
