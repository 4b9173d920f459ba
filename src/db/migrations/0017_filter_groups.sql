CREATE TABLE "filter_groups" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"job_id" integer,
	"name" text NOT NULL,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"work_experience" jsonb,
	"location" jsonb DEFAULT '{"city": [], "state": []}'::jsonb NOT NULL,
	"ai_recommendations" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "filter_groups" ADD CONSTRAINT "filter_groups_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filter_groups" ADD CONSTRAINT "filter_groups_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filter_groups" ADD CONSTRAINT "filter_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "filter_groups_org_job_idx" ON "filter_groups" USING btree ("org_id","job_id");--> statement-breakpoint
-- Writes are announced to the API processes' caches, as for every table (see 0009_data_changes).
CREATE TRIGGER "filter_groups_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "filter_groups"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
