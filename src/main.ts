// The `shortlist` command line. Each command loads its module lazily so that `parse` and
// `score` start fast and never touch the database.
import { Command } from 'commander';

const program = new Command('shortlist').description('Shortlist applicant tracking service');

program
  .command('serve')
  .description('run the API (and the background workers unless --no-worker)')
  .option('--no-worker', 'only serve the API; run `shortlist worker` elsewhere for background jobs')
  .action(async (opts: { worker: boolean }) => (await import('./cli/serve.ts')).serve(opts));

program
  .command('worker')
  .description('run the background workers alone (any number of machines can share one database)')
  .action(async () => (await import('./cli/worker.ts')).runWorker());

program
  .command('migrate')
  .description('apply database migrations and exit')
  .action(async () => (await import('./cli/migrate.ts')).migrateCommand());

program
  .command('seed')
  .description('create the demo organisation if the database has none')
  .action(async () => (await import('./cli/migrate.ts')).seedCommand());

program
  .command('import')
  .description('turn resume files, folders and .zip archives into applications to a job')
  .requiredOption('--job <id>', 'the job the candidates apply to')
  .argument('<paths...>', 'resume files (.pdf, .docx, .txt), folders of them, or .zip archives')
  // Wrong arguments exit 2, as an unknown job or path does.
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
  .action(async (paths: string[], opts: { job: string }) => (await import('./cli/import.ts')).runImport({ job: opts.job, paths }));

program
  .command('parse')
  .description('parse a resume (PDF, DOCX or text) into resume_json')
  .option('--jsonl', 'read {"id","text"} lines on stdin, write {"id","resume"} lines')
  .argument('[file]', 'resume file; stdin when omitted')
  .action(async (file: string | undefined, opts: { jsonl?: boolean }) => (await import('./cli/parse.ts')).runParse({ file, jsonl: Boolean(opts.jsonl) }));

program
  .command('score')
  .description('score a resume against a job description')
  .option('--jsonl', 'read {"id","jd","resume"} lines on stdin, write {"id","score"} lines')
  .option('--jd <file>', 'job description file')
  .argument('[resume]', 'resume file')
  .action(async (resume: string | undefined, opts: { jsonl?: boolean; jd?: string }) =>
    (await import('./cli/score.ts')).runScore({ resume, jd: opts.jd, jsonl: Boolean(opts.jsonl) }),
  );

await program.parseAsync(process.argv);
