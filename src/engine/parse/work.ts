// Work experience: entries anchored on date ranges, with title and company taken from the short
// lines around each date.

import { isBullet, stripBullet } from '../text/lines.ts';
import type { WorkItem } from '../types.ts';
import { type DateRange, findDateRanges, toIso } from './dates.ts';
import { companyScore, looksLikePlace, titleCues, titleScore } from './roles.ts';

const MAX_HEADER_WORDS = 12;

function isHeaderLike(line: string): boolean {
  // Numbered lines ("1. Engineer:") often are the entries themselves; other bullets are details.
  if (isBullet(line) && !/^\d{1,2}[.)]\s/.test(line)) return false;
  const t = line.trim();
  const words = t.split(/\s+/).length;
  return words <= MAX_HEADER_WORDS && t.length <= 100 && !/[.!?]$/.test(t.replace(/\b(?:Ltd|Inc|Co|Corp|Pvt|Jr|Sr)\.$/i, ''));
}

/** The header part of a line holding a date range: the text before the dates, or else the first clause after them. */
function ownHeader(line: string, range: DateRange): { header: string; rest: string } {
  const before = line
    .slice(0, range.index)
    .replace(/\b(?:from|since|between|during|duration|period|dates?)\s*:?\s*$/i, '')
    .replace(/[\s,:|([\-–]+$/, '');
  const after = line.slice(range.index + range.text.length).replace(/^[\s)\]:,|\-–]+/, '');
  const clause = after.match(/^(.*?)(?:[.;:]\s|\s[-–]\s|,?\s(?:where|which|who|while|responsible|providing|managing|handling)\b|$)/i)?.[1] ?? after;
  const fromAfter = { header: clause, rest: after.slice(clause.length).replace(/^[\s.;\-–]+/, '') };
  const head = stripBullet(before);
  if (!/[A-Za-z]{2}/.test(head)) return fromAfter;
  // "1 year of experience (2022 - 2023) as a Compliance Analyst": the title comes after the dates.
  if (titleCues(head) === 0 && /^as\s/i.test(clause) && titleCues(clause) > 0) return fromAfter;
  return { header: head, rest: after };
}

const LEAD_IN = /^(?:[\w./-]+\s+){0,8}?(?:as|in the (?:role|capacity|position) of)\s+(?:an?\s+|the\s+)?(?=\S)/i;

/** "Worked as a Survey Researcher" -> "Survey Researcher". */
function withoutLeadIn(s: string): string {
  const m = s.match(LEAD_IN);
  const t = m && titleCues(m[0]) === 0 ? s.slice(m[0].length) : s;
  return t
    .replace(/\s+(?:for|with)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:years?|months?|yrs?)\b.*$/i, '')
    .replace(/^(?:on|at|in|for|with|from|prior|former|previous|previously)\s+(?=[A-Z])/i, '');
}

