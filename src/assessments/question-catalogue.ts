// The fixed lists the web client's assessment pages fill their selects from: difficulties (the
// question editor; a question keeps its difficulty's id) and domains and categories (the "create
// assessment" dialog, which sends its picks with the new assessment; Shortlist does not keep them).
// The client only reads these lists, so they ship with Shortlist rather than being edited.
import { invalid } from '../http/errors.ts';

/** Lowercase names: the report tab compares them with "medium" and "hard" and the editor capitalises them. */
export const DIFFICULTIES = [
  { id: 1, difficulty: 'beginner' },
  { id: 2, difficulty: 'medium' },
  { id: 3, difficulty: 'hard' },
] as const;

const DOMAINS = [
  { id: 1, name: 'Software development' },
  { id: 2, name: 'Data and analytics' },
  { id: 3, name: 'Aptitude' },
];

const CATEGORIES = [
  { id: 1, name: 'JavaScript', domain: 1 },
  { id: 2, name: 'Python', domain: 1 },
  { id: 3, name: 'SQL', domain: 2 },
  { id: 4, name: 'Spreadsheets', domain: 2 },
  { id: 5, name: 'Logical reasoning', domain: 3 },
  { id: 6, name: 'Numerical reasoning', domain: 3 },
];

export const isDifficulty = (value: unknown): value is number => DIFFICULTIES.some((d) => d.id === value);

/** A question's difficulty as the client reads it, `{id, difficulty}`; null when it has none. */
export const difficultyOf = (id: number | undefined) => DIFFICULTIES.find((d) => d.id === id) ?? null;

const page = <T>(results: T[]) => ({ count: results.length, next: null, previous: null, results });

const named = <T extends { name: string }>(items: T[], name?: string) => {
  const wanted = name?.trim().toLowerCase() ?? '';
  return items.filter((item) => item.name.toLowerCase().includes(wanted));
};

/** GET /test/difficulties/. */
export const listDifficulties = () => page([...DIFFICULTIES]);

/** GET /test/domains/?name=. */
export const listDomains = (query: { name?: string }) => page(named(DOMAINS, query.name));

/**
 * GET /test/categories/?domain=[1,2]&name=: the categories of those domains. The dialog writes the
 * ids in brackets and, when it also searches, appends `name=` without an `&`
 * (`?domain=[1]name=Py`), which is read as meant.
 */
export function listCategories(query: { domain?: string; name?: string }) {
  const [ids, glued] = (query.domain ?? '').split('name=', 2);
  const list = ids.trim().replace(/^\[|\]$/g, '');
  if (list && !/^\d{1,9}(\s*,\s*\d{1,9})*$/.test(list)) throw invalid({ domain: 'Give domain ids, e.g. [1,2].' });
  const domains = list ? list.split(',').map(Number) : null;
  const found = CATEGORIES.filter((c) => !domains || domains.includes(c.domain));
  return page(named(found, query.name ?? glued));
}
