// Dates as real resumes write them ("Jan 2019 - Present", "2017-2021", "06/2020", "Summer 2018",
// "September 2017 onwards") turned into ISO dates and month counts.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SEASONS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };
/** The seasons a date may name ("Summer 2018"), for use inside larger patterns. */
export const SEASON_WORD = Object.keys(SEASONS).join('|');

// Month names of French, German and Spanish CVs that do not begin like the English ones.
const OTHER_MONTHS: Record<string, number> = {
  janvier: 1, januar: 1, enero: 1, février: 2, fevrier: 2, februar: 2, febrero: 2, mars: 3, märz: 3, marzo: 3,
  avril: 4, abril: 4, mai: 5, mayo: 5, juin: 6, juni: 6, junio: 6, juillet: 7, juli: 7, julio: 7, août: 8,
  aout: 8, agosto: 8, septembre: 9, septiembre: 9, octobre: 10, oktober: 10, octubre: 10, novembre: 11,
  noviembre: 11, décembre: 12, dezember: 12, diciembre: 12,
};

export const MONTH_WORD = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${Object.keys(OTHER_MONTHS).join('|')}`;
const PRESENT_WORD = 'present|current(?:ly)?|now|ongoing|till (?:date|now)|until now|to date|today|date';

// "September 30 1996", "June 5th, 2015": the day of the month between a month and its year, which it is not the year of.
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,?';
const DAY_BEFORE_YEAR = new RegExp(`^([a-zäéû]+)\\.?\\s+${DAY}\\s+(?=\\d{4}$)`);

/** One date as written, for use inside larger patterns (no capture groups). */
export const DATE_TOKEN = `(?:(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/(?:19|20)\\d{2}|(?:${MONTH_WORD})(?:\\.?\\s+${DAY}\\s+(?=(?:19|20)\\d{2}\\b)|\\.?,?'?\\s*'?|\\s?[-/]\\s?)(?:19|20)?\\d{2}\\b|(?:spring|summers?|fall|autumn|winter)\\s+(?:19|20)\\d{2}|(?:0?[1-9]|1[0-2])(?:[/.-]|\\s/\\s)(?:19|20)\\d{2}|(?:19|20)\\d{2}[/.-](?:0?[1-9]|1[0-2])\\b|(?:19|20)\\d{2}|${PRESENT_WORD})`;

const SEP = `\\s*(?:-|–|—|to|up ?to|until|till|through|thru|~|and):?\\s*`;
// Inside a range, "09/14" and "2/89" are a month and a two-digit year (alone, "8/01" may be a score).
const RANGE_TOKEN = `(?:${DATE_TOKEN}|(?:0?[1-9]|1[0-2])/\\d{2})`;
const RANGE = new RegExp(`(?<![\\w/])(${RANGE_TOKEN})(?:${SEP}|\\s+)(${RANGE_TOKEN})(?![\\w/])`, 'gi');
const OPEN_RANGE = new RegExp(
  `(?:since\\s+(${DATE_TOKEN})|(${DATE_TOKEN})\\s*(?:onwards|-\\s*$|to\\s*$))`,
  'gi',
);
// "1992-94": the end year written with two digits (after a dash only, so "2019-03" stays March 2019).
const SHORT_END = /(?<![\w/])((?:19|20)\d{2})\s*[-–]\s*(\d{2})(?![\w/%.,-]\d|[\w/%]|\s\/)/g;
// "Jun - Sept 2009", "January to May 2006", "Jan - May 06": two months of one year.
const MONTH_SPAN = new RegExp(`(?<![\\w/])(${MONTH_WORD})\\.?${SEP}(${MONTH_WORD})\\.?,?\\s*'?((?:19|20)?\\d{2})(?![\\w/])`, 'gi');
// "Feb 2011/Now", "Apr 09/Jun 11": a month and its year, a slash, then another or the present.
const MONTH_YEAR = `(?:${MONTH_WORD})\\.?\\s*'?(?:19|20)?\\d{2}`;
const SLASHED = new RegExp(`(?<![\\w/])(${MONTH_YEAR})\\s*/\\s*(${MONTH_YEAR}|${PRESENT_WORD})(?![\\w/])`, 'gi');
const PRESENT = new RegExp(`^(?:${PRESENT_WORD})$`);
const SINGLE = new RegExp(`(?<![\\w/])(${DATE_TOKEN})(?![\\w/])`, 'gi');

export interface YearMonth {
  year: number;
  month: number;
  /** Only the year was written. */
  yearOnly: boolean;
}

export type DatePoint = YearMonth | 'present';

export interface DateRange {
  start: DatePoint | null;
  end: DatePoint | null;
  index: number;
  text: string;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

export function parseDatePoint(raw: string): DatePoint | null {
  const s = raw.toLowerCase().trim().replace(DAY_BEFORE_YEAR, '$1 ');
  if (PRESENT.test(s)) return 'present';
  let m = s.match(/^([a-zäéû]+)(?:\.?,?'?\s*'?|\s?[-/]\s?)(\d{2,4})$/);
  if (m) {
    const season = m[1].replace(/s$/, '');
    if (season in SEASONS) return { year: fullYear(m[2]), month: SEASONS[season], yearOnly: false };
    const month = OTHER_MONTHS[m[1]] ?? MONTHS.indexOf(m[1].slice(0, 3)) + 1;
    return month > 0 ? { year: fullYear(m[2]), month, yearOnly: false } : null;
  }
  m = s.match(/^(\d{1,2})\/\d{1,2}\/(\d{4})$/);
  if (m) return { year: Number(m[2]), month: Number(m[1]), yearOnly: false };
  m = s.match(/^(\d{1,2})\/(\d{2})$/);
  if (m) return { year: fullYear(m[2]), month: Number(m[1]), yearOnly: false };
  m = s.match(/^(\d{1,2})(?:[/.-]|\s\/\s)(\d{4})$/);
  if (m) return { year: Number(m[2]), month: Number(m[1]), yearOnly: false };
  m = s.match(/^(\d{4})[/.-](\d{1,2})$/);
  if (m) return { year: Number(m[1]), month: Number(m[2]), yearOnly: false };
  m = s.match(/^(\d{4})$/);
  if (m) return { year: Number(m[1]), month: 1, yearOnly: true };
  return null;
}

function plausible(p: DatePoint | null): boolean {
  return p === 'present' || (p !== null && p.year >= 1950 && p.year <= 2100 && p.month >= 1 && p.month <= 12);
}

/** Ranges of the shorter forms: "1992-94", "Jun - Sept 2009" and "Feb 2011/Now". */
function shortRanges(line: string): DateRange[] {
  const out: DateRange[] = [];
  for (const m of line.matchAll(SLASHED)) {
    const start = parseDatePoint(m[1]);
    const end = parseDatePoint(m[2]);
    if (start !== 'present' && plausible(start) && plausible(end)) out.push({ start, end, index: m.index ?? 0, text: m[0] });
  }
  for (const m of line.matchAll(SHORT_END)) {
    const from = Number(m[1]);
    const to = from - (from % 100) + Number(m[2]);
    if (to > from) out.push({ start: yearOf(from), end: yearOf(to), index: m.index ?? 0, text: m[0] });
  }
  for (const m of line.matchAll(MONTH_SPAN)) {
    const year = fullYear(m[3]);
    const end = parseDatePoint(`${m[2]} ${year}`) as YearMonth | null;
    const start = parseDatePoint(`${m[1]} ${year}`) as YearMonth | null;
    if (!start || !end) continue;
    // "Nov - Feb 2010" began the year before.
    if (start.month > end.month) start.year--;
    out.push({ start, end, index: m.index ?? 0, text: m[0] });
  }
  return out;
}

function yearOf(year: number): YearMonth {
  return { year, month: 1, yearOnly: true };
}

/** Date ranges in a line, in order; open ranges ("since 2015", "2017 onwards") end at present. */
export function findDateRanges(line: string): DateRange[] {
  // Every range starts on a date, and every date holds a digit.
  if (!/\d/.test(line)) return [];
  const out: DateRange[] = [];
  for (const m of line.matchAll(RANGE)) {
    const start = parseDatePoint(m[1]);
    const end = parseDatePoint(m[2]);
    if (start === 'present' || !plausible(start) || !plausible(end)) continue;
    out.push({ start, end, index: m.index ?? 0, text: m[0] });
  }
  for (const r of shortRanges(line)) {
    if (!out.some((o) => r.index < o.index + o.text.length && o.index < r.index + r.text.length)) out.push(r);
  }
  out.sort((a, b) => a.index - b.index);
  if (out.length) return out;
  for (const m of line.matchAll(OPEN_RANGE)) {
    const start = parseDatePoint(m[1] ?? m[2]);
    if (start === 'present' || !plausible(start)) continue;
    out.push({ start, end: 'present', index: m.index ?? 0, text: m[0] });
  }
  return out;
}

// A range opening where the search is set to start (sticky: no other place is tried).
const RANGE_HERE = new RegExp(RANGE.source, 'iy');

/** The range a match of RANGE_HERE reads at `at` in `s`, if any. */
function rangeAt(s: string, at: number): { start: DatePoint | null; end: DatePoint | null; text: string; to: string } | null {
  RANGE_HERE.lastIndex = at;
  const m = RANGE_HERE.exec(s);
  return m ? { start: parseDatePoint(m[1]), end: parseDatePoint(m[2]), text: m[0], to: m[2] } : null;
}

/** The range ends in a year before the one it starts in. */
function runsBack(start: DatePoint | null, end: DatePoint | null): boolean {
  return start !== null && start !== 'present' && end !== null && end !== 'present' && end.year < start.year;
}

// What joins the dates of a range written out: a dash or a word, not a space alone ("Jan 2017 2018 award").
const JOINED = /[-–—]|\b(?:to|till|until|through|thru)\b/i;

/**
 * "March 2014 - Jun 2012 - Jul 2012": a range running back in time whose end opens a range running
 * forward, joined by a dash or a word and ending before the line's next range (at `limit`), is a stray
 * date (ending the entry above, or a page's date) run onto that range, which it becomes, its text still
 * holding the stray date; any other range is kept.
 */
export function forwardRange(line: string, r: DateRange, limit = line.length): DateRange {
  const own = runsBack(r.start, r.end) ? rangeAt(r.text, 0) : null;
  const from = own ? r.index + r.text.lastIndexOf(own.to) : -1;
  const next = own && from >= 0 ? rangeAt(line, from) : null;
  if (!own || !next || next.start === 'present' || !plausible(next.start) || !plausible(next.end) || runsBack(next.start, next.end)) return r;
  const joined = JOINED.test(next.text.slice(own.to.length, next.text.length - next.to.length));
  return joined && from + next.text.length <= limit ? { start: next.start, end: next.end, index: r.index, text: line.slice(r.index, from + next.text.length) } : r;
}

/**
 * The dates a job can take from a range of its line: forwardRange's reading; "Since 2013 - Apr 2012 - Nov 2013 - ...",
 * the dates of several jobs flattened into one line, opens on the date the first job runs since; a range that
 * still runs back in time cannot be told apart from its neighbours' dates and gives none.
 */
function jobRange(line: string, r: DateRange, limit = line.length): DateRange {
  const range = forwardRange(line, r, limit);
  if (!runsBack(range.start, range.end)) return range;
  return /\bsince\s*:?\s*$/i.test(line.slice(0, r.index)) ? { ...range, end: 'present' } : { ...range, start: null, end: null };
}

/** findDateRanges, each range read as jobRange reads it (up to the next range). */
export function findJobRanges(line: string): DateRange[] {
  return findDateRanges(line).map((r, i, rs) => jobRange(line, r, rs[i + 1]?.index));
}

/** Single dates in a line (years, month-years), present markers excluded. */
export function findDates(line: string): Array<{ point: YearMonth; index: number; text: string }> {
  if (!/\d/.test(line)) return [];
  const out: Array<{ point: YearMonth; index: number; text: string }> = [];
  for (const m of line.matchAll(SINGLE)) {
    const p = parseDatePoint(m[1]);
    if (p && p !== 'present' && plausible(p)) out.push({ point: p, index: m.index ?? 0, text: m[0] });
  }
  return out;
}

export function toIso(p: DatePoint | null): string {
  if (p === null) return '';
  if (p === 'present') return 'Present';
  return `${p.year}-${String(p.month).padStart(2, '0')}-01`;
}

function fromIso(s: string): DatePoint | null {
  if (/^present$/i.test(s)) return 'present';
  const m = s.match(/^(\d{4})-(\d{2})/);
  return m ? { year: Number(m[1]), month: Number(m[2]), yearOnly: false } : null;
}

/**
 * A job's months as a half-open interval of month numbers ("Present" is `today`); null without a
 * start. An end in the start's year that is not after it ("2019 - 2019", "Aug 2019 - Mar 2019")
 * covers the 12 months from the start.
 */
export function monthSpan(startIso: string, endIso: string, today: Date): { from: number; to: number } | null {
  const s = fromIso(startIso);
  let e = fromIso(endIso);
  if (s === null || s === 'present') return null;
  if (e === null) e = s;
  const ey = e === 'present' ? today.getUTCFullYear() : e.year;
  const em = e === 'present' ? today.getUTCMonth() + 1 : e.month;
  const from = s.year * 12 + s.month - 1;
  const months = (ey - s.year) * 12 + (em - s.month);
  if (months <= 0) return endIso && s.year === ey ? { from, to: from + 12 } : null;
  return { from, to: from + Math.min(months, 600) };
}
