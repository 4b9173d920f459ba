// The lines that open each job of a work section: a date range, a leading or lone date, a
// template year ("20XX"), or, in a section without dates, a header line.

import { isBullet, stripBullet } from '../text/lines.ts';
import { type DateRange, findDateRanges, findDates, findJobRanges, MONTH_WORD, SEASON_WORD, toIso, type YearMonth } from './dates.ts';
import { bareName, isHeaderLike, parts, placedEmployer, plausibleCompany } from './job-header.ts';
import { isRegion } from './places.ts';
import { companyCues, companyScore, looksLikePlace, titleCues, titleScore } from './roles.ts';

export interface Anchor {
  line: number;
  range: DateRange;
}

/** Each line with its date ranges; a paragraph naming several jobs with their dates becomes one line per sentence. */
export function datedLines(lines: string[]): Array<{ text: string; ranges: DateRange[] }> {
  return lines.map(unbulleted).flatMap((text) => {
    const ranges = findJobRanges(text);
    if (ranges.length <= 1) return [{ text, ranges }];
    return text.split(/(?<=[.;])\s+(?=[A-Z])/).map((sentence) => ({ text: sentence, ranges: findJobRanges(sentence) }));
  });
}

/** "• New York, NY", "• June 2016 - present": a bullet before a place or dates alone marks a layout's icon, not a detail. */
function unbulleted(line: string): string {
  if (!isBullet(line)) return line;
  const body = stripBullet(line);
  const range = findDateRanges(body)[0];
  return looksLikePlace(body) || (range && bareDate(body, range)) || placedLine(body) ? body : line;
}

