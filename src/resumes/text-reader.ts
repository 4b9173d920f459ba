// Resume files come from anyone who applies, and pdf.js's memory for one page cannot be bounded
// from outside (a crafted 22 MB PDF needed more than a 256 MB heap). Their text is therefore read
// in a child process with its own heap limit and a time limit: a file that exceeds either fails
// alone, with the reason, and a fresh process reads the next file, instead of the process (and
// the API it may serve) going down. A child process rather than a worker thread, because the
// parent's --max-old-space-size (npm start passes one) overrides a thread's resourceLimits.
import { type ChildProcess, fork } from 'node:child_process';
import { type FileKind, UnreadableFile } from '../engine/index.ts';

export interface TextReaderLimits {
  heapMb: number;
  timeoutMs: number;
}

// A resume of a few pages needs about 20 MB; legitimate files stay far below both limits.
export const RESUME_READING_LIMITS: TextReaderLimits = { heapMb: 128, timeoutMs: 30_000 };

// Starting takes about half a second; this only catches a reader that never gets going.
const START_TIMEOUT_MS = 60_000;
const IDLE_MS = 60_000;

interface Reading {
  bytes: Uint8Array;
  kind: FileKind;
  resolve: (text: string) => void;
  reject: (error: Error) => void;
}

type Answer = { text: string } | { error: string; unreadable: boolean };

/** Reads files one at a time in a child process, started on first use and after each failure. */
export class TextReader {
  private child?: ChildProcess;
  /** Whether the child has loaded the engine; the time limit runs from then. */
  private ready = false;
  private current?: Reading;
  private timer?: NodeJS.Timeout;
  private waiting: Reading[] = [];
  private idle?: NodeJS.Timeout;

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
    clearTimeout(this.idle);
    try {
      const child = this.child ?? this.start();
      child.ref();
      child.channel?.ref();
      if (this.ready) this.send(child);
    } catch (error) {
      this.fail(error as Error);
    }
  }

  private send(child: ChildProcess): void {
    const { bytes, kind } = this.current!;
    this.limit(this.limits.timeoutMs, () => new UnreadableFile(`Reading the file took longer than ${this.limits.timeoutMs / 1000} s; it was not read.`));
    child.send({ bytes, kind });
  }

  private start(): ChildProcess {
    const child = fork(new URL('./text-reader-process.js', import.meta.url), [], {
      execArgv: [`--max-old-space-size=${this.limits.heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.child = child;
    this.ready = false;
    // A reader must not outlive this process in the middle of a file.
    const stopWithParent = () => child.kill('SIGKILL');
    process.once('exit', stopWithParent);
    child.once('exit', () => process.off('exit', stopWithParent));
    // Not the file's fault: a plain error, so the job is tried again later.
    this.limit(START_TIMEOUT_MS, () => new Error('The resume reader did not start.'));
    child.on('message', (message: 'ready' | Answer) => {
      if (this.child !== child) return;
      if (message !== 'ready') return this.finish(message);
      this.ready = true;
      clearTimeout(this.timer);
      if (this.current) this.send(child);
    });
    child.on('error', (error) => {
      if (this.child === child) this.fail(error);
    });
    child.on('exit', (code, signal) => {
      if (this.child !== child) return;
      // V8 aborts a process that runs out of heap.
      const outOfMemory = this.ready && (signal === 'SIGABRT' || code === 134);
      this.fail(outOfMemory ? new UnreadableFile('Reading the file needed more memory than a resume may take; it was not read.') : new Error(`The resume reader stopped (${signal ?? code}).`));
    });
    return child;
  }

  private limit(ms: number, error: () => Error): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fail(error()), ms);
  }

  // A child answers one file at a time, and one whose file failed is killed and its messages
  // ignored (start), so an answer is always the current file's.
  private finish(answer: Answer): void {
    const reading = this.done();
    if ('text' in answer) reading?.resolve(answer.text);
    else reading?.reject(answer.unreadable ? new UnreadableFile(answer.error) : new Error(answer.error));
    this.next();
  }

  /** Fails the file being read and drops the child, which may be out of memory or stuck. */
  private fail(error: Error): void {
    this.stop();
    this.done()?.reject(error);
    this.next();
  }

  private stop(): void {
    const child = this.child;
    this.child = undefined;
    child?.kill('SIGKILL');
  }

  private done(): Reading | undefined {
    clearTimeout(this.timer);
    const reading = this.current;
    this.current = undefined;
    if (!this.waiting.length) {
      this.child?.unref();
      this.child?.channel?.unref();
      // An idle reader gives its memory back; the next file starts another (about half a second).
      this.idle = setTimeout(() => this.stop(), IDLE_MS).unref();
    }
    return reading;
  }
}

const shared = new TextReader();

/** The text of a resume file from outside, read in this process's reader process. */
export const readResumeText = (bytes: Uint8Array, kind: FileKind): Promise<string> => shared.read(bytes, kind);
