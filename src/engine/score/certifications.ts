// Certifications axis: the certifications the job names, found among the resume's certifications
// and skills. When the job names none, holding any certification is enough.
import type { CertificationItem, JobProfile, ResumeJson } from '../types.ts';
import { coverageOf, relevanceOf, terms, toScore10 } from './match.ts';

export interface CertificationsAxis {
  coverage: number;
  items: CertificationItem[];
  missing: string[];
}

const NONE_HELD = 0.5;

export function scoreCertifications(resume: ResumeJson, job: JobProfile): CertificationsAxis {
  const wanted = job.jd_json.Certifications;
  const held = terms(...resume.certifications.map((c) => c.name), ...resume.skills.map((s) => s.name));
  const per = wanted.map((w) => coverageOf(terms(w), held));
  const jobTerms = terms(job.title, job.workText, ...job.jd_json.Skills, ...wanted);
  const items = resume.certifications.map((c): CertificationItem => {
    const score = toScore10(Math.min(1, 1.5 * coverageOf(terms(c.name), jobTerms)));
    return { ...c, relevance: relevanceOf(score), relevance_score: score };
  });
  const coverage = wanted.length ? per.reduce((a, b) => a + b, 0) / wanted.length : resume.certifications.length ? 1 : NONE_HELD;
  return { coverage, items, missing: wanted.filter((_, i) => per[i] < 0.5) };
}
