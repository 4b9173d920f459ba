import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { RouteDeps } from '../deps.ts';
import { currentUser } from '../http/auth.ts';
import { listPage } from '../http/pagination.ts';
import { DbId, FieldErrors, IdParams, Nullable, Open, OrderQuery, PageOf, PageQuery } from '../http/schemas.ts';
import { sendBlob } from '../http/send-blob.ts';
import { linkedRecordId } from '../stages/candidate-link.ts';
import { recruiterId } from '../stages/recruiter-id.ts';
import { reviewRecord } from '../stages/review-record.ts';
import { assignScreenings } from './assign-screening.ts';
import { latestScreening } from './latest-screening.ts';
import { answerFileKey, deleteScreenings, listAnswers, listScreenings, recruiterScreening, recruiterScreenings } from './list-screenings.ts';
import { ANSWER_TYPES, createQuestion, createQuestionSet, deleteQuestion, listQuestionSets, listQuestions, updateQuestion } from './question-sets.ts';
import { recordAnswer } from './record-answer.ts';
import { candidateScreening, startedDateAsTrue, updateCandidateScreening } from './take-screening.ts';
import { completeChunkedUpload, uploadChunk } from './video-chunks.ts';

const Id = DbId;
const Screening = Open({
  id: Type.Union([Type.Integer(), Type.String({ description: "the access key, in the candidate's view" })]),
  completed: Type.Boolean(),
});
const Question = Open({ id: Type.Integer(), text: Type.String(), time_limit: Type.Integer() });
const QuestionFields = {
  text: Type.String({ minLength: 1, maxLength: 2000 }),
  time_limit: Type.Optional(Type.Integer({ minimum: 10, maximum: 3600 })),
  // The application form's questions are answered in text or audio; a video interview's on video (the default).
  type: Type.Optional(Type.Union(ANSWER_TYPES.map((t) => Type.Literal(t)))),
};

