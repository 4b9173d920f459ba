// The candidate's current designation: the headline under the name ("Senior Data Analyst"), else
// the title a summary opens with ("A dependable Java developer with six years of ...").
import { stripBullet } from '../text/lines.ts';
import { agentNoun } from './job-header.ts';
import { looksLikeName } from './name.ts';
import { companyCues, LEGAL_FORM, looksLikePlace, titleCues, titleScore } from './roles.ts';
import { headingKind } from './sections.ts';
import { canonicalSkill } from './taxonomy.ts';
import { rolesInProse } from './work.ts';

const MAX_WORDS = 7;
// The last word of an organisation's name that never ends the name of a field of work.
const ORGANISATION_HEAD = /\b(?:solutions|services|technologies|labs?|group|bank|hospital|clinic|university|college|school|institute|academy|foundation|enterprises?|industries|partners|holdings|ventures|agency|studios?|company|corporation|associates|consultants|firm)$/i;

/** A short phrase that reads as a job title and nothing else. */
function titleOnly(s: string, lowercase = false): boolean {
  const t = s.trim();
  const words = t.split(/\s+/);
  if (!t || words.length > MAX_WORDS || t.length > 70) return false;
  // Digits only inside a word ("J2EE Developer"), never a number of their own.
  if (/[@:;!?]|(?<![A-Za-z])\d|https?|www\./i.test(t) || /[.]$/.test(t.replace(/\b(?:Sr|Jr)\.$/i, ''))) return false;
  if (headingKind(t) || looksLikePlace(t) || LEGAL_FORM.test(t)) return false;
  if (!(lowercase ? /^[A-Za-z]/ : /^[A-Z]/).test(t) || /^(?:sample|student|seeking|looking|expert in|resume|cv)\b/i.test(t)) return false;
  // The head noun, the last word or the one before "of"/"at"/"for" ("Head of Operations", "Attorney
  // at Law", "Vice Dean for Student Affairs"), is a title word ("Associate Software Engineer"), and
  // title words are no fewer than organisation words ("Software Engineer", not "Acme Software
  // Services Engineer").
  const [core, joint, field] = t.split(/\s+(of|at|for)\s+/i);
  // "Engineer at Acme Systems" and "Director of Riverbend Solutions" name the employer too; "Head of
  // Information Systems" names a field.
  if (field !== undefined && (/^at$/i.test(joint) ? companyCues(field) > 0 : ORGANISATION_HEAD.test(field))) return false;
  return titleCues(core.split(/\s+/).pop() ?? '') > 0 && titleCues(core) >= companyCues(core);
}

/** "Payroll Officer CV Template" -> "Payroll Officer"; "Jane Doe Data Analyst" -> "Data Analyst". */
function tidy(s: string, name: string): string {
  let t = s
    .replace(/^.*?\b(?:position|role|post|job|career|work(?:ing)?|employment)\s+(?:as|of)\s+(?:an?\s+|the\s+)?(?=[A-Za-z])/i, '')
    .replace(/^[A-Z]{2,}\s+as\s+(?:an?\s+)?/, '')
    .replace(/[,;:\s]+$/, '')
    .replace(/(?:\s+(?:cv|resume|r[ée]sum[ée]|template|sample|example))+\s*$/i, '').trim();
  if (name && t.toLowerCase().startsWith(name.toLowerCase())) t = t.slice(name.length).trim();
  const last = name.split(/\s+/).pop() ?? '';
  if (last.length > 1 && t.startsWith(`${last} `)) t = t.slice(last.length + 1);
  return t;
}

/** A short phrase whose head is a title word or an agent noun ("Copy Writer", "Newsreader"). */
function namesJob(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length > 4 || looksLikeName(s) || /\b(?:sample|example|template|page)\b/i.test(s)) return false;
  return titleCues(words[words.length - 1]) > 0 || agentNoun(s) || /^[A-Z][a-z]+(?:er|or)$/.test(s);
}

const TEMPLATE = /\s+(?:cv|resume|r[ée]sum[ée])(?:\s+(?:template|sample|example))?\s*$/i;

/** The headline: among the first lines of the header, a title-only line or part of the name line. */
function fromHeader(header: string[], name: string): string {
  for (const [i, raw] of header.slice(0, 12).entries()) {
    const line = stripBullet(raw);
    // "Newsreader Resume Template": a template names the job it is for.
    const named = tidy(line, name);
    if (TEMPLATE.test(line) && namesJob(named)) return named;
    // Past the first lines, only a line that is a title by itself.
    const parts = i < 8 ? line.split(/\s+[-–|,/]\s+|\s*\|\s*|,\s+/).map((p) => tidy(p.trim(), name)) : [named];
    // The line under the name may be written in lowercase ("data analyst").
    const underName = i === 1 || (i > 0 && !!name && header[i - 1].toLowerCase().startsWith(name.toLowerCase()));
    // "Figma, Illustrator, Sketch": a list of tools, one of them named like a job.
    const tools = parts.filter((p) => canonicalSkill(p) !== null).length >= 2;
    for (const p of parts) {
      // A line like a name is the title only when the name was found elsewhere ("IT SUPPORT").
      if (looksLikeName(p) && (!name || p.toLowerCase() === name.toLowerCase())) continue;
      if (tools && canonicalSkill(p) !== null) continue;
      if (titleOnly(p, underName)) return p;
    }
  }
  return '';
}

