-- Each API process caches its busiest reads and drops them when data changes: every statement
-- that writes a table is announced on channel shortlist_data (once per transaction, at commit).
-- Sessions are no data any read shows; a user's sign-in times change on every visit and are
-- left out for that reason. A table created later needs the same trigger (a test checks).
CREATE FUNCTION notify_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('shortlist_data', '');
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('users', 'auth_sessions') LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed()',
      t || '_data_changed', t);
  END LOOP;
END $$;
--> statement-breakpoint
CREATE TRIGGER users_data_changed
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF id, org_id, name, username, email, password_hash, role_id, profile_pic,
    is_active, is_staff, is_superuser, contact, country, invited_by, created_at, updated_at
  ON users FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
