-- A candidate's is_latest resume (the row an Admin's organisation-wide grid shows) is their newest
-- application to a job that is not deleted. It was their newest application of all, so deleting
-- a job took its applicants out of the grid even when they had applied to other jobs. Deleting
-- or restoring a job now marks its applicants' latest application again.
CREATE FUNCTION mark_latest_resumes_of(candidate_ids integer[]) RETURNS void LANGUAGE sql AS $$
  UPDATE resumes r SET is_latest = (r.id IS NOT DISTINCT FROM l.id)
  FROM (SELECT c.id AS candidate_id,
          (SELECT lr.id FROM resumes lr JOIN jobs j ON j.id = lr.job_id AND NOT j.is_deleted
           WHERE lr.candidate_id = c.id ORDER BY lr.created_at DESC, lr.id DESC LIMIT 1) AS id
        FROM unnest(candidate_ids) AS c(id)) l
  WHERE r.candidate_id = l.candidate_id AND r.is_latest IS DISTINCT FROM (r.id IS NOT DISTINCT FROM l.id);
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION mark_latest_resumes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM mark_latest_resumes_of(ARRAY(SELECT DISTINCT candidate_id FROM changed_rows));
  RETURN NULL;
END $$;--> statement-breakpoint
-- Statement-level with transition tables, which PostgreSQL allows on UPDATE only without a column
-- list: the join keeps the common case (a counter update) to one row compared.
CREATE FUNCTION mark_latest_resumes_of_jobs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM mark_latest_resumes_of(ARRAY(
    SELECT DISTINCT r.candidate_id FROM old_jobs o JOIN new_jobs n ON n.id = o.id AND n.is_deleted IS DISTINCT FROM o.is_deleted
    JOIN resumes r ON r.job_id = n.id));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER jobs_latest_after_update AFTER UPDATE ON jobs
  REFERENCING OLD TABLE AS old_jobs NEW TABLE AS new_jobs FOR EACH STATEMENT EXECUTE FUNCTION mark_latest_resumes_of_jobs();--> statement-breakpoint
SELECT mark_latest_resumes_of(ARRAY(SELECT DISTINCT r.candidate_id FROM resumes r JOIN jobs j ON j.id = r.job_id WHERE j.is_deleted));
