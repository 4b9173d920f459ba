// Error bodies as the web client reads them: {"detail": "..."} for auth, permission and
// not-found; a field -> messages map for validation. Never a stack trace.
import type { FastifyError, FastifyInstance } from 'fastify';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: Record<string, unknown>,
  ) {
    super(typeof body.detail === 'string' ? body.detail : `HTTP ${statusCode}`);
  }
}

export const notFound = (detail = 'Not found.') => new HttpError(404, { detail });
export const forbidden = (detail = 'You do not have permission to perform this action.') =>
  new HttpError(403, { detail });
export const unauthorized = (detail = 'Authentication credentials were not provided.') =>
  new HttpError(401, { detail });
export const badRequest = (detail: string) => new HttpError(400, { detail });

/** A 400 with a field -> messages map: invalid({ email: 'Enter a valid email address.' }). */
export function invalid(fields: Record<string, string | string[]>): HttpError {
  const body: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(fields)) body[field] = Array.isArray(messages) ? messages : [messages];
  return new HttpError(400, body);
}

/** Runs `work`; a violation of the unique constraint `constraint` becomes invalid(`fields`). */
export async function uniqueOr<T>(constraint: string, fields: Record<string, string>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as { constraint?: string }).constraint === constraint) throw invalid(fields);
    throw error;
  }
}

export interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function fieldOf(issue: AjvIssue): string {
  const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const missing = issue.params.missingProperty as string | undefined;
  const extra = issue.params.additionalProperty as string | undefined;
  const leaf = missing ?? extra;
  if (leaf) return path ? `${path}.${leaf}` : leaf;
  return path || 'non_field_errors';
}

function messageOf(issue: AjvIssue): string {
  if (issue.keyword === 'required') return 'This field is required.';
  if (issue.keyword === 'additionalProperties') return 'Unknown field.';
  if (issue.keyword === 'type') return `Must be of type ${issue.params.type}.`;
  if (issue.keyword === 'format') return `Enter a valid ${issue.params.format}.`;
  const message = issue.message ?? 'Invalid value.';
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}

export function validationBody(issues: AjvIssue[]): Record<string, string[]> {
  const body: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = fieldOf(issue);
    const message = messageOf(issue);
    body[field] ??= [];
    if (!body[field].includes(message)) body[field].push(message);
  }
  return body;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return reply.status(error.statusCode).send(error.body);
    if (error.validation) return reply.status(400).send(validationBody(error.validation as AjvIssue[]));
    // PostgreSQL's data exceptions (class 22: a value out of range, an impossible date, a NUL
    // byte) mean the request carried a value the database cannot take.
    if (typeof error.code === 'string' && /^22[0-9A-Z]{3}$/.test(error.code) && !error.statusCode) {
      return reply.status(400).send({ detail: 'A value in the request is out of range or malformed.' });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      // Message, code and stack only: a database error's detail can quote a candidate's data.
      request.log.error({ err: { type: error.name, message: error.message, code: error.code, stack: error.stack } }, 'request failed');
      return reply.status(500).send({ detail: 'A server error occurred.' });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return reply.status(400).send({ detail: `JSON parse error - ${error.message}` });
    }
    return reply.status(status).send({ detail: error.message });
  });
  app.setNotFoundHandler((_request, reply) => reply.status(404).send({ detail: 'Not found.' }));
}
