// The web client's question editor (/test/questions/ one question at a time, /test/difficulties/)
// and the recruiter's report tab (GET /test/questions/?test_id=&type=), call by call as they make
// them; a question written here is the assessment's, read by /test/tests/{id}/ and the next share.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { newApplication, newJob, newOrganisation, newWorkflow } from '../helpers/fixtures.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const participant = await org.addUser('Participant');
const outsider = (await newOrganisation(ctx)).admin;

const QUESTIONS = [
  { id: 'q1', text: 'Which runs JavaScript on servers?', type: 'single', choices: [{ id: 'a', text: 'Node.js' }, { id: 'b', text: 'CSS' }], answer: ['a'] },
  { id: 'q2', text: 'Pick the SQL databases', type: 'multiple', choices: [{ id: 'a', text: 'PostgreSQL' }, { id: 'b', text: 'Redis' }, { id: 'c', text: 'MySQL' }], answer: ['a', 'c'] },
  { id: 'q3', text: 'What is a queue for?', type: 'text' },
];
const newAssessment = async () => (await editor.api.post('/test/tests/', { title: 'Backend basics', time_duration_in_minutes: 10, questions: QUESTIONS })).body.id as number;
const stored = async (id: number) => (await ctx.pool.query('SELECT questions FROM assessments WHERE id = $1', [id])).rows[0].questions;

/** The editor's Save, as it posts a new question. */
const saved = (testId: number, fields: Record<string, unknown> = {}) => ({
  text: 'What is 2 + 2?\n',
  html_content: '<p>What is 2 + 2?</p>',
  type: 'single',
  time_limit: '45',
  difficulty: 2,
  domain: null,
  choices: JSON.stringify([{ id: 1, value: '4', correct: true }, { id: 2, value: '5', correct: false }]),
  test_id: String(testId),
  prebuilt_assessment_id: null,
  ...fields,
});

describe("the report tab's questions", () => {
  test('lists the assessment’s questions with the right choices marked, a time limit and a difficulty, a page at a time', async () => {
    const id = await newAssessment();
    const first = await editor.api.get(`/test/questions/?test_id=${id}&type=undefined&page_size=2`);
    assert.equal(first.status, 200);
    assert.deepEqual(first.body.results.map((q: { id: string }) => q.id), ['q1', 'q2']);
    const [q1, q2] = first.body.results;
    assert.deepEqual(JSON.parse(q1.choices), [{ id: 1, value: 'Node.js', correct: true }, { id: 2, value: 'CSS', correct: false }]);
    assert.deepEqual(JSON.parse(q2.choices).map((c: { correct: boolean }) => c.correct), [true, false, true]);
    assert.deepEqual([q1.type, q1.text, q1.time_limit, q1.difficulty], ['single', 'Which runs JavaScript on servers?', 200, null]);
    assert.ok(first.body.next);
    const next = new URL(first.body.next);
    const rest = await editor.api.get(next.pathname + next.search);
    assert.deepEqual([rest.body.results.map((q: { id: string }) => q.id), rest.body.next], [['q3'], null]);
    assert.deepEqual(JSON.parse(rest.body.results[0].choices), []);
  });

  test('any member of the organisation reads them; another organisation gets a 404; a missing test_id is a 400', async () => {
    const id = await newAssessment();
    assert.equal((await participant.api.get(`/test/questions/?test_id=${id}`)).status, 200);
    assert.equal((await outsider.api.get(`/test/questions/?test_id=${id}`)).status, 404);
    const missing = await editor.api.get('/test/questions/');
    assert.equal(missing.status, 400);
    assert.ok(missing.body.test_id);
  });

  test('a pre-built assessment’s questions are read from the library', async () => {
    const library = await editor.api.get('/test/questions/?test_id=1&type=prebuilt-assessment');
    assert.equal(library.status, 200);
    assert.equal(library.body.results[0].id, 'js1');
    assert.equal((await editor.api.get('/test/questions/?test_id=999&type=prebuilt-assessment')).status, 404);
  });
});