/** "OptimusWave Labs, Noida, Uttar Pradesh, India": a name, then where it is, ending on a region. */
function placedLine(body: string): boolean {
  const [name, ...place] = body.split(/,\s*/);
  return place.length > 0 && isRegion(place[place.length - 1]) && plausibleCompany(name.replace(/\s*\(.*$/, '')) && titleCues(name) === 0 && body.split(/\s+/).length <= 12;
}

// Template years ("19xx - 20xx", "May, 20XX") and written-out dates that carry no number.
const MONTH = `(?:${MONTH_WORD})\\.?,?\\s+`;
const TEMPLATE_YEAR = '(?:\\b(?:19|20)xx\\b|\\[year\\])';
const SEASON = `(?:${SEASON_WORD}),?\\s+`;
const SEASON_NAMES = new RegExp(`\\b(?:${SEASON_WORD})\\b`, 'gi');
const PLACEHOLDER = new RegExp(
  `(?:\\b(?:${MONTH}|${SEASON}))?${TEMPLATE_YEAR}(?:\\s*(?:-|–|to)\\s*(?:${MONTH}|${SEASON})?(?:${TEMPLATE_YEAR}|present|current))?`,
  'i',
);

/** "2019 - Billing Clerk: checked invoices", "April 2013 Senior Engineer, Tillwave": a job within one year (or month), its date leading the line. */
export function leadingDate(line: string): DateRange | null {
  const body = stripBullet(line);
  const d = findDates(body)[0];
  if (d?.index !== 0 || !/^(?:\s*[-–:,]\s*|\s+)[A-Z]/.test(body.slice(d.text.length))) return null;
  const rest = body.slice(d.text.length).replace(/^\s*[-–:,]?\s*/, '');
  if (titleCues(rest.split(/[:,]/)[0]) === 0) return null;
  return oneDateRange(d.point, line.indexOf(d.text), d.text);
}

/**
 * "Harlow Optics Corporation (2004)" between detail lines or above its town: an employer of one year,
 * in an earlier-career list; "Larkspur Bakery, winter (2013)": a seasonal job, whatever the name.
 */
export function bracketedYear(line: string, prev: string, next: string): DateRange | null {
  const m = /^[A-Z]/.test(line) ? line.match(BRACKETED_YEAR) : null;
  if (!m || namesJobHeader(prev) || (isHeaderLike(next) && !looksLikePlace(next))) return null;
  const [, org, season, digits] = m;
  // findDates reads no year before 1950: "Harlow Mills (1925)" is a founding year, not a job's.
  const year = findDates(digits)[0];
  if (!year || (companyCues(org) === 0 && !season) || !bareName(org)) return null;
  // A season's range starts at the season ("winter (2013)"), so that the employer stops before it.
  const at = season ? line.indexOf(season, org.length) : line.indexOf(digits);
  return oneDateRange(year.point, at, line.slice(at, line.indexOf(digits) + digits.length));
}

const BRACKETED_YEAR = new RegExp(`^([^()]{3,61}?),?\\s*(?:(${SEASON_WORD}),?\\s*)?\\(((?:19|20)\\d\\d)\\)\\.?$`, 'i');

/** A job dated by one point lasts that month, or the whole of a bare year. */
function oneDateRange(point: YearMonth, index: number, text: string): DateRange {
  return { start: point, end: point.yearOnly ? { ...point, month: 12 } : point, index, text };
}

/** A header line naming a title or an organisation ("Intern", "Waiter, Harbor Grill, Tampa, FL"). */
export function namesJobHeader(line: string): boolean {
  return isHeaderLike(line) && /^[A-Z]/.test(line) && (parts(line).some((p) => titleScore(p) > 0 || companyScore(p) > 0) || placedEmployer(line) !== '');
}

/** "Summer 2011" or "2004" alone on a line: a job dated by one point; "Summer 2001, Summer 2002" (or newest first): from the earliest to the latest. */
export function loneDate(line: string): DateRange | null {
  const ds = findDates(line);
  const rest = ds.reduce((l, d) => l.replace(d.text, ''), line).replace(SEASON_NAMES, '').replace(/\band\b/g, '');
  if (!ds.length || /[A-Za-z]{3}/.test(rest)) return null;
  const points = ds.map((d) => d.point).sort((a, b) => a.year - b.year || a.month - b.month);
  const last = ds[ds.length - 1];
  const text = line.slice(ds[0].index, last.index + last.text.length);
  const { end } = oneDateRange(points[points.length - 1], ds[0].index, text);
  return { ...oneDateRange(points[0], ds[0].index, text), end };
}

export function placeholderRange(line: string): DateRange | null {
  const m = line.match(PLACEHOLDER);
  return m ? { start: null, end: null, index: m.index ?? 0, text: m[0] } : null;
}

/** A line that opens a job in a section whose jobs carry no dates ("Teacher, Oak High School"). */
function datelessHeader(line: string): boolean {
  if (isBullet(line) || !isHeaderLike(line) || looksLikePlace(line)) return false;
  if (line.split(/\s+/).length > 10 || !/^[A-Z0-9]/.test(line)) return false;
  return line.split(/,\s*|\s+[-–|]\s+|\s+at\s+/).some((p) => titleScore(p) > 0 || companyScore(p) > 0.5);
}

/** "Talks on data pipelines, sensor networks," above "Embedded Systems.": a line cut mid-list goes on below. */
function wrapped(prev: string): boolean {
  return /(?:,|\b(?:and|or|of|the|in|on|with|for|to))\s*$/.test(prev);
}

/** Anchors of a section without dated entries: each header line that follows a detail line. */
export function datelessAnchors(lines: string[]): Anchor[] {
  const out: Anchor[] = [];
  let prevHeader = false;
  lines.forEach((line, i) => {
    const header = datelessHeader(line) && !wrapped(lines[i - 1] ?? '');
    if (header && !prevHeader) out.push({ line: i, range: { start: null, end: null, index: line.length, text: '' } });
    prevHeader = header;
  });
  return out;
}

const DATES_LABEL_WORDS = 'duration|period|dates?|tenure|time ?frame';
export const DATES_LABEL = new RegExp(`^(?:${DATES_LABEL_WORDS})\\b`, 'i');
// "Since:", "From", "Period:": what may open a line of dates.
const DATES_LEAD = new RegExp(`^\\W*(?:since|from|${DATES_LABEL_WORDS})\\b`, 'i');

export function sameDates(a: DateRange, b: DateRange): boolean {
  return toIso(a.start) === toIso(b.start) && toIso(a.end) === toIso(b.end);
}

/** A line holding nothing but its dates ("2015 - 2019:", "(Jan 2018 - Present)"), perhaps after their label ("Since: May 2014 Until: Currently"). */
export function bareDate(line: string, range: DateRange): boolean {
  return range.text !== '' && !/[A-Za-z]{2}/.test(line.replace(range.text, '').replace(DATES_LEAD, ''));
}
