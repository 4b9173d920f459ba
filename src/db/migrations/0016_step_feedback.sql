CREATE TABLE "step_feedback" (
	"id" serial PRIMARY KEY NOT NULL,
	"candidate_id" integer NOT NULL,
	"job_id" integer NOT NULL,
	"user_id" integer,
	"step_name" text NOT NULL,
	"feedback" text NOT NULL,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "step_feedback" ADD CONSTRAINT "step_feedback_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_feedback" ADD CONSTRAINT "step_feedback_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_feedback" ADD CONSTRAINT "step_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "step_feedback_job_candidate_idx" ON "step_feedback" USING btree ("job_id","candidate_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "resumes_costly_job_idx" ON "resumes" USING btree ("job_id","cost") WHERE "resumes"."cost" > 0;--> statement-breakpoint
-- Writes are announced to the API processes' caches, as for every table (see 0009_data_changes).
CREATE TRIGGER "step_feedback_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "step_feedback"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
