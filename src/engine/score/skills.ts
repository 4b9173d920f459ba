// Skills axis: each skill the job asks for is matched against the resume's skills (full credit)
// and, failing that, its other text (part credit); must-have skills weigh more.
import { canonicalSkill, canonicalText, skillsInText } from '../parse/taxonomy.ts';
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

function canonicalSet(names: string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const c = canonicalSkill(n);
    if (c) out.add(c);
    for (const s of skillsInText(n, false)) out.add(s);
  }
  return out;
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

/** Terms of some skill phrases, with aliases written as their canonical names. */
function evidence(texts: string[]): Terms {
  return terms(...texts.map(canonicalText));
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

function coreMatch(core: string[], own: Evidence, other: Evidence): number {
  let sum = 0;
  for (const c of core) sum += shows(own.names, c) ? 1 : shows(other.names, c) ? OTHER_TEXT_CREDIT : 0;
  return sum / core.length;
}

function matchOne(name: string, own: Evidence, other: Evidence): number {
  const core = coreSkills(name);
  const words = wordMatch(name, own, other);
  return core.length ? CORE_SHARE * coreMatch(core, own, other) + (1 - CORE_SHARE) * words : words;
}

function wordMatch(name: string, own: Evidence, other: Evidence): number {
  const wanted = evidence([name]);
  // A name made only of common words ("Basic IT Skills") is matched on those words.
  const plain = wanted.size === 0 && tokens(name).length >= 2;
  const w = plain ? allWords([name]) : wanted;
  const strong = coverageOf(w, plain ? own.words : own.terms);
  const weak = coverageOf(w, plain ? other.words : other.terms);
  return strong + (1 - strong) * OTHER_TEXT_CREDIT * weak;
}

export function scoreSkills(resume: ResumeJson, job: JobProfile): SkillsAxis {
  const names = resume.skills.map((s) => s.name);
  const own = { terms: evidence(names), words: allWords(names), names: new Set([...canonicalSet(names)].map(normalize)) };
  const otherText = resumeOtherText(resume);
  const other = { terms: evidence([otherText]), words: allWords([otherText]), names: new Set(skillsInText(otherText, false).map(normalize)) };
  const matches = job.skills.map((s) => ({ name: s.name, mustHave: s.mustHave, match: matchOne(s.name, own, other) }));
  const total = job.skills.reduce((a, s) => a + s.weight, 0);
  const coverage = total ? job.skills.reduce((a, s, i) => a + s.weight * matches[i].match, 0) / total : 0;

  const wanted = job.skills.map((s) => ({ t: terms(s.name), c: canonicalSet([s.name]) }));
  const jobTerms = terms(job.title, job.workText, ...job.jd_json.Skills);
  const skills = resume.skills.map((s): SkillItem => {
    const t = terms(s.name);
    const c = canonicalSkill(s.name);
    let best = 0;
    for (const w of wanted) {
      const direct = c && w.c.has(c) ? 1 : 0;
      best = Math.max(best, direct, coverageOf(t, w.t), coverageOf(w.t, t));
    }
    if (best < 0.4) best = Math.max(best, 0.5 * coverageOf(t, jobTerms));
    const score = toScore10(best);
    return { ...s, relevance: relevanceOf(score), relevance_score: score };
  });
  const matched = skills.filter((s) => (s.relevance_score ?? 0) >= 5);
  return { coverage, matches, skills, matched };
}
