import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { RouteDeps } from '../deps.ts';
import { currentUser } from '../http/auth.ts';
import { listPage } from '../http/pagination.ts';
import { perClientLimit } from '../http/rate-limit.ts';
import { FieldErrors, IdParams, PageOf } from '../http/schemas.ts';
import { listJobCriteria } from './list-job-criteria.ts';
import { listResponses } from './list-responses.ts';
import { recordResponses } from './record-responses.ts';
import { saveCriteria } from './save-criteria.ts';
import * as S from './schemas.ts';
import { updateCriterion } from './update-criterion.ts';

/** A job's screening criteria (questions asked when applying, some with a knock-out answer) and candidates' answers. */
export function criteriaRoutes({ pool, config }: RouteDeps): FastifyPluginAsyncTypebox {
  const tags = ['screening criteria'];
  return async (app) => {
    app.get('/jobs/criteria/job/:job_id/', {
      config: { public: true },
      schema: { tags, params: S.JobParams, response: { 200: Type.Array(S.Criterion) } },
    }, (request) => listJobCriteria(pool, request.user, request.params.job_id));

    app.post('/jobs/criteria/bulk-create-or-update/', {
      schema: { tags, body: S.CriteriaBody, response: { 200: Type.Array(S.Criterion), 400: FieldErrors } },
    }, (request) => saveCriteria(pool, currentUser(request), request.body));

    app.patch('/jobs/criteria/:id/', {
      schema: { tags, params: IdParams, body: S.CriterionChanges, response: { 200: S.Criterion, 400: FieldErrors } },
    }, (request) => updateCriterion(pool, currentUser(request), request.params.id, request.body));

    app.get('/jobs/candidate-responses/', { schema: { tags, querystring: S.ResponsesQuery, response: { 200: PageOf(S.CriterionResponse) } } }, (request) =>
      listPage(request, config.maxPageSize, (at) => listResponses(pool, currentUser(request), request.query, at)));

    app.post('/jobs/candidate-responses/bulk-create/', {
      // Public and keyed by sequential candidate ids: limited like sign-in.
      config: { public: true, rateLimit: perClientLimit(config) },
      schema: { tags, body: S.ResponsesBody, response: { 201: Type.Array(S.CriterionResponse), 400: FieldErrors } },
    }, async (request, reply) => reply.status(201).send(await recordResponses(pool, request.body)));
  };
}
