// Projects axis: how much of the work the job describes (its projects or responsibilities) the
// candidate's projects show. Without a projects section, past job descriptions and the skills and
// experience scores stand in.

import { keyTerms } from '../text/words.ts';
import type { JobProfile, ProjectItem, ResumeJson } from '../types.ts';
import { coverageOf, relevanceOf, terms, toScore10 } from './match.ts';

export interface ProjectsAxis {
  coverage: number;
  items: ProjectItem[];
  fromWork: boolean;
}

const FROM_WORK_SHARE = 0.25;

function wantedItems(job: JobProfile): string[] {
  const items = job.jd_json.Projects.length ? job.jd_json.Projects : [job.workText];
  return items.filter((s) => keyTerms(s).length > 0);
}

export function scoreProjects(resume: ResumeJson, job: JobProfile, shownElsewhere: number): ProjectsAxis {
  const fromWork = resume.projects.length === 0;
  const evidence = fromWork
    ? terms(...resume.workExperience.flatMap((w) => [w.position, w.description]), resume.summary, ...resume.skills.map((s) => s.name))
    : terms(...resume.projects.flatMap((p) => [p.name, p.description]));
  const wanted = wantedItems(job);
  // A responsibility is fully shown when about two thirds of its words appear.
  const per = wanted.map((w) => Math.min(1, coverageOf(terms(w), evidence) * 1.5));
  const described = per.length ? per.reduce((a, b) => a + b, 0) / per.length : 0;
  // Without listed projects, job descriptions are weak evidence of project work: they count for a
  // quarter, the rest follows the skills and experience already shown.
  const coverage = fromWork ? FROM_WORK_SHARE * described + (1 - FROM_WORK_SHARE) * shownElsewhere : described;
  const jobTerms = terms(job.title, job.workText, ...job.jd_json.Skills);
  const items = resume.projects.map((p): ProjectItem => {
    const score = toScore10(Math.min(1, coverageOf(terms(p.name, p.description), jobTerms) * 2));
    return { ...p, relevance: relevanceOf(score), relevance_score: score };
  });
  return { coverage, items, fromWork };
}
