// The resume files named on `shortlist import`'s command line: files as given, folders searched
// recursively for .pdf, .docx and .txt files, and .zip archives (given or found) read entry by
// entry. Whether a file really is a resume is decided later, by its bytes.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import yauzl from 'yauzl';
import type { ImportSource } from '../resumes/import-resumes.ts';

const RESUME_NAME = /\.(pdf|docx|txt)$/i;
const isZip = (name: string) => /\.zip$/i.test(name);
// macOS archives carry resource forks in __MACOSX/ and ._name files; they are never resumes.
const isHidden = (name: string) => name.startsWith('.') || name === '__MACOSX';

export class SourceArgumentError extends Error {}

export interface DiscoveredSources {
  sources: ImportSource[];
  /** Closes the zip archives the sources read from. */
  close(): void;
}

const fileSource = (path: string): ImportSource => ({ name: path, open: () => createReadStream(path) });

async function zipSources(path: string, zips: yauzl.ZipFile[]): Promise<ImportSource[]> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
  } catch (error) {
    // A broken archive is one failed line of the summary, not the end of the run.
    return [{ name: path, open: () => Promise.reject(error) }];
  }
  zips.push(zip);
  const sources: ImportSource[] = [];
  for await (const entry of zip.eachEntry()) {
    const parts = entry.fileName.split('/');
    if (entry.fileName.endsWith('/') || parts.some(isHidden) || !RESUME_NAME.test(entry.fileName)) continue;
    sources.push({ name: `${path}:${entry.fileName}`, open: () => zip.openReadStreamPromise(entry) });
  }
  return sources;
}

async function folderSources(dir: string, zips: yauzl.ZipFile[]): Promise<ImportSource[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const sources: ImportSource[] = [];
  for (const entry of entries) {
    if (isHidden(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources.push(...(await folderSources(path, zips)));
    else if (entry.isFile() && isZip(entry.name)) sources.push(...(await zipSources(path, zips)));
    else if (entry.isFile() && RESUME_NAME.test(entry.name)) sources.push(fileSource(path));
  }
  return sources;
}

/** Every resume source under `paths`; a path that does not exist is a SourceArgumentError. */
export async function discoverSources(paths: string[]): Promise<DiscoveredSources> {
  const zips: yauzl.ZipFile[] = [];
  const close = () => {
    for (const zip of zips) zip.close();
  };
  const sources: ImportSource[] = [];
  try {
    for (const path of paths) {
      const info = await stat(path).catch(() => {
        throw new SourceArgumentError(`No such file or folder: ${path}`);
      });
      if (info.isDirectory()) sources.push(...(await folderSources(path, zips)));
      else if (isZip(basename(path))) sources.push(...(await zipSources(path, zips)));
      else sources.push(fileSource(path));
    }
  } catch (error) {
    close();
    throw error;
  }
  return { sources, close };
}
