import type { FastifyReply } from 'fastify';
import { BlobNotFoundError, type BlobStore } from '../storage/blob-store.ts';
import { attachmentDisposition } from '../storage/content-disposition.ts';
import { notFound } from './errors.ts';

/** Streams a stored file to the client, with its content type and, when named, as a download. */
export async function sendBlob(reply: FastifyReply, blobs: BlobStore, key: string, filename?: string): Promise<FastifyReply> {
  try {
    const blob = await blobs.get(key);
    reply.header('content-type', blob.contentType).header('content-length', blob.size).header('cache-control', 'private, no-store');
    if (filename) reply.header('content-disposition', attachmentDisposition(filename));
    return reply.send(blob.stream);
  } catch (error) {
    if (error instanceof BlobNotFoundError) throw notFound();
    throw error;
  }
}
