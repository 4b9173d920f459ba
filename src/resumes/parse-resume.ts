// The parse-resume job: extracts the resume's text (in the reader thread, text-reader.ts), parses it (locally, or through the optional
// model), scores it against the job with the job's weights, and writes every derived field, the
// resume_score row, the status by the job's shortlist threshold and a stage event, in one
// transaction. A job that runs twice (a worker died after committing) writes nothing the second
// time: the result belongs to one upload, and an upload is parsed once.
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { recordStageEvent } from '../candidates/record-stage-event.ts';
import type { Config } from '../config.ts';
import { withTransaction } from '../db/transaction.ts';
import {
  type JobInput,
  type ResumeJson,
  type ScoreResult,
  scoreResume,
  UnreadableFile,
  understandJob,
  type WeightsInput,
} from '../engine/index.ts';
import { parseWithProvider } from '../llm/index.ts';
import type { ParseResumeData } from '../queue/names.ts';
import { recordProgress } from '../stages/record-progress.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import { fileKindOf, readBlob } from './read-blob.ts';
import { readResumeText } from './text-reader.ts';

/** A failure that no retry can mend (no text in the file, say): the resume fails at once. */
export class UnprocessableResume extends Error {}

interface ResumeToParse {
  resume_file: string | null;
  resume_content_type: string | null;
  upload_count: number;
  completed: boolean;
  candidate_id: number;
  job_id: number;
  owner_id: number;
  score_weight_id: number;
  shortlist_threshold: string;
  job: JobInput;
  weights: WeightsInput;
}

const LOAD = `SELECT r.resume_file, r.resume_content_type, r.upload_count, r.completed, r.candidate_id, r.job_id,
    j.owner_id, coalesce(r.score_weight_id, j.score_weight_id) AS score_weight_id,
    coalesce(p.shortlist_threshold, 6)::text AS shortlist_threshold,
    json_build_object('title', j.title, 'description', j.description, 'jd_html', j.jd_html, 'jd_json', j.jd_json,
      'must_have_skills', j.must_have_skills, 'min_experience', j.min_experience, 'max_experience', j.max_experience) AS job,
    json_build_object('skills', w.skills, 'work_experience', w.work_experience, 'projects', w.projects,
      'education', w.education, 'certifications', w.certifications) AS weights
  FROM resumes r JOIN jobs j ON j.id = r.job_id
  JOIN score_weights w ON w.id = coalesce(r.score_weight_id, j.score_weight_id)
  LEFT JOIN screening_preferences p ON p.job_id = r.job_id
  WHERE r.id = $1`;

// Taken again inside the writing transaction: the row may have changed since LOAD.
const LOCK = 'SELECT upload_count, completed, candidate_id, job_id FROM resumes WHERE id = $1 FOR UPDATE';

type ResumeState = Pick<ResumeToParse, 'upload_count' | 'completed' | 'candidate_id' | 'job_id'>;

/** Nothing to do for a deleted resume, a newer upload, or an upload already parsed. */
const isStale = (row: ResumeState | undefined, job: ParseResumeData) => !row || row.upload_count !== job.upload || row.completed;

export async function parseResumeJob(pool: pg.Pool, blobs: BlobStore, config: Pick<Config, 'llm'>, job: ParseResumeData): Promise<void> {
  const started = performance.now();
  const { rows } = await pool.query<ResumeToParse>(LOAD, [job.resumeId]);
  const row = rows[0];
  if (isStale(row, job)) return;
  if (!row.resume_file) throw new UnprocessableResume('The application has no resume file.');
  const bytes = await readBlob(blobs, row.resume_file);
  const text = await readResumeText(bytes, fileKindOf(row.resume_content_type, bytes)).catch((error) => {
    throw error instanceof UnreadableFile ? new UnprocessableResume(error.message) : error;
  });
  if (!text.trim()) throw new UnprocessableResume('No text could be read from the resume (it may be a scanned image).');
  const parsed = await parseWithProvider(text, config.llm);
  const scored = scoreResume(parsed.resume, understandJob(row.job), row.weights);
  const seconds = (performance.now() - started) / 1000;
  await saveResult(pool, job, row, { ...parsed, scored, seconds });
}

interface Outcome {
  resume: ResumeJson;
  scored: ScoreResult;
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  cost: string;
  provider: string;
  /** Why the model's answer was not used, when it was asked (never quotes the resume). */
  fallback_reason?: string;
  seconds: number;
}

