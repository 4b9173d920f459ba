import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BENCH_ADMIN, BENCH_PASSWORD } from './scale-data.ts';

/** Starts a Node process and resolves with it once it prints `pattern`. */
export function startProcess(args: string[], env: Record<string, string>, pattern: RegExp): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (data: Buffer) => {
      output += data;
      const match = output.match(pattern);
      if (match) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolvePromise({ child, match });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d) => {
      output += d;
    });
    child.on('exit', (code) => reject(new Error(`process exited (${code}) before it was ready:\n${output.slice(-2000)}`)));
  });
}

/** Resident set size of a process in MB, from /proc. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Node's flags for an API server, as `npm start` gives them (see the README's memory note). */
export const SERVER_NODE_FLAGS = ['--max-old-space-size=256'];

/** The environment every benchmark server and worker runs with, on the benchmark database. */
export function serverEnv(dbUrl: string, port: number): Record<string, string> {
  return { DATABASE_URL: dbUrl, JWT_SECRET: BENCH_JWT_SECRET, LOG_LEVEL: 'warn', DATA_DIR: '.bench-data/app', PORT: String(port), LOGIN_RATE_LIMIT: '1000' };
}

export const BENCH_JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123';

/** An access token of the benchmark organisation's Admin, from the server at `base`. */
export async function benchAdminToken(base: string): Promise<string> {
  const login = await fetch(`${base}/accounts/token/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: BENCH_ADMIN, password: BENCH_PASSWORD }) });
  return ((await login.json()) as { access: string }).access;
}
