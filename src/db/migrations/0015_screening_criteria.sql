CREATE TABLE "criteria_responses" (
	"id" serial PRIMARY KEY NOT NULL,
	"criterion_id" integer NOT NULL,
	"candidate_id" integer NOT NULL,
	"response" jsonb NOT NULL,
	"meets_expected" boolean,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_criteria" (
	"id" serial PRIMARY KEY NOT NULL,
	"job_id" integer NOT NULL,
	"question" text NOT NULL,
	"response_type" text NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"expected_response" jsonb,
	"is_deleted" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "criteria_responses" ADD CONSTRAINT "criteria_responses_criterion_id_screening_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."screening_criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criteria_responses" ADD CONSTRAINT "criteria_responses_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_criteria" ADD CONSTRAINT "screening_criteria_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_criteria" ADD CONSTRAINT "screening_criteria_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "criteria_responses_criterion_candidate_key" ON "criteria_responses" USING btree ("criterion_id","candidate_id");--> statement-breakpoint
CREATE INDEX "criteria_responses_candidate_idx" ON "criteria_responses" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "screening_criteria_job_idx" ON "screening_criteria" USING btree ("job_id");--> statement-breakpoint
-- Writes are announced to the API processes' caches, as for every table (see 0009_data_changes).
CREATE TRIGGER "screening_criteria_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "screening_criteria"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();--> statement-breakpoint
CREATE TRIGGER "criteria_responses_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "criteria_responses"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
