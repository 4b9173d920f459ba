// Job header lines: which short lines head a work entry, and reading them into a title and an
// employer ("Title at Company", "Company - Title", "Position: ...").

import { isBullet, joinOnto, stripBullet } from '../text/lines.ts';
import { type DateRange, findDates, MONTH_WORD, SEASON_WORD } from './dates.ts';
import { degreeLevel } from './degrees.ts';
import { COUNTY, isCity, isRegion } from './places.ts';
import { companyCues, companyScore, LEGAL_FORM, looksLikePlace, membersFirm, namesCommittee, namesOneRole, titleCues, titleScore } from './roles.ts';
import { headingKind, listedHeadingKind } from './sections.ts';
import { canonicalSkill } from './taxonomy.ts';

// " in Port Hedland": where a job was, after the name of the organisation.
const IN_TOWN = String.raw`\s+in\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?`;
const IN_TOWN_ENDING_PART = new RegExp(`${IN_TOWN}(?=,|$)`);

const MAX_HEADER_WORDS = 12;
const MAX_TITLE_WORDS = 8;

// A body one holds an office "of" or "to" ("Treasurer of the Chess Society"), unlike a field or a
// unit of the employer ("Director of Career Services", "Head of the English Department").
const BODY = /\b(?:society|organi[sz]ation|association|network|orchestra|club|foundation|federation|league|union|magazine|newspaper)$/i;

const ACADEMIC_POST = /\b(?:researcher|lecturer|professor|fellow|reader|scholar|student|candidate)$/i;
const ACADEMIC_UNIT = /\b(?:department|school|university|college|institute|faculty|cent(?:er|re)|laborator(?:y|ies)|lab)\b/i;

/** "Software Engineer in Acme Systems Pvt Ltd", "Treasurer of the Chess Society": a title and the organisation it was held in. */
function titleInCompany(s: string): [string, string] | null {
  const line = stripBullet(s).replace(/\s*\(.*$/, '').replace(/[.\s]+$/, '');
  const held = employerAsTitle(line);
  if (held) return held;
  // The body's name ends the line, so only a line ending in a body word is matched for "of"/"to";
  // a header in capitals writes its preposition so ("PROGRAM OFFICER AT HARWICK FREIGHT LINES").
  const m = line.match(/^(.{3,60}?)\s+(?:in|at|with|for|@|IN|AT|WITH|FOR)\s+(?:the\s+|THE\s+)?([A-Z].{1,80})$/) ?? (BODY.test(line) ? line.match(/^(.{3,60}?)\s+(?:of|to)\s+(?:the\s+)?([A-Z].{1,80})$/) : null);
  if (!m || titleScore(m[1]) <= 0 || companyScore(m[2]) <= 0 || !plausibleCompany(m[2])) return null;
  // "Postdoctoral Researcher in Comparative Tax Law": after an academic post, "in" names its field, not a unit of the employer.
  if (ACADEMIC_POST.test(m[1]) && /^\s+in\s/i.test(line.slice(m[1].length)) && !ACADEMIC_UNIT.test(m[2])) return null;
  // The organisation alone, without its town or unit ("Acme Corp, Austin, TX", "Brightwave in Pune").
  const org = m[2].replace(IN_TOWN_ENDING_PART, '');
  return [withoutLeadIn(m[1]), parts(org)[0] ?? org];
}

/**
 * "HARWELL as a Consultant", "Brightwave Systems as Senior Analyst", "at Orbit.io as a Director": the
 * employer, then the title held there. A single word must be written in capitals, as initials are, or
 * follow "at" ("Serving as a ...", "Role as ..." are no names).
 */
function employerAsTitle(line: string): [string, string] | null {
  const m = line.match(/^(at\s+)?([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4})\s+as\s+(?:an?\s+|the\s+)?([A-Z].{1,60})$/);
  if (!m || !bareName(m[2]) || !(m[1] || /\s/.test(m[2]) || /^[A-Z0-9&]{2,}$/.test(m[2]))) return null;
  // "Joined ACME as a Consultant", "Later Promoted as Team Lead": a sentence opened by a verb or an adverb.
  if (/^(?:\w+ed|later|then|same|again|also|currently|presently)\b/i.test(m[2])) return null;
  return titleScore(m[3]) > 0 ? [m[3], m[2]] : null;
}

export function isHeaderLike(line: string): boolean {
  // Numbered lines ("1. Engineer:") often are the entries themselves; other bullets are details,
  // unless they name a title and its organisation.
  if (isBullet(line) && !/^\d{1,2}[.)]\s/.test(line)) return titleInCompany(line) !== null;
  const t = line.trim();
  const words = t.split(/\s+/).length;
  if (t.length <= 300 && describedEmployer(t)) return true;
  if (words > MAX_HEADER_WORDS || t.length > 100 || lowercaseWords(t) > 3) return false;
  // "Editing, Color Grading, Motion Graphics, Sound Mixing, Lighting, Camera Assist,": a list going on
  // below, not a header (one names at most a title, a unit, an employer, its town and its state).
  if (/,$/.test(t) && t.split(',').length > 6) return false;
  // "GRANITE CASTINGS INDUSTRIES LTD, NAGPUR, INDIA.": an organisation line may end in a full stop.
  return (
    !/[.!?]$/.test(t.replace(/\b(?:Ltd|Inc|Co|Corp|Pvt|Jr|Sr)\.$/i, '')) ||
    (words <= 8 && companyCues(t) > 0 && !/^[A-Z][a-z]+ed\b/.test(t)) ||
    capitalisedList(t.slice(0, -1)) ||
    titleThenEmployer(t.slice(0, -1)) ||
    // "Architect, Lead Developer.": a few capitalised words.
    (words <= 6 && lowercaseWords(t) === 0 && /^[A-Z]/.test(t))
  );
}

/** "LARKSPUR STUDIO, Elmwood, VT - Architecture studio designing small libraries": an employer and its place, then what it does. */
function describedEmployer(t: string): boolean {
  const [head, ...description] = t.split(/\s+[-–]\s+/);
  return description.length > 0 && placedEmployer(head) !== '';
}

/** "Systems Designer & Lead Developer, Harbor Robotics Lab.": a title, then the organisation it was held at, closed by a full stop. */
function titleThenEmployer(t: string): boolean {
  const ps = t.includes(',') ? parts(t) : [];
  return ps.length === 2 && titleScore(ps[0]) > 0 && companyScore(ps[1]) > 0 && plausibleCompany(ps[1]);
}

/** "Staff Engineer, Search, Acme, Mountain View": short capitalised parts, as a header lists them. */
function capitalisedList(t: string): boolean {
  const parts = t.split(/,\s*/);
  return parts.length >= 3 && parts.every((p) => /^[A-Z0-9]/.test(p) && p.split(/\s+/).length <= 5 && !/\s[a-z]{4,}/.test(p));
}

