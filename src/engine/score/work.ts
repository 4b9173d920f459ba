// Work-experience axis: months in roles like the ones the job asks for, against the months asked,
// and how much of the asked skills the experience shows.
import { monthSpan } from '../parse/dates.ts';
import type { DurationPerWork, JobProfile, RequiredRole, ResumeJson, WorkItem } from '../types.ts';
import { coverageOf, relevanceOf, saturate, terms, toScore10 } from './match.ts';
import { monthsCovered } from './periods.ts';
import { withoutDescription } from './requirements.ts';

export interface RoleFit {
  role: RequiredRole;
  months: number;
  need: number;
}

export interface WorkAxis {
  coverage: number;
  items: WorkItem[];
  durations: DurationPerWork[];
  totalMonths: number;
  relevantMonths: number;
  fits: RoleFit[];
}

const DEFAULT_NEED_MONTHS = 12;
const MATCH_FLOOR = 0.5;
// Most of the axis is about the roles asked for; the rest rewards any experience at all.
const ROLE_SHARE = 0.7;
const TOTAL_SHARE = 0.15;
// The rest is experience with the skills asked for: half what the job descriptions show of them,
// half the skills axis (skills claimed are usually skills practised at work).
const SHOWN_SHARE = 0.5;

function cleanTitle(s: string): string {
  return s.replace(/^(?:worked|working|acted|served|employed|hired)\s+as\s+(?:an?\s+)?/i, '');
}

export function scoreWork(resume: ResumeJson, job: JobProfile, today: Date, skillsCoverage: number): WorkAxis {
  const roles: RequiredRole[] = job.roles.length ? job.roles : job.title ? [{ title: job.title, months: job.minExperienceMonths }] : [];
  const roleTerms = roles.map((r) => terms(r.title));
  const titleTerms = terms(job.title);
  const workTerms = terms(job.workText);
  const spans = resume.workExperience.map((w) => monthSpan(w.startDate, w.endDate, today));
  const months = spans.map((s) => (s ? s.to - s.from : 0));
  // Months in the jobs that pass `weightOf`, each month once, at the best weight among them.
  const covered = (weightOf: (i: number) => number) => monthsCovered(spans.flatMap((s, i) => (s && weightOf(i) > 0 ? [{ ...s, weight: weightOf(i) }] : [])));
  // Title against role, both ways; the title may lose the clause that describes it ("Project
  // Manager using Scrum"), and the company joins in when the title alone is not enough ("SOC
  // Analyst" at "SecureWorks" for "SOC Analyst - SecureWorks").
  const both = (a: Set<string>, b: Set<string>) => (coverageOf(a, b) + coverageOf(b, a)) / 2;
  const titles = resume.workExperience.map((w) => terms(cleanTitle(w.position)));
  const sims = resume.workExperience.map((w, i) => {
    const title = cleanTitle(w.position);
    const forms = [titles[i], terms(withoutDescription(title)), terms(title, w.company)];
    return roleTerms.map((rt) => Math.max(...forms.map((f) => both(rt, f))));
  });
  const fits: RoleFit[] = roles.map((role, r) => ({
    role,
    months: Math.round(covered((i) => (sims[i][r] >= MATCH_FLOOR ? sims[i][r] : 0))),
    need: role.months || job.minExperienceMonths || DEFAULT_NEED_MONTHS,
  }));
  const totalMonths = covered(() => 1);
  const needTotal = Math.max(job.minExperienceMonths, DEFAULT_NEED_MONTHS);
  const roleCoverage = fits.length ? fits.reduce((a, f) => a + saturate(f.months / f.need), 0) / fits.length : saturate(totalMonths / needTotal);
  // What the jobs' descriptions show of the skills asked for.
  const shown = coverageOf(terms(...job.jd_json.Skills), terms(...resume.workExperience.flatMap((w) => [w.position, w.description])));
  const withSkills = SHOWN_SHARE * shown + (1 - SHOWN_SHARE) * skillsCoverage;
  const coverage = ROLE_SHARE * roleCoverage + TOTAL_SHARE * saturate(totalMonths / needTotal) + (1 - ROLE_SHARE - TOTAL_SHARE) * withSkills;

  const items = resume.workExperience.map((w, i): WorkItem => {
    const titleSim = coverageOf(titleTerms, titles[i]);
    const descSim = coverageOf(terms(w.position, w.description), workTerms);
    const best = Math.max(0, ...sims[i], titleSim, Math.min(0.6, descSim * 2));
    const score = toScore10(best);
    return { ...w, relevance: relevanceOf(score), relevance_score: score };
  });
  const durations = items.map((w, i) => ({ company: w.company || w.position, relevance_score: w.relevance_score ?? 0, experience_in_months: months[i] }));
  const relevantMonths = covered((i) => ((items[i].relevance_score ?? 0) >= 5 ? 1 : 0));
  return { coverage, items, durations, totalMonths, relevantMonths, fits };
}
