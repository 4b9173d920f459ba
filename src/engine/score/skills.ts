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

export function resumeOtherText(r: ResumeJson): string {
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
}

function matchOne(name: string, own: Evidence, other: Evidence): number {
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
  const own = { terms: evidence(names), words: allWords(names) };
  const otherText = resumeOtherText(resume);
  const other = { terms: evidence([otherText]), words: allWords([otherText]) };
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

export function skillKey(name: string): string {
  return normalize(name);
}
