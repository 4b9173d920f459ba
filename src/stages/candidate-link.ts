import type pg from 'pg';
import { notFound } from '../http/errors.ts';

const TABLES = { test_logs: 'test_logs', personality_screenings: 'personality_screenings' } as const;

/**
 * The record a candidate's public link names. Links carry the record's random access key, never
 * its sequential id, so that one candidate's link reaches only their own assessment or interview.
 */
export async function linkedRecordId(db: pg.Pool | pg.PoolClient, table: keyof typeof TABLES, key: string): Promise<number> {
  if (!/^[0-9a-f]{32}$/.test(key)) throw notFound();
  const { rows } = await db.query<{ id: number }>(`SELECT id FROM ${TABLES[table]} WHERE access_key = $1`, [key]);
  if (!rows[0]) throw notFound();
  return rows[0].id;
}
