// A real S3 API (s3rver) on a random loopback port with its own temp directory and bucket.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

export interface TestS3 {
  storageUrl: string;
  listKeys(): Promise<string[]>;
  close(): Promise<void>;
}

/** `closeAfter: false` leaves closing to the caller (`close()`), to stop an app that uses it first. */
export async function startS3({ closeAfter = true } = {}): Promise<TestS3> {
  const directory = await mkdtemp(join(tmpdir(), 's3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const bucket = 'shortlist-test';
  // s3rver accepts its fixed development credentials.
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const client = new S3Client({ endpoint, region: 'us-east-1', credentials, forcePathStyle: true });
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  const close = async () => {
    client.destroy();
    await server.close();
    await rm(directory, { recursive: true, force: true });
  };
  if (closeAfter) after(close);
  const query = new URLSearchParams({ endpoint, region: 'us-east-1', access_key_id: 'S3RVER', secret_access_key: 'S3RVER' });
  return {
    storageUrl: `s3://${bucket}?${query}`,
    close,
    async listKeys() {
      const out = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      return (out.Contents ?? []).map((o) => o.Key ?? '');
    },
  };
}
