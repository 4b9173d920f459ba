import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_WEIGHTS, normalizeWeights, parseResume, scoreResume, understandJob } from '../../src/engine/index.ts';
import { scoreWork } from '../../src/engine/score/work.ts';
import { JOB_TEXT, resume, TODAY } from './fixtures.ts';

const job = understandJob({ description: JOB_TEXT });
const score = (r = resume(), w = DEFAULT_WEIGHTS) => scoreResume(r, job, w, { today: TODAY });
const n = (s: string) => Number(s);

test('each sub-score is weight x 10 x coverage; the overall is their sum', () => {
  const s = score().resume_score;
  const parts = [s.skills_score, s.work_exp_score, s.projects_score, s.education_score, s.certifications_score].map(n);
  const maxima = [4, 1, 3, 1, 1];
  for (const [i, p] of parts.entries()) assert.ok(p >= 0 && p <= maxima[i], `part ${i} = ${p}`);
  assert.equal(s.overall_score, parts.reduce((a, b) => a + b, 0).toFixed(2));
  for (const v of parts.map((p) => p.toFixed(2))) assert.match(v, /^\d+\.\d\d$/);
  assert.match(score().overall_score, /^\d+\.\d{3}$/);
});

test('a complete match reaches the maximum of each axis it fully covers', () => {
  const full = resume({
    skills: ['Node.js', 'PostgreSQL', 'Docker', 'Kubernetes'].map((name) => ({ name })),
    certifications: [{ name: 'Certified Kubernetes Administrator' }],
  });
  const s = score(full).resume_score;
  assert.equal(s.skills_score, '4.00');
  assert.equal(s.education_score, '1.00');
  assert.equal(s.certifications_score, '1.00');
});

test('weights: custom weights scale the axes, zero weight gives 0.00, sums above 1 are scaled down', () => {
  const w = { skills: 1, work_experience: 0, projects: 0, education: 0, certifications: 0 };
  const s = score(resume(), w).resume_score;
  assert.equal(s.work_exp_score, '0.00');
  assert.equal(s.overall_score, s.skills_score);
  assert.ok(n(s.skills_score) <= 10);
  const big = normalizeWeights({ skills: 2, work_experience: 2, projects: 0, education: 0, certifications: 0 });
  assert.deepEqual([big.skills, big.work_experience], [0.5, 0.5]);
  assert.equal(normalizeWeights({ skills: -1 }).skills, 0);
  assert.deepEqual(normalizeWeights({ skills: '0.40', work_experience: '0.10', projects: '0.30', education: '0.10', certifications: '0.10' }), DEFAULT_WEIGHTS);
});

test('must-have skills weigh more than other skills', () => {
  const withMust = understandJob({ description: JOB_TEXT, must_have_skills: ['Docker'] });
  const noDocker = scoreResume(resume(), withMust, DEFAULT_WEIGHTS, { today: TODAY });
  const plain = score();
  assert.ok(n(noDocker.resume_score.skills_score) < n(plain.resume_score.skills_score));
});

test('relevance: matching items high, unrelated ones low', () => {
  const r = score();
  const skill = (name: string) => r.resume_json.skills.find((s) => s.name === name);
  assert.equal(skill('Node.js')?.relevance, 'high');
  assert.equal(skill('Excel')?.relevance, 'low');
  const [dev, cafe] = r.resume_json.workExperience;
  assert.equal(dev.relevance, 'high');
  assert.equal(cafe.relevance, 'low');
  assert.ok((dev.relevance_score ?? 0) > (cafe.relevance_score ?? 0));
  assert.equal(r.resume_json.education[0].relevance, 'high');
  assert.deepEqual(r.skills_matched.map((s) => s.name), ['Node.js', 'PostgreSQL']);
  assert.equal(r.skill_match_count, 2);
});

