import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { RouteDeps } from '../deps.ts';
import { type AuthUser, currentUser } from '../http/auth.ts';
import { invalid } from '../http/errors.ts';
import { listPage } from '../http/pagination.ts';
import { DbId, FieldErrors, IdParams, Int32, Nullable, Open, OrderQuery, PageOf, PageQuery } from '../http/schemas.ts';
import { linkedRecordId } from '../stages/candidate-link.ts';
import { recruiterId } from '../stages/recruiter-id.ts';
import { reviewRecord } from '../stages/review-record.ts';
import { reportAnswers, reportResults, reportTestStatus } from './assessment-report.ts';
import { assessmentQuestions, candidateAnswers, candidateAssessment, finishTestLog, testResult, testStatus } from './candidate-test-page.ts';
import { createQuestion, removeQuestion, updateQuestion } from './edit-questions.ts';
import { listQuestions } from './list-questions.ts';
import { listTestLogs, recruiterTestLog, testLogsForReport } from './list-test-logs.ts';
import { getPrebuilt, listPrebuilt, refuseLibraryChange } from './prebuilt-assessments.ts';
import { listCategories, listDifficulties, listDomains } from './question-catalogue.ts';
import { MAX_TIME_LIMIT } from './questions.ts';
import { createAssessment, getAssessment, listAssessments, updateAssessment } from './save-assessment.ts';
import { shareAssessment } from './share-assessment.ts';
import { candidateTestLog, type GivenChoice, recordProctoring, updateCandidateTestLog } from './take-assessment.ts';

const Id = DbId;
const Question = Type.Object({}, { additionalProperties: true });
const AssessmentFields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 20_000 }))),
  time_duration_in_minutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 24 * 60 })),
  pass_score: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
  questions: Type.Optional(Type.Array(Question, { maxItems: 500 })),
  is_published: Type.Optional(Type.Boolean()),
};
const Assessment = Open({ id: Type.Integer(), title: Type.String() });
/** A candidate's link key (or, from a signed-in recruiter, a record id, in the paths that take both). */
const Key = Type.String({ minLength: 1, maxLength: 64 });
// Recruiters read a test log by its id; the candidate's views name it by the link's key.
const TestLog = Open({ id: Type.Union([Type.Integer(), Type.String()]), status_text: Type.String(), completed: Type.Boolean() });
// A choice is its id, or, from the web client's page, the {id, value} it was shown, whose id is its place (1 first).
const ShownChoice = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 1000 }) });
const Answer = Type.Object({
  question_id: Type.Union([Type.String(), Type.Integer()]),
  choices: Type.Optional(Nullable(Type.Array(Type.Union([Type.String({ maxLength: 200 }), Type.Integer(), ShownChoice]), { maxItems: 100 }))),
  text: Type.Optional(Nullable(Type.String({ maxLength: 20_000 }))),
});
type AnswerBody = { question_id: string | number; choices?: (string | number | { id: number })[] | null; text?: string | null };
const toAnswers = (answers?: AnswerBody[]) =>
  answers?.map((a) => ({
    question_id: String(a.question_id),
    choices: a.choices?.map((c): GivenChoice => (typeof c === 'object' ? { position: c.id } : String(c))),
    text: a.text ?? undefined,
  }));
const Counters = {
  fullscreen_exit_count: Type.Optional(Int32({ minimum: 0 })),
  tab_switch_count: Type.Optional(Int32({ minimum: 0 })),
};
const TestLogChange = Type.Object(
  {
    status_text: Type.Optional(Type.String()),
    answers: Type.Optional(Type.Array(Answer, { maxItems: 500 })),
    ...Counters,
    is_approved: Type.Optional(Nullable(Type.Boolean())),
  },
  { additionalProperties: true },
);

