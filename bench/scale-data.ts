// Loads realistic synthetic data at scale, generated inside PostgreSQL with generate_series so
// that a million candidates take a minute, not an hour: 1 organisation, 50 users, 2,000 jobs,
// 1,000,000 candidates and 1,200,000 applications (resumes, scores, standings and stage events),
// one job with 100,000 applicants. `scale` multiplies the candidate and application counts.
import type pg from 'pg';
import { hashPassword } from '../src/accounts/passwords.ts';

export const BENCH_PASSWORD = 'bench password';
export const BENCH_ADMIN = 'admin@bench.example';

export interface ScaleCounts {
  candidates: number;
  bigJobApplicants: number;
  jobs: number;
  users: number;
}

export function countsFor(scale: number): ScaleCounts {
  const candidates = Math.max(1000, Math.round(1_000_000 * scale));
  return { candidates, bigJobApplicants: Math.round(candidates / 10), jobs: 2000, users: 50 };
}

const FIRST = `ARRAY['Aarav','Priya','Rohan','Ananya','Vikram','Meera','Arjun','Kavya','Ishaan','Diya','Kabir','Saanvi','Aditya','Riya','Karan','Neha','Rahul','Pooja','Siddharth','Tara','James','Maria','Wei','Fatima','Lucas','Sofia','Omar','Elena','Noah','Aisha']`;
const LAST = `ARRAY['Sharma','Patel','Iyer','Reddy','Gupta','Nair','Singh','Kumar','Das','Joshi','Mehta','Rao','Kapoor','Bose','Menon','Smith','Garcia','Chen','Khan','Müller','Rossi','Silva','Novak','Okafor','Tanaka']`;
const CITIES = `ARRAY['{"city":"Pune","state":"Maharashtra"}','{"city":"Mumbai","state":"Maharashtra"}','{"city":"Bengaluru","state":"Karnataka"}','{"city":"Chennai","state":"Tamil Nadu"}','{"city":"Hyderabad","state":"Telangana"}','{"city":"Delhi","state":"Delhi"}','{"city":"Kolkata","state":"West Bengal"}','{"city":"Ahmedabad","state":"Gujarat"}']`;
const SKILLS = `ARRAY['Python','JavaScript','TypeScript','Java','SQL','PostgreSQL','React','Node.js','Docker','Kubernetes','AWS','Go','Machine Learning','Excel','Testing','Selenium','Spark','Figma']`;
const STATUSES = `ARRAY['Under Review','Shortlisted','Not Shortlisted','On Hold']`;
const STAGES = `ARRAY['','Resume Screening','Assessments','Automated Video Interview']`;
const TITLES = `ARRAY['Backend Engineer','Frontend Engineer','Data Analyst','QA Engineer','DevOps Engineer','Product Designer','Data Scientist','Sales Executive','HR Generalist','Mobile Developer']`;

