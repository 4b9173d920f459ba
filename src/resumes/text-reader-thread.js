// The worker thread of text-reader.ts: reads one file's text at a time, under the thread's memory limit.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
// Loaded before tsx, which would otherwise transform pdf.js and keep about 50 MB for it; the
// engine's own import of it (src/engine/extract/pdf-text.ts) then finds these modules.
import 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
import 'pdfjs-dist/legacy/build/pdf.min.mjs';

register();
const { extractText } = await import('../engine/extract/index.ts');
const { UnreadableFile } = await import('../engine/extract/docx-text.ts');
parentPort.postMessage('ready');

parentPort.on('message', async ({ bytes, kind }) => {
  try {
    parentPort.postMessage({ text: await extractText(bytes, kind) });
  } catch (error) {
    parentPort.postMessage({ error: String(error?.message ?? error), unreadable: error instanceof UnreadableFile });
  }
});
