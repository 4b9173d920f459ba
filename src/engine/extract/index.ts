// Text of a resume file of a known kind.
import { docxText } from './docx-text.ts';
import type { FileKind } from './kind.ts';
import { pdfText } from './pdf-text.ts';

/**
 * A resume runs to a few pages (about 3,000 characters each). Reading no further than this bounds
 * the time and memory one upload can take: pdf.js needed 10 s and 600 MB for a 10 MB file of
 * 1,400 text pages.
 */
export const MAX_RESUME_CHARS = 100_000;

export async function extractText(bytes: Uint8Array, kind: FileKind): Promise<string> {
  let text: string;
  if (kind === 'pdf') text = await pdfText(bytes, MAX_RESUME_CHARS);
  else if (kind === 'docx') text = await docxText(bytes);
  else text = new TextDecoder('utf-8').decode(bytes.subarray(0, MAX_RESUME_CHARS * 4));
  return text.slice(0, MAX_RESUME_CHARS);
}
