import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { type FilterFields, filterConditions, ordering } from '../http/filters.ts';
import { fetchPage } from '../http/paged-query.ts';
import type { PageRequest } from '../http/pagination.ts';
import { SqlParams } from '../http/sql.ts';
import { LOG_QUESTIONS, TEST_LOG_FROM, TEST_LOG_JSON } from './assessment-json.ts';
import type { Answer, Question } from './questions.ts';

const FIELDS: FilterFields = {
  job: { sql: 'l.job_id', type: 'number' },
  candidate: { sql: 'l.candidate_id', type: 'number' },
  status_text: { sql: 'l.status_text', type: 'text' },
  valid_to: { sql: 'l.valid_to', type: 'date' },
  created_at: { sql: 'l.created_at', type: 'date' },
  assigned_to__name: { sql: 'c.name', type: 'text' },
};

// The Assigned Assessments table sorts by its columns' dotted field names; order-only, so no query key filters by them.
const ORDER_FIELDS: FilterFields = {
  ...FIELDS,
  'assigned_to.name': { sql: 'c.name', type: 'text' },
  'job.title': { sql: 'j.title', type: 'text' },
  'assigned_by.name': { sql: '(SELECT u.name FROM users u WHERE u.id = l.assigned_by)', type: 'text' },
  assigned_at: { sql: 'l.created_at', type: 'date' },
};

/** GET /test/testlog/: the assessments assigned on jobs the user may see. */
export async function listTestLogs(pool: pg.Pool, user: AuthUser, query: Record<string, unknown>, at: PageRequest) {
  const params = new SqlParams();
  const where = [visibleJobs(user, params), ...filterConditions(query, FIELDS, params)];
  return fetchPage(pool, { item: TEST_LOG_JSON, from: `${TEST_LOG_FROM} WHERE ${where.join(' AND ')}`, orderBy: `${ordering(query.o, ORDER_FIELDS, 'l.created_at DESC')}, l.id DESC`, params }, at);
}

/** The fields of TEST_LOG_JSON that the report reads build on. */
export interface RecruiterTestLog {
  id: number;
  candidate: number;
  assessment: number;
  status_text: string;
  completed: boolean;
  link_opened: boolean;
  started: boolean;
  valid_from: string;
  valid_to: string;
  started_at: string | null;
  completed_at: string | null;
  preferences: { randomize_question?: boolean };
  answers: Answer[];
  result: { score: string } | null;
  [field: string]: unknown;
}

/** A test log by id, with the questions it puts (and their answers), for a recruiter who may see its job; 404 otherwise. */
export async function recruiterTestLogWithQuestions(pool: pg.Pool, user: AuthUser, id: number): Promise<{ log: RecruiterTestLog; questions: Question[] }> {
  const params = new SqlParams();
  const { rows } = await pool.query(
    `SELECT ${TEST_LOG_JSON} AS log, ${LOG_QUESTIONS} AS questions ${TEST_LOG_FROM} WHERE l.id = ${params.add(id)} AND ${visibleJobs(user, params)}`,
    params.values,
  );
  if (!rows[0]) throw notFound();
  return rows[0];
}

/** A test log by id for a recruiter who may see its job; 404 otherwise. */
export const recruiterTestLog = async (pool: pg.Pool, user: AuthUser, id: number) => (await recruiterTestLogWithQuestions(pool, user, id)).log;

/** GET /test/testlog-for-report/?job_id=&candidate_id=: a bare array, newest first. */
export async function testLogsForReport(pool: pg.Pool, user: AuthUser, jobId: number, candidateId: number) {
  const params = new SqlParams();
  const { rows } = await pool.query(
    `SELECT ${TEST_LOG_JSON} AS log ${TEST_LOG_FROM}
     WHERE l.job_id = ${params.add(jobId)} AND l.candidate_id = ${params.add(candidateId)} AND ${visibleJobs(user, params)}
     ORDER BY l.created_at DESC, l.id DESC`,
    params.values,
  );
  return rows.map((r) => r.log);
}
