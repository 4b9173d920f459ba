// Education entries: a degree line, the school named on it or next to it, and the years around it.

import { stripBullet } from '../text/lines.ts';
import type { EducationItem } from '../types.ts';
import { findDateRanges, findDates, toIso } from './dates.ts';
import { degreeIndex, looksLikeSchool } from './degrees.ts';

const GPA = /\b(?:c?gpa|cpi|sgpa)\b\s*[:-]?\s*(?:of\s*)?(\d{1,2}(?:\.\d{1,2})?)(?:\s*\/\s*\d{1,2}(?:\.\d+)?)?|(\d(?:\.\d{1,2})?)\s*(?:\/\s*(?:4|10)(?:\.0)?\s*)?c?gpa/i;
const PERCENT = /(\d{2}(?:\.\d{1,2})?)\s*%/;

function cleanPart(s: string): string {
  return stripBullet(s)
    .replace(/\((?:[^)]*)\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,:|\-–]+|[\s,:|\-–]+$/g, '')
    .trim();
}

function removeDates(s: string): string {
  let out = s;
  for (const r of findDateRanges(s)) out = out.replace(r.text, ' ');
  for (const d of findDates(out)) out = out.replace(d.text, ' ');
  return out.replace(/\b(?:from|to|passed out|graduated|graduation|expected|year|batch|class of)\b\s*:?/gi, ' ');
}

function degreeAndSchool(line: string): { degree: string; school: string } {
  const text = removeDates(line);
  const pieces = text.split(/\s*[,|]\s*|\s+[-–]\s+|\s+(?:from|at)\s+/i).map(cleanPart).filter(Boolean);
  let degree = '';
  let school = '';
  for (const p of pieces) {
    if (!degree && degreeIndex(p) >= 0) degree = p.slice(degreeIndex(p));
    else if (!school && looksLikeSchool(p)) school = p;
  }
  if (degree && !school && looksLikeSchool(degree)) {
    const m = degree.match(/^(.*?)\s+(?:from|at|in)\s+(\S.*(?:university|college|institute|school|academy).*)$/i);
    if (m) {
      degree = m[1];
      school = m[2];
    }
  }
  return { degree: degree.slice(0, 120), school: school.slice(0, 120) };
}

/** The part of a line that names the school ("Illinois State University, Normal, Illinois"). */
function schoolPart(line: string): string {
  const parts = removeDates(line).split(/\s*[,|]\s*|\s+[-–]+\s+/).map(cleanPart);
  return parts.find(looksLikeSchool) ?? '';
}

function numberFrom(re: RegExp, s: string): number | null {
  const m = s.match(re);
  if (!m) return null;
  const n = Number(m[1] ?? m[2]);
  return Number.isFinite(n) ? n : null;
}

/** Education entries in the education section lines (or any lines naming a degree). */
export function findEducation(lines: string[]): EducationItem[] {
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (degreeIndex(l) >= 0 && l.length <= 200) starts.push(i);
  });
  return starts.map((i, k) => {
    const end = Math.min(k + 1 < starts.length ? starts[k + 1] : lines.length, i + 4);
    const from = Math.max(k > 0 ? starts[k - 1] + 1 : 0, i - 2);
    const { degree, school: own } = degreeAndSchool(lines[i]);
    let school = own;
    const near = [...lines.slice(i + 1, end), ...lines.slice(from, i).reverse()];
    if (!school) school = schoolPart(near.find(looksLikeSchool) ?? '');
    const block = [lines[i], ...lines.slice(i + 1, end)];
    const before = lines.slice(from, i);
    const ranges = block.flatMap(findDateRanges);
    const years = [...block, ...before].flatMap((l) => findDates(l).map((d) => d.point));
    let startDate = '';
    let endDate = '';
    if (ranges.length) {
      startDate = toIso(ranges[0].start);
      endDate = toIso(ranges[0].end);
    } else if (years.length) {
      const last = years.reduce((a, b) => (b.year > a.year ? b : a));
      endDate = toIso(last);
    }
    const joined = block.join(' ');
    return { school, degree, startDate, endDate, cgpa: numberFrom(GPA, joined), percent: numberFrom(PERCENT, joined) };
  });
}