/** Splits "Title at Company", "Title, Company", "Company - Title" into parts. */
function parts(s: string): string[] {
  return s
    // " - " separates parts only before a capital ("Analyst - Acme", not "life - physical").
    .split(
      /\s+(?:at|@)\s+|\s*[|;]\s*|,\s*(?=[A-Z0-9])(?!(?:Inc|INC|LLC|Ltd|LTD|Corp|CORP|Co|CO|LLP|PLC|GmbH|AG)\b)|\.\s+(?!(?:Ltd|Inc|Co)\b)|\s+[-–]\s+(?=[A-Z0-9])|\s*\(\s*|\s*\)\s*/,
    )
    .map((p) => withoutLeadIn(stripBullet(p).replace(/^(?:position|title|role|designation|company|employer|organi[sz]ation)\s*:\s*/i, '').replace(/["“”]/g, '').replace(/[\s\-–:.]+$/, '').trim()))
    .filter((p) => p.length > 1 && /[A-Za-z]/.test(p) && !looksLikePlace(p));
}

const LABEL = /^(?:(position|title|role|designation|job title)|(company|employer|organi[sz]ation|client))\s*:\s*(.+)$/i;

function pickRoles(candidates: string[]): { position: string; company: string } {
  let position = '';
  let company = '';
  for (const c of candidates) {
    const m = stripBullet(c).match(LABEL);
    if (m?.[1] && !position) position = m[3].trim();
    if (m?.[2] && !company) company = m[3].trim();
  }
  const all = candidates
    .filter((c) => !looksLikePlace(c) && !LABEL.test(stripBullet(c)))
    .flatMap(parts)
    .filter(
      (p) =>
        p.split(/\s+/).length <= 12 &&
        !/^(?:duration|period|location|team size|client|environment)\b|^\d+(?:\.\d+)?\s*(?:years?|months?|yrs?)\b|^page \d/i.test(p),
    );
  // Names and titles start with a capital (or a digit, "3M"); a lowercase start is prose, unless
  // nothing else is there ("bakers").
  const capital = all.filter((p) => /^[A-Z0-9]/.test(p));
  const ps = capital.length ? capital : all;
  let best = 0;
  if (!position)
    for (const p of ps) {
      if (titleScore(p) > best) {
        best = titleScore(p);
        position = p;
      }
    }
  best = 0;
  if (!company)
    for (const p of ps) {
      // "Developed spreadsheets for ...": a sentence, not an organisation.
      if (p !== position && companyScore(p) > best && !/^[A-Z][a-z]+ed\s+\S+\s+\S+\s+\S+/.test(p)) {
        best = companyScore(p);
        company = p;
      }
    }
  const rest = ps.filter((p) => p !== position && p !== company);
  if (!position && rest.length) position = rest.shift() ?? '';
  if (!company && rest.length) company = rest.shift() ?? '';
  return { position, company };
}

function solid(header: string[]): number {
  return header.filter((h) => !looksLikePlace(h)).length;
}

interface Anchor {
  line: number;
  range: DateRange;
}

/** A paragraph naming several jobs with their dates becomes one line per sentence. */
function splitParagraphs(lines: string[]): string[] {
  return lines.flatMap((l) => (findDateRanges(l).length > 1 ? l.split(/(?<=[.;])\s+(?=[A-Z])/) : [l]));
}

export function findWork(input: string[]): WorkItem[] {
  const lines = splitParagraphs(input);
  const anchors: Anchor[] = [];
  lines.forEach((line, i) => {
    const ranges = findDateRanges(line);
    if (ranges.length) anchors.push({ line: i, range: ranges[0] });
  });
  // Header lines before each date (at most two, never crossing the previous date line).
  const firsts = anchors.map((a, k) => {
    const floor = k > 0 ? anchors[k - 1].line + 1 : 0;
    let first = a.line;
    let taken = 0;
    while (first - 1 >= floor && taken < 2 && isHeaderLike(lines[first - 1])) {
      first--;
      if (!looksLikePlace(lines[first])) taken++;
    }
    return first;
  });
  return anchors
    .map((a, k): WorkItem => {
      const ceiling = k + 1 < anchors.length ? firsts[k + 1] : lines.length;
      const header = lines.slice(firsts[k], a.line);
      const own = ownHeader(lines[a.line], a.range);
      if (own.header) header.push(own.header);
      let last = a.line;
      while (last + 1 < ceiling && (solid(header) < 2 || LABEL.test(lines[last + 1])) && last - a.line < 4 && isHeaderLike(lines[last + 1]))
        header.push(lines[++last]);
      const { position, company } = pickRoles(header);
      const description = [own.rest, ...lines.slice(last + 1, ceiling)]
        .filter(Boolean)
        .map(stripBullet)
        .join('\n')
        .trim();
      return { company, position, startDate: toIso(a.range.start), endDate: toIso(a.range.end), description };
    })
    .filter((w) => w.company || w.position);
}
