DROP INDEX "job_universal_status_job_created_idx";--> statement-breakpoint
DROP INDEX "resumes_job_created_idx";--> statement-breakpoint
DROP INDEX "resumes_job_score_idx";--> statement-breakpoint
ALTER TABLE "resumes" ADD COLUMN "is_latest" boolean DEFAULT true NOT NULL;--> statement-breakpoint
-- A candidate's newest application (latest created_at, then id) is their is_latest resume.
UPDATE resumes r SET is_latest = false
FROM (SELECT DISTINCT ON (candidate_id) candidate_id, id FROM resumes ORDER BY candidate_id, created_at DESC, id DESC) l
WHERE r.candidate_id = l.candidate_id AND r.id <> l.id;--> statement-breakpoint
CREATE FUNCTION mark_latest_resumes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE resumes r SET is_latest = (r.id = l.id)
  FROM (SELECT DISTINCT ON (candidate_id) candidate_id, id FROM resumes
        WHERE candidate_id IN (SELECT candidate_id FROM changed_rows)
        ORDER BY candidate_id, created_at DESC, id DESC) l
  WHERE r.candidate_id = l.candidate_id AND r.is_latest IS DISTINCT FROM (r.id = l.id);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER resumes_latest_after_insert AFTER INSERT ON resumes
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION mark_latest_resumes();--> statement-breakpoint
CREATE TRIGGER resumes_latest_after_delete AFTER DELETE ON resumes
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION mark_latest_resumes();--> statement-breakpoint
CREATE INDEX "job_universal_status_job_updated_idx" ON "job_universal_status" USING btree ("job_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "resumes_latest_created_idx" ON "resumes" USING btree ("created_at" DESC NULLS LAST,"id" DESC) WHERE "resumes"."is_latest";--> statement-breakpoint
CREATE INDEX "resumes_latest_score_idx" ON "resumes" USING btree ("overall_score" DESC NULLS LAST,"id" DESC) WHERE "resumes"."is_latest";--> statement-breakpoint
CREATE INDEX "job_universal_status_job_created_idx" ON "job_universal_status" USING btree ("job_id","created_at","id");--> statement-breakpoint
CREATE INDEX "resumes_job_created_idx" ON "resumes" USING btree ("job_id","created_at" DESC NULLS LAST,"id" DESC);--> statement-breakpoint
CREATE INDEX "resumes_job_score_idx" ON "resumes" USING btree ("job_id","overall_score" DESC NULLS LAST,"id" DESC);