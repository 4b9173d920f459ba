import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { RouteDeps } from '../deps.ts';
import { currentUser } from '../http/auth.ts';
import { listPage } from '../http/pagination.ts';
import { perClientLimit } from '../http/rate-limit.ts';
import { FieldErrors, FilterQuery, IdParams, PageOf, PageQuery } from '../http/schemas.ts';
import { createJob } from './create-job.ts';
import { deleteFilterGroup } from './delete-filter-group.ts';
import { deleteJob } from './delete-job.ts';
import { getJob, writtenJob } from './get-job.ts';
import { listFilterGroups } from './list-filter-groups.ts';
import { listJobNames, listJobs } from './list-jobs.ts';
import { getPublicJob } from './public-job.ts';
import { createFilterGroup, replaceFilterGroup } from './save-filter-group.ts';
import * as S from './schemas.ts';
import { updateJob } from './update-job.ts';
import { generateJobDescription, rewriteJobDescription } from './write-job-description.ts';

export function jobsRoutes({ pool, config }: RouteDeps): FastifyPluginAsyncTypebox {
  const tags = ['jobs'];

  return async (app) => {
    const listSchema = { tags, querystring: FilterQuery, response: { 200: PageOf(S.Job) } };
    for (const path of ['/jobs/job/', '/jobs/list/', '/filter/job', '/filter/job/']) {
      app.get(path, { config: { cacheable: true }, schema: listSchema }, (request) =>
        listPage(request, config.maxPageSize, (at) => listJobs(pool, currentUser(request), request.query, at)));
    }

    app.post('/jobs/job/', { schema: { tags, body: S.CreateJobBody, response: { 201: S.Job, 400: FieldErrors } } }, async (request, reply) => {
      const id = await createJob(pool, currentUser(request), request.body);
      return reply.status(201).send(await writtenJob(pool, id));
    });

    const one = { tags, params: IdParams, response: { 200: S.Job } };
    app.get('/jobs/job/:id/', { schema: one }, async (request) => getJob(pool, currentUser(request), request.params.id));
    app.get('/jobs/job-detail/:id/', { schema: one }, async (request) => getJob(pool, currentUser(request), request.params.id));

    const change = { ...one, body: S.JobBody, response: { 200: S.Job, 400: FieldErrors } };
    for (const method of ['put', 'patch'] as const) {
      app[method]('/jobs/job/:id/', { schema: change }, async (request) => {
        await updateJob(pool, currentUser(request), request.params.id, request.body);
        return writtenJob(pool, request.params.id);
      });
    }

    app.delete('/jobs/job/:id/', { schema: { tags, params: IdParams } }, async (request, reply) => {
      await deleteJob(pool, currentUser(request), request.params.id);
      return reply.status(204).send();
    });

    app.get('/jobs/job-names-list/', {
      schema: { tags, querystring: Type.Object({ ...PageQuery, title: Type.Optional(Type.String()) }), response: { 200: PageOf(S.JobName) } },
    }, (request) =>
      listPage(request, config.maxPageSize, (at) => listJobNames(pool, currentUser(request), request.query.title, at)));

    app.get('/jobs/filter-group/', { schema: { tags, querystring: S.FilterGroupQuery, response: { 200: PageOf(S.FilterGroup) } } }, (request) =>
      listPage(request, config.maxPageSize, (at) => listFilterGroups(pool, currentUser(request), request.query.job, at)));
    app.post('/jobs/filter-group/', { schema: { tags, body: S.FilterGroupBody, response: { 201: S.FilterGroup, 400: FieldErrors } } }, async (request, reply) =>
      reply.status(201).send(await createFilterGroup(pool, currentUser(request), request.body)));
    app.put('/jobs/filter-group/:id/', { schema: { tags, params: IdParams, body: S.FilterGroupBody, response: { 200: S.FilterGroup, 400: FieldErrors } } }, (request) =>
      replaceFilterGroup(pool, currentUser(request), request.params.id, request.body));
    app.delete('/jobs/filter-group/:id/', { schema: { tags, params: IdParams } }, async (request, reply) => {
      await deleteFilterGroup(pool, currentUser(request), request.params.id);
      return reply.status(204).send();
    });

    // Each call is paid for by the operator's model account: limited per client like sign-in.
    app.post('/jobs/generate-job-description/', { config: { rateLimit: perClientLimit(config) }, schema: { tags, body: S.GenerateDescriptionBody, response: { 200: S.GeneratedDescription, 400: FieldErrors } } }, (request) =>
      generateJobDescription(pool, config.llm, currentUser(request), request.body));
    app.post('/jobs/rewrite-job-description/', { config: { rateLimit: perClientLimit(config) }, schema: { tags, body: S.RewriteDescriptionBody, response: { 200: S.RewrittenDescription, 400: FieldErrors } } }, (request) =>
      rewriteJobDescription(pool, config.llm, currentUser(request), request.body));

    app.get('/jobs/candidate-view/:encrypted/', {
      config: { public: true },
      schema: { tags, params: S.PublicKeyParams, response: { 200: S.PublicJob } },
    }, async (request) => getPublicJob(pool, request.params.encrypted));
  };
}
