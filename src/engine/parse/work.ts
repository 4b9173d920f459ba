// Work experience: entries anchored on date ranges, with title and company taken from the short
// lines around each date.

import { isBullet, joinOnto, stripBullet } from '../text/lines.ts';
import { normalize } from '../text/words.ts';
import type { WorkItem } from '../types.ts';
import { eachRole } from './combined-roles.ts';
import { type DatePoint, type DateRange, findDateRanges, findDates, findJobRanges, SEASON_WORD, toIso } from './dates.ts';
import { degreeLevel } from './degrees.ts';
import { type Anchor, bareDate, bracketedYear, DATES_LABEL, datedLines, datelessAnchors, leadingDate, loneDate, namesJobHeader, placeholderRange, sameDates } from './job-anchors.ts';
import { agentNoun, bareName, committeeSeat, EMPLOYER_WORDS, isHeaderLike, LABEL, lowercaseWords, ownHeader, parts, pickRoles, placedEmployer, plausibleCompany, promotion, REMARK, solid, toldInPastTense } from './job-header.ts';
import { looksLikeName } from './name.ts';
import { isRegion } from './places.ts';
import { companyCues, LEGAL_FORM, looksLikePlace, namesOneRole, titleCues } from './roles.ts';
import { EARLIER_CAREER, listedHeadingKind } from './sections.ts';

// A clause opened by a past-tense verb ("Observed classroom teachers") or by a verb in -ing and a
// preposition ("Liaising with suppliers") above a date line is the previous job's detail, not this one's header.
const DETAIL = /^(?!(?:Worked|Served|Employed)\b)[A-Z][a-z]{2,}(?:ed\s+[a-z]|ing\s+(?:with|on|in|for|to|at|and)\s)/;

// "worked as X in Y", "joined as X", "21 months of experience in Y as X": a role and where it was held.
const ORG = "[A-Z][\\w.&'-]*(?:\\s+(?:[A-Z][\\w.&'-]*|of|and|&))*";
// "employed with Y, Waukegan, Illinois as X": the employer's town and state before the role.
const PLACE_WORDS = '[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?';
const OPENINGS = `(?:worked|working|served|serving|employed|engaged|appointed|joined|hired|associated)(?:\\s+(?:currently|presently))?(?:\\s+(?:with|at|in)\\s+(?:the\\s+)?(${ORG})(?:,\\s+${PLACE_WORDS}){0,2})?|experience\\s+(?:in|at|with)\\s+(${ORG})`;
// "Seven years of experience as Branch Manager", "10+ years as a Teacher": read only where the resume sums itself up.
const YEARS = '(?:\\d+\\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\\s+years?(?:\\s+of\\s+experience)?';
const AS_ROLE = `\\s+as\\s+(?:an?\\s+|the\\s+)?([A-Za-z][\\w./&+#-]*(?:\\s+[\\w./&+#-]+){0,5}?)(?:\\s+(in|at|with|for)\\s+(?:the\\s+)?(${ORG}))?(?=\\s*(?:[,.;(]|\\s(?:since|from|during|where|for|in|at|with|and|to|on)\\b|$))`;
const WORKED_AS = new RegExp(`\\b(?:${OPENINGS})${AS_ROLE}`, 'gi');
const WORKED_OR_YEARS_AS = new RegExp(`\\b(?:${OPENINGS}|${YEARS})${AS_ROLE}`, 'gi');

// "joined Brightwave Systems in July 2011": an employer named with the date one started there.
const JOINED = new RegExp(`\\b[Jj]oined\\s+(?:the\\s+)?(${ORG})\\s+(?:in|on|since)\\s+(?=(?:[A-Z][a-z]+\\.?\\s+)?(?:19|20)\\d\\d\\b)`, 'g');

// "Worked for ...", "Working in ... at ...": an employer told without the role held there (`employerWorkedAt`).
const WORK_VERB = /\b(?:[Ww]ork(?:ed|ing)|[Ee]mployed|[Ss]erv(?:ed|ing))\s/;
const ORG_AFTER = new RegExp(`\\b(for|with|at|in|by)\\s+(?:the\\s+)?(${ORG})`, 'g');
// When one worked ("at Weekends", "in Summer"), not where.
const WORK_TIME = new RegExp(`^(?:weekends?|weekdays?|nights?|evenings?|holidays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|${SEASON_WORD})$`, 'i');
// A unit of the organisation one worked with, not an employer.
const WORKING_UNIT = /\b(?:department|division|team|desk|unit)s?$/i;

/**
 * "Currently working as a Software Engineer in Bluewave Systems": roles stated in prose. A summary
 * (`summary`) also tells them by the years spent ("10+ years as a Teacher"), and whom one worked "for"
 * there is the employer, while inside a job "for" names its client.
 */
export function rolesInProse(lines: string[], summary = false): WorkItem[] {
  const told = summary ? WORKED_OR_YEARS_AS : WORKED_AS;
  const out: WorkItem[] = [];
  for (const line of lines) {
    for (const [, org] of line.matchAll(JOINED))
      if (plausibleCompany(org) && !looksLikePlace(org)) out.push({ company: org, position: '', startDate: '', endDate: '', description: line.trim() });
    for (const sentence of sentences(line)) {
      const roles = out.length;
      const range = findJobRanges(sentence)[0];
      for (const [, employer, before = employer, title, prep, after] of sentence.matchAll(told)) {
        const position = title.trim().replace(/\.$/, '');
        const words = position.split(/\s+/);
        // "worked as a team member" tells how one worked, not the title held.
        if ((titleCues(words[words.length - 1]) === 0 && !agentNoun(position)) || /^members?$/i.test(words[words.length - 1])) continue;
        const org = (before ?? (prep?.toLowerCase() === 'for' && !summary ? '' : after) ?? '').trim().replace(/\.$/, '');
        // WORKED_AS ignores case: "experience in BPO industry" names a trade, not an employer; "worked at Weekends as ..." tells when.
        const company = org && plausibleCompany(org) && !looksLikePlace(org) && !/\s[a-z]+$/.test(org) && !WORK_TIME.test(org) ? org : '';
        out.push({ company, position, startDate: range ? toIso(range.start) : '', endDate: range ? toIso(range.end) : '', description: line.trim() });
      }
      if (out.length === roles) {
        const employer = employerWorkedAt(sentence, true);
        if (employer) out.push({ company: employer, position: '', startDate: '', endDate: '', description: line.trim() });
      }
      // "Served as Classroom Aide for Years 4 and 5 at Larkspur Elementary School": the employer after the role's own clause.
      const lacking = out.slice(roles).filter((role) => !role.company);
      const later = lacking.length ? employerWorkedAt(sentence, false) : '';
      for (const role of lacking) role.company = later;
    }
  }
  return out;
}

