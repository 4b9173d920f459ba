// EXPLAIN (ANALYZE, BUFFERS) of every query each list endpoint sends, captured from the real app
// on the scale data: how many round trips a page takes, and whether any plan scans a large
// table sequentially.
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { connect } from '../src/db/connection.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { startQueue } from '../src/queue/start-queue.ts';
import { benchDatabase } from './bench-database.ts';
import { BENCH_JWT_SECRET } from './processes.ts';
import { BENCH_ADMIN, BENCH_PASSWORD, countsFor } from './scale-data.ts';

const LARGE_TABLES = ['candidates', 'resumes', 'resume_scores', 'job_universal_status', 'candidate_stage_events'];

interface Captured {
  text: string;
  values: unknown[];
  /** The pool it went through, so that EXPLAIN plans it as the app's query was planned (generic or custom). */
  pool: pg.Pool;
}

/** Records every query the app sends through `pools` while `recording` is on. */
function capture(pools: pg.Pool[]) {
  const log: Captured[] = [];
  let recording = false;
  for (const pool of pools) {
    const query = pool.query.bind(pool) as (text: string, values?: unknown[]) => Promise<pg.QueryResult>;
    (pool as unknown as { query: typeof query }).query = (text: string | pg.QueryConfig, values?: unknown[]) => {
      // Lists and the session check are named statements, passed as a config object.
      if (recording) log.push(typeof text === 'string' ? { text, values: values ?? [], pool } : { text: text.text, values: text.values ?? [], pool });
      return query(text as string, values);
    };
  }
  return {
    async during(work: () => Promise<unknown>): Promise<Captured[]> {
      log.length = 0;
      recording = true;
      await work();
      recording = false;
      return [...log];
    },
  };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of a captured query, planned as the app's was: EXPLAIN of the text
 * plans it for its values, so a query from the generic-plan pool is prepared and its EXECUTE
 * explained instead, which shows the generic plan that pool runs.
 */
async function explain(q: Captured): Promise<string> {
  const client = await q.pool.connect();
  try {
    if (q.pool.options.options?.includes('force_generic_plan')) {
      await client.query(`PREPARE explained AS ${q.text}`);
      try {
        // EXECUTE takes its arguments as SQL, not as bound values.
        const args = q.values.map((v) => (v === null ? 'NULL' : client.escapeLiteral(String(v)))).join(', ');
        return plan(await client.query(`EXPLAIN (ANALYZE, BUFFERS) EXECUTE explained(${args})`));
      } finally {
        await client.query('DEALLOCATE explained');
      }
    }
    return plan(await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values));
  } finally {
    client.release();
  }
}

const plan = (result: pg.QueryResult) => result.rows.map((r) => r['QUERY PLAN']).join('\n');

async function token(app: FastifyInstance): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/accounts/token/', payload: { email: BENCH_ADMIN, password: BENCH_PASSWORD } });
  return res.json().access;
}

export async function benchExplain(scale = Number(process.env.BENCH_SCALE ?? 1), log: (s: string) => void = console.error): Promise<string> {
  const counts = countsFor(scale);
  const db = await benchDatabase(scale, log);
  const database = connect(db.url, 4);
  await runMigrations(database.pool);
  const queue = await startQueue(db.url, { onError: () => {} });
  // Without the response cache, so that every page reaches the database.
  const config = loadConfig({ DATABASE_URL: db.url, JWT_SECRET: BENCH_JWT_SECRET, LOG_LEVEL: 'silent', DATA_DIR: '.bench-data/app', RESPONSE_CACHE_MS: '0' });
  const app = await buildApp({ config, database, queue });
  const recorder = capture([database.pool, database.genericPlanPool]);
  const out: string[] = [];
  try {
    const auth = { authorization: `Bearer ${await token(app)}` };
    const big = (await database.pool.query<{ id: number }>('SELECT id FROM jobs ORDER BY id LIMIT 1')).rows[0].id;
    const lastPage = Math.ceil(counts.bigJobApplicants / 30);
    const endpoints = [
      `/candidates/list-with-stages/?job_id=${big}`,
      `/candidates/list-with-stages/?job_id=${big}&page=${Math.min(100, lastPage)}`,
      `/candidates/list-with-stages/?job_id=${big}&stage_name=Assessments`,
      '/filter/candidate?name__icontains=priya&o=-resumes__resume_score__overall_score',
      '/filter/candidate?o=-latest_resume_created_at',
      `/filter/candidate/${big}/?applied_jobs__id__iexact=${big}&o=-resumes__resume_score__overall_score`,
      '/filter/resume',
      `/filter/resume?job=${big}&status_text__iexact=Shortlisted&o=-overall_score`,
      `/candidates/candidate/${Math.ceil(counts.candidates / 2)}/`,
      `/candidates/candidates-for-job/${big}/`,
      '/jobs/job/',
      '/get_count/all/',
    ];
    for (const url of endpoints) {
      const queries = await recorder.during(async () => {
        const res = await app.inject({ method: 'GET', url, headers: auth });
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      });
      // The session check runs on a token's first request only; the process caches it after.
      const page = queries.filter((q) => !q.text.includes('JOIN auth_sessions'));
      out.push(`### GET ${url}\n\n${page.length} ${page.length === 1 ? 'query' : 'queries'} for the page (the session is cached).\n`);
      for (const q of page) {
        const plan = await explain(q);
        const seq = LARGE_TABLES.filter((t) => new RegExp(`Seq Scan on ${t}\\b`).test(plan));
        const time = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
        out.push(`Execution ${time} ms; sequential scans of large tables: ${seq.length ? seq.join(', ') : 'none'}.\n\n\`\`\`\n${plan}\n\`\`\`\n`);
      }
    }
  } finally {
    await app.close();
    await queue.stop({ graceful: false, wait: true });
    await database.close();
    await db.stop();
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchExplain());
