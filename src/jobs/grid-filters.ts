// Two filters of the web client's jobs grid whose lookup says something other than what its user
// asks: the grid sends each column's text with the lookup of the column's kind of filter.
import { invalid } from '../http/errors.ts';
import { MAX_FILTER_VALUES } from '../http/filters.ts';
import type { SqlParams } from '../http/sql.ts';

/** The values given for `key` (a repeated key gives several), each checked against `pattern`; empty ones are dropped. */
function valuesOf(value: unknown, key: string, pattern: RegExp, message: string): string[] {
  if (value === undefined || value === null) return [];
  const values = (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : undefined));
  if (values.some((v) => v === undefined || (v !== '' && !pattern.test(v)))) throw invalid({ [key]: message });
  const given = (values as string[]).filter(Boolean);
  if (given.join(',').split(',').length > MAX_FILTER_VALUES) throw invalid({ [key]: `Ensure this filter has no more than ${MAX_FILTER_VALUES} values.` });
  return given;
}

/**
 * "Total Applicants" (`applicants_count__icontains=5`) finds the jobs with that many applicants,
 * not every count written with a 5; "Experience" (`experience__in=3` or `3,5`), shown as a job's
 * "min - max years", finds the jobs whose range holds one of the years. The query's other
 * filters are returned for filterConditions.
 */
export function jobGridFilters(query: Record<string, unknown>, params: SqlParams): { conditions: string[]; others: Record<string, unknown> } {
  const { applicants_count__icontains, experience__in, ...others } = query;
  const counts = valuesOf(applicants_count__icontains, 'applicants_count__icontains', /^\d{1,9}$/, 'Enter a whole number of applicants.');
  const years = valuesOf(experience__in, 'experience__in', /^\d{1,2}(\s*,\s*\d{1,2})*,?$/, 'Enter whole years of experience, separated by commas.');
  const conditions = [
    ...counts.map((count) => `j.applicants_count = ${params.add(Number(count))}`),
    ...years.map((list) => {
      const held = list.split(',').filter((y) => y.trim()).map(Number);
      return `EXISTS (SELECT 1 FROM unnest(${params.add(held)}::int[]) AS y(years) WHERE y.years BETWEEN j.min_experience AND j.max_experience)`;
    }),
  ];
  return { conditions, others };
}
