import type pg from 'pg';
import { kindOf, meetsExpected, readAnswer } from './answer-kinds.ts';
import type { CriterionColumns } from './criterion-input.ts';

/**
 * After a criterion's kind, options or expected answer change, its answers are marked again
 * against the new ones (null where an answer no longer reads as the new kind).
 */
export async function remarkAnswers(client: pg.PoolClient, criterionId: number, columns: CriterionColumns): Promise<void> {
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