test('durations: per work, total and relevant months', () => {
  const r = score();
  assert.deepEqual(r.duration_per_work.map((d) => [d.company, d.experience_in_months]), [
    ['Acme Payments Ltd', 48],
    ['Corner Cafe', 18],
  ]);
  assert.equal(r.total_duration, 66);
  assert.equal(r.relevant_experience_in_months, 48);
});

test('months held in two jobs at once count once in the total, the relevant and the role months', () => {
  const [dev, cafe] = resume().workExperience;
  // A weekend job at the cafe during the developer years, and a second title for the same developer years.
  const weekend = { ...cafe, startDate: '2020-01-01', endDate: '2021-01-01' };
  const lead = { ...dev, position: 'Backend Developer Lead', description: '' };
  const r = score(resume({ workExperience: [dev, lead, weekend] }));
  assert.deepEqual(r.duration_per_work.map((d) => d.experience_in_months), [48, 48, 12]);
  assert.equal(r.total_duration, 48);
  assert.equal(r.relevant_experience_in_months, 48);
  assert.equal(scoreWork(resume({ workExperience: [dev, lead] }), job, TODAY, 0).fits[0].months, 48);
});

test('role months of overlapping jobs take the closer title for the months they share', () => {
  const [dev] = resume().workExperience;
  const loose = { ...dev, position: 'Developer', startDate: '2017-01-01', endDate: '2021-01-01' };
  const months = (jobs: typeof dev[]) => scoreWork(resume({ workExperience: jobs }), job, TODAY, 0).fits[0].months;
  const alone = months([loose]);
  assert.ok(alone > 0 && alone < 48);
  // 2019-2021 counted once, at the full weight of "Backend Developer"; 2017-2019 at the weight of "Developer".
  assert.equal(months([dev, loose]), Math.round(48 + alone / 2));
});

test('ai_summary names every role of the latest title line', () => {
  const [dev, cafe] = resume().workExperience;
  const lead = { ...dev, position: 'Team Lead', description: '' };
  const r = score(resume({ workExperience: [dev, lead, cafe] }));
  assert.ok(r.ai_summary.includes('was most recently Backend Developer / Team Lead at Acme Payments Ltd'), r.ai_summary);
});

test('ai_summary joins no roles that merely lack an employer and dates', () => {
  const undated = (position: string) => ({ company: '', position, startDate: '', endDate: '', description: '' });
  const r = score(resume({ workExperience: [undated('Volunteer Tutor'), undated('Dog Walker')] }));
  assert.ok(r.ai_summary.includes('was most recently Volunteer Tutor,'), r.ai_summary);
});

test('less experience in the asked role lowers the work score', () => {
  const short = resume();
  short.workExperience[0] = { ...short.workExperience[0], startDate: '2021-01-01' };
  assert.ok(n(score(short).resume_score.work_exp_score) < n(score().resume_score.work_exp_score));
});

test('a job title with a clause describing it counts fully for the role it names', () => {
  const titled = (position: string) => resume({ workExperience: [{ ...resume().workExperience[0], position }] });
  const months = (position: string) => scoreWork(titled(position), job, TODAY, 0).fits[0].months;
  assert.equal(months('Backend Developer'), 48);
  assert.equal(months('Backend Developer using Node.js and PostgreSQL'), 48);
  assert.equal(months('Backend Developer with a focus on payments'), 48);
});

test('the same jobs with fewer of the asked skills give a lower work score', () => {
  const fewer = resume({ skills: [{ name: 'Excel' }] });
  const r = score(fewer).resume_score;
  assert.ok(n(r.work_exp_score) < n(score().resume_score.work_exp_score));
  assert.ok(n(r.work_exp_score) > 0);
});

