// The 400s an upload can end in, each naming the form field.
import { type HttpError, invalid } from '../http/errors.ts';

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export const rejectEmpty = (field: string): HttpError => invalid({ [field]: 'The submitted file is empty.' });

export const rejectTooLarge = (field: string, maxBytes: number): HttpError =>
  invalid({ [field]: `The file is too large; the maximum size is ${megabytes(maxBytes)}.` });

export const rejectType = (field: string, allowed: string): HttpError =>
  invalid({ [field]: `Unsupported file type; upload ${allowed}.` });

export const rejectEncrypted = (field: string): HttpError =>
  invalid({ [field]: 'The PDF is encrypted or password-protected; upload an unprotected copy.' });

export const rejectCorrupt = (field: string): HttpError => invalid({ [field]: 'The file is corrupt or unreadable.' });
