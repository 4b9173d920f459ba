// Skills axis: each skill the job asks for is matched against the skills the resume lists (full
// credit) and, failing that, its other text (part credit); must-have skills weigh more.
import { canonicalForm, canonicalSkill, skillsInText, withBroader } from '../parse/taxonomy.ts';
import { normalize, stem, tokens } from '../text/words.ts';
import type { JobProfile, ResumeJson, SkillItem } from '../types.ts';
import { coverageOf, relevanceOf, type Terms, terms, toScore10 } from './match.ts';

export interface SkillMatch {
  name: string;
  mustHave: boolean;
  match: number;
}

export interface SkillsAxis {
  coverage: number;
  matches: SkillMatch[];
  skills: SkillItem[];
  matched: SkillItem[];
}

const OTHER_TEXT_CREDIT = 0.5;

/**
 * A skill phrase read once through the taxonomy: its text with aliases written as their canonical
 * names, and the known skills it names (the whole phrase, then those inside it).
 */
function readPhrase(phrase: string): { text: string; skills: string[] } {
  const form = canonicalForm(phrase);
  const whole = canonicalSkill(phrase);
  return { text: form.text, skills: whole ? [whole, ...form.skills] : form.skills };
}

function resumeOtherText(r: ResumeJson): string {
  return [
    r.summary,
    ...r.workExperience.flatMap((w) => [w.position, w.description]),
    ...r.projects.flatMap((p) => [p.name, p.description]),
    ...r.certifications.map((c) => c.name),
    ...r.education.map((e) => e.degree),
  ].join('\n');
}

/** Every word, common ones included, for names made only of common words. */
function allWords(texts: string[]): Terms {
  return new Set(texts.flatMap((t) => tokens(t).map(stem)));
}

interface Evidence {
  terms: Terms;
  words: Terms;
  /** Known skills, as normalised canonical names. */
  names: Set<string>;
}

// Share of a requirement's match carried by the known skills it names ("Strong PowerShell skills
// for automating server tasks" is met by PowerShell); the rest is the overlap of all its words.
const CORE_SHARE = 0.7;

/** The known skills a requirement names, as normalised canonical names. */
function coreSkills(name: string): string[] {
  return [...new Set(skillsInText(name, true).map(normalize))];
}

/** Whether a known skill is among `names`, or inside one of them ("Microsoft SQL Server" shows SQL). */
function shows(names: Set<string>, skill: string): boolean {
  if (names.has(skill)) return true;
  for (const n of names) if (` ${n} `.includes(` ${skill} `)) return true;
  return false;
}

/** A skill the job asks for, read once: the known skills it names and its terms. */
interface Asked {
  name: string;
  mustHave: boolean;
  core: string[];
  terms: Terms;
  /** Terms with aliases written as their canonical names. */
  canonicalTerms: Terms;
  /** Known skills it names, as canonical names. */
  skills: Set<string>;
}

function asked(s: JobProfile['skills'][number]): Asked {
  const read = readPhrase(s.name);
  return {
    name: s.name,
    mustHave: s.mustHave,
    core: coreSkills(s.name),
    terms: terms(s.name),
    canonicalTerms: terms(read.text),
    skills: new Set(read.skills),
  };
}

function coreMatch(core: string[], own: Evidence, other: Evidence): number {
  let sum = 0;
  for (const c of core) sum += shows(own.names, c) ? 1 : shows(other.names, c) ? OTHER_TEXT_CREDIT : 0;
  return sum / core.length;
}

function matchOne(a: Asked, own: Evidence, other: Evidence): number {
  const words = wordMatch(a, own, other);
  return a.core.length ? CORE_SHARE * coreMatch(a.core, own, other) + (1 - CORE_SHARE) * words : words;
}

function wordMatch(a: Asked, own: Evidence, other: Evidence): number {
  // A name made only of common words ("Basic IT Skills") is matched on those words.
  const plain = a.canonicalTerms.size === 0 && tokens(a.name).length >= 2;
  const w = plain ? allWords([a.name]) : a.canonicalTerms;
  const strong = coverageOf(w, plain ? own.words : own.terms);
  const weak = coverageOf(w, plain ? other.words : other.terms);
  return strong + (1 - strong) * OTHER_TEXT_CREDIT * weak;
}

/**
 * The skills the resume claims: those listed, or, when it lists none (no skills section, or one
 * the parser could not find, as in text flattened onto one line), those named in its text. So
 * listing a first skill can lower the score: the skills named in text then count as other text.
 */
function claimedSkills(skills: SkillItem[]): SkillItem[] {
  const listed = skills.filter((s) => s.source !== 'text');
  return listed.length ? listed : skills;
}

export function scoreSkills(resume: ResumeJson, job: JobProfile): SkillsAxis {
  const claimed = claimedSkills(resume.skills);
  const names = claimed.map((s) => s.name);
  const read = names.map(readPhrase);
  const own = { terms: terms(...read.map((r) => r.text)), words: allWords(names), names: new Set(withBroader(read.flatMap((r) => r.skills)).map(normalize)) };
  const otherText = [resumeOtherText(resume), ...resume.skills.filter((s) => !claimed.includes(s)).map((s) => s.name)].join('\n');
  const rest = canonicalForm(otherText);
  const other = { terms: terms(rest.text), words: allWords([otherText]), names: new Set(withBroader(rest.skills).map(normalize)) };
  const wanted = job.skills.map(asked);
  const matches = wanted.map((a) => ({ name: a.name, mustHave: a.mustHave, match: matchOne(a, own, other) }));
  const total = job.skills.reduce((a, s) => a + s.weight, 0);
  const coverage = total ? job.skills.reduce((a, s, i) => a + s.weight * matches[i].match, 0) / total : 0;

  const jobTerms = terms(job.title, job.workText, ...job.jd_json.Skills);
  const skills = resume.skills.map((s): SkillItem => {
    const t = terms(s.name);
    const c = canonicalSkill(s.name);
    let best = 0;
    for (const a of wanted) {
      const direct = c && a.skills.has(c) ? 1 : 0;
      best = Math.max(best, direct, coverageOf(t, a.terms), coverageOf(a.terms, t));
    }
    if (best < 0.4) best = Math.max(best, 0.5 * coverageOf(t, jobTerms));
    const score = toScore10(best);
    return { ...s, relevance: relevanceOf(score), relevance_score: score };
  });
  const matched = skills.filter((s) => (s.relevance_score ?? 0) >= 5);
  return { coverage, matches, skills, matched };
}