// "Content writer at Brightpath", "Subtitle editor for Northwind Media (May to June)": a line opened by the
// title held, then where, perhaps a remark in brackets, then nothing or its details after a stop or a dash.
const ROLE_LINE = new RegExp(`^([A-Z][\\w/&-]*(?:\\s+[\\w/&-]+){0,5}?)\\s+(at|for)\\s+(?:[Tt]he\\s+)?(${ORG})\\s*(?:\\([^()]*\\)\\s*)?(?:$|[;.:]|[-–])`);

/**
 * "Content writer at Brightpath": a line above the dated jobs naming a role and where it was held,
 * told in a few words rather than in a header ("Controller for Alder Bank and Birch Bank": at each).
 */
function roleLines(lines: string[]): WorkItem[] {
  return lines.flatMap((line) => {
    const [, title, prep, org] = line.match(ROLE_LINE) ?? [];
    if (!title || !roleHead(title)) return [];
    const company = org.replace(/\.$/, '');
    // "Director for Outreach", "Consultant for Process Improvement": "for" also names a field, so the body must be named as one.
    const named = prep === 'at' || companyCues(company) > 0 || LEGAL_FORM.test(company) || /\b[A-Z]{2,}\b/.test(company);
    if (!named || !plausibleCompany(company) || looksLikePlace(company)) return [];
    return eachEmployer(company).map((employer) => ({ company: employer, position: title, startDate: '', endDate: '', description: line.trim() }));
  });
}

/** "Managers", not "Boss": a head word in the plural names a team, a product or a list, not one role. */
const plural = (word: string) => /[^s]s$/.test(word);

/** "Film subtitler and sync editor", "Corporate Controller": a short phrase naming one role ("Payroll Managers" names a product or a team). */
function roleHead(t: string): boolean {
  const words = t.split(/\s+/);
  const head = words[words.length - 1];
  return words.length <= 5 && !DETAIL.test(t) && !plural(head) && (namesOneRole(t) || (agentNoun(t) && !looksLikeName(t)));
}

/** "Alder Bank and Birch Savings Bank": two bodies, each named by a company word; "Marsh & Partners" is one. */
function eachEmployer(org: string): string[] {
  const names = org.split(/\s+(?:and|&)\s+/);
  return names.length === 2 && names.every((n) => /\s/.test(n) && companyCues(n) > 0) ? names : [org];
}

/**
 * "Worked for Harbor Informatics Centre under two payrolls", "Working in support at Ferncliff Systems Ltd.":
 * after a verb of working, the first body named by a company word or legal form ("for", "with" and "in"
 * also name clients, products and places, which seldom carry one); what one worked "for" counts only with `worksFor`.
 */
function employerWorkedAt(sentence: string, worksFor: boolean): string {
  const verb = sentence.match(WORK_VERB);
  if (!verb) return '';
  // "Liquidity Forecasting", "Financial Reporting": an activity, though it holds a company word.
  const activity = (o: string) => /ing$/.test(o) && companyCues(o.split(/\s+/).pop() ?? '') === 0;
  // "Worked closely with the Finance Department", "Worked in Azure Data Services": with and in name
  // colleagues and tools far more often than employers, which must then carry a legal form.
  const named = (prep: string, o: string) => (/^(?:with|in)$/i.test(prep) ? LEGAL_FORM.test(o) : companyCues(o) > 0 || LEGAL_FORM.test(o));
  const org = [...sentence.slice(verb.index).matchAll(ORG_AFTER)]
    .filter(([, prep]) => worksFor || prep.toLowerCase() !== 'for')
    .map(([, prep, o]) => ({ prep, o: o.replace(/\.$/, '') }))
    .find(({ prep, o }) => named(prep, o) && !activity(o) && !WORKING_UNIT.test(o))?.o;
  return org && plausibleCompany(org) && !looksLikePlace(org) ? org : '';
}

/** "... as an Analyst at Ferncliff Logistics. Familiar with ...": a word of four lowercase letters or more, or a year, and a full stop end a sentence ("Pvt. Ltd." does not). */
function sentences(line: string): string[] {
  return line.split(/(?<=(?:[a-z]{4}|\d{4})\.)\s+(?=[A-Z])/);
}

function describe(lines: string[]): string {
  return lines.filter(Boolean).map(stripBullet).join('\n').trim();
}

/** A short phrase headed by a title word ("Residential Advisor") or an agent noun in the singular ("Ontologist"; "Connectors" names things). */
function titleLike(t: string): boolean {
  const words = t.split(/\s+/);
  if (DETAIL.test(t) || !/^[A-Z]/.test(t) || words.length > 6 || /[.:;()\d]/.test(t.replace(/\b(?:Sr|Jr)\.|\b(?:[A-Z]\.){2,}/g, ''))) return false;
  if (lowercaseWords(t) > 1) return false;
  // "Vice President of International Sales", "Lecturer in Economics": the head comes before "of" or "in" ("Member of ..." names a membership).
  const core = t.replace(/\s+(?:of|in)\s+.*$/i, '');
  const head = core.split(/\s+/).pop() ?? '';
  // Stricter than plural(): before "of" or "in", a head ending in "ss" is no title either ("Class of 2019").
  if (core !== t && /^members?$|s$/i.test(head)) return false;
  return titleCues(head) > 0
    ? titleCues(core) >= companyCues(core) && !LEGAL_FORM.test(t)
    : words.length <= 3 && /^[A-Z]/.test(head) && agentNoun(t) && !looksLikeName(t) && !plural(head);
}

// "... the reports sent to the" or "... chaired by the Deputy" above "Director": a line cut after a linking word, or within a name, goes on below.
const CUT_IN_NAME = /\b(?:the|an?|of|by|to|for|and|with|at|in|on|under|from|into|as|including)(?:\s+[A-Z][\w&-]*)?$/;