const PRAISE =
  '(?:(?:[a-z]+ly\\s+|well[- ])?(?:highly|very|self-motivated|motivated|focused|experienced|organi[sz]ed|confident|capable|dedicated|accomplished|resourceful|innovative|competent|skilled|seasoned|dynamic|passionate|creative|results?[- ]driven|young|detail[- ]oriented|hard[- ]working|enthusiastic|professional|qualified|certified|talented|energetic|proactive|reliable|versatile),?\\s+(?:and\\s+)?)*';
const OPENING = new RegExp(
  `\\b(?:an?|as)\\s+(?:an?\\s+)?(${PRAISE})([A-Z]?[A-Za-z/.+#&-]+(?:\\s+[A-Za-z/.+#&-]+){0,4}?)(?:\\s+(?:with|having|who|offering|seeking|looking|possessing|experienced|specializing|specialising|skilled|that|and)\\b|,)`,
  'i',
);
// "Senior software engineer with more than 9 years of experience ...": a line opening on the title.
const LEADING = new RegExp(
  `^(?:an?\\s+)?(${PRAISE})([A-Z][A-Za-z/.+#&-]*(?:\\s+[A-Za-z/.+#&-]+){0,4}?)\\s+(?:with|having|offering)\\s+(?:over\\s+|more than\\s+|nearly\\s+|around\\s+|about\\s+|almost\\s+)?(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\\+?\\s*(?:years?|yrs)\\b`,
  'i',
);

// "Senior systems professional with many years ...", "Dedicated IT Assistant skilled at ...": a summary
// opening on the title, without years.
const OPENS_ON_TITLE = new RegExp(`^(?:an?\\s+)?(${PRAISE})([A-Z][A-Za-z/.+#&-]*(?:\\s+[A-Za-z/.+#&-]+){0,4}?)(?:\\s+(?:with|having|who|and|seeking|skilled|specializing|specialising|offering|looking)\\b|,)`, 'i');

/** The title a summary presents the candidate as. */
function fromSummary(summary: string): string {
  const m = summary.slice(0, 400).match(OPENING);
  if (!m) return '';
  // "Seeking a position as an Educational Assistant with ...": the title after "position as".
  const phrase = m[2].replace(/^.*\b(?:position|role|post|job)\s+(?:as|of)\s+(?:an?\s+|the\s+)?/i, '').trim();
  const words = phrase.split(/\s+/);
  // The phrase must end on a title word ("Java developer", not "developer of websites").
  const last = words[words.length - 1];
  return titleCues(last) > 0 && titleCues(phrase) >= companyCues(phrase) ? phrase : '';
}

/** The title a line of the header or summary opens on, before its years of experience ("Marketing professional with 5+ years"). */
function fromLeading(lines: string[], pattern = LEADING): string {
  for (const line of lines) {
    const phrase = stripBullet(line).match(pattern)?.[2].trim();
    const last = phrase?.split(/\s+/).pop() ?? '';
    if (phrase && (titleCues(last) > 0 ? titleScore(phrase) >= 1 : /^professional$/i.test(last) && titleCues(phrase) >= companyCues(phrase))) return phrase;
  }
  return '';
}

// "Seeking a position as a Systems Engineer", "eager to launch a career as a veterinary assistant.",
// "a position of a PHP programmer", "to work as an Art Editor".
const SOUGHT =
  /\b(?:(?:position|career|role|job|post)\s+(?:as|of)|work\s+as)\s+(?:an?\s+|the\s+)?([A-Za-z][\w/&+#-]*(?:\s+[\w/&+#-]+){0,4}?)(?=\s+(?:with|to|in|at|or|and|where|that|for|within|utilizing|using)\b|\s*[,.;:(]|\s*$)/im;

// "To obtain a sales engineer position with ...", "Seeking a full-time Web Developer role".
const SOUGHT_BEFORE =
  /\b(?:seeking|obtain|secure|looking for|desire)\s+(?:an?|the)\s+(?:(?:full|part)[- ]time\s+|permanent\s+|challenging\s+)?([A-Za-z][\w/&+#-]*(?:\s+[\w/&+#-]+){0,4}?)\s+(?:position|role|job|post)\b/i;

/** The title an objective seeks. */
function fromSought(text: string): string {
  const start = text.slice(0, 400);
  const phrase = start.match(SOUGHT)?.[1] ?? start.match(SOUGHT_BEFORE)?.[1] ?? '';
  const last = phrase.split(/\s+/).pop() ?? '';
  return titleCues(last) > 0 && titleScore(phrase) >= 1 ? phrase : '';
}

export function findDesignation(header: string[], summary: string, name = ''): string {
  const top = header.slice(0, 12);
  return (
    fromHeader(header, name) ||
    fromLeading([...top, ...summary.split('\n').slice(0, 3)]) ||
    fromSummary(summary) ||
    fromLeading(summary.split('\n').slice(0, 1), OPENS_ON_TITLE) ||
    fromSummary(top.join(' ')) ||
    fromSought([summary, ...top].join('\n')) ||
    (rolesInProse([summary, ...top])[0]?.position ?? '')
  );
}
