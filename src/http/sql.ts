// A small helper for hand-written parameterised SQL: values go in as $1, $2, … in order.
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** `"a" = $1, "b" = $2` for an UPDATE … SET from column values (names come from code, never from input). */
export function setClause(values: Record<string, unknown>, params: SqlParams): string {
  return Object.entries(values)
    .map(([column, value]) => `"${column}" = ${params.add(value)}`)
    .join(', ');
}

/** `("a", "b") VALUES ($1, $2)` for an INSERT from column values. */
export function insertClause(values: Record<string, unknown>, params: SqlParams): string {
  const columns = Object.keys(values);
  return `(${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => params.add(values[c])).join(', ')})`;
}
