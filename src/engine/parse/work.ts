// Work experience: entries anchored on date ranges, with title and company taken from the short
// lines around each date.

import { isBullet, stripBullet } from '../text/lines.ts';
import type { WorkItem } from '../types.ts';
import { type DateRange, findDateRanges, findDates, MONTH_WORD, toIso } from './dates.ts';
import { degreeLevel } from './degrees.ts';
import { looksLikeName } from './name.ts';
import { isRegion } from './places.ts';
import { companyCues, companyScore, LEGAL_FORM, looksLikePlace, titleCues, titleScore } from './roles.ts';
import { headingKind } from './sections.ts';
import { canonicalSkill } from './taxonomy.ts';

const MAX_HEADER_WORDS = 12;
const MAX_TITLE_WORDS = 8;

/** "Software Engineer in Acme Systems Pvt Ltd": a title and the organisation it was held in. */
function titleInCompany(s: string): [string, string] | null {
  const m = stripBullet(s)
    .replace(/\s*\(.*$/, '')
    .replace(/[.\s]+$/, '')
    .match(/^(.{3,60}?)\s+(?:in|at|with|for|@)\s+(?:the\s+)?([A-Z].{1,80})$/);
  if (!m || titleScore(m[1]) <= 0 || companyScore(m[2]) <= 0 || !plausibleCompany(m[2])) return null;
  return [withoutLeadIn(m[1]), m[2]];
}

function isHeaderLike(line: string): boolean {
  // Numbered lines ("1. Engineer:") often are the entries themselves; other bullets are details,
  // unless they name a title and its organisation.
  if (isBullet(line) && !/^\d{1,2}[.)]\s/.test(line)) return titleInCompany(line) !== null;
  const t = line.trim();
  const words = t.split(/\s+/).length;
  if (words > MAX_HEADER_WORDS || t.length > 100) return false;
  // "GRANITE CASTINGS INDUSTRIES LTD, NAGPUR, INDIA.": an organisation line may end in a full stop.
  return (
    !/[.!?]$/.test(t.replace(/\b(?:Ltd|Inc|Co|Corp|Pvt|Jr|Sr)\.$/i, '')) ||
    (words <= 8 && companyCues(t) > 0 && !/^[A-Z][a-z]+ed\b/.test(t)) ||
    capitalisedList(t.slice(0, -1))
  );
}

/** "Staff Engineer, Search, Acme, Mountain View": short capitalised parts, as a header lists them. */
function capitalisedList(t: string): boolean {
  const parts = t.split(/,\s*/);
  return parts.length >= 3 && parts.every((p) => /^[A-Z0-9]/.test(p) && p.split(/\s+/).length <= 5 && !/\s[a-z]{4,}/.test(p));
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
  // "Java Consultant: Dec. 2004 - Present, Eurokas, Cleveland, OH": the organisation follows the dates.
  if (/^[A-Z]/.test(after) && after.split(/\s+/).length <= 6 && !/[.;:]/.test(after) && after.split(/,\s*/).some((p) => companyScore(p) > 0 || plausibleCompany(p)))
    return { header: `${head} | ${after}`, rest: '' };
  return { header: head, rest: after };
}

const LEAD_IN = /^(?:[\w./-]+\s+){0,8}?(?:as|in the (?:role|capacity|position) of)\s+(?:an?\s+|the\s+)?(?=\S)/i;

/** "Worked as a Survey Researcher" -> "Survey Researcher". */
function withoutLeadIn(s: string): string {
  const m = s.match(LEAD_IN);
  const t = m && titleCues(m[0]) === 0 ? s.slice(m[0].length) : s;
  return t
    .replace(/\s+(?:for|with)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:years?|months?|yrs?)\b.*$/i, '')
    .replace(/^(?:(?:worked|working|employed|served)\s+)?(?:on|at|in|for|with|from|prior|former|previous|previously)\s+(?=[A-Z])/i, '');
}

/** "Intern engineer / Brightwave Ltd, Rennes" -> "Intern engineer | Brightwave Ltd, Rennes"; two titles keep their slash. */
function slashedEmployer(s: string): string {
  return s.replace(/\s+\/\s+(?=([A-Z][^,/]*))/g, (slash, next: string) => (titleCues(next) > 0 || agentNoun(next.trim()) ? slash : ' | '));
}

