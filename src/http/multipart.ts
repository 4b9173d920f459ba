// Reads a multipart request: text fields into an object (a repeated field becomes a list) and
// each file part handed to `onFile` as it streams in, in the order the client sent them.
// Whatever the client sends, the request gets an answer: a form that breaks a limit is a 413
// naming the limit, a form the parser cannot read a 400, and a file part the parser cut off
// (it destroys the part it is streaming when the form breaks a limit) never leaves `onFile`
// waiting for bytes that will not come.
import type { Multipart, MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { badRequest, HttpError, invalid, NULL_CHARACTERS } from './errors.ts';

export type FormFields = Record<string, string | string[]>;

const MB = 1024 * 1024;

/** The limits app.ts gives @fastify/multipart; the messages below quote them. */
export const MULTIPART_LIMITS = { fileSize: 200 * MB, files: 20, fields: 100, parts: 1000 } as const;

const LIMIT_MESSAGES: Record<string, string> = {
  FST_PARTS_LIMIT: `The form has too many parts: at most ${MULTIPART_LIMITS.parts} fields and files in all.`,
  FST_FILES_LIMIT: `The form has too many files: at most ${MULTIPART_LIMITS.files}.`,
  FST_FIELDS_LIMIT: `The form has too many fields: at most ${MULTIPART_LIMITS.fields} text fields.`,
  FST_REQ_FILE_TOO_LARGE: `A file in the form is too large: at most ${MULTIPART_LIMITS.fileSize / MB} MB.`,
};

const ONE_FILE = 'Send one file here, not several.';

/** How long to wait for the parser to say why it cut a file part off (it has said so already when it did). */
const REASON_WAIT_MS = 1000;

/** The answer for an error the multipart parser raised: a 413 naming the limit, else a 400. */
export function multipartError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const { code, message } = error as { code?: string; message?: string };
  if (code && code in LIMIT_MESSAGES) return new HttpError(413, { detail: LIMIT_MESSAGES[code] });
  if (code === 'FST_PROTO_VIOLATION') return badRequest('A form field may not be named after a built-in property such as __proto__ or constructor.');
  if (code === 'FST_INVALID_JSON_FIELD_ERROR') return badRequest('A form field declared as application/json is not valid JSON.');
  const reason = String(message ?? 'unreadable form').replace(/^Multipart: /, '');
  return badRequest(`Malformed multipart/form-data request: ${reason}.`.replace(/\.\.$/, '.'));
}

/** A file part's stream ended without its bytes: the parser or the client cut it off. */
function cutOff(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === 'ERR_STREAM_PREMATURE_CLOSE' || (typeof message === 'string' && message.includes('terminated early'));
}

export async function readMultipart<T>(request: FastifyRequest, onFile: (part: MultipartFile) => Promise<T>): Promise<{ fields: FormFields; files: T[] }> {
  if (!request.isMultipart()) throw badRequest('Send the form as multipart/form-data.');
  const fields: FormFields = {};
  const files: T[] = [];
  // Refused once the rest of the form is read: NUL characters, and a second file under one name
  // (which would be stored and never referenced).
  const refused: Record<string, string> = {};
  const fileFields = new Set<string>();
  // Read by hand rather than with for-await, so that the parser's errors are told from onFile's.
  const parts: AsyncIterator<Multipart> = request.parts();
  const next = async (): Promise<Multipart | undefined> => {
    try {
      const { value, done } = await parts.next();
      return done ? undefined : value;
    } catch (error) {
      throw multipartError(error);
    }
  };
  /** Why the parser cut a file part off: the error it queued after the part, or a 400 when it queued none. */
  const reasonPartEnded = async (part: MultipartFile): Promise<HttpError> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), REASON_WAIT_MS);
      timer.unref();
    });
    try {
      await Promise.race([next(), timeout]);
    } catch (error) {
      return error as HttpError;
    } finally {
      clearTimeout(timer);
    }
    return invalid({ [part.fieldname]: 'The form ended before this file was complete.' });
  };

  // A client that goes away mid-file leaves the part waiting for bytes; end it so that onFile returns.
  let current: MultipartFile | undefined;
  const raw = request.raw;
  const onClose = () => {
    if (!raw.readableEnded) current?.file.destroy();
  };
  raw.once('close', onClose);
  try {
    for (let part = await next(); part; part = await next()) {
      if (part.type === 'file') {
        if (part.file.destroyed) throw await reasonPartEnded(part);
        const problem = part.filename?.includes('\u0000') ? NULL_CHARACTERS : fileFields.has(part.fieldname) ? ONE_FILE : undefined;
        if (problem) {
          part.file.resume();
          refused[part.fieldname] = problem;
          continue;
        }
        fileFields.add(part.fieldname);
        current = part;
        try {
          files.push(await onFile(part));
        } catch (error) {
          if (cutOff(error)) throw await reasonPartEnded(part);
          throw error;
        } finally {
          current = undefined;
        }
      } else {
        const value = String(part.value ?? '');
        if (value.includes('\u0000')) refused[part.fieldname] = NULL_CHARACTERS;
        const seen = fields[part.fieldname];
        fields[part.fieldname] = seen === undefined ? value : [seen, value].flat();
      }
    }
  } finally {
    raw.off('close', onClose);
  }
  if (Object.keys(refused).length) throw invalid(refused);
  return { fields, files };
}

const last = (raw: string | string[]): string => (Array.isArray(raw) ? raw[raw.length - 1] : raw);

/** Each field's value as sent, the last one when a field was sent twice. */
export function lastValues(fields: FormFields): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([name, raw]) => [name, last(raw)]));
}

/** A form field as one string: the last value when sent twice; "", "null" and "undefined" mean absent. */
export function formText(fields: FormFields, name: string): string | undefined {
  const raw = fields[name];
  if (raw === undefined) return undefined;
  const trimmed = last(raw).trim();
  return trimmed === '' || trimmed === 'null' || trimmed === 'undefined' ? undefined : trimmed;
}
