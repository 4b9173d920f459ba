// The child process of text-reader.ts: reads one file's text at a time, under its heap limit.
// pdf.js is loaded before tsx, which would otherwise transform it and keep about 50 MB for it; the
// engine's own import of it (src/engine/extract/pdf-text.ts) then finds these modules.
import 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
import 'pdfjs-dist/legacy/build/pdf.min.mjs';
import { register } from 'tsx/esm/api';

register();
const { extractText } = await import('../engine/extract/index.ts');
const { UnreadableFile } = await import('../engine/extract/docx-text.ts');

process.on('message', async ({ bytes, kind }) => {
  try {
    process.send({ text: await extractText(bytes, kind) });
  } catch (error) {
    // A refusal's message is the reason the applicant's resume shows; other errors keep their kind for the logs.
    const unreadable = error instanceof UnreadableFile;
    process.send({ error: unreadable ? error.message : `${error?.name ?? 'Error'}: ${error?.message ?? error}`, unreadable });
  }
});
// The parent has gone (or closed the channel): nothing is left to read for.
process.on('disconnect', () => process.exit(0));
process.send('ready');
