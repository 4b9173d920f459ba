import type pg from 'pg';
import type { AuthUser } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { fetchPage } from '../http/paged-query.ts';
import type { PageRequest } from '../http/pagination.ts';
import { SqlParams } from '../http/sql.ts';
import { USER_JSON } from './user-json.ts';

/**
 * GET /accounts/organizations/{org_id}/users/: any member may list their own organisation's team,
 * the members removed from it (deactivated) with `?is_active=false`.
 */
export async function listOrgUsers(pool: pg.Pool, user: AuthUser, orgId: number, active: boolean, at: PageRequest) {
  if (orgId !== user.org_id) throw notFound();
  const params = new SqlParams();
  return fetchPage(pool, {
    item: USER_JSON,
    from: `FROM users u JOIN roles r ON r.id = u.role_id WHERE u.org_id = ${params.add(orgId)} AND u.is_active = ${params.add(active)}`,
    orderBy: 'u.id',
    params,
  }, at);
}
