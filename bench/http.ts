// HTTP benchmarks with autocannon against a running Shortlist server on the scale data, next to
// a bare Fastify route measured in the same run: requests/s, p50, p99, ratio to the bare route,
// and the server's memory at rest and under load.
import autocannon from 'autocannon';
import { freePort } from '../test/helpers/free-port.ts';
import { minimalPdf } from '../test/helpers/minimal-pdf.ts';
import { benchDatabase } from './bench-database.ts';
import { benchAdminToken, rssMb, SERVER_NODE_FLAGS, serverEnv, startProcess, stopProcess } from './processes.ts';
import { countsFor } from './scale-data.ts';

const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

interface Scenario {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  /** Builds each request's body and headers, for requests that must differ (a new applicant each time). */
  setup?: () => { body: Buffer; headers: Record<string, string> };
}

interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(base: string, scenario: Scenario, headers: Record<string, string>): Promise<Result> {
  const result = await autocannon({
    url: `${base}${scenario.path}`,
    connections: CONNECTIONS,
    duration: DURATION,
    method: scenario.method ?? 'GET',
    // What the browser client sends with every request.
    headers: { 'accept-encoding': 'gzip, deflate, br', ...headers },
    requests: scenario.setup
      ? [{ setupRequest: (req) => {
          const { body, headers: extra } = scenario.setup!();
          return { ...req, body, headers: { ...req.headers, ...extra } };
        } }]
      : undefined,
  });
  return { name: scenario.name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors };
}

function applyForm(jobKey: string): () => { body: Buffer; headers: Record<string, string> } {
  let n = 0;
  return () => {
    n += 1;
    const boundary = `----bench${n}`;
    const fields = { name: `Bench Applicant ${n}`, email: `bench-${process.pid}-${Date.now()}-${n}@mail.example`, location: '{"city":"Pune","state":"Maharashtra"}', job_key: jobKey };
    const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
    const body = Buffer.concat([
      Buffer.from(parts.join('')),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="resume.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      minimalPdf([`Bench Applicant ${n}`, 'Skills: Node.js, TypeScript, PostgreSQL', 'Backend Engineer, Acme, 2019 - Present']),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
  };
}

const fmt = (x: number, digits = 0) => x.toFixed(digits);

/** Waits until requests a slow scenario left queued have run, so that they do not slow the next one. */
async function drained(base: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const t0 = performance.now();
    await fetch(`${base}/readyz`);
    if (performance.now() - t0 < 20) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Starts the API server on the scale data; RESPONSE_CACHE_MS=0 runs it without its response cache. */
async function startApi(dbUrl: string, env: Record<string, string>) {
  const port = await freePort();
  // BENCH_PROFILE=<dir> writes the server's CPU profile there (open it in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const api = await startProcess([...profile, ...SERVER_NODE_FLAGS, 'bin/shortlist.js', 'serve', '--no-worker'], { ...serverEnv(dbUrl, port), ...env }, /running on/);
  return { child: api.child, base: `http://127.0.0.1:${port}` };
}

async function scenariosFor(base: string, counts: ReturnType<typeof countsFor>) {
  const access = await benchAdminToken(base);
  const auth = { authorization: `Bearer ${access}` };
  const jobs = (await (await fetch(`${base}/jobs/job/?o=id&page_size=1`, { headers: auth })).json()) as { results: { id: number; encrypted: string }[] };
  const bigJob = jobs.results[0];
  const someCandidate = Math.ceil(counts.candidates / 2);
  const scenarios: Scenario[] = [
    { name: `list-with-stages, job of ${counts.bigJobApplicants.toLocaleString('en')} applicants, page 1`, path: `/candidates/list-with-stages/?job_id=${bigJob.id}` },
    { name: 'list-with-stages, same job, page 100', path: `/candidates/list-with-stages/?job_id=${bigJob.id}&page=100` },
    { name: '/filter/candidate, name filter, score order', path: '/filter/candidate?name__icontains=priya&o=-resumes__resume_score__overall_score' },
    { name: 'candidate detail', path: `/candidates/candidate/${someCandidate}/` },
    { name: 'check-email', path: `/candidates/check-email/${bigJob.id}/candidate${someCandidate}@mail.example/` },
    { name: '/get_count/all/', path: '/get_count/all/' },
    { name: 'multipart apply with a small PDF', path: '/candidates/candidate/', method: 'POST', setup: applyForm(bigJob.encrypted) },
  ];
  // BENCH_ONLY=<text> runs only the scenarios whose name contains it.
  const only = process.env.BENCH_ONLY;
  return { auth, scenarios: scenarios.filter((s) => !only || s.name.includes(only)) };
}

/** Every scenario against one server; returns the results and the server's RSS at rest and at its peak. */
async function runScenarios(dbUrl: string, env: Record<string, string>, counts: ReturnType<typeof countsFor>, log: (s: string) => void) {
  const api = await startApi(dbUrl, env);
  try {
    const { auth, scenarios } = await scenariosFor(api.base, counts);
    const restRss = rssMb(api.child.pid!);
    let peakRss = restRss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, rssMb(api.child.pid!));
    }, 200);
    const results: Result[] = [];
    for (const scenario of scenarios) {
      log(`  ${scenario.name}…`);
      results.push(await load(api.base, scenario, scenario.setup ? {} : auth));
      await drained(api.base);
    }
    clearInterval(sampler);
    return { results, restRss, peakRss };
  } finally {
    await stopProcess(api.child);
  }
}

export async function benchHttp(scale = Number(process.env.BENCH_SCALE ?? 1), log: (s: string) => void = console.error): Promise<string> {
  const counts = countsFor(scale);
  const db = await benchDatabase(scale, log);
  const barePort = await freePort();
  const bare = await startProcess(['--import', 'tsx', 'bench/bare-server.ts'], { PORT: String(barePort) }, /listening (\d+)/);
  try {
    const baseline = await load(`http://127.0.0.1:${barePort}`, { name: 'bare Fastify route (ceiling)', path: '/bare/' }, {});
    log(' with the response cache (the default):');
    const cached = await runScenarios(db.url, {}, counts, log);
    log(' without it (RESPONSE_CACHE_MS=0), every request reaching the database:');
    const uncached = await runScenarios(db.url, { RESPONSE_CACHE_MS: '0' }, counts, log);

    const ratio = (r: Result) => `${(r.rps / baseline.rps * 100).toFixed(1)}%`;
    const cells = (r: Result) => `${fmt(r.rps)} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} | ${ratio(r)}`;
    const rows = [
      `| ${baseline.name} | ${cells(baseline)} | | | | | ${baseline.errors} |`,
      ...cached.results.map((r, i) => `| ${r.name} | ${cells(r)} | ${cells(uncached.results[i])} | ${r.errors + uncached.results[i].errors} |`),
    ];
    return [
      `Scale ${scale}: ${counts.candidates.toLocaleString('en')} candidates, ${counts.jobs} jobs; ${CONNECTIONS} connections, ${DURATION} s each; server RSS ${cached.restRss} MB at rest, ${cached.peakRss} MB peak under load (${uncached.peakRss} MB without the response cache).`,
      '',
      '| endpoint | requests/s | p50 ms | p99 ms | of bare route | uncached: requests/s | p50 ms | p99 ms | of bare route | non-2xx |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...rows,
    ].join('\n');
  } finally {
    await stopProcess(bare.child);
    await db.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchHttp());
