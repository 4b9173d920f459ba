// POST /jobs/generate-job-description/ and /jobs/rewrite-job-description/: a job description
// written or improved by the optional language model (LLM_BASE_URL). The local engine reads
// resumes and jobs but writes no prose, so without a model these answer 503, and 502 when the
// model fails. No text is stored; the tokens each answer took are (model_usage), for the
// dashboard's cost.
import type pg from 'pg';

import { assertCanEditJobs } from '../access/jobs.ts';
import type { AuthUser } from '../http/auth.ts';
import { HttpError } from '../http/errors.ts';
import { askForJson, failureReason, ModelError, obj, str, strList, type Usage } from '../llm/chat.ts';
import { costOf, type LlmOptions } from '../llm/provider.ts';
import { type JobBody, mustHaveSkills } from './job-input.ts';
import { textToHtml } from './text-html.ts';

const STYLE =
  'Plain text: short paragraphs separated by blank lines, list items on lines starting with "- ". ' +
  'Never invent the company, salary, benefits or place: write only from what is given.';

const GENERATE = `Write a job description for candidates from the role below: an introduction, what the person will do, and what they need (the experience asked and the must-have skills). ${STYLE}`;
const REWRITE = `Improve the job description below for candidates: keep every fact, correct the language, and organise it into an introduction, responsibilities and requirements. Also list the up to 10 skills the role needs most, most important first, whether or not the description names them. ${STYLE}`;

const GENERATED = obj({ job_description: str });
const REWRITTEN = obj({ enhanced_job_description: str, recommended_skills: strList });

export interface RoleToDescribe {
  job_title: string;
  must_have_skills?: JobBody['must_have_skills'];
  employment_type?: string | null;
  min_experience?: number | null;
  max_experience?: number | null;
}

/** Records what an answer of the model cost, spent by the user. */
async function recordUsage(pool: pg.Pool, llm: LlmOptions, user: AuthUser, purpose: string, usage: Usage): Promise<void> {
  await pool.query('INSERT INTO model_usage (org_id, user_id, purpose, input_tokens, output_tokens, total_tokens, cost) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    user.org_id,
    user.id,
    purpose,
    usage.input,
    usage.output,
    usage.total,
    costOf(llm, usage),
  ]);
}

/** The model's answer; its tokens are recorded whenever the model gave one, usable or not. */
async function ask<T>(pool: pg.Pool, llm: LlmOptions | undefined, user: AuthUser, instructions: string, input: object, name: string, schema: object): Promise<T> {
  if (!llm) throw new HttpError(503, { detail: 'Writing job descriptions needs a language model: set LLM_BASE_URL, LLM_MODEL and LLM_API_KEY.' });
  let answer: Awaited<ReturnType<typeof askForJson>>;
  try {
    answer = await askForJson(llm, { instructions, input: JSON.stringify(input), name, schema });
  } catch (err) {
    if (err instanceof ModelError && err.usage) await recordUsage(pool, llm, user, name, err.usage);
    throw new HttpError(502, { detail: `The language model gave no usable answer (${failureReason(err)}); try again.` });
  }
  await recordUsage(pool, llm, user, name, answer.usage);
  return answer.value as T;
}

const textOf = (value: unknown, field: string) => {
  if (typeof value !== 'string' || !value.trim()) throw new HttpError(502, { detail: `The language model gave no ${field}; try again.` });
  return value.trim();
};

export async function generateJobDescription(pool: pg.Pool, llm: LlmOptions | undefined, user: AuthUser, role: RoleToDescribe) {
  assertCanEditJobs(user);
  const reply = await ask<{ job_description?: unknown }>(pool, llm, user, GENERATE, role, 'job_description', GENERATED);
  const description = textOf(reply.job_description, 'job description');
  // The form puts the skills back into its select, which holds {label, value}, whichever way they were sent.
  return { job_title: role.job_title, must_have_skills: mustHaveSkills(role.must_have_skills ?? []), job_description: description, job_desc_html: textToHtml(description) };
}

export async function rewriteJobDescription(pool: pg.Pool, llm: LlmOptions | undefined, user: AuthUser, job: { job_title?: string; job_description: string }) {
  assertCanEditJobs(user);
  const reply = await ask<{ enhanced_job_description?: unknown; recommended_skills?: unknown }>(pool, llm, user, REWRITE, job, 'enhanced_job_description', REWRITTEN);
  const description = textOf(reply.enhanced_job_description, 'description');
  const skills = Array.isArray(reply.recommended_skills) ? reply.recommended_skills.filter((s): s is string => typeof s === 'string' && Boolean(s.trim())).map((s) => s.trim()) : [];
  // The form makes them the job's must-have skills, in its select.
  return { recommended_skills: mustHaveSkills([...new Set(skills)].slice(0, 10)), enhanced_job_description: description, enhanced_job_description_html: textToHtml(description) };
}
