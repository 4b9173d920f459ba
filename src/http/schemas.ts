// Schemas shared across areas.
import { type TSchema, Type } from '@sinclair/typebox';

export const Detail = Type.Object({ detail: Type.String() });
export const FieldErrors = Type.Record(Type.String(), Type.Array(Type.String()), { description: 'field -> messages' });
/** A database id: a positive 32-bit integer. */
export const DbId = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
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

/** A filtered list's query: the page, `o` for the order, and any `field__lookup` filters. */
export const FilterQuery = Open({ ...PageQuery, o: Type.Optional(Type.String()) });

export const Timestamp = Type.String({ format: 'date-time' });
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