/** The header part of a line holding a date range: the text before the dates, or else the first clause after them. */
export function ownHeader(line: string, range: DateRange): { header: string; rest: string } {
  const lead = line.slice(0, range.index).replace(/\b(?:(?:from|since|between|during|duration|period|dates?|for|in)\s*:?|(?:years?(?: of service)?|tenure|service)\s*:)\s*$/i, '');
  // "Acme - June 2016 to Present" keeps its dash: a line cut after its organisation.
  const before = lead.replace(/[\s,:|([\-–]+$/, '') + (/\S\s[-–]\s*$/.test(lead) ? ' -' : '');
  const after = line.slice(range.index + range.text.length).replace(/^[\s)\]:,|\-–]+/, '').replace(roleSentence(line, range) ? /^\.\s+/ : /^$/, '');
  const clause = after.match(/^(.*?)(?:[.;:]\s|\s[-–]\s|,?\s(?:where|which|who|while|responsible|providing|managing|handling)\b|$)/i)?.[1] ?? after;
  // "March 2014 - Jun 2012 - Jul 2012": more dates after the range head nothing.
  const fromAfter = { header: datesOnly(clause) ? '' : clause, rest: after.slice(clause.length).replace(/^[\s.;\-–]+/, '') };
  // "Promoted to Senior Analyst, 2015 - 2018": a promotion listed with dates of its own is a role, the title it gives.
  const head = promotedTitle(before) ?? stripBullet(before);
  if (!/[A-Za-z]{2}/.test(head)) return fromAfter;
  // "1 year of experience (2022 - 2023) as a Compliance Analyst": the title comes after the dates.
  if (titleCues(head) === 0 && /^as\s/i.test(clause) && titleCues(clause) > 0) return fromAfter;
  // "Java Consultant: Dec. 2004 - Present, Eurokas, Cleveland, OH": the organisation follows the dates.
  if (CAPITALISED.test(after) && after.split(/\s+/).length <= 6 && !/[.;:]/.test(after) && after.split(/,\s*/).some((p) => companyScore(p) > 0 || plausibleCompany(p)))
    return { header: `${head} | ${after}`, rest: '' };
  return { header: head, rest: after };
}

/** "Jul 2013 - Aug 2014. Producer. Booked guests": a line opened by its dates and a full stop goes on with a short sentence naming the role. */
function roleSentence(line: string, range: DateRange): boolean {
  const next = line.slice(range.index + range.text.length).match(/^\.\s+([^.;:]+)/)?.[1];
  return next !== undefined && next.split(/\s+/).length <= 6 && !/[A-Za-z]/.test(stripBullet(line.slice(0, range.index)));
}

/** A phrase holding nothing but dates ("Jun 2012 - Jul 2012"). */
function datesOnly(s: string): boolean {
  const dates = findDates(s);
  return dates.length > 0 && !/[A-Za-z]{3}/.test(dates.reduce((rest, d) => rest.replace(d.text, ''), s));
}

const LEAD_IN = /^(?:[\w./-]+\s+){0,8}?(?:as|(?:in\s+)?(?:the|an?)\s+(?:role|capacity|position|post)\s+(?:of|as))\s+(?:an?\s+|the\s+)?(?=\S)/i;

/** "Worked as a Survey Researcher", "Held the position of Survey Researcher" -> "Survey Researcher". */
function withoutLeadIn(s: string): string {
  const m = s.match(LEAD_IN);
  const t = m && titleCues(m[0]) === 0 ? s.slice(m[0].length) : s;
  return t
    .replace(/\s+(?:for|with)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:years?|months?|yrs?)\b.*$/i, '')
    .replace(/^(?:(?:worked|working|employed|served)\s+)?(?:on|at|in|for|with|from|prior|former|previous|previously)\s+(?=[A-Z])/i, '');
}

// "Promoted to Senior Analyst in 2015", "Promoted from Clerk to Team Lead due to ...": a step within a job, told on a line of its own.
const PROMOTED = /^(?:was\s+)?promoted\s+(?:from\s+\S.{0,60}?\s+)?(?:to|as)\s+(?:the\s+(?:role|position|post)\s+of\s+)?(?:an?\s+|the\s+)?(\S.*)$/i;

/** A line telling a promotion ("Promoted to Senior Analyst in 2015"): a remark on the job it sits in, no header of its own. */
export function promotion(line: string): boolean {
  return PROMOTED.test(stripBullet(line).trim());
}

/** "Promoted to Senior Analyst in 2015" -> "Senior Analyst": the title a promotion line gives, without when or why; '' when it names none, null for no promotion line. */
function promotedTitle(line: string): string | null {
  const rest = stripBullet(line).trim().match(PROMOTED)?.[1];
  if (rest === undefined) return null;
  const title = rest.split(/\s+(?:in|on|at|with|within|after|due|for|from|because|following|based|effective|since)\s|\s*[,.;:(]|\s[-–]\s/)[0].trim();
  return titleScore(title) > 0 ? title : '';
}

/** "Intern engineer / Brightwave Ltd, Rennes" -> "Intern engineer | Brightwave Ltd, Rennes"; two titles keep their slash. */
function slashedEmployer(s: string): string {
  return s.replace(/\s+\/\s+(?=([A-Z][^,/]*))/g, (slash, next: string) => (titleCues(next) > 0 || agentNoun(next.trim()) ? slash : ' | '));
}

// A legal form after a comma belongs to the name before it ("Acme, Inc."), a county does not ("Tralee, Co. Kerry").
const LEGAL_SUFFIX = `(?!${COUNTY})(?:Inc|INC|LLC|Ltd|LTD|Corp|CORP|Co|CO|LLP|PLC|GmbH|AG)\\b`;

// " - " separates parts only before a capital ("Analyst - Acme", not "life - physical"); ", a" opens a
// remark on the organisation before it ("Harbor Group, a Larkspur company"). A full stop
// after "Dr" or after an initial within a name ("Daniel K. Ashworth", "U.S.") ends no part; one after
// an outline letter opening the line ("B. Lecturer") does.
const PART_SEPARATOR = new RegExp(String.raw`\s+(?:at|@)\s+|\s*[|;]\s*|,\s*(?=[A-Z0-9])(?!${LEGAL_SUFFIX})|,\s+(?=an?\s)|(?<!\b(?:Sr|Jr|Mr|Ms|Dr|St)|[\s.][A-Z])\.\s+(?!(?:Ltd|Inc|Co)\b)|\s+(?:--?|[–—])\s+(?=[A-Z0-9])|:\s+(?=[A-Z])|\s*[([]\s*|\s*[)\]]\s*`);
const COMMA = new RegExp(`\\s*,(?!\\s*${LEGAL_SUFFIX})\\s*`);

// "Company: Acme", "ORGANISATION Acme Ltd": a label before the name.
const LABEL_WORD = /^(?:position|title|role|designation|company|employer|organi[sz]ation)\s*:\s*/i;
const CAPS_LABEL = /^(?:DESIGNATION|EMPLOYER|ORGANI[SZ]ATION)\s+(?=[A-Z])/;

// "Whitcombe, Marsh & Pellow": names joined by commas and a closing "&" name one firm (a law or accounting practice).
const FIRM_NAMES = /\b[A-Z][a-z]+(?:, [A-Z][a-z]+){1,4},? & [A-Z][a-z]+(?=,|$)/g;
// A comma within one part (a firm's names, a title's fields), hidden from the split and put back after it.
const KEPT_COMMA = '\u201a';

// "Tools, Paint & Hardware Sales Associate": the fields a title covers, listed before its head.
const LISTED_TITLE = /^[A-Z][a-z]+(?:, [A-Z][a-z]+)+,? (?:&|and) [A-Z][a-z]+(?: [A-Z][a-z]+)*$/;

/** The commas of each match of `re` that `keep` accepts, hidden from the split into parts. */
const hideCommas = (s: string, re: RegExp, keep: (m: string) => boolean) => s.replace(re, (m) => (keep(m) ? m.replace(/,/g, KEPT_COMMA) : m));

/** A title's last word is a title word ("Coordinator", "Coach"). */
const headedByTitle = (t: string) => titleCues(t.split(' ').pop() ?? '') > 0;

/** The commas of fields listed before a title's head. */
const keepListedTitle = (s: string) => hideCommas(s.trim(), LISTED_TITLE, headedByTitle);

// "Swim Coach, Dietitian, and Head Coach": roles listed with a closing "and", each capitalised.
const TITLE_LIST = /(?<=^|, )(?:[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}, ){1,4}(?:and|&) [A-Z][\w-]*(?: [A-Z][\w-]*){0,3}(?=,|$)/g;

/** The commas of a list of titles: the list is one title line, whose roles are read apart later. */
const keepTitleList = (s: string) => hideCommas(s, TITLE_LIST, (m) => m.split(/,? (?:and|&) |, /).every(headedByTitle));

/** The commas within a firm's names (not in a list of titles or skills: "Sales, Marketing & Design"). */
const keepFirmNames = (s: string) =>
  hideCommas(s, FIRM_NAMES, (m) => m.split(/,? & |, /).every((w) => titleCues(w) + companyCues(w) === 0 && canonicalSkill(w) === null));

// "Regional Director for" (the line wrapped): a linking word left at the end of a part, with no name after it.
const DANGLING = /(?:\s+(?:for|of|and|in|at|to|the|with|from))+$/i;

/** A title or a name cut by a line wrap, without its dangling linking word (not a sentence: "... for the duration of"). */
function withoutDangling(p: string): string {
  return lowercaseWords(p) <= 1 ? p.replace(DANGLING, '') : p;
}

// "Northern Water Council, in Port Hedland": where the job was, after the name.
const TOWN_AFTER_COMMA = new RegExp(`,${IN_TOWN}$`);

// A town's name as headers write it: up to three capitalised words ("Mysuru", "Elk Grove Village").
const TOWN_NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}$/;

