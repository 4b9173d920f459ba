// Shared by the parse and score commands: stream JSON lines from stdin, one result per line,
// a bad line reported on stderr (without its content) and skipped.
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';

export async function eachJsonLine(handle: (obj: Record<string, unknown>) => Promise<unknown> | unknown): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const obj = JSON.parse(line) as Record<string, unknown>;
      id = obj?.id ?? null;
      const out = await handle(obj);
      process.stdout.write(`${JSON.stringify(out)}\n`);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`${JSON.stringify({ id, line: n, error: message.slice(0, 200) })}\n`);
    }
  }
}

export async function readInput(file: string | undefined): Promise<Uint8Array> {
  if (file) return new Uint8Array(await readFile(file));
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
