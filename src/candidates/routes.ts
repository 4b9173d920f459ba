import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { RouteDeps } from '../deps.ts';
import { currentUser } from '../http/auth.ts';
import { unauthorized } from '../http/errors.ts';
import { listPage, type PageRequest } from '../http/pagination.ts';
import { DbId, IdParams, OrderQuery, PageOf, PageQuery } from '../http/schemas.ts';
import { keepFilesIf, readApplicationForm } from './application-form.ts';
import { applyToJob } from './apply-to-job.ts';
import { checkEmail } from './check-email.ts';
import { countJobsAndApplicants } from './count-jobs-and-applicants.ts';
import { deleteCandidate } from './delete-candidate.ts';
import { getApplicant, getCandidate, getCandidateName } from './get-candidate.ts';
import { getCandidateStages } from './get-candidate-stages.ts';
import { listApplicants } from './list-applicants.ts';
import { listCandidateNames } from './list-candidate-names.ts';
import { type CandidateList, listCandidates } from './list-candidates.ts';
import { listCandidatesWithStages } from './list-candidates-with-stages.ts';
import * as S from './schemas.ts';
import { updateCandidate } from './update-candidate.ts';

const tags = ['candidates'];
const open = { additionalProperties: true };
const ListQuery = Type.Object({ ...PageQuery, o: OrderQuery, job_id: Type.Optional(DbId) }, open);
const StageListQuery = Type.Object({ ...PageQuery, job_id: DbId, stage_name: Type.Optional(Type.String({ maxLength: 100 })) }, open);
const NamesQuery = Type.Object({
  ...PageQuery,
  name: Type.Optional(Type.String({ maxLength: 200 })),
  jobId: Type.Optional(DbId),
  shortlisted: Type.Optional(Type.Boolean()),
});

/** List endpoints take their parameters from the query (GET) or from a JSON body (POST); page stays in the query. */
const listInput = (request: FastifyRequest) => ({ ...(request.query as object), ...((request.body as object | undefined) ?? {}) }) as Record<string, unknown>;