async function step(db: pg.ClientBase, label: string, sql: string, params: unknown[] = [], log: (s: string) => void = () => {}) {
  const t0 = performance.now();
  await (params.length ? db.query(sql, params) : db.query(sql));
  log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** Fills an empty, migrated database, on one connection (the load uses a temporary table). */
export async function loadScaleData(pool: pg.ClientBase, scale: number, log: (s: string) => void = () => {}): Promise<ScaleCounts> {
  const n = countsFor(scale);
  const hash = await hashPassword(BENCH_PASSWORD);
  await step(pool, 'organisation and users', `
    WITH o AS (INSERT INTO organisations (name, domain) VALUES ('Bench Corp', 'bench.example') RETURNING id),
    s AS (INSERT INTO organisation_services (org_id, service_id) SELECT o.id, s.id FROM o, services s)
    INSERT INTO users (org_id, name, email, password_hash, role_id)
    SELECT o.id, CASE WHEN i = 1 THEN 'Bench Admin' ELSE 'User ' || i END,
      CASE WHEN i = 1 THEN '${BENCH_ADMIN}' ELSE 'user' || i || '@bench.example' END, $1, CASE WHEN i <= 5 THEN 1 WHEN i <= 35 THEN 2 ELSE 3 END
    FROM o, generate_series(1, ${n.users}) i`, [hash], log);
  await step(pool, 'jobs', `
    INSERT INTO jobs (org_id, title, description, min_experience, max_experience, experience, employment_type, location,
      must_have_skills, encrypted, published, owner_id, score_weight_id, created_at)
    SELECT (SELECT id FROM organisations LIMIT 1), (${TITLES})[1 + i % 10] || ' ' || i,
      'We need ' || (${SKILLS})[1 + i % 18] || ' and ' || (${SKILLS})[1 + (i * 7) % 18] || ' experience.',
      i % 4, i % 4 + 3, 3, 'Full Time', 'Pune / Remote',
      jsonb_build_array(jsonb_build_object('label', (${SKILLS})[1 + i % 18], 'value', (${SKILLS})[1 + i % 18])),
      md5('job' || i), true, (SELECT min(id) FROM users) + i % ${n.users}, 1, now() - (i || ' hours')::interval
    FROM generate_series(1, ${n.jobs}) i`, [], log);
  await step(pool, 'screening preferences', 'INSERT INTO screening_preferences (job_id) SELECT id FROM jobs', [], log);
  await step(pool, 'candidates', `
    INSERT INTO candidates (org_id, name, email, contact, location, linkedin, notice_period_in_months, current_ctc, expected_ctc, created_at, updated_at)
    SELECT (SELECT id FROM organisations LIMIT 1), (${FIRST})[1 + i % 30] || ' ' || (${LAST})[1 + (i / 30) % 25],
      'candidate' || i || '@mail.example', '98' || lpad(i::text, 8, '0'), ((${CITIES})[1 + i % 8])::jsonb,
      'https://linkedin.com/in/c' || i, i % 4, 500000 + (i % 40) * 50000, 700000 + (i % 40) * 60000,
      now() - ((i % 365) || ' days')::interval - ((i % 1440) || ' minutes')::interval, now() - ((i % 300) || ' days')::interval
    FROM generate_series(1, ${n.candidates}) i`, [], log);
  // Applications: the first tenth of candidates applied to job 1 (the big one); every
  // candidate applied to one other job, and the second tenth to a third one.
  await step(pool, 'applications (job_universal_status)', `
    CREATE TEMP TABLE bench_apps AS
    WITH c AS (SELECT id, row_number() OVER (ORDER BY id) AS i FROM candidates), j AS (SELECT array_agg(id ORDER BY id) AS ids FROM jobs)
    SELECT DISTINCT ON (c.id, job_id) c.id AS candidate_id, job_id, c.i FROM c, j,
      LATERAL (VALUES (CASE WHEN c.i <= ${n.bigJobApplicants} THEN j.ids[1] END),
                      (j.ids[2 + (c.i % ${n.jobs - 1})]),
                      (CASE WHEN c.i > ${n.bigJobApplicants} AND c.i <= ${2 * n.bigJobApplicants} THEN j.ids[2 + ((c.i * 7) % ${n.jobs - 1})] END)) v(job_id)
    WHERE job_id IS NOT NULL;
    INSERT INTO job_universal_status (candidate_id, job_id, current_stage, status, created_at, updated_at)
    SELECT candidate_id, job_id, (${STAGES})[1 + i % 4], CASE WHEN i % 50 = 0 THEN 'Hired' WHEN i % 9 = 0 THEN 'Rejected' ELSE 'In Progress' END,
      now() - ((i % 365) || ' days')::interval, now() - ((i % 200) || ' days')::interval
    FROM bench_apps`, [], log);
  await step(pool, 'resumes', `
    INSERT INTO resumes (candidate_id, job_id, score_weight_id, name, skills, skills_matched, skill_match_count, total_duration,
      relevant_experience_in_months, overall_score, status_text, completed, task_message, upload_count, resume_file_name, created_at, updated_at)
    SELECT candidate_id, job_id, 1, 'Resume ' || i,
      jsonb_build_array(jsonb_build_object('name', (${SKILLS})[1 + i % 18], 'relevance', 'high', 'relevance_score', 8),
                        jsonb_build_object('name', (${SKILLS})[1 + (i * 3) % 18], 'relevance', 'medium', 'relevance_score', 5),
                        jsonb_build_object('name', (${SKILLS})[1 + (i * 5) % 18], 'relevance', 'low', 'relevance_score', 2)),
      jsonb_build_array(jsonb_build_object('name', (${SKILLS})[1 + i % 18], 'relevance', 'high', 'relevance_score', 8)), 1,
      12 + i % 120, i % 96, round(((i * 7919) % 1000) / 100.0, 3), (${STATUSES})[1 + i % 4], true, 'Resume Parsed Successfully', 1, 'resume.pdf',
      now() - ((i % 365) || ' days')::interval, now() - ((i % 200) || ' days')::interval
    FROM bench_apps`, [], log);
  await step(pool, 'resume scores', `
    INSERT INTO resume_scores (resume_id, job_id, score_weight_id, skills_score, work_exp_score, projects_score, education_score, certifications_score, overall_score)
    SELECT id, job_id, 1, least(4, overall_score * 0.4), least(1, overall_score * 0.1), least(3, overall_score * 0.3),
      least(1, overall_score * 0.1), least(1, overall_score * 0.1), round(overall_score, 2) FROM resumes`, [], log);
  await step(pool, 'stage events', `
    INSERT INTO candidate_stage_events (candidate_id, job_id, stage, action, status_text, created_at)
    SELECT candidate_id, job_id, 'application', 'applied', 'Applied', created_at FROM job_universal_status`, [], log);
  await step(pool, 'analyze', 'ANALYZE', [], log);
  return n;
}
