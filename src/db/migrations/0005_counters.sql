ALTER TABLE "organisations" ADD COLUMN "candidates_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "applicants_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Statement-level triggers with transition tables: one UPDATE per statement, however many rows.
CREATE FUNCTION count_applicants_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE jobs j SET applicants_count = j.applicants_count + n.added
  FROM (SELECT job_id, count(*) AS added FROM added_rows GROUP BY job_id) n WHERE j.id = n.job_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION count_applicants_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE jobs j SET applicants_count = j.applicants_count - n.removed
  FROM (SELECT job_id, count(*) AS removed FROM removed_rows GROUP BY job_id) n WHERE j.id = n.job_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER job_applicants_added AFTER INSERT ON job_universal_status
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION count_applicants_added();
--> statement-breakpoint
CREATE TRIGGER job_applicants_removed AFTER DELETE ON job_universal_status
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION count_applicants_removed();
--> statement-breakpoint
CREATE FUNCTION count_candidates_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE organisations o SET candidates_count = o.candidates_count + n.added
  FROM (SELECT org_id, count(*) AS added FROM added_rows GROUP BY org_id) n WHERE o.id = n.org_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION count_candidates_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE organisations o SET candidates_count = o.candidates_count - n.removed
  FROM (SELECT org_id, count(*) AS removed FROM removed_rows GROUP BY org_id) n WHERE o.id = n.org_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER org_candidates_added AFTER INSERT ON candidates
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION count_candidates_added();
--> statement-breakpoint
CREATE TRIGGER org_candidates_removed AFTER DELETE ON candidates
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION count_candidates_removed();
--> statement-breakpoint
UPDATE jobs j SET applicants_count = (SELECT count(*) FROM job_universal_status a WHERE a.job_id = j.id);
--> statement-breakpoint
UPDATE organisations o SET candidates_count = (SELECT count(*) FROM candidates c WHERE c.org_id = o.id);
