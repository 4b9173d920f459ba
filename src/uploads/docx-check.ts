// A DOCX is a zip whose central directory lists word/document.xml. Reads only the directory.
import yauzl from 'yauzl';

export async function isDocx(path: string): Promise<boolean> {
  try {
    // autoClose (the default) closes the file when the loop ends, returns or throws.
    const zip = await yauzl.openPromise(path);
    for await (const entry of zip.eachEntry()) if (entry.fileName === 'word/document.xml') return true;
    return false;
  } catch {
    return false;
  }
}
