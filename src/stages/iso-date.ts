import { invalid } from '../http/errors.ts';

// A date (2024-05-01) or date-time (2024-05-01T09:30:00.123Z, 2024-05-01T09:30+05:30) in ISO 8601;
// a time without an offset is UTC. new Date() alone also takes "1" (2001), "May 1" or 2024-02-30
// (rolled over to March 1).
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/i;

function parsed(raw: string): Date | undefined {
  const match = ISO_8601.exec(raw);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '0', offset] = match;
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real = calendar.getUTCMonth() === Number(month) - 1 && calendar.getUTCDate() === Number(day);
  if (!real || Number(hour ?? 0) > 23 || Number(minute ?? 0) > 59 || Number(second) > 59) return undefined;
  const date = new Date(hour === undefined || offset ? raw.replace(' ', 'T') : `${raw.replace(' ', 'T')}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `raw` as an ISO 8601 date or date-time; a 400 on `field` otherwise. */
export function isoDate(raw: string, field: string): Date {
  const date = parsed(raw);
  if (!date) throw invalid({ [field]: 'Enter a date/time in ISO 8601 format, such as 2024-05-01T09:30:00Z.' });
  return date;
}
