// `npm run bench`: runs each benchmark in turn and prints its markdown table. BENCH_SCALE (default
// 1: a million candidates) sizes the data; `npm run bench -- http` runs only the named ones
// (engine, http, ingest, explain).
import { benchEngine } from './engine.ts';
import { benchExplain } from './explain.ts';
import { benchHttp } from './http.ts';
import { benchIngest } from './ingest.ts';

const benchmarks: Array<[string, () => Promise<string>]> = [
  ['engine', benchEngine],
  ['http', () => benchHttp()],
  ['ingest', () => benchIngest()],
  ['explain', () => benchExplain()],
];

const chosen = process.argv.slice(2);
for (const [name, run] of benchmarks.filter(([name]) => !chosen.length || chosen.includes(name))) {
  console.log(`## ${name}\n`);
  console.log(await run());
  console.log('');
}
