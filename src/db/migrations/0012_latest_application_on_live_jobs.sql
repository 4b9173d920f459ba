-- A candidate's is_latest resume (the row an Admin's organisation-wide grid shows) is their newest
-- application to a job that is not deleted. It was their newest application of all, so deleting
-- a job took its applicants out of the grid even when they had applied to other jobs.
--
-- Two transactions writing applications of one candidate each chose from their own snapshot, so
-- both rows could stay marked; the candidates are locked first, in id order, so the second waits
-- and its UPDATE, a statement of its own, sees the first one's row. Applying already locks the
-- candidate's row (its fields are saved first); deleting a job locks its applicants in the same
-- order before it (src/jobs/delete-job.ts). PL/pgSQL keeps the UPDATE's plan for the session.
CREATE FUNCTION mark_latest_resumes_of(candidate_ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM candidates WHERE id = ANY(candidate_ids) ORDER BY id FOR UPDATE;
  UPDATE resumes r SET is_latest = (r.id IS NOT DISTINCT FROM l.id)
  FROM (SELECT c.id AS candidate_id,
          (SELECT lr.id FROM resumes lr JOIN jobs j ON j.id = lr.job_id AND NOT j.is_deleted
           WHERE lr.candidate_id = c.id ORDER BY lr.created_at DESC, lr.id DESC LIMIT 1) AS id
        FROM unnest(candidate_ids) AS c(id)) l
  WHERE r.candidate_id = l.candidate_id AND r.is_latest IS DISTINCT FROM (r.id IS NOT DISTINCT FROM l.id);
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION mark_latest_resumes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM mark_latest_resumes_of(ARRAY(SELECT DISTINCT candidate_id FROM changed_rows));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION mark_latest_resumes_of_job() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM mark_latest_resumes_of(ARRAY(SELECT DISTINCT candidate_id FROM resumes WHERE job_id = NEW.id));
  RETURN NULL;
END $$;--> statement-breakpoint
-- A row trigger with a WHEN clause, which PostgreSQL skips itself unless a job is deleted or
-- restored: every application updates its job's applicant counter, and a statement-level trigger
-- there cost about 1 ms each.
CREATE TRIGGER jobs_latest_after_delete_or_restore AFTER UPDATE OF is_deleted ON jobs
  FOR EACH ROW WHEN (OLD.is_deleted IS DISTINCT FROM NEW.is_deleted) EXECUTE FUNCTION mark_latest_resumes_of_job();--> statement-breakpoint
SELECT mark_latest_resumes_of(ARRAY(SELECT DISTINCT r.candidate_id FROM resumes r JOIN jobs j ON j.id = r.job_id WHERE j.is_deleted));
