// End-to-end resume throughput: applications uploaded over HTTP until every score is visible,
// with the worker inside the server process, then with the server plus two worker processes.
import pg from 'pg';
import { QUEUES } from '../src/queue/names.ts';
import { startQueue } from '../src/queue/start-queue.ts';
import { freePort } from '../test/helpers/free-port.ts';
import { minimalPdf } from '../test/helpers/minimal-pdf.ts';
import { benchDatabase } from './bench-database.ts';
import { benchAdminToken, SERVER_NODE_FLAGS, serverEnv, startProcess, stopProcess } from './processes.ts';

const RESUMES = Number(process.env.BENCH_RESUMES ?? 300);
const UPLOAD_CONCURRENCY = 8;
const SKILLS = ['Node.js', 'TypeScript', 'PostgreSQL', 'Docker', 'Kubernetes', 'React', 'Python', 'AWS', 'Redis', 'Go'];

function resumeForm(run: string, n: number, jobKey: string): { body: Buffer; type: string } {
  const pdf = minimalPdf([
    `Applicant ${run} ${n}`,
    `applicant-${run}-${n}@mail.example | +91 98${String(n).padStart(8, '0')}`,
    'Experience',
    `Software Engineer, Company ${n % 50}, Jan ${2012 + (n % 10)} - Present`,
    `Built services with ${SKILLS[n % 10]} and ${SKILLS[(n * 3) % 10]}.`,
    'Education',
    `B.Tech in Computer Science, University ${n % 20}, ${2008 + (n % 10)}`,
    'Skills',
    `${SKILLS[n % 10]}, ${SKILLS[(n + 1) % 10]}, ${SKILLS[(n + 4) % 10]}, SQL`,
  ]);
  const boundary = `----ingest${n}`;
  const field = (k: string, v: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
  const head = field('name', `Applicant ${n}`) + field('email', `applicant-${run}-${n}@mail.example`) + field('job_key', jobKey);
  const body = Buffer.concat([
    Buffer.from(`${head}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

async function run(label: string, dbUrl: string, workers: number, log: (s: string) => void): Promise<string> {
  const port = await freePort();
  const env = serverEnv(dbUrl, port);
  const server = await startProcess([...SERVER_NODE_FLAGS, 'bin/shortlist.js', 'serve', ...(workers ? ['--no-worker'] : [])], env, /running on/);
  const extra = await Promise.all(Array.from({ length: workers }, () => startProcess(['bin/shortlist.js', 'worker'], env, /worker running/)));
  const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
  const base = `http://127.0.0.1:${port}`;
  try {
    const access = await benchAdminToken(base);
    const job = (await (await fetch(`${base}/jobs/job/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${access}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Ingestion ${label}`, description: 'Backend engineer with Node.js, TypeScript and PostgreSQL; Docker and AWS a plus.', published: true, min_experience: 2, max_experience: 6 }),
    })).json()) as { id: number; encrypted: string };
    const tag = `${Date.now().toString(36)}${workers}`;
    const started = performance.now();
    let next = 0;
    const uploader = async () => {
      while (next < RESUMES) {
        const form = resumeForm(tag, next++, job.encrypted);
        const res = await fetch(`${base}/candidates/candidate/`, { method: 'POST', headers: { 'content-type': form.type }, body: form.body });
        if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
      }
    };
    await Promise.all(Array.from({ length: UPLOAD_CONCURRENCY }, uploader));
    const uploaded = performance.now();
    for (;;) {
      const { rows } = await pool.query<{ done: number }>('SELECT count(*)::int AS done FROM resumes WHERE job_id = $1 AND completed', [job.id]);
      if (rows[0].done >= RESUMES) break;
      if (performance.now() - started > 600_000) throw new Error('ingestion did not finish in 10 minutes');
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    log(`  ${label}: ${RESUMES} resumes in ${seconds.toFixed(1)} s`);
    return `| ${label} | ${RESUMES} | ${((uploaded - started) / 1000).toFixed(1)} | ${seconds.toFixed(1)} | ${(RESUMES / seconds).toFixed(1)} |`;
  } finally {
    await pool.end();
    for (const w of extra) await stopProcess(w.child);
    await stopProcess(server.child);
  }
}

/**
 * The HTTP benchmark's applications are never parsed (its servers run without workers); their
 * queued jobs would come first, and the first setup here would spend minutes working through them.
 */
async function dropQueuedParses(dbUrl: string): Promise<void> {
  const queue = await startQueue(dbUrl, { onError: () => {} });
  try {
    await queue.purgeQueue(QUEUES.parseResume);
  } finally {
    await queue.stop({ graceful: false, wait: true });
  }
}

export async function benchIngest(scale = Number(process.env.BENCH_SCALE ?? 1), log: (s: string) => void = console.error): Promise<string> {
  const db = await benchDatabase(scale, log);
  try {
    await dropQueuedParses(db.url);
    const rows = [await run('server with its in-process worker', db.url, 0, log), await run('server (--no-worker) + 2 worker processes', db.url, 2, log)];
    return [
      `Upload (${UPLOAD_CONCURRENCY} concurrent multipart applications with a one-page PDF) until every resume is parsed and scored.`,
      '',
      '| setup | resumes | uploaded after s | all scored after s | resumes/s end to end |',
      '|---|---:|---:|---:|---:|',
      ...rows,
    ].join('\n');
  } finally {
    await db.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchIngest());
