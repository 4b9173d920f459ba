// A pass-through that measures an upload while it streams: size (failing as soon as the limit
// is passed), sha256, the first bytes for sniffing, the last bytes for trailer checks, and
// whether the whole stream is UTF-8 text without NUL bytes.
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

const HEAD_BYTES = 4100;
const TAIL_BYTES = 4096;

export class TooLargeError extends Error {}

export class UploadMeter extends Transform {
  size = 0;
  isText = true;
  private readonly hash = createHash('sha256');
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private headChunks: Buffer[] = [];
  private headLength = 0;
  private headChecked = false;
  private tailBuffer = Buffer.alloc(0);

  /** `onHead` runs once, when HEAD_BYTES have arrived or the stream ends; throwing stops the upload. */
  constructor(
    private readonly maxBytes: number,
    private readonly onHead: (head: Buffer, meter: UploadMeter) => Promise<void>,
  ) {
    super();
  }

  get head(): Buffer {
    return Buffer.concat(this.headChunks);
  }

  get tail(): Buffer {
    return this.tailBuffer;
  }

  /** The sha256 of everything that passed; call once, after the stream ended. */
  digest(): string {
    return this.hash.digest('hex');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(new TooLargeError());
      return;
    }
    this.hash.update(chunk);
    this.checkText(chunk, true);
    if (this.headLength < HEAD_BYTES) {
      this.headChunks.push(chunk.subarray(0, HEAD_BYTES - this.headLength));
      this.headLength += Math.min(chunk.length, HEAD_BYTES - this.headLength);
    }
    this.tailBuffer = Buffer.concat([this.tailBuffer, chunk.subarray(-TAIL_BYTES)]).subarray(-TAIL_BYTES);
    if (this.headLength < HEAD_BYTES || this.headChecked) {
      done(null, chunk);
      return;
    }
    this.headChecked = true;
    this.onHead(this.head, this).then(() => done(null, chunk), done);
  }

  override _flush(done: TransformCallback): void {
    this.checkText(Buffer.alloc(0), false);
    if (this.headChecked) {
      done();
      return;
    }
    this.headChecked = true;
    this.onHead(this.head, this).then(() => done(), done);
  }

  private checkText(chunk: Buffer, more: boolean): void {
    if (!this.isText) return;
    try {
      this.decoder.decode(chunk, { stream: more });
      if (chunk.includes(0)) this.isText = false;
    } catch {
      this.isText = false;
    }
  }
}
