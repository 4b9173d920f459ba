// `npm run bench`: runs each benchmark in turn and prints its markdown table.
import { benchEngine } from './engine.ts';

const benchmarks: Array<[string, () => Promise<string>]> = [['engine', benchEngine]];

for (const [name, run] of benchmarks) {
  console.log(`## ${name}\n`);
  console.log(await run());
  console.log('');
}
