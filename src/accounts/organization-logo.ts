import type pg from 'pg';
import { notFound } from '../http/errors.ts';

/** GET /accounts/organization-logo/{org_id}/ (public: the apply page shows it): the logo's blob key; 404 without one. */
export async function organizationLogoKey(pool: pg.Pool, orgId: number): Promise<string> {
  const { rows } = await pool.query<{ logo: string | null }>('SELECT logo FROM organisations WHERE id = $1', [orgId]);
  const key = rows[0]?.logo;
  if (!key) throw notFound();
  return key;
}
