// Small realistic resumes and jobs shared by the engine tests.
import { parseResume, type ResumeJson } from '../../src/engine/index.ts';

export const TODAY = new Date(Date.UTC(2024, 0, 15));

export const JOB_TEXT = `## Job Title
Backend Developer

## Job Summary
Build and run payment APIs.

## Required Skills
- Node.js
- PostgreSQL
- Docker
- Kubernetes

## Required Experience
- At least 3 years as a Backend Developer

## Education
- Bachelor's degree in Computer Science

## Responsibilities
- Design REST APIs for payments
- Run services on Kubernetes`;

export function resume(over: Partial<ResumeJson> = {}): ResumeJson {
  return {
    name: 'Jane Roe',
    emails: ['jane@example.com'],
    phoneNumbers: [],
    websites: [],
    addresses: { city: '', state: '' },
    summary: '',
    skills: [{ name: 'Node.js' }, { name: 'PostgreSQL' }, { name: 'Excel' }],
    workExperience: [
      {
        company: 'Acme Payments Ltd',
        position: 'Backend Developer',
        startDate: '2019-01-01',
        endDate: '2023-01-01',
        description: 'Designed REST APIs for payments in Node.js',
      },
      { company: 'Corner Cafe', position: 'Barista', startDate: '2017-01-01', endDate: '2018-07-01', description: 'Served coffee' },
    ],
    education: [{ school: 'State University', degree: 'B.Sc in Computer Science', startDate: '', endDate: '2018-06-01', cgpa: null, percent: null }],
    projects: [],
    certifications: [],
    dateOfBirth: '',
    ...over,
  };
}

/** The jobs parsed from a resume's text, as [position, company, startDate, endDate]. */
export const jobs = (text: string) => parseResume(text).workExperience.map((w) => [w.position, w.company, w.startDate, w.endDate]);
