import { invalid } from './errors.ts';

// YYYY-MM-DD (year 0001 on, as PostgreSQL has no year 0), then optionally a time (hh:mm, :ss, a
// fraction of up to 6 digits) and a zone (Z or ±hh:mm).
const ISO_8601 = /^((?!0000)\d{4}-\d{2}-\d{2})(?:[T ]((?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?)(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

/**
 * `text` as an ISO-8601 date or date-time on a real calendar day, spelled out in full with its zone
 * (UTC when it names none); undefined for anything else. Not `new Date()` alone, which takes "12"
 * for 2001-12-01, "May 1", and rolls 2024-02-30 over to March.
 */
export function isoDateTime(text: string): string | undefined {
  const match = ISO_8601.exec(text);
  if (!match) return undefined;
  const [, day, time = '00:00', zone = 'Z'] = match;
  const midnight = new Date(`${day}T00:00Z`);
  if (Number.isNaN(midnight.getTime()) || midnight.toISOString().slice(0, 10) !== day) return undefined;
  return `${day}T${time}${zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// JavaScript's String(new Date()): "Sun Nov 29 2026 13:12:07 GMT+0000 (Coordinated Universal Time)";
// the zone's name in brackets depends on the browser and may be missing.
const DATE_TO_STRING = /^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) (\d{2}) (\d{4}) (\d{2}:\d{2}:\d{2}) GMT([+-]\d{4})(?: \([^()]*\))?$/;

/**
 * `text` as isoDateTime reads it, or in the form of JavaScript's String(new Date()) on a real
 * calendar day whose weekday is right; spelled out in full as ISO 8601, undefined for anything else.
 */
export function browserDateTime(text: string): string | undefined {
  const match = DATE_TO_STRING.exec(text);
  if (!match) return isoDateTime(text);
  const [, weekday, monthName, day, year, time, zone] = match;
  const month = String(MONTHS.indexOf(monthName) + 1).padStart(2, '0');
  const iso = isoDateTime(`${year}-${month}-${day}T${time}${zone}`);
  return iso && WEEKDAYS[new Date(`${year}-${month}-${day}T00:00Z`).getUTCDay()] === weekday ? iso : undefined;
}

function dateOr400(text: string | undefined, field: string): Date {
  if (!text) throw invalid({ [field]: 'Enter a date/time in ISO 8601 format, such as 2024-05-01T09:30:00Z.' });
  return new Date(text);
}

/** `raw` as an ISO 8601 date or date-time; a 400 on `field` otherwise. */
export function isoDate(raw: string, field: string): Date {
  return dateOr400(isoDateTime(raw), field);
}

/** `raw` as browserDateTime reads it; a 400 on `field` otherwise. */
export function browserDate(raw: string, field: string): Date {
  return dateOr400(browserDateTime(raw), field);
}
