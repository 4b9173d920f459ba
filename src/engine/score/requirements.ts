// Reads "at least 3 years as a Baker", "Minimum 2 years of experience as X", "X for 5 years",
// "5+ years in X" into a role and a number of months.
import type { RequiredRole } from '../types.ts';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
// "5 consistent years" and "a year" count too.
const AMOUNT = `\\b(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})[\\s-]*(?:\\+|or more|plus)?\\s*(?:-\\s*\\d+\\s*)?(?:(?:full|further|additional|consecutive|consistent|successful|solid|continuous)\\s+)?(years?|yrs?|months?)`;
const AMOUNT_ALL = new RegExp(AMOUNT, 'gi');

function months(n: string, unit: string): number {
  const v = NUMBER_WORDS[n.toLowerCase()] ?? Number(n);
  return Math.round(/^m/i.test(unit) ? v : v * 12);
}

// What follows a role describes it ("Carpenter which requires dexterity", "Java Developer in the
// Boston office", "Oracle Developer, specialized in ...", "Project Manager utilizing Scrum").
const DESCRIBING =
  /[,;]?\s+(?:preferably|ideally|especially|focus(?:s)?ing|focused|with|within|in a|in an|in the|at an?|at the|which|who|that|emphasi[sz]ing|involving|overseeing|working|dealing|speciali[sz](?:ing|ed)|specifically|precisely|particularly|governing|implementing|demonstrating|ensuring|providing|earning|would|will|using|utili[sz]ing)\b.*$/i;

/** A role or job title without the clause that describes it. */
export function withoutDescription(title: string): string {
  return title.replace(DESCRIBING, '');
}

function tidyRole(s: string): string {
  return s
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^(?:(?:a|an|the)\s+)?(?:role|position|capacity|job)\s+(?:of|as)\s+/i, '')
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(DESCRIBING, '')
    .replace(/\s+(?:role|position|capacity)?\s*(?:is|are)\s+(?:necessary|required|a must|needed|essential|preferred).*$/i, '')
    .replace(/\s+(?:role|position|capacity)$/i, '')
    .replace(/\s+(?:or|and) (?:a )?(?:similar|related|equivalent).*$/i, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!-]+$/, '')
    .trim();
}

/** Every role a requirement line asks for ("1 year as X, 5 years as Y, and 4 years as Z"). */
export function parseRequirements(line: string): RequiredRole[] {
  const count = line.match(AMOUNT_ALL)?.length ?? 0;
  if (count < 2) {
    const one = parseRequirement(line);
    return one ? [one] : [];
  }
  return line
    .split(/[,;]\s*(?:and\s+)?|\s+and\s+(?=\d)/i)
    .map((part) => parseRequirement(part))
    .filter((r): r is RequiredRole => r !== null && r.title !== '');
}

/** The role and months one requirement line asks for, or null when it names no duration. */
export function parseRequirement(line: string): RequiredRole | null {
  const text = line.replace(/^\s*(?:[-*•]|\d{1,2}[.)])\s+/, '').replace(/['’]s?(?=\b|\s|$)/g, '').trim();
  // "7 years of experience including 4 years as X": the amount closest before "as" is X's.
  const amounts = [...text.matchAll(AMOUNT_ALL)];
  if (!amounts.length) return null;
  const asAt = text.search(/\bas\s+(?:an?\s+|the\s+)?[A-Za-z]/i);
  const amount = amounts.filter((a) => asAt < 0 || (a.index ?? 0) < asAt).pop() ?? amounts[0];
  const m = months(amount[1], amount[2]);
  const at = amount.index ?? 0;
  const after = text.slice(at + amount[0].length);
  const before = text.slice(0, at);
  const role =
    after.match(/\bas\s+(?:an?\s+|the\s+)?(.+?)(?:\s+(?:for|with|in which|where|who)\b.*|[.;](?=\s|$).*)?$/i)?.[1] ??
    before.match(/\bas\s+(?:an?\s+|the\s+)?(.+?)\s+(?:for|of)\s*(?:at least|a minimum of|minimum|over|more than|about|around)?\s*$/i)?.[1] ??
    // "holding the position of X for a duration of ..."
    before.match(/\b(?:position|role|post)\s+of\s+(?:an?\s+|the\s+)?(.+?)\s+for\b/i)?.[1] ??
    after.match(/^\s*(?:of\s+)?(?:[a-z-]+\s+)?(?:experience\s+)?(?:in|with|working in|at)\s+(?:an?\s+|the\s+)?(.+?)(?:[.;](?=\s|$).*)?$/i)?.[1] ??
    after.match(/^\s*(?:of\s+)?(?:hands-on\s+|professional\s+|relevant\s+)?(.+?)\s+experience\b/i)?.[1] ??
    before
      // "Prior experience with X for a minimum of two years" -> "X".
      .replace(/\s+for\s+(?:a\s+)?(?:minimum|at least|over|more than)?\s*(?:of)?\s*$/i, '')
      .replace(/^(?:prior|previous)?\s*(?:service|experience|work)\s+(?:with|in|as)\s+/i, '')
      .replace(/\b(?:at least|minimum|min|of|over|more than|has|have|must have|experience|previous)\b/gi, ' ');
  return { title: tidyRole(role).slice(0, 160), months: m };
}
