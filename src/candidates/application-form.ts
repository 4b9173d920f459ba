// Reads an application (POST /candidates/candidate/, PUT and PATCH /candidates/candidate/{id}/)
// from a JSON body or from the web client's multipart form into one typed, validated input.
// The client sends location and responses as JSON strings, "", "null" and "undefined" for empty
// fields, linkedin twice, and one extra file part per audio answer, named by question id.
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { invalid } from '../http/errors.ts';
import { readMultipart } from '../http/multipart.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import { discardBlobs, type StoredUpload, storeUpload, type UploadKind } from '../uploads/index.ts';

/** A file part of the form, stored in the blob store (its type decided by its bytes). */
export interface UploadedFile extends StoredUpload {
  field: string;
  filename: string;
}

export interface CandidateFields {
  name?: string;
  email?: string;
  contact?: string | null;
  location?: { city: string; state: string } | null;
  linkedin?: string | null;
  github?: string | null;
  personal_website?: string | null;
  profile_pic?: string | null;
  intro_video?: string | null;
  notice_period_in_months?: number | null;
  current_ctc?: string | null;
  expected_ctc?: string | null;
  last_increment?: string | null;
}

export interface ResumeFields {
  relevant_experience_in_months?: number | null;
  expected_ctc?: string | null;
  responses?: unknown[];
}

export interface ApplicationInput {
  /** The job applied to: its public key (job_key) or its id (job, job_id). */
  jobKey?: string;
  jobId?: number;
  workflowId?: number | null;
  /** On update: the job(s) the candidate applied to, as check-email gave them (applied_job). */
  appliedJobs: number[];
  resumeId?: number;
  candidate: CandidateFields;
  resume: ResumeFields;
}

export interface ApplicationForm {
  input: ApplicationInput;
  files: UploadedFile[];
}

/** The resume itself; other file parts are the photo, the intro video and audio answers. */
export const RESUME_FIELD = 'file';

type Raw = Map<string, unknown[]>;

// The photo and intro video have fields of their own; any other file part is an audio answer,
// named by its question's id.
const FILE_KINDS: Record<string, UploadKind> = { [RESUME_FIELD]: 'resume', profile_pic: 'profile_pic', intro_video: 'intro_video' };
// The job's own limit (max_resume_size) is checked once the job is known, after the form is read.
const RESUME_STREAM_LIMIT = 50 * 1024 * 1024;

/** Streams one file part into the blob store; a bad file is a 400 naming its field. */
async function receiveFile(part: MultipartFile, blobs: BlobStore): Promise<UploadedFile> {
  const kind = FILE_KINDS[part.fieldname] ?? 'audio';
  const stored = await storeUpload(blobs, part, kind, kind === 'resume' ? { maxBytes: RESUME_STREAM_LIMIT } : {});
  return { field: part.fieldname, filename: part.filename, ...stored };
}

async function collect(request: FastifyRequest, blobs: BlobStore): Promise<{ raw: Raw; files: UploadedFile[] }> {
  const raw: Raw = new Map();
  const files: UploadedFile[] = [];
  const add = (key: string, value: unknown) => raw.set(key, [...(raw.get(key) ?? []), value]);
  if (request.isMultipart()) {
    try {
      const { fields } = await readMultipart(request, async (part) => {
        const file = await receiveFile(part, blobs);
        files.push(file);
        return file;
      });
      for (const [key, values] of Object.entries(fields)) for (const value of [values].flat()) add(key, value);
    } catch (error) {
      await discardBlobs(blobs, files.map((f) => f.key));
      throw error;
    }
    return { raw, files };
  }
  const body = request.body ?? {};
  if (typeof body !== 'object' || Array.isArray(body)) throw invalid({ non_field_errors: 'Expected a JSON object or a multipart form.' });
  for (const [key, value] of Object.entries(body)) add(key, value);
  return { raw, files };
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && ['', 'null', 'undefined'].includes(v.trim()));

/** Reads fields one by one, collecting every field's error before answering 400. */
class FieldReader {
  readonly errors: Record<string, string> = {};

  constructor(private readonly raw: Raw) {}

  /** undefined when the field was not sent, null when it was sent empty, else its first non-empty value. */
  value(key: string): unknown {
    const values = this.raw.get(key);
    if (!values) return undefined;
    return values.find((v) => !isEmpty(v)) ?? null;
  }

  fail(key: string, message: string): undefined {
    this.errors[key] ??= message;
    return undefined;
  }

  text(key: string, max: number): string | null | undefined {
    const v = this.value(key);
    if (v === undefined || v === null) return v;
    if (typeof v !== 'string' && typeof v !== 'number') return this.fail(key, 'Must be a string.');
    const s = String(v).trim();
    return s.length > max ? this.fail(key, `Ensure this field has no more than ${max} characters.`) : s;
  }

  int(key: string, max = 2_147_483_647): number | null | undefined {
    const v = this.value(key);
    if (v === undefined || v === null) return v;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN;
    return Number.isInteger(n) && n >= 0 && n <= max ? n : this.fail(key, 'A valid non-negative integer is required.');
  }

  decimal(key: string): string | null | undefined {
    const v = this.value(key);
    if (v === undefined || v === null) return v;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : Number.NaN;
    return Number.isFinite(n) && n < 1e12 ? n.toFixed(2) : this.fail(key, 'A valid non-negative number is required.');
  }

