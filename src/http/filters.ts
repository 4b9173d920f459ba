// django-filter style list filtering and ordering on whitelisted fields:
// ?name__icontains=ann&updated_at__in=2024-11-10&o=-created_at
import { invalid } from './errors.ts';
import { isoDateTime } from './iso-date.ts';
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
    // The job and screening dates' own reader: Date.parse alone rolls 2024-02-31 over to March.
    if (!isoDateTime(value)) throw invalid({ [key]: 'Enter a valid date (YYYY-MM-DD).' });
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

/** At most this many values for one filter key (a list's items and an `in` list's comma-separated ones). */
export const MAX_FILTER_VALUES = 100;
/** At most this many conditions in one list request, all keys together. */
export const MAX_FILTER_CONDITIONS = 50;

/** At most this many fields in `o`. */
export const MAX_ORDER_FIELDS = 20;

/** The whitelisted field `name`, never one of Object.prototype's properties (`constructor`, `__proto__`...). */
function fieldNamed(fields: FilterFields, name: string): FilterField | undefined {
  return Object.hasOwn(fields, name) ? fields[name] : undefined;
}

/** A filter's values as strings: a string, number or boolean, or a list of them; anything else is a 400 naming `key`. */
function filterValues(value: unknown, key: string): string[] {
  return (Array.isArray(value) ? value : [value]).map((v) => {
    if (typeof v === 'string') return v;
    if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean') return String(v);
    throw invalid({ [key]: 'Enter a string, a number or a boolean, or a list of them.' });
  });
}

/** `name` (exact) or `name__lookup`: a field's own name wins ("job__title" is a field, not "job" with a lookup). */
function fieldAndLookup(fields: FilterFields, key: string): [FilterField, string] | undefined {
  const whole = fieldNamed(fields, key);
  if (whole) return [whole, 'exact'];
  const at = key.lastIndexOf('__');
  const field = at > 0 ? fieldNamed(fields, key.slice(0, at)) : undefined;
  return field ? [field, key.slice(at + 2)] : undefined;
}

/** SQL conditions for every `field__lookup` query parameter naming a whitelisted field; others are ignored. */
export function filterConditions(query: Record<string, unknown>, fields: FilterFields, params: SqlParams): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const named = fieldAndLookup(fields, key);
    if (!named) continue;
    const [field, lookup] = named;
    if (!LOOKUPS.includes(lookup)) throw invalid({ [key]: `Unsupported lookup "${lookup}".` });
    const values = filterValues(value, key);
    const items = lookup === 'in' ? values.reduce((n, v) => n + v.split(',').length, 0) : values.length;
    if (items > MAX_FILTER_VALUES) throw invalid({ [key]: `Ensure this filter has no more than ${MAX_FILTER_VALUES} values.` });
    if (out.length + values.length > MAX_FILTER_CONDITIONS) throw invalid({ [key]: `Too many filters: at most ${MAX_FILTER_CONDITIONS} conditions in one request.` });
    for (const raw of values) out.push(condition(field, lookup, raw, key, params));
  }
  return out;
}

/**
 * ORDER BY items for `o=field,-other`; unknown fields -> 400 naming `o`. A repeated `o` keeps its last
 * value, as Django's query dict does: the client's table adds the column clicked after the list's own order.
 */
export function ordering(raw: unknown, fields: FilterFields, fallback: string): string {
  const text = Array.isArray(raw) ? raw.at(-1) : raw;
  if (text === undefined || text === null || text === '') return fallback;
  if (typeof text !== 'string') throw invalid({ o: 'Enter field names separated by commas.' });
  const names = text.split(',').filter(Boolean);
  if (names.length > MAX_ORDER_FIELDS) throw invalid({ o: `Order by at most ${MAX_ORDER_FIELDS} fields.` });
  const items = names.map((item) => {
    const desc = item.startsWith('-');
    const field = fieldNamed(fields, desc ? item.slice(1) : item);
    if (!field) throw invalid({ o: `Cannot order by "${item}".` });
    return `${field.sql} ${desc ? 'DESC NULLS LAST' : 'ASC NULLS LAST'}`;
  });
  return items.length ? items.join(', ') : fallback;
}
