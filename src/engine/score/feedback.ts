// The recruiter-facing explanation of a score: what matched and what is missing, per axis.
import type { CertificationsAxis } from './certifications.ts';
import type { EducationAxis } from './education.ts';
import type { ProjectsAxis } from './projects.ts';
import type { SkillMatch, SkillsAxis } from './skills.ts';
import type { WorkAxis } from './work.ts';

const LEVEL_NAMES = ['no degree', 'school', 'a diploma', "a bachelor's degree", "a master's degree", 'a doctorate'];

function years(months: number): string {
  if (months < 12) return `${months} month${months === 1 ? '' : 's'}`;
  const y = Math.round(months / 6) / 2;
  return `${y} year${y === 1 ? '' : 's'}`;
}

function list(xs: string[], max = 6): string {
  const shown = xs.slice(0, max).join(', ');
  return xs.length > max ? `${shown} and ${xs.length - max} more` : shown;
}

export interface Axes {
  skills: SkillsAxis;
  work: WorkAxis;
  projects: ProjectsAxis;
  education: EducationAxis;
  certifications: CertificationsAxis;
  educationLevelAsked: number;
}

const CLEARLY_SHOWN = 0.75;
const PARTLY_SHOWN = 0.3;

/** The asked skills the resume clearly shows, partly shows and misses (as feedback and ai_summary name them). */
export function skillVerdicts(matches: SkillMatch[]): { have: SkillMatch[]; partial: SkillMatch[]; missing: SkillMatch[] } {
  return {
    have: matches.filter((m) => m.match >= CLEARLY_SHOWN),
    partial: matches.filter((m) => m.match >= PARTLY_SHOWN && m.match < CLEARLY_SHOWN),
    missing: matches.filter((m) => m.match < PARTLY_SHOWN),
  };
}

export function feedbackText(a: Axes): string {
  const out: string[] = [];
  const verdicts = skillVerdicts(a.skills.matches);
  const have = verdicts.have.map((m) => m.name);
  const partial = verdicts.partial.map((m) => m.name);
  const missing = verdicts.missing.map((m) => (m.mustHave ? `${m.name} (must-have)` : m.name));
  if (a.skills.matches.length) {
    out.push(`Skills: ${have.length} of ${a.skills.matches.length} required skills clearly shown${have.length ? ` (${list(have)})` : ''}.`);
    if (partial.length) out.push(`Partly shown: ${list(partial)}.`);
    if (missing.length) out.push(`Missing: ${list(missing)}.`);
  } else out.push('Skills: the job lists no specific skills.');
  for (const f of a.work.fits) {
    const verdict = f.months >= f.need ? 'meets' : f.months > 0 ? 'below' : 'no matching role for';
    out.push(`Experience as ${f.role.title}: ${years(f.months)} against ${years(f.need)} asked (${verdict} the requirement).`);
  }
  out.push(`Total experience: ${years(a.work.totalMonths)}, of which ${years(a.work.relevantMonths)} relevant.`);
  out.push(
    a.projects.fromWork
      ? `Projects: none listed, so judged from work experience (its descriptions cover ${Math.round(a.projects.described * 100)}% of the described work).`
      : `Projects: ${a.projects.items.filter((p) => (p.relevance_score ?? 0) >= 5).length} of ${a.projects.items.length} relevant to the job.`,
  );
  if (a.educationLevelAsked) {
    const ok = a.education.level >= a.educationLevelAsked;
    out.push(`Education: ${LEVEL_NAMES[a.education.level]} against ${LEVEL_NAMES[a.educationLevelAsked]} asked${ok ? ' (met)' : ' (not met)'}.`);
  } else out.push(a.education.items.length ? 'Education: listed; the job states no requirement.' : 'Education: none listed.');
  if (a.certifications.missing.length) out.push(`Certifications missing: ${list(a.certifications.missing)}.`);
  else if (a.certifications.items.length) out.push(`Certifications: ${a.certifications.items.length} listed.`);
  return out.join(' ');
}