describe('the lists the editor fills its selects from', () => {
  test('difficulties, domains by name and categories by domain', async () => {
    const difficulties = await editor.api.get('/test/difficulties/');
    assert.deepEqual([difficulties.status, difficulties.body.results], [200, [{ id: 1, difficulty: 'beginner' }, { id: 2, difficulty: 'medium' }, { id: 3, difficulty: 'hard' }]]);
    const domains = await editor.api.get('/test/domains/?name=data');
    assert.deepEqual(domains.body.results, [{ id: 2, name: 'Data and analytics' }]);
    const categories = await editor.api.get('/test/categories/?domain=[1]');
    assert.deepEqual(categories.body.results.map((c: { name: string }) => c.name), ['JavaScript', 'Python']);
    // The dialog's search glues `name=` to the domain list.
    const searched = await editor.api.get('/test/categories/?domain=[1,2]name=sq');
    assert.deepEqual(searched.body.results.map((c: { id: number; name: string }) => [c.id, c.name]), [[3, 'SQL']]);
    const bad = await editor.api.get('/test/categories/?domain=[x]');
    assert.deepEqual([bad.status, Object.keys(bad.body)], [400, ['domain']]);
  });
});

describe('the question editor', () => {
  test('Save adds a question to the assessment, which /test/tests/{id}/ then shows', async () => {
    const id = await newAssessment();
    const created = await editor.api.post('/test/questions/', saved(id));
    assert.equal(created.status, 201);
    assert.deepEqual(
      [created.body.id, created.body.text, created.body.html_content, created.body.time_limit, created.body.difficulty],
      [`${id}-4`, 'What is 2 + 2?', '<p>What is 2 + 2?</p>', 45, { id: 2, difficulty: 'medium' }],
    );
    assert.deepEqual(JSON.parse(created.body.choices), [{ id: 1, value: '4', correct: true }, { id: 2, value: '5', correct: false }]);

    const assessment = await editor.api.get(`/test/tests/${id}/`);
    assert.equal(assessment.body.questions.length, 4);
    assert.deepEqual(assessment.body.questions[3], {
      id: `${id}-4`, text: 'What is 2 + 2?', type: 'single', choices: [{ id: '1', text: '4' }, { id: '2', text: '5' }], answer: ['1'],
      html_content: '<p>What is 2 + 2?</p>', time_limit: 45, difficulty: 2,
    });
    // The builder reads the questions as `question` and the sidebar's difficulty.
    assert.deepEqual(assessment.body.question[3], created.body);
    assert.deepEqual(assessment.body.difficulty, { id: 2, difficulty: 'medium' });
  });

  test('Update changes the fields sent and keeps the rest; removing (PATCH is_deleted or DELETE) takes it out', async () => {
    const id = await newAssessment();
    const changed = await editor.api.patch('/test/questions/q1/', {
      text: 'Which of these run JavaScript?', type: 'multiple', difficulty: 3, domain: 'analytics', test_id: String(id),
      choices: JSON.stringify([{ id: 1, value: 'Node.js', correct: true }, { id: 3, value: 'Deno', correct: true }, { id: 3, value: 'CSS', correct: false }]),
    });
    assert.equal(changed.status, 200);
    assert.deepEqual([changed.body.id, changed.body.type, changed.body.difficulty.difficulty], ['q1', 'multiple', 'hard']);
    assert.deepEqual((await stored(id))[0], {
      id: 'q1', text: 'Which of these run JavaScript?', type: 'multiple', difficulty: 3,
      choices: [{ id: '1', text: 'Node.js' }, { id: '2', text: 'Deno' }, { id: '3', text: 'CSS' }], answer: ['1', '2'],
    });

    const cleared = await editor.api.patch('/test/questions/q1/', { difficulty: null, html_content: null, test_id: id });
    assert.deepEqual([cleared.status, cleared.body.difficulty, cleared.body.type], [200, null, 'multiple']);
    assert.equal((await stored(id))[0].difficulty, undefined);

    const removed = await editor.api.patch('/test/questions/q2/', { is_deleted: true, test_id: id });
    assert.deepEqual([removed.status, removed.body.is_deleted], [200, true]);
    assert.equal((await editor.api.delete(`/test/questions/q3/?test_id=${id}`)).status, 204);
    const left = await editor.api.get(`/test/tests/${id}/`);
    assert.deepEqual(left.body.questions.map((q: { id: string }) => q.id), ['q1']);
  });

  test('a new question is asked in the next share; a log already shared keeps the questions it was given', async () => {
    const workflow = await newWorkflow(editor.api, 'Test only', ['resume-screening', 'assessment']);
    const job = await newJob(editor.api, { interview_module: workflow.id });
    const id = await newAssessment();
    const share = async () => {
      const { candidate_id: candidateId } = await newApplication(ctx.app, job);
      assert.equal((await editor.api.post('/interview/update-step/', { candidate_id: candidateId, job_id: job.id, action: 'Approve', step_id: 'step-1' })).status, 200);
      const shared = await editor.api.post('/test/share/', { job: job.id, candidate_id: [candidateId], assessments: [id], valid_to: '2099-01-01T00:00:00Z' });
      assert.equal(shared.status, 200);
      return shared.body.test_logs[0] as number;
    };
    const logQuestions = async (log: number) =>
      (await ctx.pool.query('SELECT questions FROM test_logs WHERE id = $1', [log])).rows[0].questions.map((q: { id: string }) => q.id);
    const before = await share();
    assert.equal((await editor.api.post('/test/questions/', saved(id))).status, 201);
    const after = await share();
    assert.deepEqual(await logQuestions(before), ['q1', 'q2', 'q3']);
    assert.deepEqual(await logQuestions(after), ['q1', 'q2', 'q3', `${id}-4`]);
  });

  test('a Participant cannot write (403); another organisation finds nothing (404); the library is read-only (403)', async () => {
    const id = await newAssessment();
    assert.equal((await participant.api.post('/test/questions/', saved(id))).status, 403);
    assert.equal((await participant.api.patch('/test/questions/q1/', { text: 'x', test_id: id })).status, 403);
    assert.equal((await participant.api.delete(`/test/questions/q1/?test_id=${id}`)).status, 403);
    assert.equal((await outsider.api.post('/test/questions/', saved(id))).status, 404);
    assert.equal((await outsider.api.patch('/test/questions/q1/', { text: 'x', test_id: id })).status, 404);
    assert.equal((await outsider.api.delete(`/test/questions/q1/?test_id=${id}`)).status, 404);
    assert.equal((await editor.api.post('/test/questions/', saved(id, { test_id: null, prebuilt_assessment_id: 1 }))).status, 403);
    assert.deepEqual(await stored(id), QUESTIONS.map((q) => ({ choices: [], answer: [], ...q })));
  });

  test('bad input is a 400 naming the field, and nothing is saved', async () => {
    const id = await newAssessment();
    const cases: [Record<string, unknown>, string][] = [
      [{ choices: 'nope' }, 'choices'],
      [{ choices: JSON.stringify([{ value: '4', correct: true }, { value: '5', correct: true }]) }, 'choices'],
      [{ choices: JSON.stringify([{ value: '4', correct: false }, { value: '5', correct: false }]) }, 'choices'],
      [{ choices: JSON.stringify([{ value: '4', correct: true }]) }, 'choices'],
      [{ choices: JSON.stringify([{ value: '', correct: true }, { value: '5' }]) }, 'choices'],
      [{ difficulty: 7 }, 'difficulty'],
      [{ type: 'audio' }, 'type'],
      [{ time_limit: 'soon' }, 'time_limit'],
      [{ text: '  ' }, 'text'],
      [{ test_id: null }, 'test_id'],
    ];
    for (const [fields, field] of cases) {
      const res = await editor.api.post('/test/questions/', saved(id, fields));
      assert.deepEqual([res.status, Object.keys(res.body)], [400, [field]], JSON.stringify(fields));
    }
    const patched = await editor.api.patch('/test/questions/q3/', { type: 'single', test_id: id });
    assert.deepEqual([patched.status, Object.keys(patched.body)], [400, ['choices']]);
    assert.equal((await stored(id)).length, 3);
  });

  test('a question id in two assessments needs its assessment named', async () => {
    const one = await newAssessment();
    const two = await newAssessment();
    const ambiguous = await editor.api.delete('/test/questions/q1/');
    assert.deepEqual([ambiguous.status, Object.keys(ambiguous.body)], [400, ['test_id']]);
    assert.equal((await editor.api.delete(`/test/questions/q1/?test_id=${two}`)).status, 204);
    assert.deepEqual([(await stored(one)).length, (await stored(two)).length], [3, 2]);
  });
});
