import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteDeps } from '../deps.ts';
import { currentUser } from '../http/auth.ts';
import { listPage } from '../http/pagination.ts';
import { FieldErrors, FilterQuery, IdParams, PageOf } from '../http/schemas.ts';
import { downloadResume } from './download-resume.ts';
import { getResume } from './get-resume.ts';
import { listResumes } from './list-resumes.ts';
import * as S from './schemas.ts';
import { listScreeningPreferences, saveScreeningPreferences, updateScreeningPreferences } from './screening-preferences.ts';
import { updateResumeStatus } from './update-resume-status.ts';

export function resumesRoutes({ pool, config, blobs, queue }: RouteDeps): FastifyPluginAsyncTypebox {
  const tags = ['resumes'];
  return async (app) => {
    app.get('/candidates/download-resume/:id/', { schema: { tags, params: IdParams } }, async (request, reply) =>
      downloadResume(pool, blobs, currentUser(request), request.params.id, reply));

    for (const path of ['/filter/resume', '/filter/resume/']) {
      app.get(path, { config: { cacheable: true }, schema: { tags, querystring: FilterQuery, response: { 200: PageOf(S.GridResume) } } }, (request) =>
        listPage(request, config.maxPageSize, (at) => listResumes(pool, currentUser(request), request.query, at)));
    }

    app.get('/resume_parser/resumes/:id/', { schema: { tags, params: IdParams, response: { 200: S.Resume } } }, (request) =>
      getResume(pool, currentUser(request), request.params.id));

    app.patch('/resume_parser/resumes/:id/', {
      schema: { tags, params: IdParams, body: S.ResumeStatusBody, response: { 200: S.Resume, 400: FieldErrors } },
    }, async (request) => {
      const user = currentUser(request);
      await updateResumeStatus(pool, { queue, dailyLimit: config.mailDailyLimit }, user, request.params.id, request.body);
      return getResume(pool, user, request.params.id);
    });

    const preferences = '/resume_parser/resume-screening-preferences/';
    app.get(preferences, { config: { public: true }, schema: { tags, querystring: S.PreferenceQuery, response: { 200: PageOf(S.Preference) } } }, (request) =>
      listPage(request, config.maxPageSize, (at) => listScreeningPreferences(pool, request.user, request.query.job_id, at)));

    app.post(preferences, { schema: { tags, body: S.PreferenceBody, response: { 201: S.Preference, 400: FieldErrors } } }, async (request, reply) =>
      reply.status(201).send(await saveScreeningPreferences(pool, currentUser(request), request.body)));

    app.patch(`${preferences}:id/`, { schema: { tags, params: IdParams, body: S.PreferenceBody, response: { 200: S.Preference, 400: FieldErrors } } }, (request) =>
      updateScreeningPreferences(pool, currentUser(request), request.params.id, request.body));
  };
}