export function screeningRoutes({ pool, config, blobs, queue }: RouteDeps): FastifyPluginAsyncTypebox {
  const tags = ['video interviews'];
  return async (app) => {
    app.get('/interview/question-sets/', { schema: { tags, querystring: Type.Object(PageQuery) } }, (request) =>
      listPage(request, config.maxPageSize, (at) => listQuestionSets(pool, currentUser(request), at)));
    app.post('/interview/question-sets/', {
      schema: { tags, body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), created_by: Type.Optional(Type.Any()) }) },
    }, async (request, reply) => reply.status(201).send(await createQuestionSet(pool, currentUser(request), request.body.name)));

    app.get('/interview/questions/', { schema: { tags, querystring: Type.Object({ ...PageQuery, question_set_id: Id }), response: { 200: PageOf(Question) } } }, (request) =>
      listPage(request, config.maxPageSize, (at) => listQuestions(pool, currentUser(request), request.query.question_set_id, at)));
    app.post('/interview/questions/', { schema: { tags, body: Type.Object({ question_set: Id, ...QuestionFields }), response: { 201: Question, 400: FieldErrors } } }, async (request, reply) =>
      reply.status(201).send(await createQuestion(pool, currentUser(request), request.body)));
    app.patch('/interview/questions/:id/', {
      schema: { tags, params: IdParams, body: Type.Object({ ...Type.Partial(Type.Object(QuestionFields)).properties, is_deleted: Type.Optional(Type.Boolean()) }, { additionalProperties: false }), response: { 200: Question, 400: FieldErrors } },
    }, async (request) => updateQuestion(pool, currentUser(request), request.params.id, request.body));
    for (const path of ['/interview/questions/:id/', '/interview/questions/:id']) {
      app.delete(path, { schema: { tags, params: IdParams } }, async (request, reply) => {
        await deleteQuestion(pool, currentUser(request), request.params.id);
        return reply.status(204).send();
      });
    }

    const base = '/personality-screening/personality-screenings/';
    app.get(base, { schema: { tags, querystring: Type.Object({ ...PageQuery, o: OrderQuery }, { additionalProperties: true }), response: { 200: PageOf(Screening) } } }, (request) =>
      listPage(request, config.maxPageSize, (at) => listScreenings(pool, currentUser(request), config.appUrl, request.query, at)));
    app.post(base, {
      schema: {
        tags,
        body: Type.Object({
          job: Id,
          candidate: Type.Optional(Id),
          candidates: Type.Optional(Type.Array(Id, { maxItems: 1000, description: 'several candidates at once, instead of candidate' })),
          question_set: Id,
          questions: Type.Optional(Type.Array(Id, { maxItems: 50 })),
          expired_at: Type.String(),
          override: Type.Optional(Type.Boolean()),
        }),
        response: { 201: Type.Union([Screening, Type.Object({ results: Type.Array(Screening) })]), 400: FieldErrors },
      },
    }, async (request, reply) => {
      const user = currentUser(request);
      const ids = await assignScreenings(pool, { queue, dailyLimit: config.mailDailyLimit, appUrl: config.appUrl }, user, request.body);
      // One candidate answers with their interview, as before; a list with {results}, as a page does.
      const screenings = await recruiterScreenings(pool, user, config.appUrl, ids);
      return reply.status(201).send(request.body.candidates ? { results: screenings } : screenings[0]);
    });
    app.delete(`${base}delete-multiple/`, { schema: { tags, body: Type.Object({ ids: Type.Array(Id, { maxItems: 1000 }) }) } }, async (request) => ({
      deleted: await deleteScreenings(pool, queue, currentUser(request), request.body.ids),
    }));
    // A signed-in recruiter reads and reviews an interview by its id; the candidate's public link
    // names it by its access key (screening_link).
    const LinkParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
    const linked = (key: string) => linkedRecordId(pool, 'personality_screenings', key);
    app.get(`${base}:id/`, { config: { public: true }, schema: { tags, params: LinkParams, response: { 200: Screening } } }, async (request) =>
      request.user ? recruiterScreening(pool, request.user, config.appUrl, recruiterId(request.params.id)) : candidateScreening(pool, await linked(request.params.id)));
    app.patch(`${base}:id/`, {
      config: { public: true },
      preValidation: async (request) => startedDateAsTrue(request.body),
      schema: {
        tags,
        params: LinkParams,
        body: Type.Object(
          {
            link_opened: Type.Optional(Type.Boolean()),
            // "true" and "false" are coerced to booleans, a date-time is true; any other string is a 400.
            started: Type.Optional(Type.Boolean({ description: 'true, or the date-time the candidate started' })),
            completed: Type.Optional(Type.Boolean()),
            status_text: Type.Optional(Type.String({ description: "the candidate's progress, or a recruiter's review" })),
            is_approved: Type.Optional(Nullable(Type.Boolean())),
          },
          { additionalProperties: true },
        ),
        response: { 200: Screening, 400: FieldErrors },
      },
    }, async (request) => {
      if (request.user) {
        const id = recruiterId(request.params.id);
        await reviewRecord(pool, request.user, 'personality_screenings', id, request.body.is_approved, request.body.status_text);
        return recruiterScreening(pool, request.user, config.appUrl, id);
      }
      const id = await linked(request.params.id);
      await updateCandidateScreening(pool, id, request.body);
      return candidateScreening(pool, id);
    });
    app.get('/personality-screening/detail/:candidate_id/', {
      schema: { tags, params: Type.Object({ candidate_id: Id }), querystring: Type.Object({ job_id: Type.Optional(Id) }), response: { 200: Screening } },
    }, async (request) => latestScreening(pool, currentUser(request), config.appUrl, request.params.candidate_id, request.query.job_id));

    app.post('/interview/answers/', { config: { public: true }, schema: { tags, consumes: ['multipart/form-data'] } }, async (request, reply) =>
      reply.status(201).send({ id: await recordAnswer(pool, blobs, request) }));
    app.post('/video_upload/upload-chunk/', { config: { public: true }, schema: { tags, consumes: ['multipart/form-data'] } }, async (request) => uploadChunk(pool, blobs, request));
    app.post('/video_upload/complete/', {
      config: { public: true },
      schema: { tags, body: Type.Object({ upload_id: Type.String({ minLength: 1, maxLength: 64 }), question: Id }) },
    }, async (request) => completeChunkedUpload(pool, blobs, request.body.upload_id, request.body.question));

    app.get('/interview/candidate/:candidate_id/job/:job_id/service/:service_id/answers/', {
      schema: { tags, params: Type.Object({ candidate_id: Id, job_id: Id, service_id: DbId }) },
    }, async (request) => listAnswers(pool, currentUser(request), request.params.candidate_id, request.params.job_id));
    app.get('/interview/answers/:id/:field/', {
      schema: { tags, params: Type.Object({ id: Id, field: Type.Union([Type.Literal('video_file'), Type.Literal('audio_file')]) }) },
    }, async (request, reply) => sendBlob(reply, blobs, await answerFileKey(pool, currentUser(request), request.params.id, request.params.field)));
  };
}
