// DRF page-number pagination: {count, next, previous, results}, ?page=N, 30 a page,
// ?page_size= up to the configured cap, absolute next/previous URLs, 404 past the last page.
import type { FastifyRequest } from 'fastify';
import { HttpError, invalid } from './errors.ts';

export const PAGE_SIZE = 30;

export interface PageRequest {
  page: number;
  size: number;
  offset: number;
}

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

function positiveInt(raw: unknown, field: string): number | undefined {
  if (raw === undefined || raw === '' || raw === null) return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1 || n > 1_000_000) throw invalid({ [field]: 'A positive integer up to 1000000 is required.' });
  return n;
}

function pageRequest(query: Record<string, unknown>, maxSize: number): PageRequest {
  const page = positiveInt(query.page, 'page') ?? 1;
  const size = Math.min(positiveInt(query.page_size, 'page_size') ?? PAGE_SIZE, maxSize);
  return { page, size, offset: (page - 1) * size };
}

function pageUrl(request: FastifyRequest, page: number): string {
  const url = new URL(request.url, `${request.protocol}://${request.host}`);
  if (page === 1) url.searchParams.delete('page');
  else url.searchParams.set('page', String(page));
  return url.toString();
}

function toPage<T>(request: FastifyRequest, at: PageRequest, count: number, results: T[]): Page<T> {
  const last = Math.max(1, Math.ceil(count / at.size));
  if (at.page > last) throw new HttpError(404, { detail: 'Invalid page.' });
  return {
    count,
    next: at.page < last ? pageUrl(request, at.page + 1) : null,
    previous: at.page > 1 ? pageUrl(request, at.page - 1) : null,
    results,
  };
}

/** A list endpoint's answer: the page that ?page and ?page_size ask for, of what `list` finds for it. */
export async function listPage<T>(
  request: FastifyRequest,
  maxSize: number,
  list: (at: PageRequest) => Promise<{ count: number; results: T[] }>,
): Promise<Page<T>> {
  const at = pageRequest(request.query as Record<string, unknown>, maxSize);
  const { count, results } = await list(at);
  return toPage(request, at, count, results);
}
