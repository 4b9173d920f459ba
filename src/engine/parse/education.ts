// Education entries: a degree line, the school named on it or next to it, and the years around it.

import { joinOnto, stripBullet } from '../text/lines.ts';
import type { EducationItem } from '../types.ts';
import { type DatePoint, findDateRanges, findDates, toIso, type YearMonth } from './dates.ts';
import { degreeIndex, degreeLevel, looksLikeSchool, schoolName } from './degrees.ts';
import { looksLikePlace } from './roles.ts';

const GPA = /\b(?:c?gpa|cpi|sgpa)\b\s*[:-]?\s*(?:of\s*)?(\d{1,2}(?:\.\d{1,2})?)(?:\s*\/\s*\d{1,2}(?:\.\d+)?)?|(\d(?:\.\d{1,2})?)\s*(?:\/\s*(?:4|10)(?:\.0)?\s*)?c?gpa/i;
const PERCENT = /(\d{2}(?:\.\d{1,2})?)\s*%/;

function cleanPart(s: string): string {
  return stripBullet(s)
    .replace(/[()]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,:|\-–]+|[\s,:|\-–]+$/g, '')
    .trim();
}

// Latin honours qualify the degree, they are not part of its name ("B.Sc. magna cum laude").
const HONOURS = /\b(?:summa |magna )?cum laude\b/i;

function withoutDates(s: string): string {
  let out = s;
  for (const r of findDateRanges(s)) out = out.replace(r.text, ' ');
  for (const d of findDates(out)) out = out.replace(d.text, ' ');
  return out;
}

// The words that go with dates: "from ... to ...", "passed out in", "Class of".
const DATE_WORDS = /\b(?:from|to|passed out|graduated|graduation|expected|year|batch|class of)\b\s*:?/gi;

function removeDates(s: string): string {
  return withoutDates(s).replace(DATE_WORDS, ' ');
}

// A certificate, licence or credential listed with the degrees ("Certified Public Accountant",
// "Paralegal Certificate (1999)") is a qualification of its own; a driving licence is not, nor a
// bare word ("Certificate:" heading a list) or a vendor's adjective ("Microsoft Certified").
const CREDENTIAL = /\b(?:certificate|certification|credential|licen[cs]e)\b/i;
const CERTIFIED_AS = /\b(?:[Cc]ertified|[Ll]icensed) [A-Z]/;

/** Where the credential named in `piece` (a part of a line) starts, or -1. */
function credentialIndex(piece: string): number {
  // "Licensure: IL Professional Educator License": the label is not part of the name.
  const label = piece.match(/^[A-Za-z ]{2,20}:\s*/)?.[0].length ?? 0;
  const name = piece.slice(label);
  const words = name.split(/\s+/).length;
  return (CREDENTIAL.test(name) || CERTIFIED_AS.test(name)) && words >= 2 && words <= 10 && !/\bdriv\w* licen[cs]e/i.test(name) ? label : -1;
}

function qualificationIndex(piece: string): number {
  const at = degreeIndex(piece);
  return at >= 0 ? at : credentialIndex(piece);
}

/** The parts of a line, split before the words that go with dates are dropped: "from" also parts a degree from its school. */
function pieces(line: string): string[] {
  return withoutDates(line)
    .replace(HONOURS, ' ')
    .split(/\s*[,|]\s*|\s+[-–]\s+|\s+(?:from|at|by)\s+/i)
    .map((p) => cleanPart(p.replace(DATE_WORDS, ' ')))
    .filter(Boolean);
}

/** "XXXXXXX": a template's placeholder for a name. */
const placeholder = (name: string) => /^(.)\1+$/i.test(name);

// "Diploma in Web Design from CTSI": what a degree was earned from is its school, with or without a school word.
const EARNED_FROM = /\sfrom\s+((?:the\s+)?[A-Z][\w&.'’-]+(?:\s+(?:of|and|&|for|[A-Z][\w&.'’-]*))*)/;

