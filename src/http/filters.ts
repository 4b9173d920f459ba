// django-filter style list filtering and ordering on whitelisted fields:
// ?name__icontains=ann&updated_at__in=2024-11-10&o=-created_at
import { invalid } from './errors.ts';
import type { SqlParams } from './sql.ts';

export type FieldType = 'text' | 'number' | 'date' | 'boolean';

export interface FilterField {
  /** SQL expression the field maps to. */
  sql: string;
  type: FieldType;
}

export type FilterFields = Record<string, FilterField>;

const LOOKUPS = ['exact', 'iexact', 'icontains', 'contains', 'in', 'gt', 'gte', 'lt', 'lte', 'range', 'istartswith', 'iendswith'];

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function typed(value: string, field: FilterField, key: string): unknown {
  if (field.type === 'number') {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) throw invalid({ [key]: 'Enter a number.' });
    return n;
  }
  if (field.type === 'date') {
    if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
      throw invalid({ [key]: 'Enter a valid date (YYYY-MM-DD).' });
    }
    return value;
  }
  if (field.type === 'boolean') {
    if (!['true', 'false', '1', '0'].includes(value.toLowerCase())) throw invalid({ [key]: 'Must be true or false.' });
    return value === 'true' || value === '1';
  }
  return value;
}

/** Builds one SQL condition for `column__lookup=value`; a date field compared with `in` or `exact` matches the whole day. */
function condition(field: FilterField, lookup: string, raw: string, key: string, params: SqlParams): string {
  const col = field.sql;
  // lower(…) LIKE rather than ILIKE, so that trigram indexes on lower(column) serve the lookup.
  if (lookup === 'icontains') return `lower(${col}::text) LIKE ${params.add(`%${escapeLike(raw.toLowerCase())}%`)}`;
  if (lookup === 'contains') return `${col}::text LIKE ${params.add(`%${escapeLike(raw)}%`)}`;
  if (lookup === 'istartswith') return `lower(${col}::text) LIKE ${params.add(`${escapeLike(raw.toLowerCase())}%`)}`;
  if (lookup === 'iendswith') return `lower(${col}::text) LIKE ${params.add(`%${escapeLike(raw.toLowerCase())}`)}`;
  if (lookup === 'range') {
    const parts = raw.split(',');
    if (parts.length !== 2) throw invalid({ [key]: 'Enter two values separated by a comma.' });
    return `${col} BETWEEN ${params.add(typed(parts[0], field, key))} AND ${params.add(typed(parts[1], field, key))}`;
  }
  if (lookup === 'in' || lookup === 'exact' || lookup === 'iexact') {
    const values = lookup === 'in' ? raw.split(',') : [raw];
    if (field.type === 'date') {
      const days = values.map((v) => typed(v, field, key));
      return `(${col} AT TIME ZONE 'UTC')::date = ANY(${params.add(days)}::date[])`;
    }
    if (field.type === 'text' && lookup !== 'exact') {
      return `lower(${col}) = ANY(${params.add(values.map((v) => v.toLowerCase()))}::text[])`;
    }
    const typedValues = values.map((v) => typed(v, field, key));
    // Whole numbers compare as bigint, which an index on an integer column serves (numeric would cast the column).
    const number = typedValues.every((v) => Number.isSafeInteger(v)) ? 'bigint' : 'numeric';
    const cast = field.type === 'number' ? number : field.type === 'boolean' ? 'boolean' : 'text';
    return `${col} = ANY(${params.add(typedValues)}::${cast}[])`;
  }
  const op = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[lookup];
  return `${col} ${op} ${params.add(typed(raw, field, key))}`;
}

/** SQL conditions for every `field__lookup` query parameter naming a whitelisted field; others are ignored. */
export function filterConditions(query: Record<string, unknown>, fields: FilterFields, params: SqlParams): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const match = /^(.+?)(?:__([a-z]+))?$/.exec(key);
    if (!match) continue;
    const [, name, lookup = 'exact'] = match;
    const field = fields[name];
    if (!field) continue;
    if (!LOOKUPS.includes(lookup)) throw invalid({ [key]: `Unsupported lookup "${lookup}".` });
    for (const raw of Array.isArray(value) ? value : [value]) out.push(condition(field, lookup, String(raw), key, params));
  }
  return out;
}

/** ORDER BY items for `o=field,-other`; unknown fields -> 400 naming `o`. */
export function ordering(raw: unknown, fields: FilterFields, fallback: string): string {
  if (raw === undefined || raw === '') return fallback;
  const items = String(raw)
    .split(',')
    .filter(Boolean)
    .map((item) => {
      const desc = item.startsWith('-');
      const field = fields[desc ? item.slice(1) : item];
      if (!field) throw invalid({ o: `Cannot order by "${item}".` });
      return `${field.sql} ${desc ? 'DESC NULLS LAST' : 'ASC NULLS LAST'}`;
    });
  return items.length ? items.join(', ') : fallback;
}
