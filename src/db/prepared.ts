import { createHash } from 'node:crypto';
import type pg from 'pg';

const names = new Map<string, string>();

/**
 * A query PostgreSQL plans once per connection instead of on every call: the hot lists spend as
 * long planning their nested JSON as running it. Texts are fixed by the code (values are always
 * parameters), so the number of statements each connection keeps is bounded.
 */
export function prepared(text: string, values: unknown[]): pg.QueryConfig {
  let name = names.get(text);
  if (!name) {
    name = `s_${createHash('sha1').update(text).digest('base64url')}`;
    names.set(text, name);
  }
  return { name, text, values };
}
