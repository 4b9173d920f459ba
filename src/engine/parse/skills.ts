// Skills from the skills section (list items) and from the rest of the text (known skills only),
// normalised through the taxonomy.

import { isBullet, joinOnto, stripBullet, toLines } from '../text/lines.ts';
import { normalize } from '../text/words.ts';
import type { SkillItem } from '../types.ts';
import { findDateRanges, findDates, MONTH_WORD } from './dates.ts';
import { degreeLevel, looksLikeSchool } from './degrees.ts';
import { looksLikePlace, titleCues } from './roles.ts';
import { headingKind } from './sections.ts';
import { asWritten, canonicalSkill, isDuty, skillsAsWritten } from './taxonomy.ts';
import { uniqueBy } from './unique.ts';

const NOT_SKILL =
  /^(?:(?:company|organi[sz]ation|employer|job|your job|school) ?(?:name|title)?|city|state|zip(?: code)?|location|dates?|month(?: year)?|year|address|phone|e-?mail|country|and|or|etc|others?|other tools|tools|languages?|skills?|technologies|frameworks?|less than(?: \d+)?(?: years?)?|\d+\+? years?|years?|months?|n\/?a|na|various|basic|advanced|good|excellent|duties|responsibilities|clients?|professional|services|technical|applications?|developing|designing|https?|www|present|current)$/i;

// Words that only name a kind of things ("Databases", "Other Tools"), never a skill of their own.
const KIND = 'languages?|tools?|technolog\\w*|frameworks?|databases?|platforms?|operating systems?|os|ides?|software|servers?|packages?|librar\\w*|methodolog\\w*|concepts|environments?|others?|misc\\w*|skills? ?set|areas?|domains?|applications?|utilities';

// "Languages: Java, C" names a category; "Clinical Skills: Proficient in ..." names a skill.
const CATEGORY = new RegExp(`\\b(?:${KIND}|web|scripting|cloud|version control|technical|core|key|hardware|reporting|testing|protocols?|networking|design|office)\\b`, 'i');

// A line naming only kinds of things ("Operating Systems", "Software/Languages/Tools"): a sub-heading.
const KINDS_ONLY = new RegExp(`^(?:(?:${KIND})(?:\\s*[/&]\\s*|\\s+(?:and\\s+)?|$))+$`, 'i');

function listItems(line: string): string[] {
  const body = stripBullet(line)
    .replace(/\((?:less than )?\d*\+?\s*(?:years?|months?|yrs?)[^)]*\)/gi, ' ')
    .replace(/[()]/g, ', ')
    // A full stop between two items ends a sentence ("... and Outlook. Experienced with Photoshop").
    .replace(/(?<=[a-z]{3})\.\s+(?=[A-Z])/g, ', ')
    .replace(/^([^:,]{2,40}):\s*/, (_, label: string) => (CATEGORY.test(label) || /^(?:https?|ftp|www)$/i.test(label) ? '' : `${label}, `));
  return body
    .split(/\s*(?:[,;|•~]|\s-\s|\s+and\s+|\s+&\s+)\s*/i)
    // A leading dot stays on a name (".NET").
    .map((s) => s.replace(/^(?:[\s:\-*]|\.(?![A-Za-z]))+|[\s.:\-*]+$/g, '').replace(/^(?:and|or|also|plus)\s+/i, '').trim())
    .filter((s) => s && !/^(?:but|when|those|that|which|the|this|these|if|so|as|to|of|in|for|with|by)\b/i.test(s));
}

/**
 * A sentence wrapped into the skills section ("Keep every bullet short, and name the tools you
 * used."): a long unbulleted sentence without commas, or one whose comma-separated parts are clauses.
 */
function proseLine(line: string): boolean {
  // A bulleted line states a skill, however long.
  if (isBullet(line)) return false;
  const t = line.trim();
  const words = t.split(/\s+/).length;
  if (words < 8) return false;
  const parts = t.split(/[,;|]/);
  if (parts.length === 1) return /[.!?]$/.test(t) && !/^[^:]{2,40}:/.test(t);
  return words / parts.length > 5;
}

/** A short capitalised item of a sentence ("Color Matching"), not a clause. */
function namedInProse(item: string): boolean {
  const words = item.split(/\s+/);
  return words.length <= 3 && words.every((w) => /^[A-Z0-9]/.test(w) || /^(?:of|and|&|in)$/.test(w));
}

// Items of a comma list are short names; a bulleted line without commas states one skill and
// may run longer ("Strong knowledge of forestry and conservation techniques").
const MAX_LIST_WORDS = 4;
const MAX_STATEMENT_WORDS = 10;

