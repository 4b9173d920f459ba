// The spec writes the parameters of some GET endpoints as a JSON body (stages/, candidate-names-list/,
// list-with-stages/, ...), as Django REST clients may send them. Fastify never parses a GET's body,
// so a JSON one is read here and its fields join the query before validation; a field in the URL
// wins. Such a request is never answered from, or stored in, the response cache, whose key is the URL.
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest, HttpError } from './errors.ts';

/** A request that says it carries a body. */
export function carriesBody(request: FastifyRequest): boolean {
  const { headers } = request;
  return headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;
}

async function readText(raw: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of raw) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, { detail: 'The request body is too large.' });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function registerGetBody(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.method !== 'GET' || !carriesBody(request) || !/^application\/(?:[\w.+-]+\+)?json\b/i.test(request.headers['content-type'] ?? '')) return;
    const text = await readText(request.raw, app.initialConfig.bodyLimit ?? 1024 * 1024);
    if (!text.trim()) return;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw badRequest('The request body is not valid JSON.');
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('The request body must be a JSON object of parameters.');
    request.query = { ...body, ...(request.query as object) };
  });
}
