import type { FastifyReply } from 'fastify';
import type pg from 'pg';
import { visibleJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { sendBlob } from '../http/send-blob.ts';
import { SqlParams } from '../http/sql.ts';
import type { BlobStore } from '../storage/blob-store.ts';

/** GET /candidates/download-resume/{id}/: the resume file as uploaded, named as uploaded; 404 while there is none. */
export async function downloadResume(pool: pg.Pool, blobs: BlobStore, user: AuthUser, resumeId: number, reply: FastifyReply) {
  const params = new SqlParams();
  const { rows } = await pool.query<{ resume_file: string | null; resume_file_name: string | null }>(
    `SELECT r.resume_file, r.resume_file_name FROM resumes r JOIN jobs j ON j.id = r.job_id
     WHERE r.id = ${params.add(resumeId)} AND ${visibleJobs(user, params)}`,
    params.values,
  );
  const resume = rows[0];
  if (!resume?.resume_file) throw notFound();
  return sendBlob(reply, blobs, resume.resume_file, resume.resume_file_name ?? 'resume');
}
