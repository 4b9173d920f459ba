// The type of an upload, from its bytes only: file-type's magic numbers, or our own text check.
import { fileTypeFromBuffer } from 'file-type';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** file-type's extension for the head of a file ("pdf", "docx", "zip", "png", …); undefined if unknown. */
export async function sniffExtension(head: Buffer): Promise<string | undefined> {
  if (!head.length) return undefined;
  try {
    return (await fileTypeFromBuffer(head))?.ext;
  } catch {
    // file-type reads zip entries past the end of the head when the archive is larger.
    return head.subarray(0, 4).equals(ZIP) ? 'zip' : undefined;
  }
}
