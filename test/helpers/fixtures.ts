// Organisations, users and jobs made through the public API, as a client would.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { TestContext } from './app.ts';
import { minimalPdf } from './minimal-pdf.ts';

export interface Reply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary JSON
  body: any;
  headers: Record<string, unknown>;
  raw: Buffer;
}

export type Method = 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export class Api {
  constructor(
    readonly app: FastifyInstance,
    readonly token?: string,
  ) {}

  async request(method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const res = await this.app.inject({
      method,
      url,
      payload: payload as string | object | undefined,
      headers: { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...headers },
    });
    const raw = res.rawPayload;
    let body: unknown = res.body;
    // A gzipped answer is left to the test to decode (raw).
    if (String(res.headers['content-type'] ?? '').includes('json') && res.body && !res.headers['content-encoding']) body = JSON.parse(res.body);
    return { status: res.statusCode, body, headers: res.headers, raw };
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body);
  put = (url: string, body?: unknown) => this.request('PUT', url, body);
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);
}

export interface Member {
  id: number;
  org_id: number;
  email: string;
  password: string;
  token: string;
  refresh: string;
  api: Api;
}

const unique = () => randomBytes(4).toString('hex');

export async function login(app: FastifyInstance, email: string, password: string) {
  const res = await new Api(app).post('/accounts/token/', { email, password });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { access: string; refresh: string };
}

async function member(app: FastifyInstance, email: string, password: string): Promise<Member> {
  const tokens = await login(app, email, password);
  const api = new Api(app, tokens.access);
  const me = (await api.get('/accounts/user/')).body;
  return { id: me.id, org_id: me.org.org_id, email, password, token: tokens.access, refresh: tokens.refresh, api };
}

/** A new organisation with its Admin, through POST /accounts/register/. */
export async function newOrganisation(ctx: TestContext) {
  const domain = `org-${unique()}.example`;
  const email = `admin@${domain}`;
  const password = 'correct horse battery';
  const res = await new Api(ctx.app).post('/accounts/register/', { email, password, name: 'Ada Admin', org_domain: domain, contact: '123' });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  const admin = await member(ctx.app, email, password);
  const addUser = async (role: 'Admin' | 'Editor' | 'Participant', name = `${role} ${unique()}`) => {
    const userEmail = `${role.toLowerCase()}-${unique()}@${domain}`;
    const created = await admin.api.post('/accounts/users/', { name, email: userEmail, password, role });
    if (created.status !== 201) throw new Error(`user create failed: ${created.status} ${JSON.stringify(created.body)}`);
    return member(ctx.app, userEmail, password);
  };
  return { domain, admin, addUser };
}

export async function newJob(api: Api, fields: Record<string, unknown> = {}) {
  const res = await api.post('/jobs/job/', {
    title: 'Backend Engineer',
    description: 'Node.js, TypeScript and PostgreSQL.',
    min_experience: 2,
    max_experience: 5,
    published: true,
    ...fields,
  });
  if (res.status !== 201) throw new Error(`job create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const STEP_LABELS = { 'resume-screening': 'Resume Screening', assessment: 'Assessment', 'automated-video-interview': 'Automated Video Interview' };

/** An interview module whose steps (step-1, step-2, …) are these stages in order. */
export async function newWorkflow(api: Api, name: string, stages: (keyof typeof STEP_LABELS)[]) {
  const steps_json = stages.map((id, i) => ({ id: `step-${i + 1}`, order: i + 1, content: { id, label: STEP_LABELS[id] } }));
  const res = await api.post('/interview/interview-modules/', { name, steps_json });
  if (res.status !== 201) throw new Error(`workflow create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A published job whose workflow is the automated video interview alone. */
export async function videoInterviewJob(api: Api, fields: Record<string, unknown> = {}) {
  const workflow = await newWorkflow(api, 'Video only', ['automated-video-interview']);
  return newJob(api, { interview_module: workflow.id, ...fields });
}

/** A question set holding one question per text, with the questions' ids in order. */
export async function newQuestionSet(api: Api, texts: string[]) {
  const set = (await api.post('/interview/question-sets/', { name: 'Intro' })).body;
  const questions: number[] = [];
  for (const text of texts) questions.push((await api.post('/interview/questions/', { question_set: set.id, text })).body.id);
  return { id: set.id as number, questions };
}

export interface FormFile {
  field: string;
  filename: string;
  type: string;
  content: Buffer | string;
}

/** A multipart/form-data body as a browser's FormData sends it; a field given a list is appended once per value. */
export function multipartBody(fields: Record<string, string | string[]>, files: FormFile[] = []) {
  const boundary = `----shortlist${unique()}`;
  const chunks: Buffer[] = [];
  for (const [name, values] of Object.entries(fields)) {
    for (const value of Array.isArray(values) ? values : [values]) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
    }
  }
  for (const file of files) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    chunks.push(Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Sends a multipart form with `api` (anonymous or not). */
export function sendForm(api: Api, method: Method, url: string, fields: Record<string, string | string[]>, files: FormFile[] = []) {
  const { payload, headers } = multipartBody(fields, files);
  return api.request(method, url, payload, headers);
}

export const RESUME_LINES = [
  'Casey Candidate',
  'casey@mail.example | +91 98765 43210 | Pune, Maharashtra',
  'Skills',
  'Node.js, TypeScript, PostgreSQL, Docker',
  'Experience',
  'Backend Engineer, Acme Corp, Jan 2020 - Present',
  'Built REST APIs in Node.js and TypeScript on PostgreSQL.',
  'Education',
  'B.Tech in Computer Science, Pune University, 2015 - 2019',
];

export const PDF: FormFile = { field: 'file', filename: 'resume.pdf', type: 'application/pdf', content: minimalPdf(RESUME_LINES) };

/** An application to `job` through the public multipart form; returns the 201 body. */
export async function newApplication(app: FastifyInstance, job: { encrypted: string }, fields: Record<string, string> = {}) {
  const res = await sendForm(new Api(app), 'POST', '/candidates/candidate/', {
    name: 'Casey Candidate',
    email: `casey-${unique()}@mail.example`,
    location: JSON.stringify({ city: 'Pune', state: 'Maharashtra' }),
    job_key: job.encrypted,
    ...fields,
  }, [PDF]);
  if (res.status !== 201) throw new Error(`apply failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
