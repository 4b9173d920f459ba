import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testApp } from '../helpers/app.ts';
import { Api, newApplication, newJob, newOrganisation, PDF, sendForm } from '../helpers/fixtures.ts';

const ctx = await testApp();
const anon = new Api(ctx.app);
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const participant = await org.addUser('Participant');
const job = await newJob(editor.api, { title: 'Forklift Operator', users_shared_with: [participant.id] });
const other = await newOrganisation(ctx);

const QUESTIONS = [
  { job_id: job.id, question: 'Do you hold a forklift licence?', response_type: 'yes_no', options: [], expected_response: 'yes' },
  { job_id: job.id, question: 'Years driving forklifts?', response_type: 'number', options: [], expected_response: 2 },
  { job_id: job.id, question: 'Which shifts can you work?', response_type: 'multiple_choice', options: ['Day', 'Night', 'Weekend'], expected_response: ['Night'] },
  { job_id: job.id, question: 'Anything else?', response_type: 'text', options: [], expected_response: null },
];

const criteriaRows = async () =>
  (await ctx.pool.query('SELECT question, response_type, options, expected_response, is_deleted FROM screening_criteria WHERE job_id = $1 ORDER BY id', [job.id])).rows;

describe('/jobs/criteria/', () => {
  test('bulk-create-or-update adds criteria; the apply page reads them without the expected answers', async () => {
    const res = await editor.api.post('/jobs/criteria/bulk-create-or-update/', QUESTIONS);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.length, 4);
    assert.deepEqual(res.body.map((c: { expected_response: unknown }) => c.expected_response), [true, 2, ['Night'], null]);
    assert.deepEqual((await criteriaRows()).map((r) => [r.response_type, r.expected_response]), [['yes_no', true], ['number', 2], ['multiple_choice', ['Night']], ['text', null]]);

    const page = await anon.get(`/jobs/criteria/job/${job.id}/`);
    assert.equal(page.status, 200);
    assert.deepEqual(page.body.map((c: { question: string }) => c.question), QUESTIONS.map((q) => q.question));
    assert.ok(page.body.every((c: object) => !('expected_response' in c)));
    assert.deepEqual(page.body[2].options, ['Day', 'Night', 'Weekend']);
    assert.equal((await participant.api.get(`/jobs/criteria/job/${job.id}/`)).body[1].expected_response, 2);
  });

  test('an item with an id changes that criterion; a bad item writes nothing and names its field', async () => {
    const [first] = (await editor.api.get(`/jobs/criteria/job/${job.id}/`)).body;
    const changed = await editor.api.post('/jobs/criteria/bulk-create-or-update/', [{ ...first, question: 'Do you hold a valid forklift licence?' }]);
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body[0].id, first.id);
    const before = await criteriaRows();
    assert.equal(before[0].question, 'Do you hold a valid forklift licence?');

    const bad = await editor.api.post('/jobs/criteria/bulk-create-or-update/', [
      { job_id: job.id, question: 'Fine question', response_type: 'text' },
      { job_id: job.id, question: 'Pick one', response_type: 'single_choice', options: ['Only'] },
      { job_id: job.id, question: 'Years?', response_type: 'number', expected_response: 'many' },
      { job_id: job.id, question: 'Mood?', response_type: 'emoji' },
      { question: 'No job', response_type: 'text' },
      { job_id: job.id, question: '   ', response_type: 'text' },
      { job_id: job.id, question: 'Inherited?', response_type: 'constructor' },
    ]);
    assert.equal(bad.status, 400);
    assert.deepEqual(Object.keys(bad.body).sort(), ['1.options', '2.expected_response', '3.response_type', '4.job_id', '5.question', '6.response_type']);
    assert.deepEqual(await criteriaRows(), before);
    const otherJob = await newJob(editor.api);
    const twice = await editor.api.post('/jobs/criteria/bulk-create-or-update/', [
      { ...first, response_type: 'number', expected_response: 1 },
      { ...first, question: 'Do you hold a licence?' },
    ]);
    assert.deepEqual([twice.status, twice.body], [400, { '1.id': ['This criterion is already changed by an earlier item.'] }]);
    const moved = await editor.api.post('/jobs/criteria/bulk-create-or-update/', [{ ...first, job_id: otherJob.id }]);
    assert.deepEqual([moved.status, Object.keys(moved.body)], [400, ['0.id']]);
    const noneExpected = await editor.api.post('/jobs/criteria/bulk-create-or-update/', [{ job_id: otherJob.id, question: 'Pick any', response_type: 'multiple_choice', options: ['A', 'B'], expected_response: [] }]);
    assert.equal(noneExpected.body[0].expected_response, null);
    assert.deepEqual(await criteriaRows(), before);
  });

  test("the web client names the criterion an item changes criteria_id (null for a new one): an edit changes it, adds none", async () => {
    const yard = await newJob(editor.api, { title: 'Yard Marshal' });
    const rows = async () => (await ctx.pool.query('SELECT id, question FROM screening_criteria WHERE job_id = $1 ORDER BY id', [yard.id])).rows;
    // As the client's application form sends an item.
    const item = { job_id: yard.id, question: 'Night shifts?', response_type: 'yes/no', options: [], expected_response: 'yes' };
    const created = await editor.api.post('/jobs/criteria/bulk-create-or-update/', [{ criteria_id: null, ...item }]);
    assert.equal(created.status, 200, JSON.stringify(created.body));
    const { id } = created.body[0];
    const edited = await editor.api.post('/jobs/criteria/bulk-create-or-update/', [{ criteria_id: id, ...item, question: 'Can you work night shifts?' }]);
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.body[0].id, id);
    assert.deepEqual(await rows(), [{ id, question: 'Can you work night shifts?' }]);
    const agreeing = await editor.api.post('/jobs/criteria/bulk-create-or-update/', [{ id, criteria_id: id, ...item, question: 'Nights?' }]);
    assert.equal(agreeing.status, 200, JSON.stringify(agreeing.body));
    const [other] = (await editor.api.post('/jobs/criteria/bulk-create-or-update/', [{ id: null, criteria_id: null, ...item, question: 'Forklift?' }])).body;
    const before = await rows();
    assert.deepEqual(before, [{ id, question: 'Nights?' }, { id: other.id, question: 'Forklift?' }]);

    const clash = await editor.api.post('/jobs/criteria/bulk-create-or-update/', [{ id, criteria_id: other.id, ...item, question: 'Which one?' }]);
    assert.deepEqual([clash.status, clash.body], [400, { '0.criteria_id': ['Names another criterion than id.'] }]);
    const twice = await editor.api.post('/jobs/criteria/bulk-create-or-update/', [{ criteria_id: id, ...item }, { id, ...item, question: 'Again?' }]);
    assert.deepEqual([twice.status, twice.body], [400, { '1.id': ['This criterion is already changed by an earlier item.'] }]);
    const unknown = await editor.api.post('/jobs/criteria/bulk-create-or-update/', [{ criteria_id: 2_000_000_000, ...item }]);
    assert.deepEqual([unknown.status, unknown.body], [400, { '0.criteria_id': ['No such criterion on this job.'] }]);
    const notAnId = await editor.api.post('/jobs/criteria/bulk-create-or-update/', [{ criteria_id: 'first', ...item }]);
    assert.deepEqual([notAnId.status, Object.keys(notAnId.body)], [400, ['0.criteria_id']]);
    assert.deepEqual(await rows(), before);
  });

  test('only Admins and Editors on jobs they may see; jobs out of reach are refused by field, anonymous callers get 401', async () => {
    const item = [{ job_id: job.id, question: 'Can you lift 20 kg?', response_type: 'yes_no' }];
    assert.equal((await participant.api.post('/jobs/criteria/bulk-create-or-update/', item)).status, 403);
    const foreign = await other.admin.api.post('/jobs/criteria/bulk-create-or-update/', item);
    assert.deepEqual([foreign.status, Object.keys(foreign.body)], [400, ['0.job_id']]);
    assert.equal((await anon.post('/jobs/criteria/bulk-create-or-update/', item)).status, 401);
    const stranger = await other.admin.api.get(`/jobs/criteria/job/${job.id}/`);
    assert.equal(stranger.status, 200, 'a published job shows its questions to anyone');
    assert.ok(stranger.body.every((c: object) => !('expected_response' in c)));
    const draft = await newJob(editor.api, { published: false });
    assert.equal((await anon.get(`/jobs/criteria/job/${draft.id}/`)).status, 404);
    assert.deepEqual((await editor.api.get(`/jobs/criteria/job/${draft.id}/`)).body, []);
    // A later item out of reach undoes the earlier ones.
    const rivalJob = await newJob(other.admin.api);
    const mixed = await editor.api.post('/jobs/criteria/bulk-create-or-update/', [...item, { ...item[0], job_id: rivalJob.id }]);
    assert.deepEqual([mixed.status, Object.keys(mixed.body)], [400, ['1.job_id']]);
    assert.equal((await criteriaRows()).length, 4);
  });

  test('PATCH checks the change against the rest; {is_deleted: true} removes one from the apply page', async () => {
    const criteria = (await editor.api.get(`/jobs/criteria/job/${job.id}/`)).body;
    const shifts = criteria[2];
    const dropped = await editor.api.patch(`/jobs/criteria/${shifts.id}/`, { options: ['Day', 'Weekend'] });
    assert.equal(dropped.status, 400);
    assert.ok(dropped.body.expected_response);
    const ok = await editor.api.patch(`/jobs/criteria/${shifts.id}/`, { options: ['Day', 'Night'], expected_response: ['Day', 'Night'] });
    assert.deepEqual([ok.status, ok.body.expected_response], [200, ['Day', 'Night']]);
    const rivalJob = await newJob(other.admin.api);
    const stay = await editor.api.patch(`/jobs/criteria/${shifts.id}/`, { job_id: rivalJob.id, question: 'Which shifts suit you?' });
    assert.deepEqual([stay.status, stay.body.job_id, stay.body.question], [200, job.id, 'Which shifts suit you?']);
    assert.equal((await participant.api.patch(`/jobs/criteria/${shifts.id}/`, { is_deleted: true })).status, 403);
    assert.equal((await other.admin.api.patch(`/jobs/criteria/${shifts.id}/`, { is_deleted: true })).status, 404);
    const extra = (await editor.api.post('/jobs/criteria/bulk-create-or-update/', [{ job_id: job.id, question: 'Temporary?', response_type: 'text' }])).body[0];
    assert.equal((await editor.api.patch(`/jobs/criteria/${extra.id}/`, { is_deleted: true })).status, 200);
    assert.ok(!(await anon.get(`/jobs/criteria/job/${job.id}/`)).body.some((c: { id: number }) => c.id === extra.id));
    assert.equal((await editor.api.patch(`/jobs/criteria/${extra.id}/`, { question: 'Back?' })).status, 404);
  });
});

