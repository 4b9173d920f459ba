import type pg from 'pg';
import { prepared } from '../db/prepared.ts';
import type { PageRequest } from './pagination.ts';
import type { SqlParams } from './sql.ts';

export interface PagedQuery {
  /** JSON expression for one row, e.g. json_build_object(...). */
  item: string;
  /** FROM … WHERE … shared by the page and the count (unless a driver picks the page). */
  from?: string;
  orderBy: string;
  params: SqlParams;
  /** A cheaper SQL expression for the total, when one is known (a counter, or fewer joins). */
  count?: string;
  /**
   * When the filtering and the order involve only one table (alias `alias`, filtered by
   * `from`), the page's rows are picked from it first and `joins` are made for those rows only,
   * so that a deep page does not join every row it skips.
   */
  driver?: { alias: string; from: string; joins: string };
}

/**
 * One round trip for a page: the total count and the page's rows as JSON, in order. The row JSON
 * is built for the page's rows only (the sort and limit run first), and json_agg keeps the
 * order of its sorted subquery.
 */
// Rows are JSON built by SQL, checked by the route's response schema rather than by TypeScript.
// biome-ignore lint/suspicious/noExplicitAny: see above
export async function fetchPage<T = any>(db: pg.Pool, q: PagedQuery, at: PageRequest): Promise<{ count: number; results: T[] }> {
  const limit = q.params.add(at.size);
  const offset = q.params.add(at.offset);
  const d = q.driver;
  const pageFrom = d
    ? `FROM (SELECT ${d.alias}.* ${d.from} ORDER BY ${q.orderBy} LIMIT ${limit} OFFSET ${offset}) ${d.alias} ${d.joins}`
    : (q.from ?? '');
  const pageLimit = d ? '' : `LIMIT ${limit} OFFSET ${offset}`;
  const { rows } = await db.query<{ count: number; results: T[] }>(prepared(
    `SELECT (${q.count ?? `SELECT count(*) ${d ? d.from : (q.from ?? '')}`})::int AS count,
            coalesce((SELECT json_agg(page.item) FROM (SELECT ${q.item} AS item ${pageFrom}
              ORDER BY ${q.orderBy} ${pageLimit}) page), '[]'::json) AS results`,
    q.params.values,
  ));
  return rows[0];
}
