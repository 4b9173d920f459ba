import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { RouteDeps } from '../deps.ts';
import { currentUser } from '../http/auth.ts';
import { DbId, FieldErrors, IdParams, Int32, Nullable, Open } from '../http/schemas.ts';
import { addFeedback } from './add-feedback.ts';
import { closeApplication, type Outcome } from './close-application.ts';
import { listEvents } from './list-events.ts';
import { listFeedback } from './list-feedback.ts';
import { removeFeedback } from './remove-feedback.ts';
import { stageFilterCounts } from './stage-filters.ts';
import { updateStep } from './update-step.ts';

const Id = DbId;
const OutcomeBody = Type.Object({ job_id: Id, reason: Type.Optional(Type.String({ maxLength: 2000 })) });
// `user` is accepted as the client sends it, and ignored: a note is signed by its caller.
const FeedbackBody = Type.Object({
  candidate: Id,
  job: Id,
  step_name: Type.String({ minLength: 1, maxLength: 200 }),
  feedback: Type.String({ minLength: 1, maxLength: 10000 }),
  user: Type.Optional(Type.Unknown()),
});
const Feedback = Open({ id: Type.Integer(), step_name: Type.String(), feedback: Type.String(), user: Nullable(Open({ id: Type.Integer() })) });

export function stagesRoutes({ pool }: RouteDeps): FastifyPluginAsyncTypebox {
  const tags = ['stages'];
  return async (app) => {
    app.post('/interview/update-step/', {
      config: { public: true },
      schema: {
        tags,
        body: Type.Object(
          {
            action: Type.String(),
            candidate_id: Id,
            job_id: Id,
            order: Type.Optional(Int32()),
            step_id: Type.Optional(Nullable(Type.String())),
            service: Type.Optional(Nullable(Type.String())),
            workflow_id: Type.Optional(Nullable(DbId)),
            override: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: true },
        ),
        response: { 200: Open({ stage: Type.String() }), 400: FieldErrors },
      },
    }, async (request) => {
      const body = { ...request.body, step_id: request.body.step_id ?? undefined, service: request.body.service ?? undefined };
      const { stage } = await updateStep(pool, request.user, body);
      return { candidate_id: body.candidate_id, job_id: body.job_id, stage, action: body.action };
    });

    const outcomes: [string, Outcome][] = [['hire', 'Hired'], ['reject', 'Rejected'], ['hold', 'On Hold'], ['resume', 'In Progress']];
    for (const [verb, outcome] of outcomes) {
      app.post(`/candidates/:id/${verb}/`, { schema: { tags, params: IdParams, body: OutcomeBody } }, async (request) => {
        await closeApplication(pool, currentUser(request), request.params.id, request.body.job_id, outcome, request.body.reason);
        return { candidate_id: request.params.id, job_id: request.body.job_id, status: outcome };
      });
    }

    app.get('/candidates/:id/events/', {
      schema: { tags, params: IdParams, querystring: Type.Object({ job_id: Type.Optional(Id) }), response: { 200: Type.Array(Open({ id: Type.Integer(), action: Type.String() })) } },
    }, async (request) => listEvents(pool, currentUser(request), request.params.id, request.query.job_id));

    app.post('/interview/interview-step-feedback/', { schema: { tags, body: FeedbackBody, response: { 201: Feedback, 400: FieldErrors } } }, async (request, reply) =>
      reply.status(201).send(await addFeedback(pool, currentUser(request), request.body)));

    // The client fetches this without a token; notes on candidates are for their hiring team only.
    app.get('/interview/feedbacks/:job_id/:candidate_id/', {
      schema: { tags, params: Type.Object({ job_id: Id, candidate_id: Id }), response: { 200: Type.Array(Feedback) } },
    }, async (request) => listFeedback(pool, currentUser(request), request.params.job_id, request.params.candidate_id));

    app.delete('/interview/interview-step-feedback/:id/', { schema: { tags, params: IdParams } }, async (request, reply) => {
      await removeFeedback(pool, currentUser(request), request.params.id);
      return reply.status(204).send();
    });

    // The client loads the tabs without a token: anonymous callers see counts of published jobs only.
    app.get('/jobs/:job_id/stage-filters/', {
      config: { public: true },
      schema: { tags, params: Type.Object({ job_id: Id }), response: { 200: Type.Array(Open({ label: Type.String(), count: Type.Integer() })) } },
    }, async (request) => stageFilterCounts(pool, request.user, request.params.job_id));
  };
}
