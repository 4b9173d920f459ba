import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { RouteDeps } from '../deps.ts';
import { currentUser } from '../http/auth.ts';
import { listPage } from '../http/pagination.ts';
import { DbId, FieldErrors, IdParams, Int32, Nullable, Open, PageOf, PageQuery } from '../http/schemas.ts';
import { getInterviewModule, jobInterviewModules, listInterviewModules } from './get-interview-modules.ts';
import { createInterviewModule, deleteInterviewModule, updateInterviewModule } from './save-interview-module.ts';

const Step = Type.Object({
  id: Type.Optional(Type.String()),
  order: Type.Optional(Int32({ minimum: 1 })),
  content: Type.Object({ id: Type.String(), label: Type.Optional(Type.String()) }, { additionalProperties: true }),
});
const ModuleFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  steps_json: Type.Optional(Type.Array(Step, { maxItems: 10 })),
  created_by: Type.Optional(Type.Any()),
};
const Module = Open({ id: Type.Integer(), name: Type.String(), rounds: Type.Integer(), steps_json: Type.Array(Type.Any()) });

export function interviewRoutes({ pool, config }: RouteDeps): FastifyPluginAsyncTypebox {
  const tags = ['interview'];
  return async (app) => {
    // /interview/list/ is the same list, as the client's table of modules asks for it.
    for (const path of ['/interview/interview-modules/', '/interview/list/']) {
      app.get(path, { schema: { tags, querystring: Type.Object(PageQuery), response: { 200: PageOf(Module) } } }, (request) =>
        listPage(request, config.maxPageSize, (at) => listInterviewModules(pool, currentUser(request), at)));
    }
    app.post('/interview/interview-modules/', { schema: { tags, body: Type.Object(ModuleFields), response: { 201: Module, 400: FieldErrors } } }, async (request, reply) => {
      const user = currentUser(request);
      const id = await createInterviewModule(pool, user, request.body);
      return reply.status(201).send(await getInterviewModule(pool, user, id));
    });
    app.get('/interview/interview-modules/:id/', { schema: { tags, params: IdParams, response: { 200: Module } } }, async (request) =>
      getInterviewModule(pool, currentUser(request), request.params.id));
    app.patch('/interview/interview-modules/:id/', {
      schema: { tags, params: IdParams, body: Type.Partial(Type.Object(ModuleFields)), response: { 200: Module, 400: FieldErrors } },
    }, async (request) => {
      const user = currentUser(request);
      await updateInterviewModule(pool, user, request.params.id, request.body);
      return getInterviewModule(pool, user, request.params.id);
    });
    app.delete('/interview/interview-modules/:id/', { schema: { tags, params: IdParams } }, async (request, reply) => {
      await deleteInterviewModule(pool, currentUser(request), request.params.id);
      return reply.status(204).send();
    });
    app.get('/interview/job/:job_id/interview-modules/', {
      schema: { tags, params: Type.Object({ job_id: DbId }), response: { 200: PageOf(Module) } },
    }, async (request) => jobInterviewModules(pool, currentUser(request), request.params.job_id));
  };
}