function earnedFrom(line: string): string {
  const text = withoutDates(line);
  const m = text.match(EARNED_FROM);
  if (!m || degreeIndex(text) > (m.index ?? 0)) return '';
  const name = cleanPart(m[1].replace(/\s+(?:of|and|&|for)$/, ''));
  // "from Dr. Lee": a person.
  const person = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir)\b/.test(name);
  return name.split(/\s+/).length <= 6 && !person && !namesNoSchool(name) ? name : '';
}

// Words of a grade or a mode of study, written where a school could stand ("First Class", "Full Time").
const GRADE_WORDS = /\b(?:class|honou?rs|distinction|merit|grade|division|list|gpa|cgpa|time|pass|credit)\b/i;
// What else a short name beside a degree may be ("Thesis Advisor Dr Lee", "Summer Intern", "Distance Mode").
const NOT_A_SCHOOL = /\b(?:thesis|dissertation|advisor|supervisor|intern|internship|mode|aggregate)\b/i;

/** A name standing where a school could that names something else: a grade, an honour, a role, a degree, a town, a placeholder. */
function namesNoSchool(name: string): boolean {
  return placeholder(name) || GRADE_WORDS.test(name) || NOT_A_SCHOOL.test(name) || HONOURS.test(name) || AWARD.test(name) || degreeLevel(name) > 0 || looksLikePlace(name);
}

/**
 * "BSc Marine Biology, Aldwick Hall, 2006 - 2009": the part after a dated degree (and its field)
 * that is a short capitalised name is the school, when the line names no other.
 */
