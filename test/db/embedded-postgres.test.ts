import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startEmbeddedPostgres } from '../../src/db/connection.ts';
import { freePort } from '../helpers/free-port.ts';

test("a second server on a data directory in use fails with PostgreSQL's reason", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shortlist-embedded-'));
  chmodSync(dataDir, 0o755);
  const first = await startEmbeddedPostgres(dataDir, await freePort());
  try {
    await assert.rejects(startEmbeddedPostgres(dataDir, await freePort()), /did not start: FATAL: +lock file "postmaster.pid" already exists/);
  } finally {
    await first.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