export function candidatesRoutes({ pool, genericPlanPool, config, blobs, queue }: RouteDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const paged = <T>(request: FastifyRequest, list: (input: Record<string, unknown>, at: PageRequest) => Promise<{ count: number; results: T[] }>) =>
      listPage(request, config.maxPageSize, (at) => list(listInput(request), at));
    const candidates = (request: FastifyRequest, list: CandidateList) =>
      paged(request, (input, at) => listCandidates(pool, currentUser(request), input, at, list));

    // Public as the spec has it: without credentials the list is empty (the same address takes
    // applications); a token that fails is still a 401, so that the client refreshes it.
    app.get('/candidates/candidate/', { config: { cacheable: true, public: true }, schema: { tags, querystring: ListQuery, response: { 200: PageOf(S.Candidate) } } }, (request) => {
      if (request.user) return candidates(request, { view: 'full', jobId: request.query.job_id, orderBy: 'c.created_at DESC' });
      if (request.headers.authorization) throw unauthorized('Given token not valid for any token type');
      return paged(request, async () => ({ count: 0, results: [] }));
    });

    app.post('/candidates/candidate/', {
      config: { public: true },
      schema: { tags, description: 'Apply to a job: JSON or multipart (client-compat b rows 1 and 1b).', response: { 201: S.ApplicationReceipt, 400: S.BadRequest } },
    }, async (request, reply) => {
      const form = await readApplicationForm(request, { create: true, blobs });
      const { candidateId, jobId } = await keepFilesIf(blobs, form, () => applyToJob(pool, { queue, dailyLimit: config.mailDailyLimit }, request.user, form));
      return reply.status(201).send(await getApplicant(pool, candidateId, jobId));
    });

    app.get('/candidates/candidate/:id/', { config: { cacheable: true }, schema: { tags, params: IdParams, response: { 200: S.Candidate } } }, (request) =>
      getCandidate(pool, currentUser(request), request.params.id));

    for (const method of ['put', 'patch'] as const) {
      app[method]('/candidates/candidate/:id/', {
        config: { public: true },
        schema: { tags, params: IdParams, description: 'Update or re-apply: JSON or multipart (client-compat b rows 3 and 3b). Anonymous callers get a receipt.', response: { 200: Type.Union([S.BasicCandidate, S.ApplicationReceipt]), 400: S.BadRequest } },
      }, async (request) => {
        const { id } = request.params;
        const form = await readApplicationForm(request, { create: false, blobs });
        const jobId = await keepFilesIf(blobs, form, () => updateCandidate(pool, queue, request.user, id, form));
        if (request.user) return getCandidate(pool, request.user, id, 'basic');
        return getApplicant(pool, id, jobId ?? 0);
      });
    }

    app.delete('/candidates/candidate/:id/', { schema: { tags, params: IdParams } }, async (request, reply) => {
      await deleteCandidate(pool, queue, currentUser(request), request.params.id);
      return reply.status(204).send();
    });

    const basicPage = { 200: PageOf(S.BasicCandidate) };
    for (const method of ['get', 'post'] as const) {
      app[method]('/candidates/filter/', { schema: { tags, querystring: ListQuery, ...(method === 'post' ? { body: ListQuery } : {}), response: basicPage } }, (request) => {
        const input = listInput(request);
        if (input.name !== undefined) input.name__icontains = input.name;
        delete input.name;
        return paged(request, (_, at) =>
          listCandidates(pool, currentUser(request), input, at, { view: 'basic', jobId: input.job_id as number | undefined, orderBy: 'c.created_at DESC' }));
      });
      app[method]('/candidates/list/', { schema: { tags, querystring: ListQuery, ...(method === 'post' ? { body: ListQuery } : {}), response: basicPage } }, (request) =>
        candidates(request, { view: 'basic', jobId: listInput(request).job_id as number | undefined, orderBy: 'c.created_at DESC' }));
      app[method]('/candidates/list-with-stages/', {
        config: { cacheable: method === 'get' },
        schema: { tags, ...(method === 'get' ? { querystring: StageListQuery } : { querystring: Type.Object(PageQuery, open), body: StageListQuery }), response: { 200: PageOf(S.CandidateWithStages) } },
      }, (request) => paged(request, (input, at) => listCandidatesWithStages(genericPlanPool, currentUser(request), input.job_id as number, input.stage_name as string | undefined, at)));
      app[method]('/candidates/stages/', {
        schema: { tags, ...(method === 'get' ? { querystring: S.StagesQuery } : { body: S.StagesQuery }), response: { 200: S.CandidateStages } },
      }, (request) => {
        const input = listInput(request) as { candidate_id: number; job_id: number };
        return getCandidateStages(pool, currentUser(request), input.candidate_id, input.job_id);
      });
    }

    app.get('/candidates/candidates-for-job/:job_id/', { schema: { tags, params: S.JobIdParams, querystring: ListQuery, response: basicPage } }, (request) =>
      candidates(request, { view: 'basic', jobId: request.params.job_id, orderBy: 'c.updated_at DESC' }));

    const applicantPage = { 200: PageOf(S.Applicant) };
    app.get('/candidates/resume-screening-completed-candidates/:job_id/', { config: { cacheable: true }, schema: { tags, params: S.JobIdParams, querystring: ListQuery, response: applicantPage } }, (request) =>
      paged(request, (input, at) => listApplicants(pool, currentUser(request), input, at, { jobId: request.params.job_id, screenedOnly: true })));
    for (const path of ['/filter/candidate', '/filter/candidate/']) {
      app.get(path, { config: { cacheable: true }, schema: { tags, querystring: ListQuery, response: applicantPage } }, (request) =>
        paged(request, (input, at) => listApplicants(pool, currentUser(request), input, at)));
    }
    app.get('/filter/candidate/:job_id/', { config: { cacheable: true }, schema: { tags, params: S.JobIdParams, querystring: ListQuery, response: applicantPage } }, (request) =>
      paged(request, (input, at) => listApplicants(pool, currentUser(request), input, at, { jobId: request.params.job_id })));

    app.get('/get_count/:kind/', { config: { cacheable: true }, schema: { tags, params: S.CountParams, response: { 200: S.Counts } } }, (request) =>
      countJobsAndApplicants(pool, currentUser(request), request.params.kind));

    app.get('/candidates/candidate-names-list/', { schema: { tags, querystring: NamesQuery, response: { 200: PageOf(S.CandidateName) } } }, (request) =>
      paged(request, (_, at) => listCandidateNames(pool, currentUser(request), request.query, at)));

    app.get('/candidates/check-email/:job_id/:email/', {
      config: { public: true },
      schema: { tags, params: S.CheckEmailParams, response: { 200: S.EmailCheck, 400: S.BadRequest } },
    }, (request) => checkEmail(pool, request.params.job_id, request.params.email));

    app.get('/candidates/candidate-details/:id/', { config: { public: true }, schema: { tags, params: IdParams, response: { 200: S.CandidateName } } }, (request) =>
      getCandidateName(pool, request.params.id));
  };
}
