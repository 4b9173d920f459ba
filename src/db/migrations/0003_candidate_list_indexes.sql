CREATE INDEX "candidates_org_updated_idx" ON "candidates" USING btree ("org_id","updated_at");--> statement-breakpoint
CREATE INDEX "resumes_candidate_created_idx" ON "resumes" USING btree ("candidate_id","created_at");--> statement-breakpoint
CREATE INDEX "resumes_job_experience_idx" ON "resumes" USING btree ("job_id","relevant_experience_in_months");--> statement-breakpoint
CREATE INDEX "resumes_job_duration_idx" ON "resumes" USING btree ("job_id","total_duration");--> statement-breakpoint
CREATE INDEX "resumes_job_completed_idx" ON "resumes" USING btree ("job_id","completed");