// `shortlist parse`: a resume file (PDF, DOCX or text, told apart by magic bytes) or JSON lines
// {"id","text"} -> resume_json.
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { buffer } from 'node:stream/consumers';
import { detectKind, extractText, parseResume } from '../engine/index.ts';

// Shared with the score command: stream JSON lines from stdin, one result per line, a bad line
// reported on stderr (without its content) and skipped.
export async function eachJsonLine(handle: (obj: Record<string, unknown>) => Promise<unknown> | unknown): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let id: unknown = null;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(line) as Record<string, unknown>;
    } catch {
      process.stderr.write(`${JSON.stringify({ id, line: n, error: 'invalid JSON' })}\n`);
      continue;
    }
    try {
      id = obj?.id ?? null;
      const out = await handle(obj);
      process.stdout.write(`${JSON.stringify(out)}\n`);
    } catch (err) {
      // Only the error's kind and message, never the resume text it came from.
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`${JSON.stringify({ id, line: n, error: message.slice(0, 200) })}\n`);
    }
  }
}

/** The text of a PDF, DOCX or text file (stdin when no file is named), its kind told by its bytes. */
export async function readText(file: string | undefined): Promise<string> {
  const bytes = new Uint8Array(file ? await readFile(file) : await buffer(process.stdin));
  return extractText(bytes, detectKind(bytes));
}

export async function runParse({ file, jsonl }: { file?: string; jsonl: boolean }): Promise<void> {
  if (jsonl) {
    await eachJsonLine((obj) => {
      if (typeof obj.text !== 'string') throw new Error('"text" must be a string');
      return { id: obj.id, resume: parseResume(obj.text) };
    });
    return;
  }
  await reportingErrors('parse', async () => {
    process.stdout.write(`${JSON.stringify(parseResume(await readText(file)), null, 2)}\n`);
  });
}

/** Runs a one-file command; a failure (unreadable or corrupt file) prints one line, exit code 1. */
export async function reportingErrors(command: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`shortlist ${command}: ${message.split('\n')[0].slice(0, 300)}\n`);
    process.exitCode = 1;
  }
}
