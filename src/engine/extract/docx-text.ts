// Text of a DOCX file with mammoth (paragraphs become lines).
import mammoth from 'mammoth';
import yauzl from 'yauzl';

/** A file that will not be read, whatever the retries: the reason is for the recruiter. */
export class UnreadableFile extends Error {}

/**
 * A resume's document part is a few hundred KB of XML. A small zip can unpack to far more (44 KB
 * gave 12 MB, which mammoth could not parse within 256 MB of heap), so it is measured first.
 */
const MAX_DOCX_XML_BYTES = 5 * 1024 * 1024;

// Streams the part and counts what it really unpacks to (yauzl also checks the declared size).
async function documentXmlFits(buffer: Buffer): Promise<boolean> {
  const zip = await yauzl.fromBufferPromise(buffer);
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== 'word/document.xml') continue;
      if (entry.uncompressedSize > MAX_DOCX_XML_BYTES) return false;
      let bytes = 0;
      for await (const chunk of await zip.openReadStreamPromise(entry)) {
        bytes += (chunk as Buffer).length;
        if (bytes > MAX_DOCX_XML_BYTES) return false;
      }
      return true;
    }
    return true;
  } finally {
    zip.close();
  }
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes);
  if (!(await documentXmlFits(buffer))) throw new UnreadableFile(`The DOCX's text unpacks to more than ${MAX_DOCX_XML_BYTES / 1024 / 1024} MB; it was not read.`);
  const { value } = await mammoth.extractRawText({ buffer });
  return value.replace(/\n{3,}/g, '\n\n').trim();
}
