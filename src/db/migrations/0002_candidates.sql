CREATE TABLE "candidate_stage_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"candidate_id" integer NOT NULL,
	"job_id" integer NOT NULL,
	"stage" text NOT NULL,
	"action" text NOT NULL,
	"status_text" text,
	"actor_id" integer,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidates" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"contact" text,
	"location" jsonb,
	"linkedin" text,
	"github" text,
	"personal_website" text,
	"profile_pic" text,
	"intro_video" text,
	"notice_period_in_months" integer,
	"current_ctc" numeric(14, 2),
	"expected_ctc" numeric(14, 2),
	"last_increment" text,
	"hired" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_universal_status" (
	"id" serial PRIMARY KEY NOT NULL,
	"candidate_id" integer NOT NULL,
	"job_id" integer NOT NULL,
	"current_stage" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'Applied' NOT NULL,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resume_scores" (
	"id" serial PRIMARY KEY NOT NULL,
	"resume_id" integer NOT NULL,
	"job_id" integer NOT NULL,
	"user_id" integer,
	"score_weight_id" integer,
	"ai_score" boolean DEFAULT true NOT NULL,
	"skills_score" numeric(4, 2) NOT NULL,
	"work_exp_score" numeric(4, 2) NOT NULL,
	"projects_score" numeric(4, 2) NOT NULL,
	"education_score" numeric(4, 2) NOT NULL,
	"certifications_score" numeric(4, 2) NOT NULL,
	"overall_score" numeric(4, 2) NOT NULL,
	"feedback" text,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resume_scores_resume_id_unique" UNIQUE("resume_id")
);
--> statement-breakpoint
CREATE TABLE "resumes" (
	"id" serial PRIMARY KEY NOT NULL,
	"candidate_id" integer NOT NULL,
	"job_id" integer NOT NULL,
	"score_weight_id" integer,
	"preference_id" integer,
	"name" text DEFAULT '' NOT NULL,
	"resume_json" jsonb,
	"input_tokens" integer DEFAULT 0 NOT NULL,
	"output_tokens" integer DEFAULT 0 NOT NULL,
	"total_tokens" integer DEFAULT 0 NOT NULL,
	"cost" numeric(10, 4) DEFAULT '0' NOT NULL,
	"phone_numbers" text,
	"personal_website" text,
	"websites" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"emails" text,
	"date_of_birth" text,
	"addresses" jsonb,
	"summary" text,
	"ai_summary" text,
	"education" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"work_experience" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"duration_per_work" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"total_duration" integer,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"skills_matched" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"skill_match_count" integer DEFAULT 0 NOT NULL,
	"certifications" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"projects" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"overall_score" numeric(5, 3),
	"resume_file" text,
	"resume_file_name" text,
	"resume_content_type" text,
	"resume_size" integer,
	"resume_sha256" text,
	"introduction_video" text,
	"responses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"upload_count" integer DEFAULT 0 NOT NULL,
	"task_duration_seconds" numeric(10, 3),
	"completed" boolean DEFAULT false NOT NULL,
	"task_message" text,
	"retries" integer DEFAULT 0 NOT NULL,
	"relevant_experience_in_months" integer,
	"expected_ctc" numeric(14, 2),
	"status_text" text DEFAULT 'Under Review' NOT NULL,
	"approved_at" timestamp (6) with time zone,
	"is_approved" boolean DEFAULT false NOT NULL,
	"approved_by" integer,
	"updated_by" integer,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_preferences" (
	"id" serial PRIMARY KEY NOT NULL,
	"job_id" integer NOT NULL,
	"max_retries" integer DEFAULT 1 NOT NULL,
	"max_resume_size" integer DEFAULT 10485760 NOT NULL,
	"max_applicants" integer,
	"shortlist_threshold" numeric(4, 2) DEFAULT '6.00' NOT NULL,
	"location_to_exclude" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"include_github" boolean DEFAULT true NOT NULL,
	"include_linkedin" boolean DEFAULT true NOT NULL,
	"include_questions" boolean DEFAULT false NOT NULL,
	"include_notice_period" boolean DEFAULT true NOT NULL,
	"include_current_ctc" boolean DEFAULT true NOT NULL,
	"include_expected_ctc" boolean DEFAULT true NOT NULL,
	"include_relevant_experience" boolean DEFAULT true NOT NULL,
	"include_profile_pic" boolean DEFAULT false NOT NULL,
	"include_intro_video" boolean DEFAULT false NOT NULL,
	"last_increment" boolean DEFAULT false NOT NULL,
	"currency" text DEFAULT 'INR' NOT NULL,
	"question_set" integer,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"random_questions" boolean DEFAULT false NOT NULL,
	"random_questions_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "screening_preferences_job_id_unique" UNIQUE("job_id")
);
--> statement-breakpoint
ALTER TABLE "candidate_stage_events" ADD CONSTRAINT "candidate_stage_events_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_stage_events" ADD CONSTRAINT "candidate_stage_events_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_stage_events" ADD CONSTRAINT "candidate_stage_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_universal_status" ADD CONSTRAINT "job_universal_status_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_universal_status" ADD CONSTRAINT "job_universal_status_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_scores" ADD CONSTRAINT "resume_scores_resume_id_resumes_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resumes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_scores" ADD CONSTRAINT "resume_scores_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_scores" ADD CONSTRAINT "resume_scores_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_scores" ADD CONSTRAINT "resume_scores_score_weight_id_score_weights_id_fk" FOREIGN KEY ("score_weight_id") REFERENCES "public"."score_weights"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_score_weight_id_score_weights_id_fk" FOREIGN KEY ("score_weight_id") REFERENCES "public"."score_weights"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_preference_id_screening_preferences_id_fk" FOREIGN KEY ("preference_id") REFERENCES "public"."screening_preferences"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_preferences" ADD CONSTRAINT "screening_preferences_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidate_stage_events_candidate_job_idx" ON "candidate_stage_events" USING btree ("candidate_id","job_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "candidates_org_email_key" ON "candidates" USING btree ("org_id",lower("email"));--> statement-breakpoint
CREATE INDEX "candidates_org_created_idx" ON "candidates" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "candidates_name_trgm_idx" ON "candidates" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "candidates_city_idx" ON "candidates" USING btree ("org_id",lower("location"->>'city'));--> statement-breakpoint
CREATE INDEX "candidates_state_idx" ON "candidates" USING btree ("org_id",lower("location"->>'state'));--> statement-breakpoint
CREATE UNIQUE INDEX "job_universal_status_candidate_job_key" ON "job_universal_status" USING btree ("candidate_id","job_id");--> statement-breakpoint
CREATE INDEX "job_universal_status_job_stage_idx" ON "job_universal_status" USING btree ("job_id","current_stage","created_at");--> statement-breakpoint
CREATE INDEX "job_universal_status_job_created_idx" ON "job_universal_status" USING btree ("job_id","created_at");--> statement-breakpoint
CREATE INDEX "resume_scores_overall_idx" ON "resume_scores" USING btree ("job_id","overall_score");--> statement-breakpoint
CREATE UNIQUE INDEX "resumes_candidate_job_key" ON "resumes" USING btree ("candidate_id","job_id");--> statement-breakpoint
CREATE INDEX "resumes_job_created_idx" ON "resumes" USING btree ("job_id","created_at");--> statement-breakpoint
CREATE INDEX "resumes_job_score_idx" ON "resumes" USING btree ("job_id","overall_score");--> statement-breakpoint
CREATE INDEX "resumes_job_status_idx" ON "resumes" USING btree ("job_id","status_text");--> statement-breakpoint
CREATE INDEX "resumes_sha256_idx" ON "resumes" USING btree ("job_id","resume_sha256");