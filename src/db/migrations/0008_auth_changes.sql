-- Each API process caches which user and session an access token stands for. A change to a
-- user's access or to a session's validity is announced on channel shortlist_auth, so that every
-- process (embedded or in a cluster) drops its cache as the change commits.
CREATE FUNCTION notify_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('shortlist_auth', '');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER users_auth_changed AFTER UPDATE OF is_active, role_id, name, org_id OR DELETE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_changed();
--> statement-breakpoint
CREATE TRIGGER users_auth_truncated AFTER TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_changed();
--> statement-breakpoint
CREATE TRIGGER auth_sessions_changed AFTER UPDATE OF revoked_at, expires_at, user_id OR DELETE ON auth_sessions
  FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_changed();
--> statement-breakpoint
CREATE TRIGGER auth_sessions_truncated AFTER TRUNCATE ON auth_sessions
  FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_changed();