// "Harwell University 1927 - 1931": a span of years left in a header (findDates reads none before 1950, so such a span
// stays there) is no part of a name.
const YEAR_SPAN = /(?:,\s?|\s)(?:1[89]|20)\d\d\s*[-–]\s*(?:1[89]|20)\d\d\b/g;

// "**Payroll Clerk**", "_Harbor Foods_": the marks of text written for a markdown page, bold or italics, at a word's edge.
const EMPHASIS = /(?<!\S)[*_]+|[*_]+(?!\S)/g;

/** Splits "Title at Company", "Title, Company", "Company - Title" into parts. */
export function parts(s: string): string[] {
  const pair = titleInCompany(s);
  if (pair) return pair;
  const all = slashedEmployer(readBrackets(keepFirmNames(keepTitleList(keepListedTitle(s.replace(YEAR_SPAN, ''))))).replace(/\s*\[(?:https?:|www\.)[^\]]*\]/g, ''))
    .split(PART_SEPARATOR)
    .map((p) => p.replaceAll(KEPT_COMMA, ','))
    .map((p) => withoutLeadIn(stripBullet(p).replace(EMPHASIS, '').replace(/^\[([^\]]*)\]$/, '$1').replace(LABEL_WORD, '').replace(CAPS_LABEL, '').replace(/["“”]/g, '').replace(TOWN_AFTER_COMMA, '').replace(/[\s\-–:.,/]+$/, '').trim()))
    .map(withoutDangling)
    .filter((p) => p.length > 1 && /[A-Za-z]/.test(p));
  // "Hale & Associates, Hopkinton, MA": after an organisation, the part before a state is its city;
  // after a title, a single word is ("Head Lifeguard, Millbrook, NE"), or one and "City" ("Elm City, NJ"), more often than the employer.
  return all
    .map((p, i) => (isRegion(all[i + 1] ?? '') ? withoutTown(p) : withoutCourse(capitalsTitle(p))))
    .flatMap(unglued)
    .flatMap(dashedRemark)
    .filter((p, i) => !looksLikePlace(p) && !(i > 0 && isRegion(all[i + 1] ?? '') && (titleScore(all[i - 1]) <= 0 ? TOWN_NAME : /^[A-Z][a-z]+(?: City)?$/).test(p) && companyCues(p) === 0));
}

/**
 * Brackets that restate a place, the initials of the name before them ("Northern Relief Programme (NRP)") or what the
 * initials before them stand for ("Harbor ITP (Information Technology & Processes)") are dropped; a remark on
 * the title before it ends that title ("Engineering Intern (Co-op) with ..."); others stay.
 */
function readBrackets(s: string): string {
  return s.replace(/\s*\(([^()]*)\)/g, (m, inner: string, at: number) => {
    // The name or title the bracket follows (and the start of what follows it); a longer reach would read the line again for every bracket.
    const before = s.slice(Math.max(0, at - 120), at);
    if (looksLikePlace(inner) || abbreviates(inner, before) || spelledOut(inner, before, s.slice(at + m.length, at + m.length + 4))) return ' ';
    return qualifiesTitle(inner, before) ? ' | ' : m;
  });
}

// Words that qualify how a title was held: "(Contract)", "(Co-op)", "(Level 2)", "(part time)".
const TITLE_REMARK = /\b(?:contract(?:or)?|co-?op|intern(?:ship)?|part[- ]?time|full[- ]?time|temporary|temp|remote|freelance|acting|interim|seasonal|volunteer|level|grade|band|hourly|permanent|offshore|onsite|hybrid|shift|cover|tier|weekends?|locum|backend|frontend)\b/i;

/**
 * "Engineering Intern (Co-op)", "Analyst (payments team)": a remark on the title it follows, not an
 * organisation; a bare name in brackets that is no skill or place ("Software Engineer (Brightwave)")
 * is the employer. One word in brackets is often ambiguous ("Analyst (Payments)" reads as a firm).
 */
function qualifiesTitle(inner: string, before: string): boolean {
  const last = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  const remark = TITLE_REMARK.test(inner) || !bareName(inner) || canonicalSkill(inner) !== null || !plausibleCompany(inner);
  return remark && titleCues(last) > 0 && companyCues(inner) === 0 && !LEGAL_FORM.test(inner) && !/^\s*(?:at|with|for|@)\s/i.test(inner);
}

/** "Northern Relief Programme" -> "NRP": the capitals opening its words. */
const initialsOf = (text: string) => (text.match(/\b[A-Z]/g) ?? []).join('');

/**
 * "(Information Technology & Processes)" after "Harbor ITP", ending the name (nothing or another part
 * comes `after` it): what the initials closing that name stand for, each word's. Initials standing on
 * their own ("Team Lead, IT (Brightwave Systems)", a department after a title) are no name's.
 */
function spelledOut(inner: string, before: string, after: string): boolean {
  const named = /([A-Za-z][\w&'’-]*)\s+([A-Z]{2,8})\s*$/.exec(before);
  const initials = initialsOf(inner);
  return named !== null && titleCues(named[1]) === 0 && initials === named[2] && /^\s*(?:$|[,;|]|\s[-–]\s)/.test(after);
}

/** "NRP" after "Northern Relief Programme": initials of the name before it, in order, restating it. */
function abbreviates(acronym: string, before: string): boolean {
  if (!/^[A-Z]{2,8}$/.test(acronym.trim())) return false;
  const initials = initialsOf(before);
  let at = 0;
  for (const c of acronym.trim()) {
    at = initials.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * "Payroll Analyst- Benefits Systems", "Park Ranger- Harbor County Parks": a dash run on to a title
 * word opens a remark on the title (its field, its terms), kept only when it names an organisation;
 * run on to a name ("Larkspur Rowing Club- Treasurer", "Larkspur Language Centre- Amman") it parts
 * the name from what follows, as a spaced dash does, when a title follows or the name holds a company
 * word: a name written with a hyphen and a space ("Rolls- Royce", "Hewlett- Packard") stays whole.
 */
function dashedRemark(p: string): string[] {
  const m = p.match(/^(.{3,80}?[a-z]{2})-\s+([A-Z].*)$/);
  if (!m) return [p];
  if (titleScore(m[1]) <= 0) return plausibleCompany(m[1]) && (companyCues(m[1]) > 0 || titleScore(m[2]) > 0) ? [m[1], m[2]] : [p];
  return companyCues(m[2]) > 0 || LEGAL_FORM.test(m[2]) ? [m[1], m[2]] : [m[1]];
}

// Organisations named by what they are, unlike "Services" or "Technology", which also name a function ("VP Field Services").
const INSTITUTION = /\b(?:school|academy|college|university|institute|hospital|clinic|cent(?:er|re)|bank|church|library|museum|agency|council|ministry)$/i;

// What a shop or the like is, ending its name: "Miles ford Auto shop", "Colesworthy store".
const SHOP_WORD = 'shop|store|garage|bakery|cafe|salon|restaurant|diner|pharmacy';

// "Harbor Systems Limited Senior Engineer": a legal form ends the name, and a title may follow it;
// so does a shop's word in lowercase ("Colesworthy store Sales Assistant").
const AFTER_LEGAL_FORM = new RegExp(`^(.+?\\b(?:Ltd|Limited|Inc|LLC|Corp|Corporation|PLC|GmbH)\\.?|[A-Z]\\S*(?:\\s+\\S+){0,2}?\\s+(?:${SHOP_WORD}))\\s+([A-Z].*)$`);

/** "Special Education Teacher Brookside Elementary School" -> the title and the organisation it ran into (either way round). */
function unglued(p: string): string[] {
  const legal = p.match(AFTER_LEGAL_FORM);
  // "Lead PLC Engineer": a legal form right after a title word is part of the title.
  const wordBefore = legal?.[1].split(/\s+/).slice(-2, -1)[0] ?? '';
  if (legal && titleScore(legal[2]) > 0 && (titleCues(wordBefore) === 0 || wordBefore.endsWith(','))) return [legal[1], legal[2]];
  const words = p.split(/\s+/);
  const head = words.findLastIndex((w) => titleCues(w) > 0);
  const org = words.slice(head + 1).join(' ');
  const named = /^[A-Z]\S*\s+\S/.test(org) && !LINK_WORDS.test(words[head + 1]) && (INSTITUTION.test(org) || LEGAL_FORM.test(org));
  return head >= 0 && named && titleCues(org) === 0 ? [words.slice(0, head + 1).join(' '), org] : [p];
}

// A course code ("HIST 1010", "CS 101"): capitals, then three or four digits.
const COURSE_CODE = /\s[A-Z]{2,5}\s?\d{3,4}[A-Z]?\b/;

/** "SITE ENGINEER mainly supervising road works": a title written in capitals, then the sentence it opens. */
function capitalsTitle(p: string): string {
  const caps = p.match(/^[A-Z][A-Z&/-]*(?: [A-Z][A-Z&/-]*)+(?= [a-z])/)?.[0];
  return caps && titleCues(caps.split(' ').pop() ?? '') > 0 ? caps : p;
}

/** "Instructor MATH 1150 College Algebra" -> "Instructor": a teacher's title followed by the course taught. */
function withoutCourse(p: string): string {
  const code = p.match(COURSE_CODE);
  if (!code?.index) return p;
  const title = p.slice(0, code.index);
  return titleCues(title.split(/\s+/).pop() ?? '') > 0 ? title : p;
}

// A word ending the name of a school, a church or the like, which a known town may follow ("Elm Grove School Tucson, AZ"); a
// university's campus is part of its name ("Harwell State University Northfield"), as is "District" after "School", and
// the town is part of a name with one word before that word ("Children's Hospital Boston", "British School Lima").
const LOCAL_INSTITUTION = /^(?:school|academy|hospital|clinic|bank|church|library|museum)$/i;

/** "Web Developer Marina Del Rey", "Elm Grove School Tucson" (before ", Arizona"): a title or an institution followed by its town, without the town. */
function withoutTown(p: string): string {
  const words = p.split(/\s+/);
  const head = words.findLastIndex((w, i) => titleCues(w) > 0 || (i > 1 && i >= words.length - 4 && LOCAL_INSTITUTION.test(w) && isCity(words.slice(i + 1).join(' '))));
  // "Senior Developer in New York" (before ", NY"): the town may follow "in".
  const town = words.slice(head + (words[head + 1] === 'in' ? 2 : 1));
  return head >= 0 && town.length >= 1 && town.length <= 3 && town.every((w) => /^[A-Z][a-z]+$/.test(w)) && companyCues(town.join(' ')) === 0 ? words.slice(0, head + 1).join(' ') : p;
}

// "Jane Doe, Curriculum Vitae, May 2019": a page's running header, naming the candidate, not an employer.
const PAGE_HEADER = /(?:^|,)\s*(?:curriculum vitae|r[eé]sum[eé]|cv)\s*(?:,|$)/i;

// "$150,000: Study of rural schools. Harwell Foundation (2006-2007)": a grant and its funder, opened by the sum awarded.
const GRANT = /^[$€£]\s?\d/;

// "Okafor, T., Mining Sensor Logs ...", "Okafor, T and Lind, M.": a citation opened by its first author's
// surname and initials (not "Economist, U.S. Bureau of Fisheries").
const CITATION = /^[A-Z][a-z'-]+,\s+[A-Z]\.?(?:\s?[A-Z]\.)*(?:,|\s(?:and|&))\s/;

// "Company 2:", "Previous Employer:", "Name of Organisation:": an employer's label may number it, date it or say it is a name;
// a dash may stand for its colon ("Employer - Harbor Foods").
/** The words that label an employer: "Company", "Name of the Employer", "Organisation Name". */
export const EMPLOYER_WORDS = String.raw`(?:name of (?:the )?)?(?:company|employer|organi[sz]ation)(?:\s+name)?`;
export const LABEL = new RegExp(
  String.raw`^(?:(position(?: held)?|title|role|designation|job title|occupation(?: or position held)?)|((?:(?:past|previous|former|current|present)\s+)?${EMPLOYER_WORDS}(?:\s*#?\d{1,2})?))(?:\s*:|\s+[-–])\s*(.+)$`,
  'i',
);
// "(Client: Harbor Water Board)": whom a project was done for, in brackets.
const CLIENT_REMARK = /\(\s*(?:client|customer)s?\s*:/i;
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

/** How many words of a phrase start in lowercase, linking words aside: names and titles have few. */
export function lowercaseWords(p: string): number {
  return p.split(/\s+/).filter((w) => /^[a-z]/.test(w) && !LINK_WORDS.test(w)).length;
}

/** A name and nothing else: no title word, no lowercase word but linking ones, plausible as an organisation ("Harbor Hardware"). */
export function bareName(p: string): boolean {
  return titleCues(p) === 0 && lowercaseWords(p) === 0 && plausibleCompany(p);
}

// Names and titles open on a capital or a digit ("3M"), or on one lowercase letter or a dot before either ("eClerx", "i2 Technologies", ".NET Developer").
const CAPITALISED = /^(?:[A-Z0-9]|[a-z.][A-Z0-9])/;

const ACTIVITY = /\b[A-Za-z]+(?:tion|sion|ment)\s+(?:in|for|of|on|with)\s/;

// A value withheld ("Employer: Not disclosed", "Organisation: N/A", "Confidential") names no one, and a
// client ("Fortune 500 Client", "Retail Customer") is whom the work was for.
const NO_EMPLOYER_NAMED = /^(?:missing|unknown|undisclosed|confidential|n\/?a|none|not (?:provided|available|disclosed|specified|applicable))$|\b(?:clients?|customers?)$/i;

/** A phrase that can name an organisation: not a sentence, a date or a bare skill. */
// "Miles ford Auto shop": a short name typed in lowercase but its first word, ended by what the place is.
const SHOP_WORD_ALONE = new RegExp(`^(?:${SHOP_WORD})$`);
const casualShopName = (words: string[]) => words.length <= 4 && /^[A-Z]/.test(words[0]) && SHOP_WORD_ALONE.test(words[words.length - 1]);

export function plausibleCompany(p: string): boolean {
  const t = p.trim();
  const words = t.split(/\s+/);
  if (!CAPITALISED.test(t) || /[,;:]$/.test(t)) return false;
  // A heading ("PROJECT SUMMARY", "Education") or a legal form alone ("Ltd") names no one; a name
  // in mixed case may end on a heading's word ("Kestrel Education").
  if ((/^[^a-z]+$/.test(t) ? headingKind(t) : listedHeadingKind(t)) || (words.length === 1 && companyCues(t) > 0)) return false;
  // "State", "National": a word naming the kind or reach of a body, alone, is a name cut short ("..., State" above "University.").
  if (LONE_KIND.test(t)) return false;
  if (words.length > 8 && companyCues(t) === 0) return false;
  // Sentences start with a verb ("Developed reports ...", "Co-taught the ...", "Participate in ..."); names may start
  // with a participle ("United Freight Lines", "Applied Optics Inc") or with "Co-operative".
  if (/^(?!(?:United|Allied|Advanced|Applied|Associated|Integrated|Consolidated|Automated)\b)(?:[A-Z][a-z]+ed|Co-(?!op)[a-z]+|Responsible|Participate|Monitor|Manage|Develop|Design|Assist|Work|Lead|Led|Handle|Provide|Support|Create|Maintain|Build|Built|Regularly|Daily)\b/.test(t) && words.length >= 3) return false;
  // "Covered courts", "Ran the desk": a verb in the past tense, then a word in lowercase, opens a sentence however short (a name
  // capitalises the word after its participle: "Applied Optics").
  if (toldInPastTense(t)) return false;
  // A participle alone ("Associated -", "Contracted") is a sentence cut short, not a name ("Kindred" is one).
  if (/^[A-Z][a-z]+[^e]ed$/.test(t) && !/(?:dred|fred)$/.test(t)) return false;
  // More than one lowercase word that is not a linking word, or one ending on a verb ("Ms. Reyes has"): prose.
  if ((lowercaseWords(t) > 1 && !casualShopName(words)) || /\s(?:has|have|had|is|was|were|will)$/.test(t)) return false;
  // "3rd trombone", "2nd shift": an ordinal before a common noun ranks a part or a turn; a name capitalises its noun ("1st Harbor Savings Bank").
  if (/^\d+(?:st|nd|rd|th)\s+[a-z]/.test(t)) return false;
  // "2nd Quarter", "First Semester": a part of a year, whatever its case.
  if (/^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|last)\s+(?:quarter|half|semester|term|trimester)\b/i.test(t)) return false;
  // "PhD.", "MBA": a degree alone is studied for, not worked for.
  if (words.length === 1 && degreeLevel(t) > 0) return false;
  if (findDates(t).length || CALENDAR_WORDS.test(t) || /^(?:19|20)\d\d\b/.test(t) || (/^\d/.test(t) && !/[A-Za-z]{2}/.test(t))) return false;
  // Page furniture ("RESUME", "NAME", an e-mail address) and template years ("20XX").
  if (/^(?:name|resume|r[ée]sum[ée]|cv|curriculum vitae|(?:19|20)xx)$|\S@\S/i.test(t)) return false;
  // A label run into its value, in a table without colons: "Employer Harwell Systems Limited", "Organisation Orbit Labs Ltd".
  if (/^(?:employer|organi[sz]ation)\s+[A-Z]/i.test(t)) return false;
  // A template's placeholders left in: "Name of Company - City, ST", "Some Firm".
  if (/^(?:name|some)\b/i.test(t)) return false;
  if (NO_EMPLOYER_NAMED.test(t)) return false;
  // "School Newspaper", "Student Council", "CAMPUS INVOLVEMENT": a pupil's activity run by the school, or a heading over
  // such activities, not a place one is employed.
  if (/^(?:the\s+)?(?:school|college|student|class|campus)\s+(?:magazine|newspaper|yearbook|council|government|leadership|involvement|activities)$/i.test(t)) return false;
  if ((titleScore(t) > 0 && !unitNamed(t)) || namesCommittee(t) || (EVENT.test(t) && !LEGAL_FORM.test(t)) || workDone(t)) return false;
  // "Except Marine", "Including Health": a qualifier of the title before it, as a list of occupations words it, whatever words follow.
  if (/^(?:except|including)\s/i.test(t)) return false;
  if (companyCues(t) === 0) {
    // A skill or a list of skills ("C++/Qt", "JavaScript", "Data Analysis"), a status or a label is
    // no employer; a plain single name may be both ("Oracle", "Cisco").
    const pieces = t.split(/\s*(?:[/,&]|\band\b)\s*/).filter(Boolean);
    const name = /^[A-Z](?:[a-z]+|[A-Z]+)$/.test(t) && !/(?:ing|ion|ment|ics|ity)$/i.test(t);
    if (!name && pieces.every((x) => canonicalSkill(x) !== null)) return false;
    // "PMs", "DBAs": initials in the plural name people in a role, not a firm.
    if (/^[A-Z]{2,4}s$/.test(t)) return false;
    // "Settlement", "Installation": an abstract noun alone names a kind of work, not who it was done for.
    if (/^[A-Z][a-z]+(?:ment|ation)$/.test(t)) return false;
    // "Assessment in Drama lessons", "Template creation for <product>": an activity (a noun in -ion or
    // -ment, then what it was in or for) written with a common noun in lowercase, unlike a name.
    if (lowercaseWords(t) === 1 && ACTIVITY.test(t)) return false;
    // "C2C", "C2H", "Contract-to-hire", "W2 only", "Locals preferred", "Phone interviews", "Security Clearance", "Req ID: JX4471_0192",
    // "Full-time" alone: the terms of a contract or a job advert's code, left in a header, not an employer.
    if (/\b(?:c2[ch]|corp[- ]to[- ]corp|contract[- ]to[- ]hire|w-?2|1099|locals?|remote|relocat\w*|interviews?|clearance|req(?:uisition)?)\b|^(?:full|part)[- ]?time$|^[A-Z]*\d{4,}(?:[_-][\w-]*)?$/i.test(t)) return false;
    // "Team / Rota Management": fields set side by side, not a name.
    if (/\w \/ \w/.test(t)) return false;
    // A qualification or a track of study ("Senior Certificate of Education", "Diploma in Nursing", "Forensic
    // Specialisation Track"), or a subject alone ("Tutor, History"), is studied or taught, not worked for.
    if (/\b(?:certificate|diploma|certification)(?:\s+(?:of|in)\s|$)|\bspeciali[sz]ation\b/i.test(t) || SUBJECT.test(t)) return false;
    // An honour ("Merit Honor Roll", "Early Career Fellowship", a prize) is won, not worked for.
    // ("Riverside Christian Fellowship" is a body one may work for.)
    if (/\b(?:honou?r roll|(?:research|career|graduate|doctoral|postdoctoral|teaching|summer|travel(?:l?ing)?|visiting|junior|senior|merit|memorial) fellowship|scholarship|award|prize|dean'?s list)$/i.test(t)) return false;
    // A status ("Freelance", "FREE LANCE") or a heading ("Other Positions ...") names no one.
    if (/:|\b(?:responsibilities|duties|achievements|accomplishments|contributions)\b|^(?:ongoing|current|present|personal|internal|voluntary|volunteer|remunerated|author|free[- ]?lanc(?:e|er|ing)|self|various|multiple|other\s+(?:positions|experiences?|roles|jobs|work|employment|activities|assignments|service)|memberships?|confidential|description|summary|details?)\b/i.test(t)) return false;
    // "All Other", "Miscellaneous": a qualifier of the title before it, as a list of occupations words it.
    if (/^(?:all others?$|miscellaneous)\b/i.test(t)) return false;
  }
  return true;
}

/** "Covered courts", "Ran the desk", "Improved the app": a line opened by a verb in the past tense (regular or a common irregular one) and a word in lowercase. */
export function toldInPastTense(line: string): boolean {
  return PAST_TENSE_THEN_LOWERCASE.test(stripBullet(line).trim());
}

const PAST_TENSE_THEN_LOWERCASE =
  /^(?:[A-Z][a-z]+ed|Ran|Led|Wrote|Built|Made|Took|Gave|Sold|Taught|Drove|Kept|Won|Met|Grew|Began|Oversaw|Brought|Bought|Held|Spent|Sent|Found|Got|Went|Saw|Told|Spoke|Drew|Sought|Caught|Paid|Lost|Left|Felt|Became|Chose|Rose|Understood|Undertook|Overcame|Rebuilt|Rewrote)\s+[a-z]/;

/** "Harbor Developer Program", "Nurse Education Office": a unit named after the people it serves, not a title (unlike "Head of Department"). */
function unitNamed(t: string): boolean {
  return UNIT_AT_END.test(t) && !/\s(?:of|for)\s/i.test(t);
}

// A subject or a field of practice alone ("History", "Cardiology", "Business").
const SUBJECT = /^(?:history|geography|math(?:ematic)?s|english|science|chemistry|physics|music|art|drama|economics|literature|philosophy|business|[a-z]+(?<!techn)ology)$/i;

// Events one attends or speaks at, not bodies one works for: "Faculty Board meetings", "Graduate Research Forums", "Panel on ..."
// (a firm that organises them carries its legal form: "Harbor Conferences Ltd").
const EVENT = /\b(?:meetings|conferences|forums|workshops|seminars|sessions|symposia|webinars)$|^(?:panel|session|workshop|symposium|roundtable) on\b/i;

/** "CFO of Harwell Corporation", "Director for Elmside Holdings Ltd": a post held in a body, headed by its title word, whatever the body's name holds. */
function postInBody(p: string): boolean {
  return /\s(?:of|for)\s/i.test(p) && namesOneRole(p);
}

/** "Teach for Tomorrow, Miami, FL" -> "Teach for Tomorrow": an employer followed by its town and state. */
export function placedEmployer(line: string): string {
  const [employer, ...place] = line.split(COMMA);
  const placed = place.length >= 2 && isRegion(place[place.length - 1]) && place.every((p) => isRegion(p) || TOWN_NAME.test(p));
  return placed && !/^\d+\s/.test(employer) && !looksLikePlace(line) && plausibleCompany(employer) ? employer : '';
}

/** Not a long sentence ("Facilitated customization of systems by ...") nor a date ("Summer 2004"). */
function couldBeTitle(p: string): boolean {
  const sentence = /^(?:[A-Z][a-z]+ed|Following|Responsible)\s+[a-z]/.test(p) && p.split(/\s+/).length > MAX_TITLE_WORDS;
  return !sentence && !findDates(p).length && !CALENDAR_WORDS.test(p);
}

// "Summers", "February-May": months and seasons without their year.
const CALENDAR_WORD = `(?:${MONTH_WORD}|${SEASON_WORD})s?`;
const CALENDAR_WORDS = new RegExp(`^${CALENDAR_WORD}(?:\\s*[-–]\\s*${CALENDAR_WORD})?$`, 'i');

const UNIT_WORD = '(?:office|department|dept|division|center|centre|laborator(?:y|ies)|lab|program(?:me)?)s?';
const UNIT = new RegExp(`^${UNIT_WORD}\\b|\\b${UNIT_WORD}$`, 'i');
const UNIT_AT_END = new RegExp(`\\b${UNIT_WORD}$`, 'i');

// "Vice President, Retail Banking Division": beside a title, the part of the employer one worked in, not the employer.
const UNIT_OF_EMPLOYER = /\b(?:division|region)$/i;

const SEAT = '(?:member|(?:co-?|vice[- ])?chair(?:man|person)?)';
const SEATED = new RegExp(`^${SEAT}(?: and ${SEAT})?$`, 'i');

/**
 * "Member, Library Planning Committee, Harwell University", "Member and Chair (2009-2011), Library
 * Advisory Board": a seat on a committee, service rather than a job.
 */
export function committeeSeat(line: string): boolean {
  const ps = stripBullet(line).replace(/\s*\([^()]*\)/g, '').replace(/\.$/, '').split(/\s*,\s*/);
  return SEATED.test(ps[0]) && ps.some(namesCommittee);
}

export function pickRoles(header: string[], name: string): { position: string; company: string } {
  // A grant or a paper is dated like a job, but its header names a funder or a journal, not an
  // employer; a committee seat among a job's header lines is service held beside it.
  if (header.some((c) => GRANT.test(stripBullet(c)) || CITATION.test(stripBullet(c)))) return { position: '', company: '' };
  // "for" alone above "Harbor Payroll Applications.": a sentence wrapped after a linking word goes on there, not a header.
  // A promotion told between a job's header lines is a remark on it.
  const candidates = joinWrapped(header.filter((c, i) => !committeeSeat(c) && !promotion(c) && !LINK_WORDS.test((header[i - 1] ?? '').trim())));
  let position = '';
  let company = '';
  for (const c of candidates) {
    const m = stripBullet(c).match(LABEL);
    // "Position: Customer Service Advisor (part time to 2011)": the title without its remark.
    if (m?.[1] && !position) position = m[3].replace(/\s*\(.*$/, '').trim();
    // "Company: Acme Corporation - Acme Support Centre, Pune": the firm, without its unit or town.
    // A template's "Name of Company - City, ST" labels a place, and "Employer: Not disclosed" no one.
    const firm = m?.[2] ? labelledFirm(m[3]) : '';
    if (firm && !company && !looksLikePlace(firm) && !NO_EMPLOYER_NAMED.test(firm)) company = firm;
  }
  // A line ending in a colon ("QUALITIES:", "Courses Taught:") introduces a list; only a title ("Project Manager:") may.
  const kept = candidates.filter(
    (c) => !looksLikePlace(stripBullet(c)) && !LABEL.test(stripBullet(c)) && !NOT_EMPLOYER.test(stripBullet(c)) && !REMARK.test(c.trim()) && (!/:\s*$/.test(c) || titleScore(c) > 0) && !PAGE_HEADER.test(c) && !BRACKET_TAIL.test(c) && !QUOTE_TAIL.test(c) && !outlineGroup(c) && !DEED.test(stripBullet(c)),
  );
  const split = kept.map(parts);
  const all = split
    .flat()
    .filter(
      (p) =>
        p.split(/\s+/).length <= 12 &&
        // The candidate's own name heads a page ("Jane Doe", "Page 2"), with contact labels.
        (p.toLowerCase() !== name.toLowerCase() || titleScore(p) > 0 || agentNoun(p)) &&
        !/^(?:name|resume|home|tel|phone|cell|mobile|fax|e-?mail|birth|date of birth|address)$/i.test(p) &&
        // A label run into its value ("Client Acme", "Location Pune"), unless a title ("Client Support Engineer").
        (!/^(?:duration|period|location|team size|client|environment)\b/i.test(p) || titleScore(p) > 0) &&
        // Page furniture: "Page 2", "References available upon request".
        !/^page \d|^references\b/i.test(p) &&
        !DURATION.test(p),
    );
  // Names and titles are capitalised; a lowercase start is prose, unless nothing else is there ("bakers").
  const capital = all.filter((p) => CAPITALISED.test(p));
  const ps = capital.length ? capital : all;
  // A phrase of more than three lowercase words ("Prepare slips and report shortages to the
  // Supervisor") is a title only when nothing else on the header can be one.
  const possible = ps.filter(couldBeTitle);
  const worded = possible.filter((p) => lowercaseWords(p) <= 3);
  const titles = worded.length ? worded : possible;
  let best = 0;
  // "Northwind Traders" above "Analyst": one person's title is not plural, so beside one that names one role a name headed by a plural title word is a firm's.
  const firmBesideRole = (p: string) => membersFirm(p) && titles.some((t) => t !== p && namesOneRole(t));
  if (!position)
    for (const p of titles) {
      if (titleScore(p) > best && !firmBesideRole(p)) {
        best = titleScore(p);
        position = p;
      }
    }
  // "Systems Administrator 3", "Software Engineer III": a title word outweighed by other cues; else
  // an agent noun ("Dog Groomers", "Pharmacist", "Roofers") heading a short phrase.
  if (!position) position = titles.find((p) => titleCues(p) > 0 && (!LEGAL_FORM.test(p) || postInBody(p))) ?? titles.find(agentNoun) ?? '';
  // "MongoDB -" above "Gurgaon, Haryana - May 2016 to Present": a line cut after its organisation.
  if (!company)
    company =
      candidates
        .map((c) => stripBullet(c).match(/^([A-Z0-9](?:(?!\s[-–]\s)[^,;:])*?)\s[-–]$/)?.[1])
        .find((c) => c && c !== position && titleScore(c) <= 0 && (plausibleCompany(c) || (canonicalSkill(c) !== null && !/\s/.test(c)))) ?? '';
  // A lone phrase with its dates ("General farm and ranch work (2012 - 2015)") is the title; one
  // followed by its place, on its line or the next ("Harbor Motors, Elmwood, Vermont"), or written
  // as a name, every word capitalised ("Marlow Brothers"), is the employer, unless it names a task ("Budget Planning").
  const placed = candidates.some((c) => c.split(/,\s*/).slice(1).some(isRegion));
  const asName = (p: string) => companyScore(p) > 0 || /^[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)+$/.test(p);
  if (!position && !company && !placed && ps.length === 1 && titles.length === 1 && (!asName(ps[0]) || workDone(ps[0]) || CARE_GIVEN.test(ps[0])) && !namesCommittee(ps[0]) && !/^(?:[A-Z][a-z]+ed)\b|[@{]/.test(ps[0])) position = ps[0];
  best = 0;
  // "Harwick Exchange, Inc. (Tillwave Technologies, Inc.)": a firm named in brackets after another is its operating, former or parent name.
  const bracketed = new Set(kept.flatMap((c) => [...c.matchAll(/\(([^()]*)\)/g)].flatMap((m) => parts(m[1]))));
  const fields = titleFields(kept, split);
  const listed = listItems(kept, split);
  const named = ps.filter((p) => !fields.has(p) && !listed.has(p));
  const outside = named.filter((p) => !bracketed.has(p) && p !== position && companyScore(p) > 0 && plausibleCompany(p));
  if (!company)
    for (const p of outside.length ? outside : named) {
      // "Developed spreadsheets for ...": a sentence, not an organisation.
      if (p !== position && companyScore(p) > best && plausibleCompany(p)) {
        best = companyScore(p);
        company = p;
      }
    }
  // "Office of Admissions, Brookfield University": the unit one worked for, within the university.
  const unit = /\b(?:university|college)\b/i.test(company) ? ps.find((p) => p !== position && UNIT.test(p) && degreeLevel(p) === 0 && plausibleCompany(p)) : undefined;
  if (unit) company = unit;
  // "Elm High School, Dover County Public Schools": the school district employs the school's staff.
  const district = /\bschool$/i.test(company) ? ps.find((p) => p !== position && /\b(?:schools|school district)$/i.test(p) && plausibleCompany(p)) : undefined;
  if (district) company = district;
  const rest = named.filter((p) => p !== position && p !== company);
  // A part without any title word does not stand as the title: it is more often a place, a
  // client or a sentence than a job title.
  // "Director of Engineering, Android" above "Tinder": a skill names the field of the title more often than the employer.
  // "Hale Architects, Dunmore" beside the title: one person's title is not plural, so the name is a firm's.
  if (!company && position) company = rest.find(membersFirm) ?? '';
  const other = rest.find((p) => plausibleCompany(p) && canonicalSkill(p) === null) ?? rest.find(plausibleCompany);
  if (!company && other) company = other;
  // "Pizza Hut, Glasgow" reads like a town and its region; when nothing else names the employer,
  // a first part followed by no known region is the employer.
  if (!company) company = candidates.map((c) => stripBullet(c).split(/,\s*/)).find((p) => p.length === 2 && !isRegion(p[1]) && !isRegion(p[0]) && looksLikePlace(p.join(', ')) && plausibleCompany(p[0]) && p[0] !== position)?.[0] ?? '';
  // "was trained and worked for the northern accounts": a name in a clause is whom the work was for, not the employer.
  const told = kept.flatMap((c, i) => (clause(c) ? split[i] : []));
  // "Flood Registry (Client: Harbor Water Board)": a project done for a client names neither as the employer.
  const forClient = candidates.some((c) => CLIENT_REMARK.test(c));
  return { position, company: isCity(company) || (position && UNIT_OF_EMPLOYER.test(company)) || told.includes(company) || forClient ? '' : withoutListNumber(company) };
}

/**
 * "1 Harwell Castings Limited", "8 Orbit Freight": the number of an entry in a numbered list, written without its full stop, is no
 * part of the name; a name of one word after a number keeps it ("7 Eleven").
 */
function withoutListNumber(company: string): string {
  return company.replace(/^\d{1,2}\s+(?=[A-Z][\w&.'-]*\s+[A-Z])/, '');
}

// "Cartographers, and Photogrammetrists", "Solderers - and Brazers", "And Casters": the part closing a list with "and" after a comma or a dash.
const CLOSES_LIST = /^and\s|(?:,|\s[-–])\s+and\s/i;

/**
 * "Surveyors, Cartographers, and Photogrammetrists", "Welders - Cutters - Solderers - and Brazers": the items of a list closed
 * by "and" after a comma or a dash name occupations or fields, not an employer (a part after the list may: "..., Harbor Club").
 * A firm named by its partners writes "&" or its legal form.
 */
function listItems(lines: string[], split: string[][]): Set<string> {
  return new Set(
    split.flatMap((ps, k) => {
      const end = ps.findIndex((p) => CLOSES_LIST.test(p));
      return end >= 0 && !LEGAL_FORM.test(lines[k]) ? ps.slice(0, end + 1) : [];
    }),
  );
}

// "Product Support", "Platform", "Digital Media": an area of work in an organisation, named by the work done or the
// field it is in, and what it is done on.
const WORK_AREA =
  /^(?:(?:applications?|software|products?|projects?|programs?|business|data|web|networks?|it|systems?|customers?|clients?|technical|quality|databases?|releases?|platforms?|services?|digital|financial|cloud|higher|political|security|public|media|investor|government)\s+)?(?:relations|search|development|distribution|management|operations|support|maintenance|testing|engineering|delivery|infrastructure|platforms?|portals?|legal|security|compliance|payroll|qa|ux|ui|media|education|science|r&d|services)$/i;

/**
 * "Integration Developer - Web Services", "Release Manager, QA": a skill right after a title on its line
 * names the title's field, not the employer, unless the header also names it apart ("Consultant - SAP"
 * above "SAP - Elmwood"). A brand in one word may be the employer ("Staff Engineer, Salesforce"), as may
 * a longer name ("Amazon Web Services"), and "Consultant at SAP" names it so.
 */
function titleFields(lines: string[], split: string[][]): Set<string> {
  const field = (ps: string[], i: number) =>
    i > 0 && titleScore(ps[i - 1]) > 0 && (WORK_AREA.test(ps[i]) || (canonicalSkill(ps[i]) !== null && !(/^[A-Z]\w*$/.test(ps[i]) && /[a-z]/.test(ps[i])) && (ps[i].match(/\w+/g) ?? []).length <= 2));
  const paired = lines.map((l) => titleInCompany(l) !== null);
  // "Intern" above "Political relations": a work area written in lowercase, alone on the line below a title, is its field too ("Higher Education" there may be a name).
  const below = (k: number) => k > 0 && fieldLine(lines[k]) && titleScore(split[k - 1].at(-1) ?? '') > 0;
  const after = split.map((ps, k) => (paired[k] ? ps.map(() => false) : below(k) ? ps.map(() => true) : ps.map((_, i) => field(ps, i))));
  const apart = new Set(split.flatMap((ps, k) => ps.filter((_, i) => !after[k][i])));
  return new Set(split.flatMap((ps, k) => ps.filter((p, i) => after[k][i] && !apart.has(p))));
}

// Words naming the kind or reach of an institution rather than whose it is ("Community College", "Public Schools").
const GENERIC_KIND = '(?:Community|International|National|Regional|Public|Private|State|City|County|District|General|Medical|Dental|Veterinary|Memorial|Primary|Secondary|High|Middle|Elementary|Junior|Grammar|Technical|Business|Law|Art|Arts|Language|English)';
const WRAPPED_TAIL = new RegExp(`^(?:${GENERIC_KIND} )?[A-Z][\\w'-]*$`);
const LONE_KIND = new RegExp(`^${GENERIC_KIND}$`, 'i');

/**
 * "Receptionist, Elmbrook" above "Veterinary Clinic, Dover, DE": a name cut by a line wrap, the word
 * naming what kind of organisation it is opening the next header line, is joined up again.
 */
function joinWrapped(lines: string[]): string[] {
  return joinOnto(lines, wrapsName, (prev, line) => `${prev} ${line.trim()}`);
}

/** The line ends on a name after a comma that lacks its organisation word, and the next line opens on one ("Veterinary Clinic"). */
function wrapsName(line: string, next: string): boolean {
  const head = stripBullet(line).trim();
  const cut = head.match(/,\s*([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3})$/)?.[1];
  const tail = next.trim().split(/\s*,\s*/)[0];
  // The next line opens on the organisation word alone ("Systems"), or with a generic word before it
  // ("Community College"); "Brightwave Systems" names a firm of its own, under a title and its team.
  if (!cut || NOT_EMPLOYER.test(head) || !WRAPPED_TAIL.test(tail)) return false;
  const kind = tail.split(' ').pop() ?? '';
  // A title, a place or a skill ending a line ("Environment: Java, SQL") is no name cut short.
  const named = (p: string) => titleCues(p) > 0 || looksLikePlace(p) || canonicalSkill(p) !== null;
  return companyCues(cut) === 0 && !named(cut) && titleCues(tail) === 0 && companyCues(kind) + companyCues(kind.replace(/s$/, '')) > 0 && !isRegion(tail);
}

/** "Tessaline Foods - Tessaline Dairy Plant (Nashik)", "Tessaline Analytics, Mysuru" -> the firm; "Smith - Jones Partnership", "Hale, Marsh & Co" stay whole. */
function labelledFirm(v: string): string {
  const t = v.replace(/\s*\([^()]*\)\s*$/, '').replace(/[.\s]+$/, '').trim();
  const [firm, ...rest] = t.split(/\s+[-–]\s+/);
  const first = firm.split(/\s+/)[0];
  const cut = rest.length > 0 && (rest[0].startsWith(first) || UNIT.test(rest[0])) ? firm : t;
  // "Tessaline Analytics, Mysuru, Karnataka": a town and its region after the name.
  const ps = cut.split(/,\s*/);
  if (ps.length >= 3 && isRegion(ps[ps.length - 1]) && TOWN_NAME.test(ps[ps.length - 2])) return ps.slice(0, -2).join(', ');
  const town = cut.match(/^(.+?),\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)$/);
  return town && !LEGAL_FORM.test(town[2]) && !/&|\band\b/.test(town[2]) && companyCues(town[2]) === 0 ? town[1] : cut;
}

// "Child Care", "Elder Care" alone: the care one gave, a job in itself ("Harbor Child Care" names a centre).
const CARE_GIVEN = /^(?:child|elder|home|pet|patient|respite|personal)\s?care$/i;

/** "was trained and worked for the northern accounts": a clause going on from the dates before it, opened in lowercase. */
function clause(line: string): boolean {
  return /^[a-z]/.test(line.trim()) && lowercaseWords(line) > 3;
}

/**
 * "Regional Budget Planning", "Contract Review and Drafting": a task one does, not a firm, which is
 * named after its trade ("Larkspur Marketing", "Harbor Publishing", "Elm Tutoring", "Bayside Court Reporting" are
 * trades and stay).
 */
function workDone(p: string): boolean {
  return /\s(?:planning|drafting|coaching|mentoring|monitoring|scheduling|budgeting|volunteering)$/i.test(p) && !/\s(?:of|for)\s/i.test(p) && titleCues(p) === 0 && !LEGAL_FORM.test(p);
}

// "travelling in Asia and ...", "Co-Authored the Harbor Schools final report": a line telling what one did heads no job.
const DEED = /^[a-z]+ing\s+(?:in|on|at|to|for|with|around|through)\s|^Co-[A-Za-z]+ed\s/;

/** "B. Adult Literacy", "C. Clinical Work": an outline letter before a phrase naming no title or organisation heads a group of entries. */
function outlineGroup(line: string): boolean {
  const m = line.trim().match(/^[A-H][.)]\s+([A-Z].*)$/);
  return m !== null && titleCues(m[1]) + companyCues(m[1]) === 0 && !LEGAL_FORM.test(m[1]);
}

/** Header lines that can name a title or an organisation (not a place, a duration, a remark in brackets, a promotion or an area of work in lowercase). */
export function solid(header: string[]): number {
  return header.filter((h) => !looksLikePlace(h) && !DURATION.test(h) && !REMARK.test(h) && !NOT_EMPLOYER.test(stripBullet(h)) && !fieldLine(h) && !promotion(h)).length;
}

/** "Political relations", "Software development": a line naming an area of work in lowercase, as no name is written. */
function fieldLine(h: string): boolean {
  return WORK_AREA.test(h.trim()) && /\s[a-z]/.test(h);
}

const DURATION = /^\(?\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?|mos?|weeks?|wks?)\b/i;
/** "(Years 7 and 8)", "(part time)": a remark in brackets on a line of its own, no part of a header. */
export const REMARK = /^\(.*\)$/;
// "COE, ABHES)": the end of a remark in brackets opened on the line above.
const BRACKET_TAIL = /^[^(]*\)/;
// 'Networks" and "Harbor Mobility".': the end of a quotation opened on the line above, its mark right after a word.
const QUOTE_TAIL = /^[^"“”]*\w["”](?:\s|$)/;
