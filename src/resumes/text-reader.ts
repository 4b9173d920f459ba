// Resume files come from anyone who applies, and pdf.js's memory for one page cannot be bounded
// from outside (a crafted 22 MB PDF needed more than a 256 MB heap). Their text is therefore read
// in a worker thread with its own heap limit and a time limit: a file that exceeds either fails
// alone, with the reason, and the thread is replaced, instead of the process (and the API it may
// serve) going down.
import { Worker } from 'node:worker_threads';
import { type FileKind, UnreadableFile } from '../engine/index.ts';

export interface TextReaderLimits {
  heapMb: number;
  timeoutMs: number;
}

// A resume of a few pages needs about 20 MB; legitimate files stay far below both limits.
export const RESUME_READING_LIMITS: TextReaderLimits = { heapMb: 128, timeoutMs: 30_000 };

interface Reading {
  bytes: Uint8Array;
  kind: FileKind;
  resolve: (text: string) => void;
  reject: (error: Error) => void;
}

type Answer = { text: string } | { error: string; unreadable: boolean };

/** Reads files one at a time in a worker thread, started on first use and after each failure. */
export class TextReader {
  private worker?: Worker;
  /** Whether the thread has loaded the engine; the time limit runs from then. */
  private ready = false;
  private current?: Reading;
  private timer?: NodeJS.Timeout;
  private waiting: Reading[] = [];

  constructor(private readonly limits: TextReaderLimits = RESUME_READING_LIMITS) {}

  read(bytes: Uint8Array, kind: FileKind): Promise<string> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ bytes, kind, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.current || !this.waiting.length) return;
    this.current = this.waiting.shift()!;
    this.started().ref();
    if (this.ready) this.send();
  }

  private send(): void {
    const { bytes, kind } = this.current!;
    this.timer = setTimeout(() => this.fail(new UnreadableFile(`Reading the file took longer than ${this.limits.timeoutMs / 1000} s; it was not read.`)), this.limits.timeoutMs);
    this.worker!.postMessage({ bytes, kind });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./text-reader-thread.js', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb, maxYoungGenerationSizeMb: 8 },
    });
    worker.on('message', (reply: 'ready' | Answer) => {
      if (reply !== 'ready') return this.finish(reply);
      this.ready = true;
      if (this.current) this.send();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (this.worker !== worker) return;
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(memory ? new UnreadableFile('Reading the file needed more memory than a resume may take; it was not read.') : error);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.fail(new Error('The text reader stopped.'));
    });
    this.worker = worker;
    this.ready = false;
    return worker;
  }

  private finish(reply: Answer): void {
    const reading = this.done();
    if ('text' in reply) reading?.resolve(reply.text);
    else reading?.reject(reply.unreadable ? new UnreadableFile(reply.error) : new Error(reply.error));
    this.next();
  }

  /** Fails the file being read and drops the thread, which may be out of memory or stuck. */
  private fail(error: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    this.done()?.reject(error);
    this.next();
  }

  private done(): Reading | undefined {
    clearTimeout(this.timer);
    const reading = this.current;
    this.current = undefined;
    if (!this.waiting.length) this.worker?.unref();
    return reading;
  }
}

const shared = new TextReader();

/** The text of a resume file from outside, read in this process's reader thread. */
export const readResumeText = (bytes: Uint8Array, kind: FileKind): Promise<string> => shared.read(bytes, kind);
