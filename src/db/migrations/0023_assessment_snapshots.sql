ALTER TABLE "assessments" ADD COLUMN "library_id" integer;--> statement-breakpoint
ALTER TABLE "test_logs" ADD COLUMN "questions" jsonb;--> statement-breakpoint
ALTER TABLE "test_logs" ADD COLUMN "time_duration_in_minutes" integer;--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_org_library_idx" ON "assessments" USING btree ("org_id","library_id");