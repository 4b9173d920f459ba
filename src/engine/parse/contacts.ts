// Contact fields: emails, phone numbers, websites.
import { uniqueBy } from './unique.ts';

// The local part starts where a run of its characters starts: tried from every position of a long
// run with no "@" after it, the search took time that grew with the square of the run's length.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PHONE = /(?<![\w.+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]?\d{2,5}){1,4}(?![\w.])/g;
const URL =
  /\b(?:https?:\/\/|www\.)[^\s,;()<>"]+|\b(?:linkedin\.com|github\.com|gitlab\.com|behance\.net|medium\.com)\/[^\s,;()<>"]+/gi;

function unique(xs: string[]): string[] {
  return uniqueBy(xs, (x) => x.toLowerCase());
}

export function findEmails(text: string): string[] {
  return unique((text.match(EMAIL) ?? []).map((e) => e.replace(/\.+$/, '')));
}

export function findPhones(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '');
    // Ten to thirteen digits, and not a year range such as "2015 2019 2020".
    if (digits.length < 10 || digits.length > 13) continue;
    if (/^(?:(?:19|20)\d{2}[\s.-]*){2,}$/.test(m[0].trim())) continue;
    out.push(m[0].trim());
  }
  return unique(out);
}

export function findWebsites(text: string): string[] {
  const withoutEmails = text.replace(EMAIL, ' ');
  return unique((withoutEmails.match(URL) ?? []).map((u) => u.replace(/[.,]+$/, '')));
}
