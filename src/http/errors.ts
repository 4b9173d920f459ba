// Error bodies as the web client reads them: {"detail": "..."} for auth, permission and
// not-found; a field -> messages map for validation. Never a stack trace.
import type { FastifyError, FastifyInstance } from 'fastify';
import { leafValues } from './request-values.ts';

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

/** DRF's message for a NUL character in a text field (PostgreSQL cannot store one). */
export const NULL_CHARACTERS = 'Null characters are not allowed.';

/** Half of a surrogate pair in a JSON string ("\ud800"): no character, and PostgreSQL refuses it in jsonb. */
export const UNPAIRED_SURROGATES = 'Unpaired surrogate characters are not allowed.';

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

// A body with thousands of unknown fields gets the first ones named, not an answer as large as itself.
const MAX_FIELDS = 100;

/**
 * A nullable or one-of field reports each branch it failed ("Must be <= 2147483647.", "Must be of
 * type null.", "Must match a schema in anyOf."); only the branch's own complaint says what is wrong.
 */
const isBranchNoise = (issue: AjvIssue) => issue.keyword === 'anyOf' || (issue.keyword === 'type' && issue.params.type === 'null');

export function validationBody(issues: AjvIssue[]): Record<string, string[]> {
  const body: Record<string, string[]> = {};
  const specific = new Set(issues.filter((i) => !isBranchNoise(i)).map(fieldOf));
  const unlisted = new Set<string>();
  let listed = 0;
  for (const issue of issues) {
    const field = fieldOf(issue);
    if (issue.keyword === 'if' || (isBranchNoise(issue) && specific.has(field))) continue;
    if (!body[field] && listed >= MAX_FIELDS) {
      unlisted.add(field);
      continue;
    }
    const message = messageOf(issue);
    if (!body[field]) {
      body[field] = [];
      listed++;
    }
    if (!body[field].includes(message)) body[field].push(message);
  }
  if (unlisted.size) body.non_field_errors = [...(body.non_field_errors ?? []), `${unlisted.size} more fields are invalid.`];
  return body;
}

const INTEGER_RANGES: Record<string, [string, string]> = {
  smallint: ['-32768', '32767'],
  integer: ['-2147483648', '2147483647'],
  bigint: ['-9223372036854775808', '9223372036854775807'],
};

/** The dotted path (as validationBody names fields) of a request value whose text is `text`. */
function fieldHolding(parts: unknown[], text: string): string | undefined {
  for (const [path, value] of leafValues(parts)) {
    if (path && (typeof value === 'string' || typeof value === 'number') && String(value) === text) return path;
  }
  return undefined;
}

/**
 * A PostgreSQL data exception that quotes the value it refused (`value "2147483648" is out of
 * range for type integer`, `invalid input syntax for type integer: "1e+21"`, `date/time field
 * value out of range: "2024-02-30"`) becomes a 400 naming the request field that carried the
 * value, when one did; the quoted text is only matched, never sent back.
 */
export function databaseFieldError(code: string, message: string, parts: unknown[]): Record<string, string[]> | undefined {
  const quoted = /"([^"]*)"/.exec(message)?.[1];
  if (!quoted) return undefined;
  let text: string | undefined;
  if (code === '22003') {
    const range = INTEGER_RANGES[/out of range for type (\w+)/.exec(message)?.[1] ?? ''];
    if (range) text = quoted.startsWith('-') ? `Ensure this value is greater than or equal to ${range[0]}.` : `Ensure this value is less than or equal to ${range[1]}.`;
  } else if (code === '22P02') {
    const type = /for type ([\w ]+):/.exec(message)?.[1] ?? '';
    text = type in INTEGER_RANGES ? 'A valid integer is required.' : /^(numeric|real|double precision)$/.test(type) ? 'A valid number is required.' : undefined;
  } else if (code === '22007' || code === '22008') {
    text = 'Enter a valid date/time.';
  }
  const field = text && fieldHolding(parts, quoted);
  return field && text ? { [field]: [text] } : undefined;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) return reply.status(error.statusCode).send(error.body);
    if (error.validation) return reply.status(400).send(validationBody(error.validation as AjvIssue[]));
    // PostgreSQL's data exceptions (class 22: a value out of range, an impossible date, a NUL
    // byte) mean the request carried a value the database cannot take.
    if (typeof error.code === 'string' && /^22[0-9A-Z]{3}$/.test(error.code) && !error.statusCode) {
      const field = databaseFieldError(error.code, error.message, [request.params, request.query, request.body]);
      return reply.status(400).send(field ?? { detail: 'A value in the request is out of range or malformed.' });
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
