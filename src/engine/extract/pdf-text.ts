// Text of a PDF with pdf.js, laid out in reading order (see layout.ts).
import { layoutPage, type TextItem } from './layout.ts';

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/**
 * pdf.js's minified builds: the others name source maps, which Node loads and keeps whenever
 * source maps are on (tsx turns them on), about 30 MB of heap in every process that reads a PDF
 * and 100 MB in a text reader thread. The worker module, loaded first, is used in this thread
 * instead of a fake worker loading the unminified one.
 */
async function loadPdfjs() {
  await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
  return import('pdfjs-dist/legacy/build/pdf.min.mjs');
}

/** The text of the pages up to the one that brings it past `maxChars` characters. */
export async function pdfText(bytes: Uint8Array, maxChars: number): Promise<string> {
  const pdfjs = await loadPdfjs();
  // pdf.js takes ownership of the buffer it is given, so hand it a copy.
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    let length = 0;
    for (let p = 1; p <= doc.numPages && length < maxChars; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const raw of content.items as PdfTextItem[]) {
        if (!raw.str || !raw.transform) continue;
        items.push({
          str: raw.str,
          x: raw.transform[4],
          y: raw.transform[5],
          width: raw.width ?? 0,
          height: raw.height || Math.abs(raw.transform[3]) || 10,
        });
      }
      pages.push(layoutPage(items));
      length += pages[pages.length - 1].length;
      page.cleanup();
    }
    return pages.join('\n\n');
  } finally {
    await doc.destroy();
  }
}
