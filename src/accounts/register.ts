import type pg from 'pg';
import { withTransaction } from '../db/transaction.ts';
import { uniqueOr } from '../http/errors.ts';
import { insertUser } from './create-user.ts';

export interface Registration {
  email: string;
  password: string;
  name: string;
  org_domain: string;
  contact?: string | null;
  org_name?: string;
}

/** POST /accounts/register/: a new organisation, every service enabled, and its first Admin. */
export async function register(pool: pg.Pool, input: Registration): Promise<number> {
  return withTransaction(pool, async (client) => {
    const { rows } = await uniqueOr('organisations_domain_key', { org_domain: 'An organisation with this domain already exists.' }, () =>
      client.query<{ id: number }>(
        'INSERT INTO organisations (name, domain) VALUES ($1, $2) RETURNING id',
        [input.org_name || input.org_domain, input.org_domain.trim().toLowerCase()],
      ));
    const orgId = rows[0].id;
    await client.query('INSERT INTO organisation_services (org_id, service_id) SELECT $1, id FROM services', [orgId]);
    return insertUser(client, { org_id: orgId, name: input.name, email: input.email, password: input.password, role_id: 1, contact: input.contact });
  });
}
