-- Every resume belongs to an application's status row, as applying writes both: lists count a
-- job's resumes by its applicant counter, which triggers keep on job_universal_status. Deferred,
-- because applying inserts the resume first (its unique key tells a new application from a
-- resubmission). NOT VALID: every writer has always kept both rows, and an upgrade must not fail
-- to start over an old anomaly; new and changed rows are checked.
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_application_fk" FOREIGN KEY ("candidate_id", "job_id")
  REFERENCES "job_universal_status" ("candidate_id", "job_id") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED NOT VALID;
