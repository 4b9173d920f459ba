// The candidate's name: a labelled "Name:" line, else the first short line that reads like a name.
import { headingKind } from './sections.ts';

const NOT_NAME = new Set(
  'resume curriculum vitae cv biodata bio-data profile objective summary contact address phone mobile email tel street road avenue lane nagar city engineer developer manager analyst consultant designer architect administrator assistant associate intern executive officer specialist technician teacher professor student director lead senior junior software hardware java python data sales marketing accountant accounting services service solutions technologies company limited ltd inc pvt university college institute school experience education skills page linkedin github indeed willing relocate your name personal information details years months'.split(
    ' ',
  ),
);

const NAME_WORD = /^(?:[A-Z][a-zA-Z'’-]*\.?|[A-Z]\.|[A-Z]{2,}|(?:de|da|van|von|der|del|la|le|bin|al)\.?)$/;

export function looksLikeName(line: string): boolean {
  const t = line.replace(/[,|]+$/, '').trim();
  if (t.length < 3 || t.length > 40 || /[\d@:/\\()]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (headingKind(t)) return false;
  if (words.some((w) => NOT_NAME.has(w.toLowerCase().replace(/[.,]/g, '')))) return false;
  return words.every((w) => NAME_WORD.test(w));
}

function tidy(name: string): string {
  const t = name.replace(/\s+/g, ' ').replace(/[,|]+$/, '').trim();
  return t === t.toUpperCase() ? t.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()) : t;
}

export function findName(lines: string[]): string {
  for (const line of lines.slice(0, 40)) {
    const m = line.match(/^(?:full\s+)?name\s*[:-]\s*(.+)$/i);
    if (m?.[1].trim()) return tidy(m[1]);
  }
  for (const line of lines.slice(0, 12)) {
    // "Jane Doe - Senior Engineer" or "Jane Doe, Pune": the name is the first part.
    const head = line.split(/\s+[-–|,]\s+|,\s*/)[0];
    if (looksLikeName(head)) return tidy(head);
  }
  return '';
}
