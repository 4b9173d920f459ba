import type pg from 'pg';
import type { PageRequest } from './pagination.ts';
import type { SqlParams } from './sql.ts';

export interface PagedQuery {
  /** JSON expression for one row, e.g. json_build_object(...). */
  item: string;
  /** FROM … WHERE … shared by the page and the count. */
  from: string;
  orderBy: string;
  params: SqlParams;
}

/** One round trip for a page: the total count and the page's rows as JSON, in order. */
// Rows are JSON built by SQL, checked by the route's response schema rather than by TypeScript.
// biome-ignore lint/suspicious/noExplicitAny: see above
export async function fetchPage<T = any>(db: pg.Pool, q: PagedQuery, at: PageRequest): Promise<{ count: number; results: T[] }> {
  const limit = q.params.add(at.size);
  const offset = q.params.add(at.offset);
  const { rows } = await db.query<{ count: number; results: T[] }>(
    `WITH page AS (
       SELECT ${q.item} AS item, row_number() OVER (ORDER BY ${q.orderBy}) AS n
       ${q.from} ORDER BY ${q.orderBy} LIMIT ${limit} OFFSET ${offset})
     SELECT (SELECT count(*) ${q.from})::int AS count,
            coalesce((SELECT json_agg(item ORDER BY n) FROM page), '[]'::json) AS results`,
    q.params.values,
  );
  return rows[0];
}