function nameAfterDegree(part: string | undefined): string {
  const words = part?.split(/\s+/) ?? [];
  const name = part !== undefined && /[a-z]/.test(part) && words.length <= 4 && words.every((w) => /^[A-Z][A-Za-z'’&.-]*$/.test(w));
  return name && !FIELD_WORDS.test(part) && !namesNoSchool(part) ? part : '';
}

// "Faculty of Law, Elm University": the university, not its faculty, is the school.
const FACULTY = /^faculty\b/i;

function degreeAndSchool(line: string): { degree: string; school: string } {
  const parts = pieces(line);
  let degree = '';
  let school = '';
  let after = -1;
  parts.forEach((p, i) => {
    const at = degree ? -1 : qualificationIndex(p);
    if (at >= 0) {
      after = i + 1;
      // "Computer System Technician Diploma": the field is written before the degree word.
      const fieldFirst = /^[A-Z][\w&/-]*(?: [A-Z][\w&/-]*){0,5} (?:Diploma|Degree|Certificate)$/.test(p) && !looksLikeSchool(p);
      degree = fieldFirst ? p : p.slice(at);
      // "B.S., Elementary Education": the field follows a bare abbreviation; "The Department of
      // Informatics" names where it was taught.
      const next = parts[i + 1];
      const field = next && !looksLikeSchool(next) && !looksLikePlace(next) && !/\d|^(?:the|department|faculty|division)\b/i.test(next);
      if (degree.split(/\s+/).length === 1 && field) {
        degree = `${degree}, ${next}`;
        after = i + 2;
      }
    } else if (looksLikeSchool(p) && (!school || FACULTY.test(school))) school = schoolName(p) || school;
  });
  // "M.Tech. Riverbend Technological University": the school written after the degree is cut off.
  const inside = degree && looksLikeSchool(degree) ? schoolName(degree) : '';
  if (inside) {
    if (!school) school = inside;
    const at = degree.indexOf(inside);
    if (at > 0) degree = degree.slice(0, at).replace(/(?:\s+(?:from|at|in|of))?[\s,–-]*$/i, '');
  }
  if (degree && !school) school = earnedFrom(line) || (hasDate(line) && !looksLikeSchool(line) ? nameAfterDegree(parts[after]) : '');
  // "Ph.D. in the Department of Physics": the department says where it was studied, not the degree's name.
  degree = degree.replace(/\s+(?:in|at|from)\s+the\s+(?:department|faculty|division)\b.*$/i, '');
  return { degree: degree.slice(0, 120), school: school.slice(0, 120) };
}

const LOWERCASE_SCHOOL = /^[A-Za-z][A-Za-z.&' -]*\s(?:college|university|institute|institution)$|^(?:college|university|institute) of [a-z][a-z &]*$/i;

/** The part of a line that names the school ("Illinois State University, Normal, Illinois"). */
function schoolPart(line: string): string {
  // Split before the date words go: "from" parts what precedes it from the school ("(GPA 3.1) from the Faculty of Science").
  const parts = withoutDates(line)
    .split(/\s*[,|]\s*|\s+[-–]+\s+|\s+from\s+/i)
    .map((p) => cleanPart(p.replace(DATE_WORDS, ' ')));
  const names = parts.map(schoolName).filter(Boolean);
  if (names.length) return names.find((n) => !FACULTY.test(n)) ?? names[0];
  // "trinity engineering college": a short lowercase name on a line of its own.
  return parts.find((p) => LOWERCASE_SCHOOL.test(p) && p.split(/\s+/).length <= 6 && degreeIndex(p) < 0) ?? '';
}

/**
 * "Narsee Monji -" between a degree and "Hyderabad, Telangana": the school's name with its place
 * broken onto the next line, a layout that names the school even without a school word.
 */
function nameBeforePlace(lines: string[], i: number): string {
  const line = lines[i];
  if (!/^[A-Za-z][^\d]*\s[-–]$/.test(line) || !(i > 0 && degreeLevel(lines[i - 1]) > 0) || !looksLikePlace(lines[i + 1] ?? '')) return '';
  const name = cleanPart(line);
  return name.split(/\s+/).length <= 8 && degreeLevel(name) === 0 ? name : '';
}

// Words naming a field of study ("Computer Science", "ECE" under a degree), not a school.
const FIELD_WORDS =
  /\b(?:engineering|sciences?|arts|commerce|management|administration|studies|technology|mathematics|maths?|physics|chemistry|biology|economics|education|psychology|accounting|finance|marketing|business|law|computers?|computing|information|electronics?|electrical|mechanical|civil|communications?|history|english|literature|languages?|statistics|nursing|design|major|minor|majoring|concentration|speciali[sz]ation)\b|^(?:cse|ece|eee|it|cs|ee|me|mech|ce)$/i;

/**
 * "B.Tech in Civil Engineering" + "KVPU" + "2012 to 2016": a short name under a degree that
 * already names its field, with the dates or the place (or nothing) after it, is the school even
 * without a school word.
 */
function nameUnderDegree(lines: string[], i: number): string {
  const above = lines[i - 1] ?? '';
  const below = lines[i + 1];
  if (!degreeLevel(above) || looksLikeSchool(above) || degreeAndSchool(above).degree.split(/\s+/).length <= 2) return '';
  if (below !== undefined && !dateLine(below) && !looksLikePlace(below)) return '';
  const name = lines[i].replace(/\s*[-–]$/, '').trim();
  // "References furnished upon request." is a sentence; one word is a school's initials ("KVPU"), not a town ("Chennai").
  const words = name.split(/\s+/).length;
  const plain = /^[A-Za-z][A-Za-z.&'’ -]*$/.test(name) && !/[a-z]{3}\.$/.test(name) && words <= 5 && (words > 1 || !/[a-z]/.test(name));
  return plain && !FIELD_WORDS.test(name) && !CREDENTIAL.test(name) && !namesNoSchool(name) ? name : '';
}

/**
 * Whether a line outside the education section states a qualification ("Diploma in Computer
 * Applications" under a skills heading, where a two-column template puts it): it opens on a
 * diploma or higher degree naming a field of study, or names a degree and a school. "Master of
 * Jenkins" (a tool mastered) names no field.
 */
export function statesQualification(line: string): boolean {
  const text = stripBullet(line);
  return text.length <= 120 && degreeLevel(text) >= 2 && (looksLikeSchool(text) || (degreeIndex(text) === 0 && FIELD_WORDS.test(text)));
}

/** A school named without a school word, by where it stands. */
function unmarkedSchool(lines: string[], i: number): string {
  return nameBeforePlace(lines, i) || nameUnderDegree(lines, i);
}

/** The school named on line `i`. */
function schoolAt(lines: string[], i: number): string {
  return schoolPart(lines[i]) || unmarkedSchool(lines, i);
}

function numberFrom(re: RegExp, s: string): number | null {
  const m = s.match(re);
  if (!m) return null;
  const n = Number(m[1] ?? m[2]);
  return Number.isFinite(n) ? n : null;
}

// "Dean's Award for Best Design, Elm University, 2014": an honour won at a school, not an entry.
const AWARD = /\b(?:awards?|prizes?|scholarships?|honou?ree|medal)\b/i;

const hasDate = (line: string) => findDates(line).length > 0;
const dateLine = (line: string) => hasDate(line) && !/[a-z]{3,}/i.test(removeDates(line));

// How far above its entry a heading date may stand ("1990:" over a school, its town and the degree).
const HEAD_REACH = 6;

interface Entry {
  first: number;
  last: number;
  degreeLine: number;
  schoolLine: number;
}

/**
 * Groups degree lines and school lines that sit within two lines of each other into entries. When
 * a date line comes shortly before the first entry ("June 2015" then school and degree), dates
 * head the entries, and a date line starts the next one.
 */
function entries(lines: string[], dated: boolean[]): { found: Entry[]; datesHead: boolean } {
  const found: Entry[] = [];
  let datesHead = false;
  let lastDate = Number.NEGATIVE_INFINITY;
  lines.forEach((l, i) => {
    if (l.length > 200) return;
    if (dated[i]) lastDate = i;
    // A credential is listed on its own line, apart from the degree entries around it.
    const named = degreeLevel(l) > 0;
    const credential = !named && (CREDENTIAL.test(l) || CERTIFIED_AS.test(l)) && pieces(l).some((p) => credentialIndex(p) >= 0);
    const hasDegree = credential || named;
    // A school word naming no school ("Institution" heading a table column) is no school line.
    const hasSchool = (looksLikeSchool(l) && (hasDegree || (schoolPart(l) !== '' && !AWARD.test(l)))) || (!hasDegree && unmarkedSchool(lines, i) !== '');
    if (!hasDegree && !hasSchool) return;
    if (!found.length) datesHead = i - lastDate <= HEAD_REACH;
    const cur = found[found.length - 1];
    // Lines dated differently are two entries ("..., 2015" and "2004 - 2010 Eastfield College").
    const clash = cur && hasDate(l) && differ(spanOf([l]).end, spanOf(lines.slice(cur.first, cur.last + 1)).end);
    const near = cur && i - cur.last <= 2 && !(datesHead && lastDate > cur.last) && !clash;
    // A credential may follow the undated school line that names where it was earned.
    if (near && hasDegree && (!credential || !hasDate(lines[cur.last])) && cur.degreeLine < 0 && !(hasSchool && cur.schoolLine >= 0)) {
      cur.degreeLine = i;
      cur.last = i;
    } else if (near && !hasDegree && cur.schoolLine < 0) {
      cur.schoolLine = i;
      cur.last = i;
    } else found.push({ first: i, last: i, degreeLine: hasDegree ? i : -1, schoolLine: hasSchool ? i : -1 });
  });
  return { found, datesHead };
}

// A school name broken at a linking word: "..., University of" + "London", "Lodz University" + "of Technology".
const ENDS_IN_LINK = /\b(?:University|College|Institute|School|Academy)\b(?: [A-Z][\w&]*)*(?: (?:of|for|and)(?: the)?)$/;
const ENDS_IN_SCHOOL = /\b(?:University|College|Institute|School|Academy)$/;
const STARTS_WITH_LINK = /^(?:of|for)(?: the)? [A-Z]/;

/** Whether `line` goes on with the school name `prev` ends in. */
function continuesSchool(prev: string, line: string): boolean {
  if (prev.length + line.length > 160) return false;
  // "B.S. in Biology, Lakeside Technological" + "University".
  const schoolWordNext = /^(?:University|College|Institute|Polytechnic)\b/.test(line) && /,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*$/.test(prev) && !looksLikeSchool(prev);
  return schoolWordNext || (ENDS_IN_LINK.test(prev) && /^[A-Z]/.test(line)) || (ENDS_IN_SCHOOL.test(prev) && STARTS_WITH_LINK.test(line));
}

/** Whether `line` goes on with the degree `prev` breaks off after a linking word ("Bachelor of" + "Engineering (B.E.)"). */
function continuesDegree(prev: string, line: string): boolean {
  return /\s(?:of|in|and|&)$/i.test(prev) && degreeLevel(prev) > 0 && line.length <= 60 && degreeIndex(line) !== 0 && !looksLikeSchool(line) && !hasDate(line);
}

/** School names and degrees broken across lines joined up. */
function joinBroken(input: string[]): string[] {
  return joinOnto(input, (prev, line) => continuesSchool(prev, line) || continuesDegree(prev, line));
}

/**
 * The lines that date an entry: its own when they hold a date ("Bachelor of Arts, 1995"; a range on
 * a later line belongs to what follows), else the date line a few lines above it when dates head
 * the entries, else `detail`, the lines from it to the next entry.
 */
function datedBlock(lines: string[], dated: boolean[], e: Entry, prevLast: number, datesHead: boolean, detail: string[]): string[] {
  const own = lines.slice(e.first, e.last + 1);
  if (own.some(hasDate)) return own;
  if (!datesHead) return detail.filter((l) => !AWARD.test(l));
  for (let i = e.first - 1; i > prevLast && i >= e.first - HEAD_REACH; i--) if (dated[i]) return [lines[i], ...own];
  return own;
}

// "Expected May 2021", "Anticipated Graduation: May 2011", "to be conferred May 2015", "Class of 2018".
const EXPECTED = /\b(?:expected|anticipated|to be (?:conferred|awarded)|graduating|class of)\b/i;

/**
 * The graduation date a line states as still to come, written after the word or right before it
 * ("May 2023 (expected)"): it ends the entry, whatever range it was studied over.
 */
function expectedDate(block: string[]): YearMonth | null {
  for (const line of block) {
    const m = line.match(EXPECTED);
    if (!m) continue;
    const at = m.index ?? 0;
    const after = findDates(line.slice(at + m[0].length))[0];
    if (after && after.index <= 30) return after.point;
    const before = findDates(line.slice(0, at)).at(-1);
    if (before && at - before.index - before.text.length <= 3) return before.point;
  }
  return null;
}

/** Whether two written dates are not the same month (or year, when one is a bare year). */
function differ(a: DatePoint | null, b: DatePoint | null): boolean {
  if (!a || !b) return false;
  if (a === 'present' || b === 'present') return a !== b;
  return a.year !== b.year || (!a.yearOnly && !b.yearOnly && a.month !== b.month);
}

/** When an entry began (null when not written) and ended. */
interface Span {
  start: DatePoint | null;
  end: DatePoint | null;
}

const months = (p: DatePoint) => (p === 'present' ? Number.POSITIVE_INFINITY : p.year * 12 + p.month);

/**
 * The dates of a line listing one per entry, a layout's date column read out in one line ("2014 -
 * 2010" for a B.A. and an A.A.): read from the left, a range runs forward, so a date that does not
 * start one stands alone ("2014 - 2010 - 2013" is 2014, then 2010 to 2013).
 */
function columnSpans(line: string): Span[] {
  const spans: Span[] = [];
  let rest = line;
  for (let first = findDates(rest)[0]; first; first = findDates(rest)[0]) {
    const range = findDateRanges(rest).find((r) => r.index === first.index);
    if (range?.start && range.end && months(range.end) >= months(range.start)) {
      spans.push(range);
      rest = rest.slice(range.index + range.text.length);
    } else {
      spans.push({ start: null, end: first.point });
      rest = rest.slice(first.index + first.text.length);
    }
  }
  return spans;
}

/**
 * Entries dated by a date column: the undated entries ending right above it, else those right below
 * it up to the next date line, in their order.
 */
function columnDates(lines: string[], dated: boolean[], found: Entry[]): Map<Entry, Span> {
  const out = new Map<Entry, Span>();
  const undated = (e: Entry | undefined) => e !== undefined && !out.has(e) && !lines.slice(e.first, e.last + 1).some(hasDate);
  lines.forEach((line, c) => {
    if (!dated[c]) return;
    const spans = columnSpans(line);
    if (spans.length < 2) return;
    const above = found.findLastIndex((e) => e.last < c);
    const run: Entry[] = [];
    if (above >= 0 && c - found[above].last <= 2) for (let k = above; undated(found[k]); k--) run.unshift(found[k]);
    if (!run.length) {
      for (let k = above + 1; undated(found[k]); k++) {
        if (run.length && dated.slice(found[k - 1].last, found[k].first).includes(true)) break;
        run.push(found[k]);
      }
    }
    run.forEach((e, i) => {
      if (i < spans.length) out.set(e, spans[i]);
    });
  });
  return out;
}

/** The span of the first range in `block`, else up to its latest date. */
function spanOf(block: string[]): Span {
  const range = block.flatMap(findDateRanges)[0];
  if (range) return range;
  const points = block.flatMap((l) => findDates(l).map((d) => d.point));
  return { start: null, end: points.length ? points.reduce((a, b) => (b.year > a.year ? b : a)) : null };
}

/**
 * "Ph.D." / "M.A." / "B.A." then "Elm University, 1998, Economics" / ...: a table flattened into a
 * column of bare degrees, then one dated row per degree in the same order.
 */
function degreeColumn(lines: string[]): { start: number; size: number } | null {
  const bare = (l: string) => degreeLevel(l) > 0 && !looksLikeSchool(l) && !hasDate(l) && l.split(/\s+/).length <= 3;
  const row = (l: string) => hasDate(l) && degreeLevel(l) === 0;
  for (let start = 0; start < lines.length; start++) {
    let size = 0;
    while (start + size < lines.length && bare(lines[start + size])) size++;
    if (size >= 2 && lines.slice(start + size, start + 2 * size).filter(row).length === size) return { start, size };
    start += size;
  }
  return null;
}

/** The name a table row opens on ("Elm State, 1993, Counseling"), when no school word marks it. */
function rowName(row: string): string {
  const first = cleanPart(removeDates(row).split(/[,:|]/)[0]);
  return /^[A-Z]/.test(first) && first.split(/\s+/).length <= 6 && degreeLevel(first) === 0 ? first : '';
}

/** The entries of a degree column, each with the school and dates of its row. */
function columnItems(lines: string[], { start, size }: { start: number; size: number }): EducationItem[] {
  return lines.slice(start, start + size).map((line, j) => {
    const row = lines[start + size + j];
    const span = spanOf([row]);
    return { school: schoolPart(row) || rowName(row), degree: degreeAndSchool(line).degree, startDate: toIso(span.start), endDate: toIso(span.end), cgpa: numberFrom(GPA, row), percent: numberFrom(PERCENT, row) };
  });
}

/** Education entries in the education section lines (or any lines naming a degree). */
export function findEducation(input: string[]): EducationItem[] {
  const lines = joinBroken(input);
  const column = degreeColumn(lines);
  const items = column
    ? [...entryItems(lines.slice(0, column.start)), ...columnItems(lines, column), ...entryItems(lines.slice(column.start + 2 * column.size))]
    : entryItems(lines);
  // School-level entries (high school, SSC) are kept only when nothing higher is listed.
  // A named degree has its own level; a school alone counts as higher education unless it is a school-level one.
  const level = (e: EducationItem) => degreeLevel(e.degree) || (schoolLevel(e.school) ? 1 : 2);
  const real = items.filter((e) => e.degree || e.school);
  const higher = real.filter((e) => level(e) > 1);
  return higher.length ? higher : real;
}

/** Entries read line by line: degree and school lines near each other, with their dates. */
function entryItems(lines: string[]): EducationItem[] {
  // Lines holding only dates, tested once for all the passes below.
  const dated = lines.map(dateLine);
  const { found, datesHead } = entries(lines, dated);
  const columns = columnDates(lines, dated, found);
  return found.map((e, k) => {
    const nextFirst = k + 1 < found.length ? found[k + 1].first : lines.length;
    // The dates may follow a school, a field and a place line.
    const detail = lines.slice(e.first, Math.min(nextFirst, e.last + 4));
    const fromDegree = e.degreeLine >= 0 ? degreeAndSchool(lines[e.degreeLine]) : { degree: '', school: '' };
    const school = e.schoolLine >= 0 && e.schoolLine !== e.degreeLine ? schoolAt(lines, e.schoolLine) : fromDegree.school || (e.schoolLine >= 0 ? schoolPart(lines[e.schoolLine]) : '');
    let degree = fromDegree.degree;
    // "B.TECH" then "(Electronics and Communication)" or "in Physics" on the next line.
    const after = e.degreeLine >= 0 ? lines[e.degreeLine + 1] : undefined;
    const fieldLine =
      after &&
      !looksLikeSchool(after) &&
      !looksLikePlace(after) &&
      !HONOURS.test(after) &&
      degreeIndex(after) < 0 &&
      (/^(?:\(|in\s)/i.test(after) || (/^[A-Z][A-Za-z&,\s-]*$/.test(after) && after.split(/\s+/).length <= 5));
    if (degree && degree.split(/\s+/).length <= 2 && fieldLine) {
      degree = `${degree} ${cleanPart(after.replace(/[()]/g, ' '))}`.trim();
    }
    const block = datedBlock(lines, dated, e, k > 0 ? found[k - 1].last : -1, datesHead, detail);
    // A date column gives each entry its own dates; an "Expected" in it belongs to its first one.
    const column = columns.get(e);
    const span = column ?? spanOf(block);
    const endDate = toIso((!column && expectedDate([...block, ...detail])) || span.end);
    const joined = detail.join(' ');
    return { school, degree, startDate: toIso(span.start), endDate, cgpa: numberFrom(GPA, joined), percent: numberFrom(PERCENT, joined) };
  });
}

const SCHOOL_LEVEL =
  /\b(?:high|secondary|matriculation|matric|higher secondary|hr\.?\s?sec|primary|elementary|public school|grammar school|comprehensive school|middle school|community school|convent|sixth form|further education)\b/i;
// Names of higher schools: "Graduate School of ...", "Medical School", "School of Business".
const HIGHER_SCHOOL = /\b(?:school of|graduate|business|law|medical|medicine|engineering|management|nursing|design|art|arts|music|film|divinity|dental|pharmacy)\b/i;

/** A school-level institution: a high, grammar or sixth-form school, or any "... School" (a town may follow) that is not a higher school. */
function schoolLevel(school: string): boolean {
  if (SCHOOL_LEVEL.test(school)) return true;
  return /\bschool\b/i.test(school) && !HIGHER_SCHOOL.test(school);
}
