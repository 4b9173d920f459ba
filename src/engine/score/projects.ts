// Projects axis: how much of the work the job describes (its projects or responsibilities) the
// candidate's projects show. Without a projects section, work experience stands in: its coverage
// (relevant months against those asked) and how much of the described work its descriptions show.

import { keyTerms } from '../text/words.ts';
import type { JobProfile, ProjectItem, ResumeJson } from '../types.ts';
import { coverageOf, relevanceOf, terms, toScore10 } from './match.ts';

export interface ProjectsAxis {
  coverage: number;
  /** How much of the described work the projects (or, without them, job descriptions) show. */
  described: number;
  items: ProjectItem[];
  fromWork: boolean;
}

const FROM_WORK_SHARE = 0.25;

function wantedItems(job: JobProfile): string[] {
  const items = job.jd_json.Projects.length ? job.jd_json.Projects : [job.workText];
  return items.filter((s) => keyTerms(s).length > 0);
}

export function scoreProjects(resume: ResumeJson, job: JobProfile, workCoverage: number): ProjectsAxis {
  const fromWork = resume.projects.length === 0;
  const evidence = fromWork
    ? terms(...resume.workExperience.flatMap((w) => [w.position, w.description]), resume.summary, ...resume.skills.map((s) => s.name))
    : terms(...resume.projects.flatMap((p) => [p.name, p.description]));
  const wanted = wantedItems(job);
  // A responsibility is fully shown when about two thirds of its words appear.
  const per = wanted.map((w) => Math.min(1, coverageOf(terms(w), evidence) * 1.5));
  const described = per.length ? per.reduce((a, b) => a + b, 0) / per.length : 0;
  // Without listed projects, job descriptions are weak evidence of project work: they count for a
  // quarter, the rest follows the work-experience coverage.
  const coverage = fromWork ? FROM_WORK_SHARE * described + (1 - FROM_WORK_SHARE) * workCoverage : described;
  const jobTerms = terms(job.title, job.workText, ...job.jd_json.Skills);
  const items = resume.projects.map((p): ProjectItem => {
    const score = toScore10(Math.min(1, coverageOf(terms(p.name, p.description), jobTerms) * 2));
    return { ...p, relevance: relevanceOf(score), relevance_score: score };
  });
  return { coverage, described, items, fromWork };
}
