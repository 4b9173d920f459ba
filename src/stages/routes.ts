import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { RouteDeps } from '../deps.ts';
import { currentUser } from '../http/auth.ts';
import { DbId, FieldErrors, IdParams, Int32, Nullable, Open } from '../http/schemas.ts';
import { closeApplication, type Outcome } from './close-application.ts';
import { listEvents } from './list-events.ts';
import { stageFilterCounts } from './stage-filters.ts';
import { updateStep } from './update-step.ts';

const Id = DbId;
const OutcomeBody = Type.Object({ job_id: Id, reason: Type.Optional(Type.String({ maxLength: 2000 })) });

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

    // The client loads the tabs without a token: anonymous callers see counts of published jobs only.
    app.get('/jobs/:job_id/stage-filters/', {
      config: { public: true },
      schema: { tags, params: Type.Object({ job_id: Id }), response: { 200: Type.Array(Open({ label: Type.String(), count: Type.Integer() })) } },
    }, async (request) => stageFilterCounts(pool, request.user, request.params.job_id));
  };
}
