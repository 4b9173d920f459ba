-- A job may still name a module deleted before this key existed.
UPDATE "jobs" SET "workflow" = NULL WHERE "workflow" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "interview_modules" m WHERE m."id" = "jobs"."workflow");--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_workflow_interview_modules_id_fk" FOREIGN KEY ("workflow") REFERENCES "public"."interview_modules"("id") ON DELETE set null ON UPDATE no action;