async function saveResult(pool: pg.Pool, job: ParseResumeData, row: ResumeToParse, o: Outcome): Promise<void> {
  await withTransaction(pool, async (client) => {
    const { rows } = await client.query<ResumeState>(LOCK, [job.resumeId]);
    if (isStale(rows[0], job)) return;
    const s = o.scored;
    const r = s.resume_json;
    const shortlisted = Number(s.resume_score.overall_score) >= Number(row.shortlist_threshold);
    const status = shortlisted ? 'Shortlisted' : 'Not Shortlisted';
    await client.query(
      `UPDATE resumes SET resume_json = $2, input_tokens = $3, output_tokens = $4, total_tokens = $5, cost = $6,
         phone_numbers = $7, websites = $8, emails = $9, date_of_birth = $10, addresses = $11, summary = $12,
         ai_summary = $13, education = $14, work_experience = $15, duration_per_work = $16, total_duration = $17,
         skills = $18, skills_matched = $19, skill_match_count = $20, certifications = $21, projects = $22,
         relevant_experience_in_months = $23, overall_score = $24, task_duration_seconds = $25,
         completed = true, task_message = 'Resume Parsed Successfully', status_text = $26, updated_at = now()
       WHERE id = $1`,
      [job.resumeId, JSON.stringify(r), o.input_tokens, o.output_tokens, o.total_tokens, o.cost,
        r.phoneNumbers.join(', '), JSON.stringify(r.websites), r.emails.join(', '), r.dateOfBirth, JSON.stringify(r.addresses),
        r.summary, s.ai_summary, JSON.stringify(r.education), JSON.stringify(r.workExperience), JSON.stringify(s.duration_per_work),
        s.total_duration, JSON.stringify(r.skills), JSON.stringify(s.skills_matched), s.skill_match_count,
        JSON.stringify(r.certifications), JSON.stringify(r.projects), s.relevant_experience_in_months, s.overall_score,
        o.seconds.toFixed(3), status],
    );
    const score = s.resume_score;
    await client.query(
      `INSERT INTO resume_scores (resume_id, job_id, user_id, score_weight_id, ai_score, skills_score, work_exp_score,
         projects_score, education_score, certifications_score, overall_score, feedback)
       VALUES ($1, $2, $3, $4, true, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (resume_id) DO UPDATE SET job_id = EXCLUDED.job_id, user_id = EXCLUDED.user_id,
         score_weight_id = EXCLUDED.score_weight_id, skills_score = EXCLUDED.skills_score,
         work_exp_score = EXCLUDED.work_exp_score, projects_score = EXCLUDED.projects_score,
         education_score = EXCLUDED.education_score, certifications_score = EXCLUDED.certifications_score,
         overall_score = EXCLUDED.overall_score, feedback = EXCLUDED.feedback, updated_at = now()`,
      [job.resumeId, row.job_id, row.owner_id, row.score_weight_id, score.skills_score, score.work_exp_score,
        score.projects_score, score.education_score, score.certifications_score, score.overall_score, score.feedback],
    );
    await recordProgress(client, {
      candidateId: row.candidate_id,
      jobId: row.job_id,
      stage: 'resume-screening',
      action: 'complete',
      actorId: null,
      statusText: status,
      details: {
        overall_score: score.overall_score,
        threshold: row.shortlist_threshold,
        provider: o.provider,
        ...(o.fallback_reason ? { fallback_reason: o.fallback_reason } : {}),
        upload: job.upload,
      },
    });
  });
}

/** The last attempt failed: the resume says so, with the reason, instead of waiting forever. */
export async function markResumeFailed(pool: pg.Pool, job: ParseResumeData, reason: string): Promise<void> {
  await withTransaction(pool, async (client) => {
    const { rows } = await client.query<ResumeState>(LOCK, [job.resumeId]);
    if (isStale(rows[0], job)) return;
    await client.query(
      `UPDATE resumes SET status_text = 'Failed to Process', completed = false, task_message = $2, updated_at = now() WHERE id = $1`,
      [job.resumeId, `Failed to Process: ${reason}`],
    );
    await recordStageEvent(client, {
      candidateId: rows[0].candidate_id,
      jobId: rows[0].job_id,
      stage: 'resume-screening',
      action: 'failed',
      statusText: 'Failed to Process',
      actorId: null,
      details: { reason, upload: job.upload },
    });
  });
}
