-- Stable reference rows: the hiring services, the roles and the default score weights.
INSERT INTO services (id, name, key) VALUES
  (1, 'Resume Screening', 'resume-screening'),
  (2, 'Automated Video Interview', 'automated-video-interview'),
  (3, 'Assessments', 'assessment');
--> statement-breakpoint
INSERT INTO roles (id, name) VALUES (1, 'Admin'), (2, 'Editor'), (3, 'Participant');
--> statement-breakpoint
INSERT INTO score_weights (id, skills, work_experience, projects, education, certifications, user_id)
  VALUES (1, 0.40, 0.10, 0.30, 0.10, 0.10, NULL);
--> statement-breakpoint
SELECT setval(pg_get_serial_sequence('score_weights', 'id'), 1);
--> statement-breakpoint
-- Timestamps inside JSON built by SQL, in the API's format: ISO 8601 UTC, microseconds, Z.
CREATE FUNCTION api_ts(ts timestamptz) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
--> statement-breakpoint
-- "5 minutes ago", as the spec shows a user's last_seen.
CREATE FUNCTION humanize_since(ts timestamptz) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  RETURN CASE
    WHEN ts IS NULL THEN NULL
    WHEN now() - ts < interval '1 minute' THEN 'just now'
    WHEN now() - ts < interval '1 hour' THEN floor(extract(epoch FROM now() - ts) / 60)::int || ' minutes ago'
    WHEN now() - ts < interval '1 day' THEN floor(extract(epoch FROM now() - ts) / 3600)::int || ' hours ago'
    ELSE floor(extract(epoch FROM now() - ts) / 86400)::int || ' days ago'
  END;
