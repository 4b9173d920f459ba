// Cheap structural checks on a PDF from its first and last bytes: the %PDF- header, an %%EOF
// near the end, and no /Encrypt entry in the trailer (which sits at the end, or at the start
// of a linearized file).
export type PdfProblem = 'corrupt' | 'encrypted';

export function pdfProblem(head: Buffer, tail: Buffer): PdfProblem | undefined {
  if (!head.subarray(0, 1024).includes('%PDF-')) return 'corrupt';
  if (!tail.subarray(-1024).includes('%%EOF')) return 'corrupt';
  if (head.includes('/Encrypt') || tail.includes('/Encrypt')) return 'encrypted';
  return undefined;
}
