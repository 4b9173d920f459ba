/**
 * Every value in `parts` (a request's params, query, body), objects and lists included, with its dotted
 * path as validation errors name fields and the key it is held under ('' for a part itself).
 */
export function* requestNodes(parts: unknown[]): Generator<{ path: string; key: string; value: unknown }> {
  const stack: { path: string; key: string; value: unknown }[] = parts.map((value) => ({ path: '', key: '', value }));
  while (stack.length) {
    const node = stack.pop() as { path: string; key: string; value: unknown };
    yield node;
    if (node.value && typeof node.value === 'object') {
      for (const [key, value] of Object.entries(node.value)) stack.push({ path: node.path ? `${node.path}.${key}` : key, key, value });
    }
  }
}

/** Every value that is not an object or a list in `parts`, with its dotted path. */
export function* leafValues(parts: unknown[]): Generator<[path: string, value: unknown]> {
  for (const { path, value } of requestNodes(parts)) if (!value || typeof value !== 'object') yield [path, value];
}
