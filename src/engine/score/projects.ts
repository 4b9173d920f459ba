// Projects axis: how much of the work the job describes (its projects or responsibilities) the
// candidate's projects show; without a projects section, the descriptions of past jobs stand in.

import { keyTerms } from '../text/words.ts';
import type { JobProfile, ProjectItem, ResumeJson } from '../types.ts';
import { coverageOf, relevanceOf, terms, toScore10 } from './match.ts';

export interface ProjectsAxis {
  coverage: number;
  items: ProjectItem[];
  fromWork: boolean;
}

function wantedItems(job: JobProfile): string[] {
  const items = job.jd_json.Projects.length ? job.jd_json.Projects : [job.workText];
  return items.filter((s) => keyTerms(s).length > 0);
}

export function scoreProjects(resume: ResumeJson, job: JobProfile): ProjectsAxis {
  const fromWork = resume.projects.length === 0;
  const evidence = fromWork
    ? terms(...resume.workExperience.flatMap((w) => [w.position, w.description]), resume.summary, ...resume.skills.map((s) => s.name))
    : terms(...resume.projects.flatMap((p) => [p.name, p.description]));
  const wanted = wantedItems(job);
  // A responsibility is fully shown when about two thirds of its words appear.
  const per = wanted.map((w) => Math.min(1, coverageOf(terms(w), evidence) * 1.5));
  const coverage = per.length ? per.reduce((a, b) => a + b, 0) / per.length : 0;
  const jobTerms = terms(job.title, job.workText, ...job.jd_json.Skills);
  const items = resume.projects.map((p): ProjectItem => {
    const score = toScore10(Math.min(1, coverageOf(terms(p.name, p.description), jobTerms) * 2));
    return { ...p, relevance: relevanceOf(score), relevance_score: score };
  });
  return { coverage, items, fromWork };
}
