import type pg from 'pg';
import { kindOf, meetsExpected, readAnswer } from './answer-kinds.ts';
import type { CriterionColumns, CriterionFields } from './criterion-input.ts';

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** Whether the answers' marks may change: the kind, the options or the expected answer differ. */
function marksChange(before: CriterionFields, after: CriterionColumns): boolean {
  return before.response_type !== after.response_type || json(before.options) !== after.options || json(before.expected_response) !== after.expected_response;
}

/**
 * After a criterion's kind, options or expected answer change (`before`, as read under lock, to
 * `columns`), its answers are marked again against the new ones (null where an answer no longer
 * reads as the new kind).
 */
export async function remarkAnswers(client: pg.PoolClient, criterionId: number, before: CriterionFields, columns: CriterionColumns): Promise<void> {
  if (!marksChange(before, columns)) return;
  const { rows } = await client.query<{ id: number; response: unknown }>('SELECT id, response FROM criteria_responses WHERE criterion_id = $1', [criterionId]);
  if (!rows.length) return;
  const kind = kindOf(columns.response_type);
  const options = JSON.parse(columns.options) as string[];
  const expected = columns.expected_response === null ? null : JSON.parse(columns.expected_response);
  const meets = rows.map((r) => {
    const reading = kind ? readAnswer(kind, options, r.response) : { error: '' };
    return kind && 'value' in reading ? meetsExpected(kind, expected, reading.value) : null;
  });
  await client.query(
    'UPDATE criteria_responses cr SET meets_expected = m.meets FROM unnest($1::int[], $2::boolean[]) AS m(id, meets) WHERE cr.id = m.id',
    [rows.map((r) => r.id), meets],
  );
}