// "Company: Acme", "ORGANISATION Acme Ltd": a label before the name.
const LABEL_WORD = /^(?:position|title|role|designation|company|employer|organi[sz]ation)\s*:\s*/i;
const CAPS_LABEL = /^(?:DESIGNATION|EMPLOYER|ORGANI[SZ]ATION)\s+(?=[A-Z])/;

/** Splits "Title at Company", "Title, Company", "Company - Title" into parts. */
function parts(s: string): string[] {
  const pair = titleInCompany(s);
  if (pair) return pair;
  const all = slashedEmployer(s.replace(/\s*\(([^()]*)\)/g, (m, inner: string) => (looksLikePlace(inner) ? ' ' : m)).replace(/\s*\[(?:https?:|www\.)[^\]]*\]/g, ''))
    // " - " separates parts only before a capital ("Analyst - Acme", not "life - physical").
    .split(
      /\s+(?:at|@)\s+|\s*[|;]\s*|,\s*(?=[A-Z0-9])(?!(?:Inc|INC|LLC|Ltd|LTD|Corp|CORP|Co|CO|LLP|PLC|GmbH|AG)\b)|(?<!\b(?:Sr|Jr|Mr|Ms|Dr|St))\.\s+(?!(?:Ltd|Inc|Co)\b)|\s+(?:--?|[–—])\s+(?=[A-Z0-9])|:\s+(?=[A-Z])|\s*\(\s*|\s*\)\s*/,
    )
    .map((p) => withoutLeadIn(stripBullet(p).replace(LABEL_WORD, '').replace(CAPS_LABEL, '').replace(/["“”]/g, '').replace(/[\s\-–:.,/]+$/, '').trim()))
    .filter((p) => p.length > 1 && /[A-Za-z]/.test(p));
  // "Hale & Associates, Hopkinton, MA": after an organisation, the part before a state is its city.
  return all.filter((p, i) => !looksLikePlace(p) && !(i > 0 && titleScore(all[i - 1]) <= 0 && isRegion(all[i + 1] ?? '') && /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}$/.test(p) && companyCues(p) === 0));
}

const LABEL = /^(?:(position(?: held)?|title|role|designation|job title)|(company|employer|organi[sz]ation))\s*:\s*(.+)$/i;
// A client or project line names who the work was for, not the employer.
const NOT_EMPLOYER = /^(?:client|customer|project(?: title| name| description)?|environment|technolog(?:y|ies)|tools?|platform|domain|team size|duration|role)s?\s*[:\-–]/i;

/** A short phrase whose head is an agent noun ("Dog Groomers", "Pharmacist"). */
export function agentNoun(p: string): boolean {
  const words = p.split(/\s+/);
  const last = words[words.length - 1].toLowerCase().replace(/[^a-z]/g, '');
  return (
    words.length <= 5 &&
    /^[A-Z]/.test(p) &&
    !/[\d@]/.test(p) &&
    companyScore(p) <= 0 &&
    // A single word ending in -er or -or is as often a place or a name ("Denver", "Taylor").
    (words.length > 1 ? /(?:[^e]ers?|ors?|ists?|ians?)$/ : /(?:[^e]ers|ors|ists?|ians?)$/).test(last) &&
    !/^(?:center|centre|computers?|water|tower|power|partners?|brothers|others?|members?|customers?|users?|servers?|letters?|papers?|matters?|orders?|headquarters|sectors?|factors?|vendors?|doctors?)$/.test(last)
  );
}

const LINK_WORDS = /^(?:of|and|for|the|in|at|de|du|del|la|le|&|an?|on)$/i;

/** A phrase that can name an organisation: not a sentence, a date or a bare skill. */
export function plausibleCompany(p: string): boolean {
  const t = p.trim();
  const words = t.split(/\s+/);
  if (!/^[A-Z0-9]/.test(t) || /[,;:]$/.test(t)) return false;
  // A heading ("PROJECT SUMMARY") or a legal form alone ("Ltd") names no one.
  if (headingKind(t) || (words.length === 1 && companyCues(t) > 0)) return false;
  if (words.length > 8 && companyCues(t) === 0) return false;
  // Sentences start with a verb ("Developed reports ...", "Participate in ...").
  if (/^(?:[A-Z][a-z]+ed|Responsible|Participate|Monitor|Manage|Develop|Design|Assist|Work|Lead|Led|Handle|Provide|Support|Create|Maintain|Build|Built|Regularly|Daily)\b/.test(t) && words.length >= 3) return false;
  // More than one lowercase word that is not a linking word: prose.
  if (words.filter((w) => /^[a-z]/.test(w) && !LINK_WORDS.test(w)).length > 1) return false;
  if (findDates(t).length || /^\d/.test(t) && !/[A-Za-z]{2}/.test(t)) return false;
  // Page furniture ("RESUME", "NAME", an e-mail address) and template years ("20XX").
  if (/^(?:name|resume|r[ée]sum[ée]|cv|curriculum vitae|(?:19|20)xx)$|\S@\S/i.test(t)) return false;
  if (titleScore(t) > 0) return false;
  if (companyCues(t) === 0) {
    // A skill or a list of skills ("C++/Qt", "JavaScript", "Data Analysis"), a status or a label is
    // no employer; a plain single name may be both ("Oracle", "Cisco").
    const pieces = t.split(/\s*(?:[/,&]|\band\b)\s*/).filter(Boolean);
    const name = /^[A-Z](?:[a-z]+|[A-Z]+)$/.test(t) && !/(?:ing|ion|ment|ics|ity)$/i.test(t);
    if (!name && pieces.every((x) => canonicalSkill(x) !== null)) return false;
    if (/:|\b(?:responsibilities|duties)\b|^(?:ongoing|current|present|personal|internal|voluntary|volunteer|remunerated|author|freelance|self|various|multiple|confidential|description|summary|details?)\b/i.test(t)) return false;
  }
  return true;
}

/** Not a long sentence ("Facilitated customization of systems by ...") nor a date ("Summer 2004"). */
function couldBeTitle(p: string): boolean {
  const sentence = /^(?:[A-Z][a-z]+ed|Following|Responsible)\s+[a-z]/.test(p) && p.split(/\s+/).length > MAX_TITLE_WORDS;
  return !sentence && !findDates(p).length && !/^(?:summers?|winters?|springs?|falls?)$/i.test(p);
}

function pickRoles(candidates: string[], name: string): { position: string; company: string } {
  let position = '';
  let company = '';
  for (const c of candidates) {
    const m = stripBullet(c).match(LABEL);
    // "Position: Customer Service Advisor (part time to 2011)": the title without its remark.
    if (m?.[1] && !position) position = m[3].replace(/\s*\(.*$/, '').trim();
    if (m?.[2] && !company) company = m[3].trim();
  }
  const kept = candidates.filter((c) => !looksLikePlace(stripBullet(c)) && !LABEL.test(stripBullet(c)) && !NOT_EMPLOYER.test(stripBullet(c)) && !REMARK.test(c.trim()));
  const all = kept
    .flatMap(parts)
    .filter(
      (p) =>
        p.split(/\s+/).length <= 12 &&
        // The candidate's own name heads a page ("Jane Doe", "Page 2"), with contact labels.
        (p.toLowerCase() !== name.toLowerCase() || titleScore(p) > 0 || agentNoun(p)) &&
        !/^(?:name|resume|home|tel|phone|cell|mobile|fax|e-?mail|birth|date of birth|address)$/i.test(p) &&
        !/^(?:duration|period|location|team size|client|environment)\b|^\d+(?:\.\d+)?\s*(?:years?|months?|yrs?)\b|^page \d/i.test(p),
    );
  // Names and titles start with a capital (or a digit, "3M"); a lowercase start is prose, unless
  // nothing else is there ("bakers").
  const capital = all.filter((p) => /^[A-Z0-9]/.test(p));
  const ps = capital.length ? capital : all;
  const titles = ps.filter(couldBeTitle);
  let best = 0;
  if (!position)
    for (const p of titles) {
      if (titleScore(p) > best) {
        best = titleScore(p);
        position = p;
      }
    }
  // "Systems Administrator 3", "Software Engineer III": a title word outweighed by other cues; else
  // an agent noun ("Dog Groomers", "Pharmacist", "Roofers") heading a short phrase.
  if (!position) position = titles.find((p) => titleCues(p) > 0 && !LEGAL_FORM.test(p)) ?? titles.find(agentNoun) ?? '';
  // A lone phrase with its dates ("General farm and ranch work (2012 - 2015)") is the title; one
  // followed by its place ("Trailer Park, Hollywood, California") is the employer.
  const placed = kept.some((c) => c.split(/,\s*/).slice(1).some(isRegion));
  if (!position && !company && !placed && ps.length === 1 && titles.length === 1 && companyScore(ps[0]) <= 0 && !/^(?:[A-Z][a-z]+ed)\b|[@{]/.test(ps[0])) position = ps[0];
  best = 0;
  if (!company)
    for (const p of ps) {
      // "Developed spreadsheets for ...": a sentence, not an organisation.
      if (p !== position && companyScore(p) > best && plausibleCompany(p)) {
        best = companyScore(p);
        company = p;
      }
    }
  const rest = ps.filter((p) => p !== position && p !== company);
  // A part without any title word does not stand as the title: it is more often a place, a
  // client or a sentence than a job title.
  const other = rest.find(plausibleCompany);
  if (!company && other) company = other;
  // "Pizza Hut, Glasgow" reads like a town and its region; when nothing else names the employer,
  // a first part followed by no known region is the employer.
  if (!company) company = candidates.map((c) => stripBullet(c).split(/,\s*/)).find((p) => p.length === 2 && !isRegion(p[1]) && !isRegion(p[0]) && looksLikePlace(p.join(', ')) && plausibleCompany(p[0]) && p[0] !== position)?.[0] ?? '';
  return { position, company };
}

/** Header lines that can name a title or an organisation (not a place, a duration or a remark in brackets). */
function solid(header: string[]): number {
  return header.filter((h) => !looksLikePlace(h) && !DURATION.test(h) && !REMARK.test(h)).length;
}

const DURATION = /^\(?\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?|mos?)\b/i;
const REMARK = /^\(.*\)$/;

interface Anchor {
  line: number;
  range: DateRange;
}

/** Each line with its date ranges; a paragraph naming several jobs with their dates becomes one line per sentence. */
function datedLines(lines: string[]): Array<{ text: string; ranges: DateRange[] }> {
  return lines.flatMap((text) => {
    const ranges = findDateRanges(text);
    if (ranges.length <= 1) return [{ text, ranges }];
    return text.split(/(?<=[.;])\s+(?=[A-Z])/).map((sentence) => ({ text: sentence, ranges: findDateRanges(sentence) }));
  });
}

// Template years ("19xx - 20xx", "May, 20XX") and written-out dates that carry no number.
const MONTH = `(?:${MONTH_WORD})\\.?,?\\s+`;
const TEMPLATE_YEAR = '(?:\\b(?:19|20)xx\\b|\\[year\\])';
const SEASON = '(?:spring|summer|fall|autumn|winter),?\\s+';
const PLACEHOLDER = new RegExp(
  `(?:\\b(?:${MONTH}|${SEASON}))?${TEMPLATE_YEAR}(?:\\s*(?:-|–|to)\\s*(?:${MONTH}|${SEASON})?(?:${TEMPLATE_YEAR}|present|current))?`,
  'i',
);

/** "2019 - Billing Clerk: checked invoices": a job within one year (or month), its date leading the line. */
function leadingDate(line: string): DateRange | null {
  const body = stripBullet(line);
  const d = findDates(body)[0];
  if (d?.index !== 0 || !/^\s*[-–:,]\s*[A-Z]/.test(body.slice(d.text.length))) return null;
  const rest = body.slice(d.text.length).replace(/^\s*[-–:,]\s*/, '');
  if (titleCues(rest.split(/[:,]/)[0]) === 0) return null;
  const end = d.point.yearOnly ? { ...d.point, month: 12 } : d.point;
  return { start: d.point, end, index: line.indexOf(d.text), text: d.text };
}

/** A header line naming a title or an organisation ("Intern", "Waiter, Harbor Grill, Tampa, FL"). */
function namesRole(line: string): boolean {
  return isHeaderLike(line) && /^[A-Z]/.test(line) && parts(line).some((p) => titleScore(p) > 0 || companyScore(p) > 0);
}

/** "Summer 2011" or "2004" alone on a line: a job dated by one point. */
function loneDate(line: string): DateRange | null {
  const ds = findDates(line);
  if (ds.length !== 1 || /[A-Za-z]{3}/.test(line.replace(ds[0].text, '').replace(/\b(?:spring|summer|fall|autumn|winter)\b/i, ''))) return null;
  const d = ds[0];
  return { start: d.point, end: d.point.yearOnly ? { ...d.point, month: 12 } : d.point, index: d.index, text: d.text };
}

function placeholderRange(line: string): DateRange | null {
  const m = line.match(PLACEHOLDER);
  return m ? { start: null, end: null, index: m.index ?? 0, text: m[0] } : null;
}

/** A line that opens a job in a section whose jobs carry no dates ("Teacher, Oak High School"). */
function datelessHeader(line: string): boolean {
  if (isBullet(line) || !isHeaderLike(line) || looksLikePlace(line)) return false;
  if (line.split(/\s+/).length > 10 || !/^[A-Z0-9]/.test(line)) return false;
  return line.split(/,\s*|\s+[-–|]\s+|\s+at\s+/).some((p) => titleScore(p) > 0 || companyScore(p) > 0.5);
}

/** Anchors of a section without dated entries: each header line that follows a detail line. */
function datelessAnchors(lines: string[]): Anchor[] {
  const out: Anchor[] = [];
  let prevHeader = false;
  lines.forEach((line, i) => {
    const header = datelessHeader(line);
    if (header && !prevHeader) out.push({ line: i, range: { start: null, end: null, index: line.length, text: '' } });
    prevHeader = header;
  });
  return out;
}

// A clause opened by a past-tense verb ("Observed classroom teachers") above a date line is the
// previous job's detail, not this one's header.
const DETAIL = /^(?!(?:Worked|Served|Employed)\b)[A-Z][a-z]{2,}ed\s+[a-z]/;

const DATES_LABEL = /^(?:duration|period|dates?|tenure|time ?frame)\b/i;

function sameDates(a: DateRange, b: DateRange): boolean {
  return toIso(a.start) === toIso(b.start) && toIso(a.end) === toIso(b.end);
}

/** A line holding nothing but its dates ("2015 - 2019:", "(Jan 2018 - Present)"). */
function bareDate(line: string, range: DateRange): boolean {
  return range.text !== '' && !/[A-Za-z]{2}/.test(line.replace(range.text, ''));
}

const WORKED_AS =
  /\b(?:worked|working|served|serving|employed|engaged|appointed)\s+as\s+(?:an?\s+|the\s+)?([A-Za-z][\w./&+#-]*(?:\s+[\w./&+#-]+){0,5}?)(?:\s+(?:in|at|with|for)\s+(?:the\s+)?([A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|and|&))*))?(?=\s*(?:[,.;(]|\s(?:since|from|during|where|for|in|at|with|and|to|on)\b|$))/gi;

/** "Currently working as a Software Engineer in Bluewave Systems": roles stated in prose. */
export function rolesInProse(lines: string[]): WorkItem[] {
  const out: WorkItem[] = [];
  for (const line of lines) {
    for (const m of line.matchAll(WORKED_AS)) {
      const position = m[1].trim();
      const words = position.split(/\s+/);
      if (titleCues(words[words.length - 1]) === 0 && !agentNoun(position)) continue;
      const company = m[2] && plausibleCompany(m[2].trim()) && !looksLikePlace(m[2].trim()) ? m[2].trim() : '';
      const range = findDateRanges(line)[0];
      out.push({ company, position, startDate: range ? toIso(range.start) : '', endDate: range ? toIso(range.end) : '', description: line.trim() });
    }
  }
  return out;
}

function describe(lines: string[]): string {
  return lines.filter(Boolean).map(stripBullet).join('\n').trim();
}

/** A short phrase headed by a title word ("Residential Advisor") or an agent noun ("Ontologist"). */
function titleLike(t: string): boolean {
  const words = t.split(/\s+/);
  if (DETAIL.test(t) || !/^[A-Z]/.test(t) || words.length > 6 || /[.:;()\d]/.test(t.replace(/\b(?:Sr|Jr)\./g, ''))) return false;
  if (words.filter((w) => /^[a-z]/.test(w) && !LINK_WORDS.test(w)).length > 1) return false;
  // "Vice President of International Sales": the head comes before "of" ("Member of ..." names a membership).
  const core = t.replace(/\s+of\s+.*$/i, '');
  const head = core.split(/\s+/).pop() ?? '';
  if (core !== t && /^members?$|s$/i.test(head)) return false;
  return titleCues(head) > 0
    ? titleCues(core) >= companyCues(core) && !LEGAL_FORM.test(t)
    : words.length <= 3 && /^[A-Z]/.test(head) && agentNoun(t) && !looksLikeName(t);
}

/**
 * A line within a job, not the end of a wrapped sentence, naming another role held: a title alone
 * ("Residential Advisor"), a title and where it was held ("Fourth Grade Teacher, Elm School, Dover, DE"),
 * or an employer with its town and state (its title, if any, on the next line).
 */
function roleLine(line: string, prev: string): { position: string; company: string } | null {
  if (prev && prev.split(/\s+/).length > 6 && !/[.:;!?]$/.test(prev)) return null;
  const whole = bodyRole(line);
  if (!isBullet(line) && titleLike(whole)) return { position: whole, company: '' };
  // "Teach for Tomorrow, Miami, FL": an employer and its town and state, above the roles held there.
  const [employer, ...place] = line.split(/\s*,\s*/);
  if (!isBullet(line) && place.length >= 2 && isRegion(place[place.length - 1]) && place.every((p) => isRegion(p) || /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}$/.test(p)) && !/^\d+\s/.test(employer) && plausibleCompany(employer))
    return { position: '', company: employer };
  const [first, ...rest] = stripBullet(line).split(/,\s*|\s+[-–]\s+/);
  if (!rest.length || /[.;]$/.test(line) || !titleLike(first) || degreeLevel(first) > 0) return null;
  const company = rest.find((p) => !looksLikePlace(p) && !isRegion(p) && plausibleCompany(p));
  return company ? { position: first, company } : null;
}

/** The role a line may name: "Role: Lead Analyst, Reporting" -> "Lead Analyst"; else the line without its trailing comma. */
function bodyRole(raw: string): string {
  // "(Designation: Engineer)"; "Sales Director, Continued" repeats a role over a page break.
  const line = raw
    .replace(/^\((.*)\)$/, '$1')
    .replace(/,?\s*\(?\bcont(?:inued|'?d)?\.?\)?$/i, '')
    // "Office Assistant (part time basis)": a remark in brackets after the title.
    .replace(/^([^(]{3,60}?)\s*\([^()]*\)$/, '$1');
  const m = line.match(/^(?:(?:role|designation|position(?: held)?|job title|title)\s*[:\-–]|(?:role|designation)\s)\s*(.+)$/i);
  return m ? m[1].replace(/\s*[,;.(].*$/, '') : line.replace(/[,:]$/, '');
}

export function findWork(input: string[], dateless = false, name = ''): WorkItem[] {
  const found = findDatedWork(input, dateless, name);
  return found.length ? found : rolesInProse(input);
}

function findDatedWork(input: string[], dateless: boolean, name: string): WorkItem[] {
  const dated = datedLines(input);
  const lines = dated.map((d) => d.text);
  let anchors: Anchor[] = [];
  dated.forEach(({ text: line, ranges }, i) => {
    const lone = ranges.length ? null : loneDate(line);
    const range = ranges[0] ?? placeholderRange(line) ?? leadingDate(line) ?? (lone && i > 0 && namesRole(dated[i - 1].text) ? lone : null);
    const prev = anchors[anchors.length - 1];
    // "DURATION Jan-2014 to Jun-2015" under a header already dated so: the same job.
    if (range && prev && i - prev.line <= 3 && DATES_LABEL.test(stripBullet(line)) && sameDates(prev.range, range)) return;
    if (range) anchors.push({ line: i, range });
  });
  if (!anchors.length && dateless) anchors = datelessAnchors(lines);
  // "2015 - 2019:" alone on a line with the title on the next: each entry reads forward from its date.
  const dateFirst =
    anchors.length > 0 &&
    (anchors[0].line === 0 || !isHeaderLike(lines[anchors[0].line - 1])) &&
    anchors.every((a) => bareDate(lines[a.line], a.range) && a.line + 1 < lines.length && isHeaderLike(lines[a.line + 1]) && !dated[a.line + 1].ranges.length);
  // A date line naming both the title and the employer ("Teacher, Juno High School, 1999-2004") is
  // its entry's whole header; the lines above are the previous job's, those below its details.
  const complete = anchors.map((a) => {
    const own = ownHeader(lines[a.line], a.range).header;
    const roles = own ? pickRoles([own], name) : null;
    return Boolean(roles?.position && roles.company);
  });
  // Header lines before each date (at most two, never crossing the previous date line).
  const firsts = anchors.map((a, k) => {
    if (dateFirst || complete[k]) return a.line;
    const floor = k > 0 ? anchors[k - 1].line + 1 : 0;
    let first = a.line;
    // A dateless entry starts on its own header line.
    let taken = a.range.text ? 0 : 2;
    while (first - 1 >= floor && taken < 2 && isHeaderLike(lines[first - 1]) && !DETAIL.test(lines[first - 1])) {
      first--;
      if (!looksLikePlace(lines[first])) taken++;
    }
    return first;
  });
  // Header lines above the first dated job: a job listed without dates ("Technical Architect", "Acme -", "Pune").
  const above = lines.slice(0, firsts[0] ?? 0);
  const undated = above.length > 0 && above.length <= 4 && above.every(isHeaderLike) ? pickRoles(above, name) : null;
  const lead: WorkItem[] = undated?.position && undated.company ? [{ ...undated, startDate: '', endDate: '', description: '' }] : [];
  return lead.concat(anchors
    .flatMap((a, k): WorkItem[] => {
      const ceiling = k + 1 < anchors.length ? firsts[k + 1] : lines.length;
      const header = lines.slice(firsts[k], a.line);
      const own = ownHeader(lines[a.line], a.range);
      if (own.header) header.push(own.header);
      let last = a.line;
      while (!complete[k] && last + 1 < ceiling && (solid(header) < 2 || LABEL.test(lines[last + 1])) && last - a.line < 4 && isHeaderLike(lines[last + 1]))
        header.push(lines[++last]);
      const { position, company } = pickRoles(header, name);
      const item = { company, position, startDate: toIso(a.range.start), endDate: toIso(a.range.end), description: '' };
      return withRoles(item, own.rest, lines.slice(last + 1, ceiling));
    }))
    .filter((w) => w.company || w.position);
}

/** A job and the further roles its details name, each on a line of its own above its own details. */
function withRoles(job: WorkItem, rest: string, body: string[]): WorkItem[] {
  const roles = body.flatMap((l, i) => {
    const role = roleLine(l, body[i - 1] ?? '');
    return role ? [{ i, ...role }] : [];
  });
  // An employer line followed by a title line: one role.
  for (let j = roles.length - 1; j > 0; j--)
    if (!roles[j - 1].position && !roles[j].company && roles[j].i === roles[j - 1].i + 1) roles.splice(j - 1, 2, { ...roles[j], company: roles[j - 1].company });
  const item = { ...job, description: describe([rest, ...body.slice(0, roles[0]?.i)]) };
  const more = roles.map((r, j) => ({ company: r.company || job.company, position: r.position, startDate: '', endDate: '', description: describe(body.slice(r.i + 1, roles[j + 1]?.i)) }));
  // A job whose header named no title takes the first of them.
  const first = job.position ? undefined : more.shift();
  if (first) {
    item.position = first.position;
    item.description = describe([item.description, first.description]);
  }
  return [item, ...more];
}
