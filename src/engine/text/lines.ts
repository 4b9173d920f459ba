// Splits clean resume text into logical lines. Text flattened from PDFs keeps its column gaps
// and line breaks as runs of two or more spaces, so those split lines too.
import { DATE_TOKEN, findDateRanges, MONTH_WORD } from '../parse/dates.ts';

// A range whose dash was lost ("Mar 2011  Present") would otherwise be split in two.
const LOST_DASH = new RegExp(`(${DATE_TOKEN})\\s{2,}(?=(?:${DATE_TOKEN})\\b)`, 'gi');

// A range broken across lines: "...; January" then "December 2010", or "Mar 2011 -" then "Present".
const OPEN_END = new RegExp(`(?:\\b(?:${MONTH_WORD})\\.?|\\s(?:-|–|to))\\s*$`, 'i');
const DATE_START = new RegExp(`^(?:${DATE_TOKEN})`, 'i');
// ... or "Engineer, Acme, Bangalore from May 2007" then "to June 2009".
const ENDS_ON_YEAR = /\b(?:19|20)\d{2}\s*$/;
const RANGE_END_START = new RegExp(`^(?:to|till|until|-|–)\\s*(?:${DATE_TOKEN})`, 'i');
// "April 2013 Senior Engineer, Acme" then "present Built the app": the range's end wrapped under its start.
const OPENS_ON_MONTH = new RegExp(`^(?:${MONTH_WORD})\\.?,?\\s+(?:19|20)\\d{2}\\b`, 'i');
const OPENS_ON_PRESENT = /^(?:[-–]\s*)?(?:present|current|till date|to date)\b[\s,.:;]*/i;
// A run of spaces, or a bar between fields even when it keeps a space on one side only ("Dover, DE| 555-0134").
const GAP = /\s{2,}|(?<=\S) ?\| (?=\S)|(?<=\S) \|(?=\S)/;
const FULL_DATE = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g;

/**
 * A resume writes all its dates one way: once one is written day first ("18/06/2014"), so are the
 * others ("02/07/2009" is July), and each becomes its month and year ("07/2009").
 */
function dayFirstDates(text: string): string {
  const orders = [...text.matchAll(FULL_DATE)].map((m) => (Number(m[1]) > 12 ? 'day' : Number(m[2]) > 12 ? 'month' : ''));
  if (!orders.includes('day') || orders.includes('month')) return text;
  return text.replace(FULL_DATE, (all, _day: string, month: string, year: string) => (Number(month) <= 12 ? `${month}/${year}` : all));
}

// Ranges written with the dash lost and no space at all: "20012006", "2005present".
function gluedRanges(text: string): string {
  return text
    .replace(/\b((?:19|20)\d{2})((?:19|20)\d{2})\b/g, (all, a: string, b: string) =>
      Number(b) >= Number(a) && Number(b) - Number(a) <= 40 ? `${a} - ${b}` : all,
    )
    .replace(/\b((?:19|20)\d{2})(present|current|now|till date)\b/gi, '$1 - $2');
}

export function toLines(text: string): string[] {
  const joined = gluedRanges(dayFirstDates(text)).replace(LOST_DASH, '$1 - ');
  const out: string[] = [];
  for (const raw of joined.split('\n')) {
    for (const part of raw.split(GAP)) {
      const line = part.replace(/\s+/g, ' ').trim();
      if (!line || /^[•\-*·–—:|,.]+$/.test(line)) continue;
      // "Role" then ": Lead Analyst" on the next line: one labelled line.
      const prev = out[out.length - 1];
      if (line.startsWith(':') && prev && /^[A-Za-z][A-Za-z ]{0,20}$/.test(prev)) out[out.length - 1] = `${prev}${line}`;
      else if (prev && OPEN_END.test(prev) && DATE_START.test(line)) out[out.length - 1] = `${prev}${/(?:[-–]|to)$/.test(prev) ? ' ' : ' - '}${line}`;
      else if (prev && ENDS_ON_YEAR.test(prev) && RANGE_END_START.test(line)) out[out.length - 1] = `${prev} ${line}`;
      else if (prev && OPENS_ON_MONTH.test(prev) && OPENS_ON_PRESENT.test(line) && !findDateRanges(prev).length) {
        out[out.length - 1] = prev.replace(OPENS_ON_MONTH, '$& - present');
        const rest = line.replace(OPENS_ON_PRESENT, '');
        if (rest) out.push(rest);
      } else out.push(line);
    }
  }
  return out;
}

export function isBullet(line: string): boolean {
  return /^(?:[•\-*–>o]\s|\d{1,2}[.)]\s)/.test(line);
}

export function stripBullet(line: string): string {
  return line.replace(/^(?:[•\-*–>o]\s+|\d{1,2}[.)]\s+)+/, '').trim();
}

/**
 * Lines with each one that `joins` the line kept before it added to that line (a name or a phrase
 * broken by a wrap), as `glue` puts them together.
 */
export function joinOnto(lines: string[], joins: (prev: string, line: string) => boolean, glue = (prev: string, line: string) => `${prev} ${line}`): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev !== undefined && joins(prev, line)) out[out.length - 1] = glue(prev, line);
    else out.push(line);
  }
  return out;
}
