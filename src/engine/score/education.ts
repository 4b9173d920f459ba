// Education axis: the highest degree against the level the job asks for, and how close its field
// is to the job. Without a stated requirement, any listed education meets it.
import { degreeLevel } from '../parse/degrees.ts';
import type { EducationItem, JobProfile, ResumeJson } from '../types.ts';
import { coverageOf, relevanceOf, terms, toScore10 } from './match.ts';

export interface EducationAxis {
  coverage: number;
  items: EducationItem[];
  level: number;
}

const NO_EDUCATION_LISTED = 0.5;

export function scoreEducation(resume: ResumeJson, job: JobProfile): EducationAxis {
  const level = Math.max(0, ...resume.education.map((e) => degreeLevel(e.degree)));
  const fieldTerms = terms(...job.jd_json.Education, job.title, ...job.jd_json.Skills);
  const items = resume.education.map((e): EducationItem => {
    const field = coverageOf(terms(e.degree), fieldTerms);
    const lv = degreeLevel(e.degree);
    const meets = job.educationLevel ? (lv >= job.educationLevel ? 1 : lv / job.educationLevel) : lv ? 0.8 : 0.5;
    const score = toScore10(0.6 * meets + 0.4 * Math.min(1, field * 2));
    return { ...e, relevance: relevanceOf(score), relevance_score: score };
  });
  let coverage: number;
  if (!resume.education.length) coverage = job.educationLevel ? 0 : NO_EDUCATION_LISTED;
  else if (!job.educationLevel) coverage = 1;
  else {
    const levelPart = level >= job.educationLevel ? 1 : level / job.educationLevel;
    const wanted = terms(...job.jd_json.Education);
    const field = wanted.size ? Math.max(0, ...resume.education.map((e) => Math.min(1, 2 * coverageOf(wanted, terms(e.degree))))) : 1;
    coverage = 0.75 * levelPart + 0.25 * field;
  }
  return { coverage, items, level };
}
