// Decides a file's kind from its first bytes: %PDF, a PK zip (DOCX), else text.
export type FileKind = 'pdf' | 'docx' | 'text';

export function detectKind(bytes: Uint8Array): FileKind {
  if (bytes.length >= 4 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
  return 'text';
}
