/** Every value that is not an object or a list in `parts` (a request's params, query, body), with its dotted path as validation errors name fields. */
export function* leafValues(parts: unknown[]): Generator<[path: string, value: unknown]> {
  const stack: [unknown, string][] = parts.map((part) => [part, '']);
  while (stack.length) {
    const [value, path] = stack.pop() as [unknown, string];
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) stack.push([child, path ? `${path}.${key}` : key]);
    } else {
      yield [path, value];
    }
  }
}