  json(key: string): unknown {
    const v = this.value(key);
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v);
    } catch {
      return this.fail(key, 'Must be valid JSON.');
    }
  }

  location(): CandidateFields['location'] {
    const v = this.json('location');
    if (v === undefined || v === null) return v;
    const o = v as Record<string, unknown>;
    const part = (s: unknown) => (typeof s === 'string' ? s.trim().slice(0, 200) : s == null ? '' : undefined);
    const city = part(o.city);
    const state = part(o.state);
    if (typeof v !== 'object' || Array.isArray(v) || city === undefined || state === undefined) {
      return this.fail('location', 'Must be an object {city, state} or a JSON string of one.');
    }
    return { city, state };
  }

  responses(): unknown[] | undefined {
    const v = this.json('responses');
    if (v === undefined || v === null) return v === null ? [] : undefined;
    if (!Array.isArray(v) || v.length > 500 || !v.every((item) => item && typeof item === 'object')) {
      return this.fail('responses', 'Must be a list of {questionId, answer, type} or a JSON string of one.');
    }
    return v;
  }

  /**
   * applied_job as one id, a comma-separated list (what a browser's FormData makes of check-email's
   * applied_jobs: "2,1") or a JSON list.
   */
  ids(key: string): number[] {
    const raw = this.value(key);
    const v = typeof raw === 'string' && raw.trim().startsWith('[') ? this.json(key) : raw;
    if (v === undefined || v === null) return [];
    const items = Array.isArray(v) ? v : String(v).split(',');
    const ids = items.map((item) => Number(typeof item === 'string' ? item.trim() : item));
    if (!ids.length || !ids.every((n) => Number.isInteger(n) && n > 0)) return this.fail(key, 'Must be a job id or a list of job ids.') ?? [];
    return ids;
  }
}

const EMAIL = /^[^\s@,;<>()[\]"]+@[^\s@,;<>()[\]"]+\.[^\s@,;<>()[\]"]+$/;

/** A valid e-mail with its domain in lower case, or null. */
export function normaliseEmail(raw: string): string | null {
  const email = raw.trim();
  if (email.length > 254 || !EMAIL.test(email)) return null;
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at)}${email.slice(at).toLowerCase()}`;
}

function readCandidate(f: FieldReader): CandidateFields {
  const candidate: CandidateFields = {
    contact: f.text('contact', 50),
    location: f.location(),
    linkedin: f.text('linkedin', 500),
    github: f.text('github', 500),
    personal_website: f.text('personal_website', 500),
    notice_period_in_months: f.int('notice_period_in_months', 120),
    current_ctc: f.decimal('current_ctc'),
    expected_ctc: f.decimal('expected_ctc'),
    last_increment: f.text('last_increment', 100),
  };
  const name = f.text('name', 200);
  if (name === null) f.fail('name', 'This field may not be blank.');
  else if (name !== undefined) candidate.name = name;
  const email = f.text('email', 254);
  if (email === null) f.fail('email', 'This field may not be blank.');
  else if (email !== undefined) {
    const normalised = normaliseEmail(email);
    if (normalised) candidate.email = normalised;
    else f.fail('email', 'Enter a valid email address.');
  }
  return candidate;
}

/** Drops the fields that were not sent, so that an update touches only what the client sent. */
function present<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The application in a JSON or multipart request, validated: 400 with a field map naming every
 * bad field. `create` also requires name, email, the job and a non-empty resume `file`.
 */
export async function readApplicationForm(request: FastifyRequest, { create, blobs }: { create: boolean; blobs: BlobStore }): Promise<ApplicationForm> {
  const { raw, files } = await collect(request, blobs);
  const f = new FieldReader(raw);
  const input: ApplicationInput = {
    jobKey: f.text('job_key', 100) ?? undefined,
    jobId: f.int('job_id') ?? f.int('job') ?? undefined,
    workflowId: f.int('workflow_id'),
    appliedJobs: f.ids('applied_job'),
    resumeId: f.int('resume') ?? undefined,
    candidate: present(readCandidate(f)),
    resume: present({
      relevant_experience_in_months: f.int('relevant_experience_in_months', 1200),
      expected_ctc: f.decimal('expected_ctc'),
      responses: f.responses(),
    }),
  };
  if (create) {
    if (!input.candidate.name) f.fail('name', 'This field is required.');
    if (!input.candidate.email) f.fail('email', 'This field is required.');
    if (!input.jobKey && !input.jobId) f.fail('job_key', 'The job is required: send job_key or job_id.');
    if (!files.some((file) => file.field === RESUME_FIELD)) f.fail(RESUME_FIELD, 'A resume file is required.');
  }
  if (Object.keys(f.errors).length) {
    await discardBlobs(blobs, files.map((file) => file.key));
    throw invalid(f.errors);
  }
  attachFiles(input, files);
  return { input, files };
}

/** Uploaded photo, intro video and audio answers (never text fields, which could name another file) become the candidate's and the responses' file keys. */
function attachFiles(input: ApplicationInput, files: UploadedFile[]): void {
  const answers = files.filter((file) => !(file.field in FILE_KINDS));
  for (const file of files) {
    if (file.field === 'profile_pic' || file.field === 'intro_video') input.candidate[file.field] = file.key;
  }
  if (!answers.length) return;
  const responses = [...((input.resume.responses ?? []) as Record<string, unknown>[])];
  for (const file of answers) {
    const i = responses.findIndex((r) => String(r.questionId) === file.field);
    const answer = { ...(i >= 0 ? responses[i] : { questionId: file.field, type: 'audio' }), audio_file: file.key };
    if (i >= 0) responses[i] = answer;
    else responses.push(answer);
  }
  input.resume.responses = responses;
}

/** Runs `work` with the form's stored files; when it fails, the files are removed again. */
export async function keepFilesIf<T>(blobs: BlobStore, form: ApplicationForm, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await discardBlobs(blobs, form.files.map((f) => f.key));
    throw error;
  }
}