// One question as the web client's editor sends it; `domain` and the rest it sends are not kept.
const QuestionFields = {
  text: Type.Optional(Type.String({ maxLength: 20_000 })),
  html_content: Type.Optional(Nullable(Type.String({ maxLength: 200_000 }))),
  type: Type.Optional(Type.Union([Type.Literal('single'), Type.Literal('multiple'), Type.Literal('text')])),
  time_limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_TIME_LIMIT })),
  difficulty: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 3 }))),
  choices: Type.Optional(Type.String({ maxLength: 200_000 })),
  test_id: Type.Optional(Nullable(DbId)),
  prebuilt_assessment_id: Type.Optional(Nullable(DbId)),
};
const QuestionParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const EditorQuestion = Open({ id: Type.String(), text: Type.String(), type: Type.String(), choices: Type.String() });

export function assessmentRoutes({ pool, config, queue }: RouteDeps): FastifyPluginAsyncTypebox {
  const tags = ['assessments'];
  const invitations = { queue, dailyLimit: config.mailDailyLimit, appUrl: config.appUrl };
  return async (app) => {
    for (const path of ['/test/list/', '/test/tests/']) {
      app.get(path, {
        schema: { tags, querystring: Type.Object({ ...PageQuery, title: Type.Optional(Type.String()), is_published: Type.Optional(Type.Boolean()) }), response: { 200: PageOf(Assessment) } },
      }, (request) =>
        listPage(request, config.maxPageSize, (at) => listAssessments(pool, currentUser(request), request.query, at)));
    }
    app.post('/test/tests/', { schema: { tags, body: Type.Object(AssessmentFields), response: { 201: Assessment, 400: FieldErrors } } }, async (request, reply) => {
      const user = currentUser(request);
      const id = await createAssessment(pool, user, request.body);
      return reply.status(201).send(await getAssessment(pool, user, id));
    });
    // A signed-in recruiter reads an assessment by its id; the candidate's test page names it by the
    // key of their test log (the `test` of /test/test-status/) and sees no questions here.
    const LinkParams = Type.Object({ id: Key });
    const linked = (key: string) => linkedRecordId(pool, 'test_logs', key);
    app.get('/test/tests/:id/', { config: { public: true }, schema: { tags, params: LinkParams, response: { 200: Open({ title: Type.String() }) } } }, async (request) =>
      request.user ? getAssessment(pool, request.user, recruiterId(request.params.id)) : candidateAssessment(pool, await linked(request.params.id)));
    app.patch('/test/tests/:id/', {
      schema: { tags, params: IdParams, body: Type.Partial(Type.Object(AssessmentFields)), response: { 200: Assessment, 400: FieldErrors } },
    }, async (request) => {
      const user = currentUser(request);
      await updateAssessment(pool, user, request.params.id, request.body);
      return getAssessment(pool, user, request.params.id);
    });

    // The pre-built library, read by the assign dialog's "Pre-built" tab; it is not changed through the API.
    app.get('/test/prebuilt-assessment-list/', {
      schema: { tags, querystring: Type.Object({ ...PageQuery, title: Type.Optional(Type.String({ maxLength: 300 })), is_published: Type.Optional(Type.Boolean()) }), response: { 200: PageOf(Assessment) } },
    }, async (request) => listPrebuilt(request.query));
    app.get('/test/prebuiltassessments/:id/', { schema: { tags, params: IdParams, response: { 200: Assessment } } }, async (request) => getPrebuilt(request.params.id));
    app.post('/test/prebuiltassessments/', { schema: { tags } }, refuseLibraryChange);
    app.patch('/test/prebuiltassessments/:id/', { schema: { tags, params: IdParams } }, refuseLibraryChange);

    // The question editor and the report tab read and change an assessment's questions one by one.
    app.get('/test/questions/', {
      schema: { tags, querystring: Type.Object({ ...PageQuery, test_id: DbId, type: Type.Optional(Type.String({ maxLength: 40 })) }, { additionalProperties: true }), response: { 200: PageOf(EditorQuestion) } },
    }, async (request) => {
      const all = await listQuestions(pool, currentUser(request), request.query);
      return listPage(request, config.maxPageSize, async (at) => ({ count: all.length, results: all.slice(at.offset, at.offset + at.size) }));
    });
    const AddedQuestion = Type.Object({ ...QuestionFields, text: Type.String({ maxLength: 20_000 }) }, { additionalProperties: true });
    app.post('/test/questions/', { schema: { tags, body: AddedQuestion, response: { 201: EditorQuestion, 400: FieldErrors } } }, async (request, reply) =>
      reply.status(201).send(await createQuestion(pool, currentUser(request), request.body)));
    app.patch('/test/questions/:id/', {
      schema: { tags, params: QuestionParams, body: Type.Object({ ...QuestionFields, is_deleted: Type.Optional(Type.Boolean()) }, { additionalProperties: true }), response: { 200: EditorQuestion, 400: FieldErrors } },
    }, async (request) => updateQuestion(pool, currentUser(request), request.params.id, request.body));
    app.delete('/test/questions/:id/', {
      schema: { tags, params: QuestionParams, querystring: Type.Object({ test_id: Type.Optional(DbId), prebuilt_assessment_id: Type.Optional(DbId) }) },
    }, async (request, reply) => {
      await removeQuestion(pool, currentUser(request), request.params.id, request.query);
      return reply.status(204).send();
    });
    app.get('/test/difficulties/', { schema: { tags } }, async () => listDifficulties());
    app.get('/test/domains/', { schema: { tags, querystring: Type.Object({ name: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: true }) } }, async (request) =>
      listDomains(request.query));
    app.get('/test/categories/', {
      schema: { tags, querystring: Type.Object({ domain: Type.Optional(Type.String({ maxLength: 400 })), name: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: true }) },
    }, async (request) => listCategories(request.query));

    app.post('/test/share/', {
      schema: {
        tags,
        body: Type.Object({
          job: Id,
          // A single id is accepted too: the validator (coerceTypes: 'array') makes it a list of one.
          candidate_id: Type.Array(Id, { maxItems: 1000 }),
          assessments: Type.Array(
            Type.Union([
              Id,
              Type.Object({
                id: Id,
                type: Type.Optional(Type.String({ maxLength: 40 })),
                randomize_question: Type.Optional(Type.Boolean()),
                question_count: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 500 }))),
              }),
            ]),
            { maxItems: 50 },
          ),
          valid_from: Type.Optional(Nullable(Type.String())),
          valid_to: Type.String(),
          preferences: Type.Optional(Type.Object({}, { additionalProperties: true })),
          override: Type.Optional(Type.Boolean()),
        }),
        response: { 200: Type.Object({ test_logs: Type.Array(Type.Integer()) }), 400: FieldErrors },
      },
    }, async (request) => ({ test_logs: await shareAssessment(pool, invitations, currentUser(request), request.body) }));

    app.get('/test/testlog/', { schema: { tags, querystring: Type.Object({ ...PageQuery, o: OrderQuery }, { additionalProperties: true }), response: { 200: PageOf(TestLog) } } }, (request) =>
      listPage(request, config.maxPageSize, (at) => listTestLogs(pool, currentUser(request), request.query, at)));

    // A signed-in recruiter reads and reviews a test log by its id; the candidate's public link
    // names it by its access key (test_logs.access_key, in the page address recruiters see as `link`).
    app.get('/test/testlog/:id/', { config: { public: true }, schema: { tags, params: LinkParams, response: { 200: TestLog } } }, async (request) =>
      request.user ? recruiterTestLog(pool, request.user, recruiterId(request.params.id)) : candidateTestLog(pool, await linked(request.params.id)));
    for (const method of ['patch', 'put'] as const) {
      app[method]('/test/testlog/:id/', { config: { public: true }, schema: { tags, params: LinkParams, body: TestLogChange, response: { 200: TestLog, 400: FieldErrors } } }, async (request) => {
        if (request.user) {
          const id = recruiterId(request.params.id);
          await reviewRecord(pool, request.user, 'test_logs', id, request.body.is_approved, request.body.status_text);
          return recruiterTestLog(pool, request.user, id);
        }
        const id = await linked(request.params.id);
        await updateCandidateTestLog(pool, id, { ...request.body, answers: toAnswers(request.body.answers) });
        return candidateTestLog(pool, id);
      });
    }
    app.put('/test/proctoring/:id/', { config: { public: true }, schema: { tags, params: LinkParams, body: Type.Object(Counters), response: { 200: TestLog } } }, async (request) => {
      const id = await linked(request.params.id);
      const message = await recordProctoring(pool, id, request.body);
      return { ...(await candidateTestLog(pool, id)), ...(message && { message }) };
    });
    // The log's key is `testlog_id`, or `test_log` as the web client's page sends it.
    const LogKey = { testlog_id: Type.Optional(Key), test_log: Type.Optional(Key) };
    const logOf = (body: { testlog_id?: string; test_log?: string }) => {
      const key = body.testlog_id ?? body.test_log;
      if (!key) throw invalid({ testlog_id: 'This field is required.' });
      return linked(key);
    };
    app.post('/test/answers/', {
      config: { public: true },
      schema: { tags, body: Type.Intersect([Type.Object(LogKey), Answer]), response: { 201: TestLog, 400: FieldErrors } },
    }, async (request, reply) => {
      const { testlog_id: _key, test_log: _alias, ...answer } = request.body;
      const id = await logOf(request.body);
      await updateCandidateTestLog(pool, id, { answers: toAnswers([answer]) });
      return reply.status(201).send(await candidateTestLog(pool, id));
    });
    // The test page's other reads name the log by its key in their own query fields; the rest of
    // their query (candidate, job, type, counts) is what the log already knows, and is not trusted.
    // The recruiter's report tab makes three of them with its token, naming the log by its id (never
    // as long as a key): they answer for a log the recruiter may see, and an id without a token reaches nothing.
    const withMore = { additionalProperties: true };
    const byIdOrKey = async <R, C>(user: AuthUser | null, raw: string, report: (db: typeof pool, user: AuthUser, id: number) => Promise<R>, candidate: (db: typeof pool, id: number) => Promise<C>) =>
      user && /^\d{1,10}$/.test(raw) ? report(pool, user, recruiterId(raw)) : candidate(pool, await linked(raw));
    app.get('/test/test-status/', { config: { public: true }, schema: { tags, querystring: Type.Object({ test_log: Key }, withMore) } }, async (request) =>
      byIdOrKey(request.user, request.query.test_log, reportTestStatus, testStatus));
    app.get('/test/assessment-questions/', { config: { public: true }, schema: { tags, querystring: Type.Object({ test_id: Key }, withMore) } }, async (request) =>
      assessmentQuestions(pool, await linked(request.query.test_id)));
    app.get('/test/answers/', { config: { public: true }, schema: { tags, querystring: Type.Object({ test_log_id: Key }, withMore) } }, async (request) =>
      byIdOrKey(request.user, request.query.test_log_id, reportAnswers, candidateAnswers));
    app.get('/test/result/', { config: { public: true }, schema: { tags, querystring: Type.Object({ test_log_id: Key }, withMore) } }, async (request) =>
      byIdOrKey(request.user, request.query.test_log_id, reportResults, testResult));
    app.post('/test/result/', {
      config: { public: true },
      schema: { tags, body: Type.Object({ test_log_id: Key }, withMore), response: { 200: Open({}), 201: Open({}), 400: FieldErrors } },
    }, async (request, reply) => {
      const { finishedNow, result } = await finishTestLog(pool, await linked(request.body.test_log_id));
      return reply.status(finishedNow ? 201 : 200).send(result);
    });
    app.get('/test/testlog-for-report/', {
      schema: { tags, querystring: Type.Object({ job_id: Id, candidate_id: Id }), response: { 200: Type.Array(TestLog) } },
    }, async (request) => testLogsForReport(pool, currentUser(request), request.query.job_id, request.query.candidate_id));
  };
}
