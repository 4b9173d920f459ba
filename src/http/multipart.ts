// Reads a multipart request: text fields into an object (a repeated field becomes a list) and
// each file part handed to `onFile` as it streams in, in the order the client sent them.
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { badRequest } from './errors.ts';

export type FormFields = Record<string, string | string[]>;

export async function readMultipart<T>(request: FastifyRequest, onFile: (part: MultipartFile) => Promise<T>): Promise<{ fields: FormFields; files: T[] }> {
  if (!request.isMultipart()) throw badRequest('Send the form as multipart/form-data.');
  const fields: FormFields = {};
  const files: T[] = [];
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      files.push(await onFile(part));
    } else {
      const value = String(part.value ?? '');
      const seen = fields[part.fieldname];
      fields[part.fieldname] = seen === undefined ? value : [seen, value].flat();
    }
  }
  return { fields, files };
}

/** A form field as one string: the last value when sent twice; "", "null" and "undefined" mean absent. */
export function formText(fields: FormFields, name: string): string | undefined {
  const raw = fields[name];
  const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' || trimmed === 'null' || trimmed === 'undefined' ? undefined : trimmed;
}
