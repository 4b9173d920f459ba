ALTER TABLE "assessments" ADD COLUMN "library_id" integer;--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_org_library_idx" ON "assessments" USING btree ("org_id","library_id");