const KNOWING = '(?:knowledge|understanding|expertise|experience|exposure|proficiency|familiarity|competence|skills?|ability|grasp|command)';
const LEAD_IN = new RegExp(
  `^(?:(?:very |highly |strong |excellent |good |solid |sound |proven |deep |basic |advanced |working |hands[- ]on |practical |in-depth |extensive |comprehensive |competent |exceptional |superior )*${KNOWING}(?: and ${KNOWING})?(?: (?:of|in|with|on|to))?|(?:proficient|skilled|experienced|expert|competent|versed|well-versed|well versed|adept|trained|certified|knowledgeable|familiar)(?: (?:in|with|at|on))?|(?:ability|able) to)\\s+`,
  'i',
);

/** A skills-list item as a short phrase: lead-in words dropped, cut at the first clause. */
function shortPhrase(item: string, maxWords: number): string {
  const t = item
    .replace(LEAD_IN, '')
    .replace(/^(?:the|an?|including|such as|like|e\.g\.?)\s+/i, '')
    .replace(/\s+(?:while|for|including|such as|to|by|using|which|that|when|in order)\s.*$/i, '')
    .replace(/\s+(?:of|for|to|in|on|with|by|at|from|and|or|the|an?)$/i, '');
  const words = t.split(/\s+/);
  return words.length <= maxWords ? t : '';
}

// A spoken language, with its level ("Fluent Spanish", "German (mother tongue)"), is a language the
// candidate speaks, not a tool or a skill of the trade.
const SPOKEN_LANGUAGE = /^(?:(?:fluent|native|conversational|basic|written|spoken|business|working|intermediate|good|excellent)(?: in)?\s+)*(?:english|french|german|spanish|italian|hindi|urdu|tamil|telugu|kannada|marathi|bengali|punjabi|gujarati|malayalam|arabic|chinese|mandarin|cantonese|japanese|korean|russian|portuguese|dutch|polish|swedish|norwegian|danish|finnish|greek|turkish|hebrew|persian|farsi|swahili|yoruba|igbo|hausa|tagalog|vietnamese|thai|indonesian|malay|romanian|hungarian|czech|afrikaans|zulu)(?:\s+(?:language|native|fluent))?$|\bmother tongue\b/i;

// A day ("17th May", "22nd"), a term ("6th Semester"), a template date ("October 20XX"), a page
// number ("Page 2 of 3") or a length of time ("6 months"): what a wrapped course or project line leaves.
const DAY_PAGE_OR_SPAN = new RegExp(
  `^(?:\\d{1,2}(?:st|nd|rd|th)(?:\\s+(?:of\\s+)?(?:${MONTH_WORD}|semester|sem|year|grade|standard|std))?|(?:${MONTH_WORD})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)|page\\s+\\d.*|\\d+(?:\\.\\d+)?\\+?\\s*(?:months?|years?|yrs?|weeks?|days?)(?:\\s.*)?)$|\\b(?:19|20)xx\\b`,
  'i',
);

/**
 * A list item that names no skill: a single lowercase word not in the taxonomy ("investors",
 * "adapt"), a fragment opened by a pronoun or verb ("its variants", "is easy"), an adjective alone
 * ("Reliable", "Methodical"), a clause opened by a past-tense verb ("Developed creative skills"), a
 * place, a date, a day or a page number, a school, a degree or a spoken language.
 */
function notASkill(phrase: string): boolean {
  return (
    /^[a-z]+$|^\W*\w\W*$|^(?:its|my|our|their|his|her|is|are|was|were|will|both|during|till|until|at)\b/.test(phrase) ||
    /^[A-Za-z]+(?:ive|ful|ous|able|ible|ed|al|ic)$/i.test(phrase) ||
    (headingKind(phrase) ?? 'skills') !== 'skills' ||
    pastTenseClause(phrase) ||
    looksLikePlace(phrase) ||
    findDates(phrase).length > 0 ||
    looksLikeSchool(phrase) ||
    degreeLevel(phrase) > 0 ||
    SPOKEN_LANGUAGE.test(phrase) ||
    DAY_PAGE_OR_SPAN.test(phrase)
  );
}

// Words in -ed that qualify a skill rather than report a deed ("Advanced listening", "Distributed systems").
const PARTICIPLE_ADJECTIVE =
  /^(?:advanced|detailed|demonstrated|distinguished|proven|applied|distributed|embedded|integrated|automated|speciali[sz]ed|sophisticated|experienced|skilled|customi[sz]ed|computeri[sz]ed|accelerated)$/i;

