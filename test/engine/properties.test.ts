import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseResume, type ResumeJson, scoreResume, understandJob, type Weights } from '../../src/engine/index.ts';
import { JOB_TEXT, resume, TODAY } from './fixtures.ts';

const RESUME_WORDS = [
  'EXPERIENCE', 'EDUCATION', 'SKILLS', 'Jan 2019 - Present', '2017-2021', '06/2020', 'Summer 2018', 'B.Tech', 'MBA',
  'University', 'Engineer', 'Acme Ltd', 'Java', 'k8s', '\\xe2\\x80\\xa2', '•', '\n', '  ', ':', ',', '(', ')', '@', 'x@y.io',
  '+91 98765 43210', 'Present', 'since', 'as a', '##', '1.',
];
const resumeLike = fc.array(fc.constantFrom(...RESUME_WORDS), { maxLength: 80 }).map((xs) => xs.join(' '));

test('parsing never throws, on arbitrary text and on resume-like noise', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), resumeLike), (text) => {
      const r = parseResume(text);
      assert.equal(typeof r.name, 'string');
      assert.ok(Array.isArray(r.workExperience) && Array.isArray(r.skills));
    }),
    { numRuns: 300 },
  );
});

const weight = fc.double({ min: 0, max: 1, noNaN: true });
const weights = fc.record({ skills: weight, work_experience: weight, projects: weight, education: weight, certifications: weight });
const SKILLS = ['Node.js', 'PostgreSQL', 'Docker', 'Kubernetes', 'Excel', 'Baking', 'Java'];
// Where the parser found a skill; absent (a resume_json from elsewhere) counts as listed.
const source = fc.constantFrom('listed' as const, 'text' as const, undefined);
const skill = (names: string[]) => fc.record({ name: fc.constantFrom(...names), source }, { requiredKeys: ['name'] });
const skillList = fc.uniqueArray(skill(SKILLS), { selector: (s) => s.name });
const dateIso = fc.integer({ min: 1990, max: 2023 }).map((y) => `${y}-01-01`);
const work = fc.array(
  fc.record({
    company: fc.constantFrom('Acme Ltd', 'Corner Cafe', ''),
    position: fc.constantFrom('Backend Developer', 'Barista', 'Engineer', ''),
    startDate: dateIso,
    endDate: fc.oneof(dateIso, fc.constant('Present'), fc.constant('')),
    description: fc.constantFrom('Designed REST APIs', 'Served coffee', ''),
  }),
  { maxLength: 4 },
);
const resumes: fc.Arbitrary<ResumeJson> = fc
  .record({ skills: skillList, workExperience: work, noEducation: fc.boolean() })
  .map(({ skills, workExperience, noEducation }) => resume({ skills, workExperience, ...(noEducation ? { education: [] } : {}) }));
const job = understandJob({ description: JOB_TEXT });

test('every sub-score stays within weight x 10 and the overall within 0..10', () => {
  fc.assert(
    fc.property(resumes, weights, (r, w) => {
      const s = scoreResume(r, job, w, { today: TODAY }).resume_score;
      const sum = w.skills + w.work_experience + w.projects + w.education + w.certifications;
      const k = sum > 1 ? 1 / sum : 1;
      const pairs: Array<[string, keyof Weights]> = [
        [s.skills_score, 'skills'],
        [s.work_exp_score, 'work_experience'],
        [s.projects_score, 'projects'],
        [s.education_score, 'education'],
        [s.certifications_score, 'certifications'],
      ];
      for (const [v, key] of pairs) {
        assert.ok(Number(v) >= 0 && Number(v) <= w[key] * k * 10 + 1e-9, `${key} ${v} > ${w[key] * k * 10}`);
      }
      assert.ok(Number(s.overall_score) >= 0 && Number(s.overall_score) <= 10);
    }),
    { numRuns: 300 },
  );
});

// Except the first listed skill of a resume that lists none: its skills found in text then count
// as other text, no longer as listed.
test('adding a required skill, listed or found in text, never lowers a score', () => {
  fc.assert(
    fc.property(resumes, weights, skill(job.skills.map((s) => s.name)), (r, w, added) => {
      const onlyInText = r.skills.length > 0 && r.skills.every((s) => s.source === 'text');
      const before = scoreResume(r, job, w, { today: TODAY }).resume_score;
      const after = scoreResume({ ...r, skills: [...r.skills, onlyInText ? { ...added, source: 'text' } : added] }, job, w, { today: TODAY }).resume_score;
      assert.ok(Number(after.overall_score) >= Number(before.overall_score));
      assert.ok(Number(after.skills_score) >= Number(before.skills_score));
    }),
    { numRuns: 300 },
  );
});
