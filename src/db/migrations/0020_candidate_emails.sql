-- No read shows these rows, so, like auth_sessions, their writes are not announced to the API
-- processes' caches (0009_data_changes): a message deleted once sent would drop every cache.
CREATE TABLE "candidate_emails" (
	"id" serial PRIMARY KEY NOT NULL,
	"candidate_id" integer NOT NULL,
	"job_id" integer NOT NULL,
	"mail" jsonb NOT NULL,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "candidate_emails" ADD CONSTRAINT "candidate_emails_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_emails" ADD CONSTRAINT "candidate_emails_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidate_emails_candidate_job_idx" ON "candidate_emails" USING btree ("candidate_id","job_id");
--> statement-breakpoint
-- send-email jobs queued before this migration carry a candidate's message inline, with its
-- candidateId and jobId. Those still waiting move here, their jobs keeping only the id, so that
-- deleting the application deletes them as it does every message queued from now on; those done
-- lose the message (and any error naming the address), which pg-boss would keep for days. These
-- are pg-boss 10's tables; a new database has none yet.
DO $$
BEGIN
  IF to_regclass('pgboss.job') IS NULL THEN
    RETURN;
  END IF;
  CREATE TEMPORARY TABLE waiting_emails ON COMMIT DROP AS
    SELECT j.id AS queued, nextval(pg_get_serial_sequence('candidate_emails', 'id'))::int AS email, j.data
    FROM pgboss.job j
    WHERE j.name = 'send-email' AND j.data ? 'candidateId' AND j.state IN ('created', 'retry')
      AND EXISTS (SELECT 1 FROM candidates c WHERE c.id = (j.data->>'candidateId')::int)
      AND EXISTS (SELECT 1 FROM jobs b WHERE b.id = (j.data->>'jobId')::int);
  INSERT INTO candidate_emails (id, candidate_id, job_id, mail)
    SELECT email, (data->>'candidateId')::int, (data->>'jobId')::int, data - 'candidateId' - 'jobId' FROM waiting_emails;
  UPDATE pgboss.job j SET data = jsonb_build_object('candidateEmail', w.email) FROM waiting_emails w WHERE j.name = 'send-email' AND j.id = w.queued;
  UPDATE pgboss.job SET data = NULL, output = NULL
    WHERE name = 'send-email' AND data ? 'candidateId' AND state IN ('completed', 'failed', 'cancelled');
  IF to_regclass('pgboss.archive') IS NOT NULL THEN
    UPDATE pgboss.archive SET data = NULL, output = NULL WHERE name = 'send-email' AND data ? 'candidateId';
  END IF;
END $$;
