// Text of a resume file of a known kind.
import { docxText } from './docx-text.ts';
import type { FileKind } from './kind.ts';
import { pdfText } from './pdf-text.ts';

export async function extractText(bytes: Uint8Array, kind: FileKind): Promise<string> {
  if (kind === 'pdf') return pdfText(bytes);
  if (kind === 'docx') return docxText(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