/**
 * A line within a job, not the end of a wrapped sentence, naming another role held: a title alone
 * ("Residential Advisor"), a title and where it was held ("Fourth Grade Teacher, Elm School, Dover, DE"),
 * or an employer with its town and state, or in capitals (its title, if any, on the next line).
 */
function roleLine(line: string, prev: string, next: string): { position: string; company: string } | null {
  // "Teach for Tomorrow, Miami, FL" above "English Teacher" heads a role even after an unfinished line.
  const placed = isBullet(line) ? '' : placedEmployer(line);
  if (placed && titleLike(bodyRole(next))) return { position: '', company: placed };
  // A long line without a full stop and with lowercase words is a sentence going on below; one of capitalised parts is a header.
  // A title line under it stands unless the line below it goes on in lowercase or the long line was cut within a name.
  if (prev && prev.split(/\s+/).length > 6 && !/[.:;!?]$/.test(prev) && lowercaseWords(prev) > 1 && !looksLikePlace(next) && (/^[a-z]/.test(next) || CUT_IN_NAME.test(prev) || !titleLike(bodyRole(line)))) return null;
  if (!isBullet(line)) {
    const labelled = labelledCompany(line);
    if (labelled) return { position: '', company: labelled };
    const held = employerFirst(line);
    if (held) return held;
    const whole = bodyRole(line);
    if (titleLike(whole)) return { position: whole, company: bracketedEmployer(line) };
    // "Vice President of Operations - Promoted to ...", "Litigation Paralegal. Assigned to ...": a paragraph led by the role.
    const [, lead, sentence] = line.match(/^([A-Z][^.:;]{2,60}?)(?:\.|\s[-–])\s+([A-Z].*)$/) ?? [];
    if (lead && (lowercaseWords(sentence) > 2 || /^[A-Z][a-z]+ed\s/.test(sentence)) && titleLike(lead)) return { position: lead, company: '' };
    // "Teach for Tomorrow, Miami, FL": an employer and its town and state, above the roles held there.
    if (placed) return { position: '', company: placed };
    const firm = firmLine(line);
    if (firm) return { position: '', company: firm };
  }
  // "HARBOR SYSTEMS CORPORATION" above "Software Design Engineer, Intern": an employer in capitals above a title.
  if (/^[A-Z0-9][A-Z0-9&.,' -]+$/.test(line) && titleCues(line) === 0 && plausibleCompany(line) && titleLike(bodyRole(next))) return { position: '', company: line };
  const [first, ...rest] = stripBullet(line).split(/,\s*|\s+[-–]\s+/);
  if (!rest.length || /[.;]$/.test(line) || !titleLike(first) || degreeLevel(first) > 0) return null;
  const company = rest.find((p) => !looksLikePlace(p) && plausibleCompany(p));
  return company ? { position: first, company } : null;
}

/**
 * "Night Receptionist (Larkspur Valley Hospital)": the organisation named in brackets after a title; else ''.
 * Brackets without a company word or legal form hold a remark on the title ("(Part Time)", "(Weekends)").
 */
function bracketedEmployer(line: string): string {
  // A date ("Autumn 11") or a list ("Evening Classes, Lower School") in the brackets names no employer.
  const inner = line.match(/^[^()]+\(([^()\d,;]+)\)$/)?.[1].trim() ?? '';
  return (companyCues(inner) > 0 || LEGAL_FORM.test(inner)) && bareName(inner) ? inner : '';
}

/** "Company: Harbor Systems Pvt Ltd, Dover, Delaware": an employer named after its label, read as a header reads it (without its town); else ''. */
function labelledCompany(line: string): string {
  const label = line.trim().match(LABEL)?.[2];
  const { company } = label ? pickRoles([line.trim()], '') : { company: '' };
  return plausibleCompany(company) ? company : '';
}

// The legal form ends a firm's name ("Harbor Toys LLC"); "PLC Programming" names a skill.
const ENDS_IN_LEGAL_FORM = new RegExp(`(?:${LEGAL_FORM.source})\\.?$`, 'i');

/** "Larkspur Systems, Inc." or "Harbor Toys LLC (2005)": a line naming one firm by its legal form, and nothing else. */
function firmLine(line: string): string {
  const firm = line.trim().replace(/\s*\([^()]*\)$/, '').replace(/\.$/, '');
  // A comma only before the legal form: "Hale Law, Orbit Media Inc." lists two names.
  const [, ...after] = firm.split(/,\s*/);
  const one = after.every((p) => !/\s/.test(p) && ENDS_IN_LEGAL_FORM.test(p));
  return ENDS_IN_LEGAL_FORM.test(firm) && one && firm.split(/\s+/).length <= 6 && bareName(firm) ? firm : '';
}

/** "DELTA MARINE SERVICES, Deck Engineer" (an earlier-career list): an employer, then the title held there, then its place ("Dover, DE 2006": town and state read together). */
function employerFirst(line: string): { position: string; company: string } | null {
  const [org, title, ...place] = line.split(/,\s*/);
  if (!title || (place.length > 0 && !looksLikePlace(place.join(', ')))) return null;
  const company = org.replace(/\.$/, '');
  return titleCues(company) === 0 && plausibleCompany(company) && titleLike(title) ? { position: title, company } : null;
}

/** The role a line may name: "Role: Lead Analyst, Reporting" -> "Lead Analyst"; else the line without its trailing comma. */
function bodyRole(raw: string): string {
  // "(Designation: Engineer)"; "Sales Director, Continued" repeats a role over a page break.
  const line = raw
    .replace(/^\((.*)\)$|^\[(.*)\]$/, '$1$2')
    .replace(/,?\s*\(?\bcont(?:inued|'?d)?\.?\)?$/i, '')
    // "Office Assistant (part time basis)": a remark in brackets after the title.
    .replace(/^([^(]{3,60}?)\s*\([^()]*\)$/, '$1');
  const m = line.match(/^(?:(?:(?:key |my )?role|designation|position(?: held)?|job title|title)\s*[:\-–]|(?:role|designation)\s)\s*(.+)$/i);
  return m ? m[1].replace(/\s*[,;.(].*$/, '') : line.replace(/[,:]$/, '');
}

export function findWork(input: string[], dateless = false, name = ''): WorkItem[] {
  return findWorkInParts([input], dateless, name);
}

/**
 * The jobs of a resume's experience sections, each part read on its own: a part keeps its own layout
 * (date-first or header-first), and its first entry does not run on from the last one of the part before.
 */
export function findWorkInParts(parts: string[][], dateless = false, name = ''): WorkItem[] {
  const found = parts.flatMap((lines) => withinEmployers(findDatedWork(lines, dateless, name)));
  // Below a part's first dates the lines are jobs' headers and details, whose role lines withRoles reads
  // with their context ("Cashier at Front Desk." there is a detail); above them, or in a part without
  // dates, a role may stand on its own.
  const heads = parts.flatMap((lines) => {
    const dated = lines.findIndex((l) => findDates(l).length > 0);
    return dated < 0 ? lines : lines.slice(0, dated);
  });
  return withProseRoles(found, parts.flat(), false, heads);
}

/**
 * "Harbor Instruments, 1996 to 2004" above "Sales Manager (2000 to 2004)": titles dated within the
 * span of an employer listed without a title were held there.
 */
function withinEmployers(jobs: WorkItem[]): WorkItem[] {
  let employer: WorkItem | undefined;
  return jobs.map((job) => {
    if (job.company) employer = job.position ? undefined : job;
    else if (employer && job.position && job.startDate && employer.startDate <= job.startDate && job.endDate <= employer.endDate) return { ...job, company: employer.company };
    return job;
  });
}

/**
 * The jobs found, and the roles the lines tell in prose ("Joined as Associate Analyst") or, among the lines
 * above the dated jobs (`heads`), in a line of their own ("Content writer at Brightpath") that are not among
 * them; such a role carries no dates unless its sentence has them, so it adds no months to the dated ones.
 * A summary also tells roles by the years spent in them, a header the department one works in, and either
 * may list past employers after a label (`summary`: the lines are the header's and the summary's).
 */
export function withProseRoles(found: WorkItem[], lines: string[], summary = false, heads: string[] = []): WorkItem[] {
  const told = summary ? [...rolesInProse(paragraphs(lines), true), ...affiliations(lines), ...listedEmployers(lines)] : [...rolesInProse(lines), ...roleLines(heads)];
  const listed = listedIndex(found);
  return found.concat(told.filter((r) => !toldAgain(r, listed)));
}

// "Previous Employers:", "Past Organizations -": a label opening a list of employers.
const EMPLOYERS_LABEL = new RegExp(`^\\W*(?:past|previous|former|prior)\\s+(?:${EMPLOYER_WORDS}s?|companies)\\s*[:\\-–]\\s*`, 'i');

/**
 * "Previous Employers: Alder Bank as Teller (2014 - 2016), Birch Labs, Canada (2011 - 2014)": the employers a
 * summary lists after a label, each with its place and title, ended by its dates in brackets.
 */
function listedEmployers(lines: string[]): WorkItem[] {
  return lines.flatMap((line, i) => {
    const label = line.match(EMPLOYERS_LABEL);
    if (!label) return [];
    // A list wrapped within a bracket goes on on the next line.
    const list = line.split('(').length > line.split(')').length ? `${line} ${lines[i + 1] ?? ''}` : line;
    return list
      .slice(label[0].length)
      .split(/(?<=\))\s*,\s*/)
      .flatMap((item) => {
        const range = findJobRanges(item)[0];
        // The text before the dates, read as a header: "Birch Labs, Canada" is the firm and its place, "Dover, DE" a place alone.
        const head = item.length <= 200 ? item.split('(')[0].trim() : '';
        const { position, company } = range && head ? pickRoles([head], '') : { position: '', company: '' };
        return range && company ? [{ company, position, startDate: toIso(range.start), endDate: toIso(range.end), description: line.trim() }] : [];
      });
  });
}

/**
 * "Department of Applied Statistics" / "Harlow University" under the name: the unit an academic CV
 * gives as its address is where the candidate works (read in the first lines, the address block).
 */
function affiliations(lines: string[]): WorkItem[] {
  const block = lines.slice(0, 10);
  // A student's department is where one studies ("Undergraduate Student", "PhD Candidate", "Class of 2021").
  if (block.some((l) => /\b(?:student|candidate|class of)\b/i.test(l))) return [];
  return block.flatMap((line) => {
    if (!/^\W*(?:Department|Office) of\s/.test(line)) return [];
    // "Department of Physics \uf06c Harlow University": a symbol-font glyph between them parts names too.
    const unit = (parts(line)[0] ?? '').split(/\s[\uE000-\uF8FF]\s/)[0];
    // "Office of the Registrar": an office named after the post heading it is a body all the same.
    const named = plausibleCompany(unit) || (/^Office of the\s/.test(unit) && lowercaseWords(unit) === 0);
    return /^(?:Department|Office) of\s+(?:the\s+)?[A-Z]/.test(unit) && unit.split(/\s+/).length <= 8 && named ? [{ company: unit, position: '', startDate: '', endDate: '', description: '' }] : [];
  });
}

/**
 * A summary's paragraphs, joined across the lines they wrap over ("... I worked with Elm School as an" /
 * "Associate Teacher for two years."): a long line with lowercase words and no closing stop goes on below, unless a bullet opens the next.
 */
function paragraphs(lines: string[]): string[] {
  const out: string[] = [];
  let goesOn = false;
  for (const line of lines) {
    if (goesOn && !isBullet(line)) out[out.length - 1] += ` ${line.trim()}`;
    else out.push(line);
    // A paragraph of a thousand characters is long enough to read; the rest starts another.
    goesOn = line.split(/\s+/).length > 6 && lowercaseWords(line) > 1 && !/[.:;!?]\s*$/.test(line) && out[out.length - 1].length < 1000;
  }
  return out;
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** "Brightwave Systems Ltd": "brightwave", "brightwave systems", "brightwave systems ltd" (each name read once, so that roles are matched in time linear in them). */
function openings(name: string): string[] {
  const words = normalize(name).split(' ').filter(Boolean);
  return words.map((_, k) => words.slice(0, k + 1).join(' '));
}

interface Held {
  /** Some job holding the title names no employer. */
  blank: boolean;
  /** The employers of the jobs holding it, and each opening of their names. */
  names: Set<string>;
  openings: Set<string>;
}

/** The listed jobs' employers, by each opening of their names, and per title held (or one of the roles it names) where it was held. */
function listedIndex(found: WorkItem[]): { employers: Set<string>; titles: Map<string, Held> } {
  const employers = new Set<string>();
  const titles = new Map<string, Held>();
  for (const job of found) {
    const names = openings(job.company);
    for (const o of names) employers.add(o);
    for (const { position } of eachRole(job)) {
      const held = titles.get(position.toLowerCase()) ?? { blank: false, names: new Set<string>(), openings: new Set<string>() };
      titles.set(position.toLowerCase(), held);
      held.blank ||= !job.company;
      if (names.length) held.names.add(names[names.length - 1]);
      for (const o of names) held.openings.add(o);
    }
  }
  return { employers, titles };
}

/**
 * A role the prose tells of a listed job: it names the job's employer ("Brightwave" for "Brightwave Systems Ltd"), or
 * its title (or one of the roles its title names) without naming another employer ("worked with Brightwave Ltd as
 * Team Lead" beside a Team Lead listed elsewhere is a role of its own).
 */
function toldAgain(told: WorkItem, listed: ReturnType<typeof listedIndex>): boolean {
  const names = openings(told.company);
  const name = names[names.length - 1];
  if (name && listed.employers.has(name)) return true;
  const held = listed.titles.get(told.position.toLowerCase());
  // The same employer, named in full or in short on either side.
  return held !== undefined && (!name || held.blank || held.openings.has(name) || names.some((o) => held.names.has(o)));
}

function findDatedWork(input: string[], dateless: boolean, name: string): WorkItem[] {
  const dated = datedLines(withCapitalsRunOn(withCutNamesJoined(withCareerLabelsApart(input))));
  const lines = dated.map((d) => d.text);
  const dates = datesOf(dated);
  const found = anchorsOf(dated, dates, false);
  const heading = anchorsOf(dated, dates, true);
  let anchors = writtenDateFirst(lines, heading) ? heading : found;
  if (!anchors.length && dateless) anchors = datelessAnchors(lines);
  // A date line naming both the title and the employer ("Teacher, Juno High School, 1999-2004") is
  // its entry's whole header; the lines above are the previous job's, those below its details.
  const owns = anchors.map((a) => ownHeader(lines[a.line], a.range));
  // How many lines below its date line each entry's own header wraps onto (0 or 1).
  const wraps = anchors.map((a, k) => (wrapsOnto(owns[k].header, dated[a.line + 1]) ? 1 : 0));
  wraps.forEach((w, k) => {
    if (w) owns[k] = { ...owns[k], header: `${owns[k].header} ${lines[anchors[k].line + 1].trim()}` };
  });
  const complete = owns.map(({ header }) => header !== '' && wholeRole(header, name));
  // "2015 - 2019:" alone on a line with the title on the next: each entry reads forward from its date,
  // as does one opened by its dates and going on with its header ("2012 - 2015 Care Attendant").
  const dateFirst =
    anchors.length > 0 &&
    (anchors[0].line === 0 || !isHeaderLike(lines[anchors[0].line - 1]) || subHeading(lines, anchors)) &&
    anchors.every((a, k) => (owns[k].header !== '' && datesOpen(lines[a.line], a.range)) || (bareDate(lines[a.line], a.range) && a.line + 1 < lines.length && isHeaderLike(lines[a.line + 1]) && !dated[a.line + 1].ranges.length));
  // The lines after the previous date line: no entry's header reaches above it.
  const floors = anchors.map((_, k) => (k > 0 ? anchors[k - 1].line + 1 + wraps[k - 1] : 0));
  const tabled = anchors.map((a, k) => valuesOfLabels(lines, floors[k], a.line));
  // Header lines before each date (at most two, never crossing the previous date line).
  const firsts = anchors.map((a, k) => {
    if (dateFirst || complete[k] || introducesBelow(lines[a.line], a.range) || titledAbovePlacedEmployer(owns[k].header, lines[a.line + 1] ?? '')) return a.line;
    if (tabled[k] >= 0) return tabled[k];
    const floor = floors[k];
    let first = a.line;
    // A dateless entry starts on its own header line.
    let taken = a.range.text ? 0 : 2;
    const headerAt = (i: number) => i >= floor && isHeaderLike(lines[i]) && !DETAIL.test(lines[i]);
    while (first - 1 >= floor && taken < 2) {
      // "Analyst" above "Promoted to Senior Analyst" above the dates: the promotion is passed over, to the header above it.
      const passed = promotion(lines[first - 1]) && headerAt(first - 2) ? 1 : 0;
      if (!headerAt(first - 1 - passed)) break;
      first -= 1 + passed;
      if (!looksLikePlace(lines[first]) && !bareTown(lines, first, floor) && !REMARK.test(lines[first].trim())) taken++;
    }
    return first;
  });
  // Two lines above one date each naming a title and its employer ("Waitress, Harbor Grill, Tampa, FL"):
  // a column of jobs flattened above its column of dates; the upper one is a job of its own, without dates.
  const flattened: WorkItem[] = [];
  anchors.forEach((a, k) => {
    const header = lines.slice(firsts[k], a.line);
    if (header.length === 2 && dateColumn(lines, a) && header.every((h) => wholeRole(h, name))) {
      flattened.push({ ...pickRoles([header[0]], name), startDate: '', endDate: '', description: '' });
      firsts[k]++;
    }
  });
  // Header lines above the first dated job: a job listed without dates ("Technical Architect", "Acme -", "Pune").
  const above = lines.slice(0, firsts[0] ?? 0);
  const undated = above.length > 0 && above.length <= 4 && above.every(isHeaderLike) ? pickRoles(above, name) : null;
  // Entries with their details above the first dated one (their dates gathered below them, in a column): jobs without dates.
  const undatedEntries = () => (dateless && above.some(isBullet) ? findDatedWork(above, true, name) : []);
  const lead: WorkItem[] = undated?.position && undated.company ? [{ ...undated, startDate: '', endDate: '', description: '' }] : undatedEntries();
  return lead.concat(flattened, anchors
    .flatMap((a, k): WorkItem[] => {
      const ceiling = k + 1 < anchors.length ? firsts[k + 1] : lines.length;
      const header = lines.slice(firsts[k], a.line);
      const own = owns[k];
      // "Member and Vice Chair (2014 - 2016), Parks Advisory Board": a seat on a committee, dated like a job, is service.
      if (own.header && committeeSeat(own.header)) return [];
      if (own.header) header.push(own.header);
      let last = a.line + wraps[k];
      // Below the dates, the header goes on while it is thin, with a label, or with the employer (and its place) when it names none;
      // a line told in the past tense ("Ran the desk"), but for a promotion passed over, or a listed heading ends it (an employer named like one, "Kestrel Education", may stay in the section).
      const goesOn = (next: string) => solid(header) < 2 || LABEL.test(next) || (last === a.line + wraps[k] && (employerWithPlace(next) || organisationLine(next)) && !pickRoles(header, name).company);
      while (!complete[k] && last + 1 < ceiling && goesOn(lines[last + 1]) && last - a.line < 4 && isHeaderLike(lines[last + 1]) && (!toldInPastTense(lines[last + 1]) || promotion(lines[last + 1])) && !listedHeadingKind(lines[last + 1]))
        header.push(lines[++last]);
      const { position, company } = pickRoles(header, name);
      const labelled = tabled[k] >= 0 ? labelledEmployer(lines[tabled[k]]) : '';
      const blurbed = company ? '' : employerAboveBlurb(lines.slice(Math.max(floors[k], firsts[k] - 5), firsts[k]));
      const item = { company: labelled || company || blurbed, position, startDate: toIso(a.range.start), endDate: toIso(a.range.end), description: '' };
      return withRoles(item, own.rest, lines.slice(last + 1, ceiling), name);
    }))
    // "Member, Budget Committee (2010 - 2013)": a membership, not a job.
    .filter((w) => (w.company || w.position) && !/^members?$/i.test(w.position) && !societyMember(w.position));
}

const CAREER_LABEL = new RegExp(`^(${EARLIER_CAREER}\\s*:)\\s*(\\S.*)$`, 'i');

/** "Early Career: Manager of Planning, Phone Global Corporation": the label on a line of its own, above the role it lists. */
function withCareerLabelsApart(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const m = line.match(CAREER_LABEL);
    return m ? [m[1], m[2]] : [line];
  });
}

/**
 * "Training Unit, Harbor Learning" / "Systems, Dover, DE, 2005 - 2006": a dated line opened by a company
 * word alone before a comma ends the name its header line above was cut in; the two are joined.
 */
function withCutNamesJoined(lines: string[]): string[] {
  return joinOnto(lines, (prev, line) => {
    const word = line.match(/^([A-Z][a-z]+),\s/)?.[1] ?? '';
    return word !== '' && companyCues(word) > 0 && /[A-Za-z]$/.test(prev) && isHeaderLike(prev) && !findDateRanges(prev).length && findDateRanges(line).length > 0;
  });
}

// "... Office of the Harbor Commissioner of": a header wrapped after a linking word.
const ENDS_ON_LINK = /\s(?:of|and|&|for)$/i;

/**
 * "Chief Counsel (1990-96), Office of the Harbor Commissioner of" above "Fisheries, Dover, Delaware":
 * a dated line's own header wrapped after a linking word goes on on the next line, a header line without dates.
 */
function wrapsOnto(header: string, next: DatedLine | undefined): boolean {
  return next !== undefined && ENDS_ON_LINK.test(header) && /^[A-Z]/.test(next.text) && !next.ranges.length && isHeaderLike(next.text);
}

// Words in capitals opening a line ("ADVICE SERVICE", "ACME LTD (AL)"), then the prose that follows them.
const CAPITAL_WORD = String.raw`(?:[A-Z][A-Z0-9&'-]+\.?|\([A-Z0-9&.]+\))`;
// A header line ending in capitals after a comma ("..., HARBOR TENANCY") or on a linking word in capitals ("... OF THE NORTH FOR").
const CAPITALS_CUT = /,\s*[A-Z][A-Z&'. -]+$|[A-Z]{2,} (?:FOR|OF|AND|&)$/;
const CAPITALS_THEN_PROSE = new RegExp(String.raw`^(${CAPITAL_WORD}(?:\s+${CAPITAL_WORD}){0,7})((?:[,;]\s*|\s+)(?:[a-z(]|[A-Z][a-z]).*)$`);

/**
 * "2001-04: CASE OFFICER, HARBOR TENANCY" / "ADVICE SERVICE. My main task was ...": a dated header whose
 * last part, after a comma, is in capitals and wrapped at the end of its line goes on in capitals on
 * the next, before its prose; the capitals are moved up to the dated line.
 */
function withCapitalsRunOn(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const header = out[i].length <= 200 && CAPITALS_CUT.test(out[i]) && findDateRanges(out[i]).length > 0;
    const run = header ? out[i + 1].match(CAPITALS_THEN_PROSE) : null;
    if (run) [out[i], out[i + 1]] = [`${out[i]} ${run[1].replace(/\.$/, '')}`, run[2].replace(/^[,;]?\s*/, '')];
  }
  return out;
}

type DatedLine = ReturnType<typeof datedLines>[number];

/**
 * Each line's dates, read once for both ways of anchoring: the range it holds, else a lone date ("2012", "Summer 2003"),
 * or the one date of a role line (`role`, "Barista at Harbor Cafe (Summer 2016)").
 */
function datesOf(dated: DatedLine[]): Array<{ range: Anchor['range'] | null; lone: Anchor['range'] | null; role: Anchor['range'] | null }> {
  return dated.map(({ text: line, ranges }, i) => {
    const range = ranges[0] ?? placeholderRange(line) ?? leadingDate(line) ?? bracketedYear(line, dated[i - 1]?.text ?? '', dated[i + 1]?.text ?? '') ?? placedDate(line);
    return { range, lone: ranges.length ? null : loneDate(line), role: range ? null : datedRole(line) };
  });
}

const SEASONAL = new RegExp(`^(?:${SEASON_WORD})\\b`, 'i');

/** "Harbor Pizza, Elmwood CA Summer 2007": an employer, its town and state, then the one date of a short job. */
function placedDate(line: string): Anchor['range'] | null {
  const dates = findDates(line);
  if (dates.length !== 1 || !SEASONAL.test(dates[0].text) || /[A-Za-z]/.test(line.slice(dates[0].index + dates[0].text.length))) return null;
  const range = loneDate(dates[0].text);
  const employer = line.slice(0, dates[0].index).replace(/[\s,;–-]+$/, '').replace(/\s+([A-Z]{2})$/, ', $1');
  return range && placedEmployer(employer) ? { ...range, index: dates[0].index } : null;
}

/** "Barista at Harbor Cafe (Summer 2016)": a title and its employer, then the one date of a short job in brackets. */
function datedRole(line: string): Anchor['range'] | null {
  const bracket = line.match(/\(([^()]+)\)\.?$/);
  const date = bracket ? loneDate(bracket[1]) : null;
  return bracket?.index !== undefined && date && wholeRole(stripBullet(line.slice(0, bracket.index)), '') ? { ...date, index: bracket.index, text: bracket[0] } : null;
}

/**
 * "2013" within "2012 - 2019" (or "2012 - Present"): the year a date starts in lies in the span, before the
 * span's last year ("Spring 2019" after "2016 - 2019" may follow the job above).
 */
function withinSpan(date: DateRange, span: DateRange): boolean {
  const year = (p: DatePoint | null) => (p === 'present' ? Number.POSITIVE_INFINITY : (p?.year ?? Number.NaN));
  return year(span.start) <= year(date.start) && year(date.start) < year(span.end);
}

/**
 * The lines dating an entry; a lone date dates one under a line naming a role, or, with
 * `headsEntries` (a section written date-first), above one.
 */
function anchorsOf(dated: DatedLine[], dates: ReturnType<typeof datesOf>, headsEntries: boolean): Anchor[] {
  const anchors: Anchor[] = [];
  const role = (i: number) => i >= 0 && i < dated.length && namesJobHeader(dated[i].text);
  // "Riding Instructor" / "Dover, VT" / "Alder Creek Ranch" above "Summer, 2009": the title two lines up, past the employer's town.
  const roleAbovePlace = (i: number) => i >= 2 && isHeaderLike(dated[i].text) && looksLikePlace(dated[i - 1].text) && role(i - 2);
  dates.forEach(({ range: own, lone, role: held }, i) => {
    const prev = anchors[anchors.length - 1];
    // "- Best Employee at Harbor Books (2013)" under a job held 2012 - 2019: an event of that job, not a job of its own.
    const range = own ?? (lone && (role(i - 1) || roleAbovePlace(i - 1) || (headsEntries && role(i + 1))) ? lone : null) ?? (held && !(prev && withinSpan(held, prev.range)) ? held : null);
    // "DURATION Jan-2014 to Jun-2015" under a header already dated so: the same job.
    if (range && prev && i - prev.line <= 3 && DATES_LABEL.test(stripBullet(dated[i].text)) && sameDates(prev.range, range)) return;
    if (range) anchors.push({ line: i, range });
  });
  return anchors;
}

/**
 * "2015" after the previous entry's details and above "Swim Coach: Kestrel Aquatics Club": a section
 * where at least three in four of the dates read date-first (`anchors`) stand alone so, at the head
 * of their entries, is written date-first.
 */
function writtenDateFirst(lines: string[], anchors: Anchor[]): boolean {
  const heads = anchors.filter((a) => bareDate(lines[a.line], a.range) && (a.line === 0 || !isHeaderLike(lines[a.line - 1])) && isHeaderLike(lines[a.line + 1] ?? ''));
  return anchors.length >= 2 && heads.length >= 0.75 * anchors.length;
}

// The labels of a table's columns, read as lines of their own ("NAME OF EMPLOYER", "POSITION HELD", "PERIOD").
const EMPLOYER_LABEL = new RegExp(`^${EMPLOYER_WORDS}$`, 'i');
const COLUMN_LABEL = /^(?:position(?: held)?|designation|(?:job )?title|role|period|duration|dates?|responsibilities|duties|location)$/i;

/**
 * "NAME OF EMPLOYER" / "POSITION" / "PERIOD" above "Harbor Bank" / "Retail Lending" / "Credit Analyst" / its
 * dates: a table flattened into a column of labels, then its values in the same order. The first line
 * of the values (at most three above the date line, `dateLine`) heads the entry; -1 when no such labels are there.
 */
function valuesOfLabels(lines: string[], floor: number, dateLine: number): number {
  for (let first = dateLine - 1; first >= Math.max(floor, dateLine - 3) && isHeaderLike(lines[first]); first--) {
    let i = first - 1;
    while (i >= floor && COLUMN_LABEL.test(lines[i].trim())) i--;
    if (i < first - 1 && i >= floor && EMPLOYER_LABEL.test(lines[i].trim())) return first;
  }
  return -1;
}

/** "Harbor Bank - Retail Lending" under a column of labels headed by the employer's: the employer, without its unit. */
function labelledEmployer(value: string): string {
  const employer = parts(value)[0] ?? '';
  return titleCues(employer) === 0 && plausibleCompany(employer) ? employer : '';
}

/** "Member of Riverside Community Orchestra", "Beta Gamma Honors Society Member": membership of a society, not a post held. */
function societyMember(position: string): boolean {
  return /^members?\s+of\s+.*\b(?:society|club|orchestra|association|choir|league)$/i.test(position) || /\b(?:society|club|honou?r(?:s|ary))\s+members?$/i.test(position);
}

/**
 * "Healthcare Related" opening the section above the first date: a label grouping the entries, when
 * a later entry, after a detail line, names its employer below its date (an employer above the
 * first date, with only titles under each date, heads the section the same way).
 */
function subHeading(lines: string[], anchors: Anchor[]): boolean {
  return anchors[0].line === 1 && anchors.slice(1).some((a) => !isHeaderLike(lines[a.line - 1]) && opensOnEmployer(lines[a.line + 1] ?? ''));
}

/** "Institute for Coastal Studies,": a short line naming an organisation by one of its words, and nothing else. */
function organisationLine(line: string): boolean {
  const t = line.trim().replace(/[,.]$/, '');
  return !isBullet(line) && t.split(/\s+/).length <= 6 && companyCues(t) > 0 && !looksLikePlace(t) && bareName(t);
}

/** "Law Offices of Jane Ruiz" under a date: an organisation, not a title. */
function opensOnEmployer(line: string): boolean {
  return titleCues(line) === 0 && plausibleCompany(line);
}

/** "2003 - 2008:" alone on its line: the colon points to the entry below. */
function introducesBelow(line: string, range: Anchor['range']): boolean {
  return bareDate(line, range) && /:\s*$/.test(line);
}

/** A line opened by its dates ("2012 - 2015 Care Attendant"). */
function datesOpen(line: string, range: Anchor['range']): boolean {
  return !/[A-Za-z]{2}/.test(stripBullet(line.slice(0, range.index)));
}

/** "Leeds" between "Harbour Bakery Supplies" and "SALES ASSISTANT": a lone word naming the employer's town, above the title. */
function bareTown(lines: string[], i: number, floor: number): boolean {
  return /^[A-Z][a-z]+$/.test(lines[i]) && titleCues(lines[i]) + companyCues(lines[i]) === 0 && i - 1 >= floor && isHeaderLike(lines[i - 1]) && titleLike(lines[i + 1]);
}

/** "Pastry Intern, June 2016 to August 2016" above "Harbor Bakery, Dover, DE": the dated line's title and the employer under it make the whole header. */
function titledAbovePlacedEmployer(own: string, next: string): boolean {
  return own !== '' && titleLike(own) && placedEmployer(next) !== '';
}

/** "Larkspur Analytics - India", "Teach for Tomorrow, Miami, FL": an employer and where it is. */
function employerWithPlace(line: string): boolean {
  const [org, place] = line.split(/\s+[-–]\s+/);
  return placedEmployer(line) !== '' || (place !== undefined && isRegion(place) && plausibleCompany(org));
}

/** Dates read out of a layout's date column: a line of dates alone, holding several or followed by more. */
function dateColumn(lines: string[], a: Anchor): boolean {
  const next = lines[a.line + 1] ?? '';
  return bareDate(lines[a.line], a.range) && (findDates(lines[a.line]).length > 2 || findDates(next).length > 0 || placeholderRange(next) !== null);
}

/** A header line naming both a title and an employer. */
function wholeRole(line: string, name: string): boolean {
  const { position, company } = pickRoles([line], name);
  return Boolean(position && company);
}

/** "Intern for the Morning Show team.": a detail opened by the title held, then whom it served. */
function leadingTitle(line: string): string {
  const lead = stripBullet(line).match(/^([A-Z][\w-]*(?: [A-Z][\w-]*){0,3}) (?:for|at|with|to|on) /)?.[1] ?? '';
  return lead && titleLike(lead) ? lead : '';
}

/** "Harbor Hardware," above "Dover, Delaware": the employer a line names, standing over its town; else ''. */
function employerOverPlace(line: string, next: string): string {
  const name = line.trim().replace(/,$/, '');
  return !isBullet(line) && looksLikePlace(next) && !looksLikePlace(name) && bareName(name) ? name : '';
}

/** "Harbor Hardware" above "Dover, Delaware" above "Sales Associate": an employer, its town, then the title held there. */
function employerAbovePlace(line: string, next: string, after: string): { position: string; company: string } | null {
  const company = employerOverPlace(line, next);
  return company && titleLike(bodyRole(after)) ? { position: '', company } : null;
}

/** "Dover, VT" above "Harbor Mountain Lodge": the employer named under a place line; else ''. */
function employerUnderPlace(place: string, line: string): string {
  return isBullet(place) ? '' : employerOverPlace(line, place);
}

/**
 * "Harbor Hardware, Inc." above "Dover, DE" and a line or two describing the firm, above a title and its
 * dates: the employer of a job whose header names none.
 */
function employerAboveBlurb(above: string[]): string {
  for (let i = above.length - 2; i >= 0; i--) {
    const name = employerOverPlace(above[i], above[i + 1]);
    if (name) return name;
  }
  return '';
}

/** "..., Dover, DE": a line ending on a town and its state or country. */
function endsOnPlace(line: string): boolean {
  return looksLikePlace(line.split(/,\s*/).slice(-2).join(', '));
}

/** A job and the further roles its details name, each on a line of its own above its own details. */
function withRoles(job: WorkItem, rest: string, body: string[], name: string): WorkItem[] {
  const roles = body.flatMap((l, i) => {
    const role = roleLine(l, body[i - 1] ?? '', body[i + 1] ?? '') ?? employerAbovePlace(l, body[i + 1] ?? '', body[i + 2] ?? '');
    // "Ski Instructor" above "Dover, VT" above "Harbor Mountain Lodge": the title, its town, then the employer.
    if (role?.position && !role.company) role.company = employerUnderPlace(body[i + 1] ?? '', body[i + 2] ?? '');
    // "Research Assistant, Dana Cole": the candidate's own name, put in a supervisor's place, is no employer.
    if (role && name && sameText(role.company, name)) role.company = '';
    return role ? [{ i, ...role, placed: endsOnPlace(l) }] : [];
  });
  // An employer line followed by a title line (or by its place, then the title): one role.
  for (let j = roles.length - 1; j > 0; j--) {
    const gap = roles[j].i - roles[j - 1].i;
    if (!roles[j - 1].position && !roles[j].company && (gap === 1 || (gap === 2 && looksLikePlace(body[roles[j].i - 1])))) roles.splice(j - 1, 2, { ...roles[j], company: roles[j - 1].company });
  }
  // "Company: Elm Bank" above the details, then "Teller" further down: a title is held at the employer last labelled above it.
  let labelled = '';
  for (const r of roles) {
    if (!r.position) labelled = body[r.i].trim().match(LABEL)?.[2] ? r.company : '';
    else if (!r.company) r.company = labelled;
  }
  const item = { ...job, description: describe([rest, ...body.slice(0, roles[0]?.i)]) };
  const more = roles.map((r, j) => ({ company: r.company || job.company, position: r.position, startDate: '', endDate: '', description: describe(body.slice(r.i + 1, roles[j + 1]?.i)) }));
  // A job whose header named no title takes the first of them, or the title opening its first detail,
  // unless that role's line names another employer and its place ("Harbor Labs, Analyst, Dover, DE").
  const apart = roles[0]?.placed && roles[0].company && roles[0].company !== job.company;
  const first = job.position || apart ? undefined : more.shift();
  const lead = job.position || first ? '' : leadingTitle(body[0] ?? '');
  if (lead) item.position = lead;
  if (first) {
    item.position = first.position;
    item.description = describe([item.description, first.description]);
  }
  return [item, ...more];
}