/** "Managed social media accounts": a deed, unless it states knowledge ("Detailed knowledge of ..."). */
function pastTenseClause(phrase: string): boolean {
  const m = phrase.match(/^([A-Z]?[a-z]+ed)\s+[a-z]/);
  return m !== null && !PARTICIPLE_ADJECTIVE.test(m[1]) && !/\b(?:knowledge|understanding|application|proficiency|expertise|orientation)\b/i.test(phrase);
}

const ENDS_IN_CATEGORY = new RegExp(`${CATEGORY.source}\\W*$`, 'i');

/**
 * A known skill without the words before it: a table's row label ("Build Tools Maven") or a verb or
 * lead-in ("Configuring OSPF", "Extensively worked in Perl").
 */
function unlabelled(item: string): string {
  if (canonicalSkill(item)) return item;
  const words = item.split(/\s+/);
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const rest = words.slice(k).join(' ');
    const last = words[k - 1];
    const lead = ENDS_IN_CATEGORY.test(words.slice(0, k).join(' ')) || /^(?:in|of|with|on|using)$/i.test(last) || (/ing$/.test(last) && !canonicalSkill(last));
    if (lead && /^[A-Z]/.test(rest) && canonicalSkill(rest)) return rest;
  }
  return item;
}

function itemSkill(written: string, maxWords = MAX_LIST_WORDS): string[] {
  const item = unlabelled(written);
  const known = canonicalSkill(item);
  if (known) return [asWritten(item, known)];
  const phrase = shortPhrase(item, maxWords);
  const usable =
    phrase &&
    phrase.length <= maxWords * 12 &&
    !NOT_SKILL.test(phrase) &&
    /[a-z]/i.test(phrase) &&
    !/\d{4}|@|\/\/|www\.|\.com\b|\d{3}|x{3}/i.test(phrase) &&
    !notASkill(phrase) &&
    // Known skills joined by slashes ("C/C++", "HTML/CSS") are listed one by one.
    !(phrase.includes('/') && phrase.split(/\s*\/\s*/).every((p) => canonicalSkill(p)));
  const inside = skillsAsWritten(item, true);
  if (!usable) return inside;
  const canon = canonicalSkill(phrase);
  return [canon ? asWritten(phrase, canon) : phrase, ...inside];
}

/**
 * A line opened in lowercase carries on the line above ("... such as budgets," + "expenditures,
 * ROI"), unless that one is in lowercase too: a list written in lowercase ("java, c++" + "python").
 */
function unwrapped(lines: string[]): string[] {
  return joinOnto(lines, (last, line) => /^[a-z]/.test(line) && !/^[a-z]/.test(last) && !isBullet(line));
}

const USED_LIST = /^[ \t•*-]*(?:environment|technologies|technology|tools|tools used|technologies used|tech stack|skills used)\s*:\s*(.+)$/gim;

// A link or an email address names no skill ("http://...", "jane@java.example").
const WEB_ADDRESS = /\b(?:(?:https?|ftp):\/\/|www\.)\S+|(?<!\S)[^\s@]+@\S+/gi;

// A label closing with a colon ("Personal:") or words in capitals ("AREAS OF INTEREST").
const SUB_HEADING = /:\s*$|^[^a-z,;|]*[A-Z]{2,} [A-Z]{2,}[^a-z,;|]*$/;

// A field of a project or job entry ("Client: ...", "Team Size: 6", "Duration: 5 months").
const ENTRY_FIELD = /^(?:project(?: name| title| details?)?|client|role|duration|team ?size|description|designation|period|location)\s*:/i;

/**
 * A line that names skills only in passing: a sub-heading, a field of a project or job entry, a line
 * dated to the month or giving a span of dates (a job, course or award), or one opened by a
 * past-tense verb ("Organised workshops on ...").
 */
function notAList(line: string): boolean {
  return (
    SUB_HEADING.test(line) ||
    ENTRY_FIELD.test(stripBullet(line)) ||
    findDateRanges(line).length > 0 ||
    findDates(line).some((d) => !d.point.yearOnly) ||
    pastTenseClause(stripBullet(line).replace(LEAD_IN, ''))
  );
}

