// Schemas shared across areas.
import { type IntegerOptions, type TSchema, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { invalid, NULL_CHARACTERS, UNPAIRED_SURROGATES } from './errors.ts';
import { requestNodes } from './request-values.ts';

export const Detail = Type.Object({ detail: Type.String() });
/**
 * A 400's body: field -> messages, or {"detail": "..."} for a request refused as a whole (a JSON
 * parse error, a value the database cannot take). Both shapes, so the serializer drops neither.
 */
export const FieldErrors = Type.Record(Type.String(), Type.Union([Type.Array(Type.String()), Type.String()]), {
  description: 'field -> messages, or {"detail": message}',
});
/** A database id: a positive 32-bit integer. */
export const DbId = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
/** A value for a PostgreSQL `integer` column that is not an id (an order, a counter): a 32-bit integer, narrowed by `options`. */
export const Int32 = (options: IntegerOptions = {}) => Type.Integer({ minimum: -2_147_483_648, maximum: 2_147_483_647, ...options });
export const IdParams = Type.Object({ id: DbId });

/** A DRF page of `item`. */
export const PageOf = <T extends TSchema>(item: T) =>
  Type.Object({
    count: Type.Integer(),
    next: Type.Union([Type.String(), Type.Null()]),
    previous: Type.Union([Type.String(), Type.Null()]),
    results: Type.Array(item),
  });

export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
  page_size: Type.Optional(Type.Integer({ minimum: 1 })),
};

/** An object that documents its main fields and passes any others through. */
export const Open = (props: Parameters<typeof Type.Object>[0]) => Type.Object(props, { additionalProperties: true });

/** `o=field,-other`, the order of a list; a table's sort sent after the list's own order repeats it (`o=-date&o=name`). */
export const OrderQuery = Type.Optional(Type.Union([Type.String(), Type.Array(Type.String(), { maxItems: 10 })]));

/** A filtered list's query: the page, `o` for the order, and any `field__lookup` filters. */
export const FilterQuery = Open({ ...PageQuery, o: OrderQuery });

export const Timestamp = Type.String({ format: 'date-time' });
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

/**
 * Values no route can take, wherever they are in params, query or body: a number that is not
 * finite (ajv coerces the strings "Infinity" and "1e400" to one and then skips `minimum`,
 * `maximum` and even `type: integer` for it; JSON.parse reads 1e400 as one) and a string with
 * a NUL character (PostgreSQL cannot store one; DRF's CharField refuses it too) or half of a
 * surrogate pair (jsonb refuses it, and a text column would keep U+FFFD in its place). Each is a 400
 * naming the field, as ajv's own errors do, instead of a database error.
 */
export function valueProblems(parts: unknown[]): Record<string, string> {
  const problems: Record<string, string> = {};
  const refuse = (field: string, text: string) => {
    if (text.includes('\u0000')) problems[field] ??= NULL_CHARACTERS;
    if (!text.isWellFormed()) problems[field] ??= UNPAIRED_SURROGATES;
  };
  for (const { path, key, value } of requestNodes(parts)) {
    const field = path || 'non_field_errors';
    // A key of a JSON document is stored as its values are.
    refuse(field, key);
    if (typeof value === 'string') refuse(field, value);
    if (typeof value === 'number' && !Number.isFinite(value)) problems[field] ??= 'A valid number is required.';
  }
  return problems;
}

/** Runs valueProblems() on every request once it has been validated (and coerced). */
export function registerValueChecks(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    const problems = valueProblems([request.params, request.query, request.body]);
    if (Object.keys(problems).length) throw invalid(problems);
  });
}
