// Blobs as files under one directory (DATA_DIR/blobs by default). Each blob is written to a
// temp file beside its final path and renamed into place, so a reader never sees half a file;
// its content type is kept in "<file>.type" (keys contain no dots, so no key can clash with it).
import { open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { assertValidKey, BlobNotFoundError, type BlobStore, type PutOptions, type StoredBlob } from './blob-store.ts';
import { spool } from './temp-file.ts';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

export class FsBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  private path(key: string): string {
    assertValidKey(key);
    return join(this.root, key);
  }

  async put(key: string, stream: Readable, { contentType }: PutOptions): Promise<{ size: number }> {
    const path = this.path(key);
    const file = await spool(dirname(path), stream);
    const typeTemp = `${file.path}.type`;
    try {
      await writeFile(typeTemp, contentType, { mode: 0o600 });
      await rename(typeTemp, `${path}.type`);
      await rename(file.path, path);
      return { size: file.size };
    } catch (error) {
      await rm(typeTemp, { force: true });
      await file.remove();
      throw error;
    }
  }

  async get(key: string): Promise<StoredBlob> {
    const path = this.path(key);
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      if (isMissing(error)) throw new BlobNotFoundError(key);
      throw error;
    }
    try {
      const { size } = await handle.stat();
      const contentType = await readFile(`${path}.type`, 'utf8').catch(() => 'application/octet-stream');
      return { stream: handle.createReadStream(), size, contentType };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const path = this.path(key);
    await rm(path, { force: true });
    await rm(`${path}.type`, { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.path(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async url(): Promise<string | null> {
    return null;
  }
}