/** The skills a line of the skills section lists; a line that is not a list names only known skills. */
function lineSkills(line: string): string[] {
  // "Operating Systems", "Software/Languages/Tools" on a line of their own head the lines below.
  if (KINDS_ONLY.test(stripBullet(line).replace(/[:\s]+$/, ''))) return [];
  if (notAList(line)) return skillsAsWritten(line, true);
  // "Time Management - Handled multiple projects": the name comes before the explanation.
  const body = isBullet(line) && !/[,;|]/.test(line) ? stripBullet(line).replace(/[.!]+$/, '') : '';
  if (body.split(/\s+/).length > MAX_LIST_WORDS) return itemSkill(body.split(/\s*[-–:]\s+|\s+[-–]\s*/)[0], MAX_STATEMENT_WORDS);
  // From a sentence: the skills it names in capitals ("... a keen eye (Color Matching) and steady hands").
  if (proseLine(line)) return [...skillsAsWritten(line, true), ...listItems(line).filter(namedInProse).flatMap((i) => itemSkill(i, 3))];
  // In a sentence run into the section ("Proof reading of all material, both print and online."), an
  // unknown piece all in lowercase is no name.
  const sentence = /[a-z]\.$/.test(line.trim());
  return listItems(line).flatMap((i) => (sentence && /^[a-z][^A-Z]*$/.test(i) && !canonicalSkill(i) ? skillsAsWritten(i, true) : itemSkill(i)));
}

function escaped(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The names (lowercased) the text writes only as labels ("Operating Systems: ...", "Skype: ..."): they name what follows. */
function onlyAsLabels(names: string[], text: string): Set<string> {
  if (!names.length) return new Set();
  // One pass for all names, the longest first.
  const alternatives = [...new Set(names)].sort((a, b) => b.length - a.length).map(escaped);
  const labelOnly = new Map<string, boolean>();
  for (const m of text.matchAll(new RegExp(`(?<![\\w+#.])(${alternatives.join('|')})(?![\\w+#])(\\s*:)?`, 'gi'))) {
    const k = m[1].toLowerCase();
    labelOnly.set(k, (labelOnly.get(k) ?? true) && m[2] !== undefined);
  }
  return new Set([...labelOnly].filter(([, only]) => only).map(([k]) => k));
}

/**
 * Skills written under two names count once ("JS", "JavaScript"), but a name that adds to the
 * canonical one (an edition or version: "Core Java", "Windows XP", "PHP5") is a skill of its own.
 */
function skillKey(s: SkillItem): string {
  const written = normalize(s.name);
  const canonical = normalize(canonicalSkill(s.name) ?? s.name);
  return written.includes(canonical) ? written : canonical;
}

/**
 * A job title on a line of its own ("Java Programmer", "PeopleSoft Developer"): the skill it names is
 * the role's field, written as part of the title, not a skill claimed in the text.
 */
function titleOnlyLine(line: string): boolean {
  const t = stripBullet(line).replace(/[\s\-–|,]+$/, '').trim();
  const words = t.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && !/[.;:,()]/.test(t) && titleCues(words[words.length - 1]) > 0 && !canonicalSkill(t) && degreeLevel(t) === 0;
}

/** The text without its job-title lines. */
function withoutRoles(text: string, lines: string[]): string {
  const roles = lines.filter(titleOnlyLine);
  return roles.length ? text.replace(new RegExp(`(?<!\\w)(?:${roles.map(escaped).join('|')})(?!\\w)`, 'g'), ' ') : text;
}

/** Skills listed in the skills section lines, then those named only elsewhere in `fullText` (whose lines are `allLines`). */
export function findSkills(sectionLines: string[], fullText: string, allLines = toLines(fullText)): SkillItem[] {
  // References close a resume: the lines after them name people, not skills.
  const end = sectionLines.findIndex((l) => /^\W*(?:referees?|references)\b/i.test(l));
  // A link names no skill, and a link line (a page footer) carries on no list.
  const lines = (end < 0 ? sectionLines : sectionLines.slice(0, end)).map((l) => l.replace(WEB_ADDRESS, ' ').trim()).filter(Boolean);
  const names = unwrapped(lines).flatMap(lineSkills);
  const listed = names.map((name): SkillItem => ({ name, source: 'listed' }));
  // "Environment: Java, Spring, Oracle" under a job or project lists the tools it used.
  const used = [...fullText.matchAll(USED_LIST)].flatMap((m) => listItems(m[1]).flatMap((i) => itemSkill(i)));
  // Outside the list, a duty named in prose ("handled customer service") is no claimed skill.
  const named = [...used, ...skillsAsWritten(withoutRoles(fullText, allLines).replace(WEB_ADDRESS, ' '), true)].filter((n) => !isDuty(canonicalSkill(n) ?? n));
  const labels = onlyAsLabels(named, fullText);
  const text = named.filter((n) => !labels.has(n.toLowerCase())).map((name): SkillItem => ({ name, source: 'text' }));
  return uniqueBy([...listed, ...text], skillKey);
}