describe('/jobs/candidate-responses/', () => {
  test('the apply page answers after applying: each answer is checked and marked against the expected one', async () => {
    const applicant = await newApplication(ctx.app, job, { name: 'Dana Driver', email: 'dana.driver@mail.example' });
    const [licence, years, shifts, notes] = (await editor.api.get(`/jobs/criteria/job/${job.id}/`)).body;
    const res = await anon.post('/jobs/candidate-responses/bulk-create/', {
      candidate_id: applicant.candidate_id,
      responses: [{ criteria: licence.id, response: 'Yes' }, { criteria: years.id, response: '1' }],
      [shifts.id]: ['night', 'Day'],
      [notes.id]: 'Weekends too',
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.deepEqual(res.body.map((r: { response: unknown }) => r.response), [true, 1, ['Night', 'Day'], 'Weekends too']);
    assert.ok(res.body.every((r: object) => !('meets_expected' in r) && !('expected_response' in r)));
    const { rows } = await ctx.pool.query('SELECT criterion_id, meets_expected FROM criteria_responses WHERE candidate_id = $1 ORDER BY criterion_id', [applicant.candidate_id]);
    assert.deepEqual(rows.map((r) => r.meets_expected), [true, false, true, null]);

    const again = await anon.post('/jobs/candidate-responses/bulk-create/', { candidate_id: applicant.candidate_id, [years.id]: 3 });
    assert.deepEqual([again.status, Object.keys(again.body)], [400, [String(years.id)]], 'an answer changes only with a new application');
    const reapplied = await sendForm(anon, 'PATCH', `/candidates/candidate/${applicant.candidate_id}/`, { name: 'Dana Driver', email: 'dana.driver@mail.example', applied_job: String(job.id) }, [PDF]);
    assert.equal(reapplied.status, 200, JSON.stringify(reapplied.body));
    assert.equal((await anon.post('/jobs/candidate-responses/bulk-create/', { candidate_id: applicant.candidate_id, [years.id]: 3 })).status, 201);
    const listed = await participant.api.get(`/jobs/candidate-responses/?candidate_id=${applicant.candidate_id}`);
    assert.equal(listed.status, 200);
    assert.equal(listed.body.count, 4);
    assert.deepEqual(listed.body.results.map((r: { meets_expected: boolean | null }) => r.meets_expected), [true, true, true, null]);
    assert.equal((await other.admin.api.get(`/jobs/candidate-responses/?candidate_id=${applicant.candidate_id}`)).body.count, 0);
    // A changed expectation marks the answers given again.
    await editor.api.patch(`/jobs/criteria/${years.id}/`, { expected_response: 5 });
    await editor.api.patch(`/jobs/criteria/${licence.id}/`, { response_type: 'number', expected_response: 1 });
    const remarked = await editor.api.get(`/jobs/candidate-responses/?candidate_id=${applicant.candidate_id}`);
    assert.deepEqual(remarked.body.results.map((r: { meets_expected: boolean | null }) => r.meets_expected), [null, false, true, null]);
    assert.equal((await anon.get(`/jobs/candidate-responses/?candidate_id=${applicant.candidate_id}`)).status, 401);
  });

  test('bad answers, questions of other jobs and twice-answered questions: 400 by field, nothing written', async () => {
    const applicant = await newApplication(ctx.app, job);
    const [licence, years, shifts] = (await editor.api.get(`/jobs/criteria/job/${job.id}/`)).body;
    const otherJob = await newJob(editor.api, { title: 'Warehouse Clerk' });
    const [foreign] = (await editor.api.post('/jobs/criteria/bulk-create-or-update/', [{ job_id: otherJob.id, question: 'Typing speed?', response_type: 'number' }])).body;
    const res = await anon.post('/jobs/candidate-responses/bulk-create/', {
      candidate_id: applicant.candidate_id,
      responses: [{ criteria: licence.id, response: 'perhaps' }, { criteria: years.id, response: 4 }, { response: 'no question' }],
      [shifts.id]: ['Morning'],
      [foreign.id]: 80,
      [years.id]: 5,
    });
    assert.equal(res.status, 400);
    assert.deepEqual(Object.keys(res.body).sort(), [String(years.id), 'responses.2.criteria'].sort());
    const res2 = await anon.post('/jobs/candidate-responses/bulk-create/', {
      candidate_id: applicant.candidate_id,
      responses: [{ criteria: licence.id, response: 'perhaps' }, { criteria: years.id, response: 4 }],
      [shifts.id]: ['Morning'],
      [foreign.id]: 80,
    });
    assert.equal(res2.status, 400);
    assert.deepEqual(Object.keys(res2.body).sort(), [String(foreign.id), String(shifts.id), 'responses.0.response'].sort());
    const [, , , notes] = (await editor.api.get(`/jobs/criteria/job/${job.id}/`)).body;
    const long = await anon.post('/jobs/candidate-responses/bulk-create/', { candidate_id: applicant.candidate_id, [notes.id]: 'x'.repeat(5001) });
    assert.deepEqual([long.status, Object.keys(long.body)], [400, [String(notes.id)]]);
    const huge = await anon.post('/jobs/candidate-responses/bulk-create/', { candidate_id: applicant.candidate_id, 99999999999: 'y' });
    assert.deepEqual([huge.status, Object.keys(huge.body)], [400, ['99999999999']]);
    const twice = await anon.post('/jobs/candidate-responses/bulk-create/', { candidate_id: applicant.candidate_id, responses: [{ criteria: years.id, response: 4 }], [years.id]: 5 });
    assert.deepEqual([twice.status, Object.keys(twice.body)], [400, [String(years.id)]]);
    assert.equal((await anon.post('/jobs/candidate-responses/bulk-create/', { responses: [] })).body.candidate_id[0], 'This field is required.');
    const { rowCount } = await ctx.pool.query('SELECT 1 FROM criteria_responses WHERE candidate_id = $1', [applicant.candidate_id]);
    assert.equal(rowCount, 0);
    assert.deepEqual((await anon.post('/jobs/candidate-responses/bulk-create/', { candidate_id: applicant.candidate_id })).body, []);
  });

  test('the resume-screening tab reads each answer\'s question and expected answer in `criteria`, a yes/no one as "yes" or "no"', async () => {
    const depot = await newJob(editor.api, { title: 'Depot Hand' });
    const asked = [
      { job_id: depot.id, question: 'Can you start Monday?', response_type: 'yes/no', expected_response: 'yes' },
      { job_id: depot.id, question: 'Do you smoke?', response_type: 'yes_no', expected_response: 'no' },
      { job_id: depot.id, question: 'Years on a depot floor?', response_type: 'number', expected_response: 1 },
      { job_id: depot.id, question: 'Which gate?', response_type: 'dropdown', options: ['North', 'South'], expected_response: 'South' },
    ];
    const criteria = (await editor.api.post('/jobs/criteria/bulk-create-or-update/', asked)).body;
    const applicant = await newApplication(ctx.app, depot);
    // As the apply page sends them.
    const answered = await anon.post('/jobs/candidate-responses/bulk-create/', {
      candidate_id: applicant.candidate_id,
      ...Object.fromEntries(criteria.map((c: { id: number }, i: number) => [c.id, ['no', 'no', '3', 'South'][i]])),
    });
    assert.equal(answered.status, 201, JSON.stringify(answered.body));
    assert.deepEqual(answered.body[0].criteria, { id: criteria[0].id, question: 'Can you start Monday?', response_type: 'yes/no' }, 'the candidate gets no expected answer');
    assert.equal(answered.body[0].response, false);

    const listed = await editor.api.get(`/jobs/candidate-responses/?candidate_id=${applicant.candidate_id}&job_id=${depot.id}`);
    assert.equal(listed.status, 200);
    const results = listed.body.results;
    assert.deepEqual(
      results.map((r: { criteria: unknown }) => r.criteria),
      [
        { id: criteria[0].id, question: 'Can you start Monday?', expected_response: 'yes', response_type: 'yes/no' },
        { id: criteria[1].id, question: 'Do you smoke?', expected_response: 'no', response_type: 'yes_no' },
        { id: criteria[2].id, question: 'Years on a depot floor?', expected_response: 1, response_type: 'number' },
        { id: criteria[3].id, question: 'Which gate?', expected_response: 'South', response_type: 'dropdown' },
      ],
    );
    assert.deepEqual(results.map((r: { response: unknown }) => r.response), ['no', 'no', 3, 'South']);
    assert.deepEqual(results.map((r: { meets_expected: boolean }) => r.meets_expected), [false, true, true, true]);
    // The fields given before stay as they were.
    assert.deepEqual(results.map((r: { criteria_id: number }) => r.criteria_id), criteria.map((c: { id: number }) => c.id));
    assert.deepEqual(results.map((r: { question: string }) => r.question), asked.map((q) => q.question));
    assert.deepEqual(results.map((r: { expected_response: unknown }) => r.expected_response), [true, false, 1, 'South']);
    const { rows } = await ctx.pool.query('SELECT response FROM criteria_responses WHERE candidate_id = $1 ORDER BY criterion_id', [applicant.candidate_id]);
    assert.deepEqual(rows.map((r) => r.response), [false, false, 3, 'South'], 'stored as read');
  });

  test("an application older than an hour takes no anonymous answers, so no one changes another candidate's", async () => {
    const applicant = await newApplication(ctx.app, job);
    const [licence] = (await editor.api.get(`/jobs/criteria/job/${job.id}/`)).body;
    // (The licence question asks for a number since the first test of this suite.)
    const answer = { candidate_id: applicant.candidate_id, [licence.id]: 2 };
    assert.equal((await anon.post('/jobs/candidate-responses/bulk-create/', answer)).status, 201);
    await ctx.pool.query("UPDATE candidate_stage_events SET created_at = now() - interval '2 hours' WHERE candidate_id = $1", [applicant.candidate_id]);
    const late = await anon.post('/jobs/candidate-responses/bulk-create/', { ...answer, [licence.id]: 3 });
    assert.deepEqual([late.status, Object.keys(late.body)], [400, [String(licence.id)]]);
    const { rows } = await ctx.pool.query('SELECT response FROM criteria_responses WHERE candidate_id = $1', [applicant.candidate_id]);
    assert.deepEqual(rows, [{ response: 2 }]);
  });
});
