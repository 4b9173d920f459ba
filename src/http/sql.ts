// A small helper for hand-written parameterised SQL: values go in as $1, $2, … in order.
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

// Column names come from code, never from a request; this refuses any that is not a plain name.
function column(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a column name: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** `"a" = $1, "b" = $2` for an UPDATE … SET from column values. */
export function setClause(values: Record<string, unknown>, params: SqlParams): string {
  return Object.entries(values)
    .map(([name, value]) => `${column(name)} = ${params.add(value)}`)
    .join(', ');
}

/** `("a", "b") VALUES ($1, $2)` for an INSERT from column values. */
export function insertClause(values: Record<string, unknown>, params: SqlParams): string {
  const columns = Object.keys(values);
  return `(${columns.map(column).join(', ')}) VALUES (${columns.map((c) => params.add(values[c])).join(', ')})`;
}

/** `"a" = EXCLUDED."a", …` for INSERT … ON CONFLICT DO UPDATE SET: the columns take the new row's values. */
export function excludedClause(columns: string[]): string {
  return columns.map((name) => `${column(name)} = EXCLUDED.${column(name)}`).join(', ');
}
