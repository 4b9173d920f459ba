// Combines the five axes into the spec's resume_score and derived resume fields. Each sub-score is
// weight x 10 x coverage; the overall is their sum. Protected traits (date of birth and the like)
// are never read here.
import type { JobProfile, ResumeJson, ScoreResult, Weights, WeightsInput } from '../types.ts';
import { scoreCertifications } from './certifications.ts';
import { scoreEducation } from './education.ts';
import { feedbackText, skillVerdicts } from './feedback.ts';
import { scoreProjects } from './projects.ts';
import { scoreSkills } from './skills.ts';
import { summaryHtml } from './summary.ts';
import { scoreWork } from './work.ts';

export const DEFAULT_WEIGHTS: Weights = { skills: 0.4, work_experience: 0.1, projects: 0.3, education: 0.1, certifications: 0.1 };

/** Negative or missing weights count as 0; weights summing above 1 are scaled down to 1. */
export function normalizeWeights(w: WeightsInput | undefined): Weights {
  const base = { ...DEFAULT_WEIGHTS, ...(w ?? {}) };
  const clean = Object.fromEntries(
    Object.entries(base).map(([k, v]) => [k, Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : 0]),
  ) as unknown as Weights;
  const sum = clean.skills + clean.work_experience + clean.projects + clean.education + clean.certifications;
  if (sum <= 1) return clean;
  return {
    skills: clean.skills / sum,
    work_experience: clean.work_experience / sum,
    projects: clean.projects / sum,
    education: clean.education / sum,
    certifications: clean.certifications / sum,
  };
}

function part(weight: number, coverage: number): number {
  const c = Math.max(0, Math.min(1, coverage));
  // Floor, not round, so that a sub-score never exceeds weight x 10.
  return Math.floor(weight * 10 * c * 100 + 1e-9) / 100;
}

export function scoreResume(resume: ResumeJson, job: JobProfile, weights?: WeightsInput, options: { today?: Date } = {}): ScoreResult {
  const w = normalizeWeights(weights);
  const today = options.today ?? new Date();
  const skills = scoreSkills(resume, job);
  const work = scoreWork(resume, job, today, skills.coverage);
  const projects = scoreProjects(resume, job, work.coverage);
  const education = scoreEducation(resume, job);
  const certifications = scoreCertifications(resume, job);
  const sub = {
    skills: part(w.skills, skills.coverage),
    work: part(w.work_experience, work.coverage),
    projects: part(w.projects, projects.coverage),
    education: part(w.education, education.coverage),
    certifications: part(w.certifications, certifications.coverage),
  };
  const overall = Math.min(10, Math.round((sub.skills + sub.work + sub.projects + sub.education + sub.certifications) * 100) / 100);
  const feedback = feedbackText({ skills, work, projects, education, certifications, educationLevelAsked: job.educationLevel });
  const resume_json: ResumeJson = {
    ...resume,
    skills: skills.skills,
    workExperience: work.items,
    education: education.items,
    projects: projects.items.length ? projects.items : resume.projects,
    certifications: certifications.items,
  };
  const verdicts = skillVerdicts(skills.matches);
  const strengths = verdicts.have.map((m) => m.name);
  const gaps = verdicts.missing.map((m) => m.name);
  return {
    resume_score: {
      skills_score: sub.skills.toFixed(2),
      work_exp_score: sub.work.toFixed(2),
      projects_score: sub.projects.toFixed(2),
      education_score: sub.education.toFixed(2),
      certifications_score: sub.certifications.toFixed(2),
      overall_score: overall.toFixed(2),
      feedback,
    },
    resume_json,
    skills_matched: skills.matched,
    skill_match_count: skills.matched.length,
    duration_per_work: work.durations,
    total_duration: work.totalMonths,
    relevant_experience_in_months: work.relevantMonths,
    overall_score: overall.toFixed(3),
    ai_summary: summaryHtml(resume, { totalMonths: work.totalMonths, relevantMonths: work.relevantMonths, overall: overall.toFixed(2), strengths, gaps }),
  };
}