test('a skill named only in a job description counts less than a listed one, more than none', () => {
  const withDocker = (docker: 'listed' | 'text' | 'absent') => {
    const skills = [{ name: 'Node.js' }, { name: 'PostgreSQL' }, ...(docker === 'absent' ? [] : [{ name: 'Docker', source: docker }])];
    const description = `Ran the payment APIs in Node.js on PostgreSQL${docker === 'absent' ? '' : ', shipped in Docker'}`;
    const r = resume({ skills, workExperience: [{ ...resume().workExperience[0], description }] });
    return n(score(r).resume_score.skills_score);
  };
  assert.ok(withDocker('listed') > withDocker('text'), `${withDocker('listed')} > ${withDocker('text')}`);
  assert.ok(withDocker('text') > withDocker('absent'), `${withDocker('text')} > ${withDocker('absent')}`);
});

test('a resume without a skills section still scores on the skills its text names', () => {
  const text = `Jane Roe
EXPERIENCE
Backend Developer, Acme Payments Ltd, Jan 2019 - Jan 2023
- Built payment APIs in Node.js with PostgreSQL, Docker and Kubernetes`;
  const prose = parseResume(text);
  assert.ok(prose.skills.length > 0 && prose.skills.every((s) => s.source === 'text'));
  const proseScore = n(scoreResume(prose, job, DEFAULT_WEIGHTS, { today: TODAY }).resume_score.skills_score);
  const listedScore = n(scoreResume(parseResume(`${text}\nSKILLS\nNode.js, PostgreSQL, Docker, Kubernetes`), job, DEFAULT_WEIGHTS, { today: TODAY }).resume_score.skills_score);
  assert.deepEqual([proseScore, listedScore], [4, 4]);
});

test('feedback names what matched and what is missing; ai_summary is escaped HTML', () => {
  const r = score(resume({ name: 'Jane <b>Roe</b>' }));
  assert.match(r.resume_score.feedback, /Node\.js/);
  assert.match(r.resume_score.feedback, /Missing: .*Docker/);
  assert.match(r.resume_score.feedback, /Backend Developer: 4 years against 3 years asked \(meets/);
  assert.match(r.ai_summary, /^<p>/);
  assert.ok(r.ai_summary.includes('Jane &#60;b&#62;Roe&#60;/b&#62;'));
});

test('protected traits never change a score', () => {
  const base = score().resume_score;
  assert.deepEqual(score(resume({ dateOfBirth: '1950-01-01' })).resume_score, base);
  const text = 'Jane Roe\nSKILLS\nNode.js, PostgreSQL\nEXPERIENCE\nBackend Developer\nAcme Payments Ltd\nJan 2019 - Jan 2023';
  const personal = '\nPERSONAL DETAILS\nDate of Birth: 01/01/1960\nGender: Female\nMarital Status: Married\nNationality: Indian\nPhoto attached';
  const a = scoreResume(parseResume(text), job, DEFAULT_WEIGHTS, { today: TODAY }).resume_score;
  const b = scoreResume(parseResume(text + personal), job, DEFAULT_WEIGHTS, { today: TODAY }).resume_score;
  assert.deepEqual({ ...b, feedback: '' }, { ...a, feedback: '' });
});

test('a skill that is a kind of another shows that one: Ubuntu meets a job asking for Linux, not the other way round', () => {
  const linuxJob = understandJob({ description: '## Job Title\nSystems Administrator\n\n## Required Skills\n- Linux\n- Git\n' });
  const ubuntuJob = understandJob({ description: '## Job Title\nSystems Administrator\n\n## Required Skills\n- Ubuntu\n' });
  const skillsScore = (skills: string[], j = linuxJob) => n(scoreResume(resume({ skills: skills.map((name) => ({ name })) }), j, DEFAULT_WEIGHTS, { today: TODAY }).resume_score.skills_score);
  // The known skill carries most of a requirement's match; the other words of its name the rest.
  assert.ok(skillsScore(['Ubuntu', 'GitHub']) >= 0.7 * skillsScore(['Linux', 'Git']), String(skillsScore(['Ubuntu', 'GitHub'])));
  assert.ok(skillsScore(['Linux'], ubuntuJob) < skillsScore(['Ubuntu'], ubuntuJob));
});
