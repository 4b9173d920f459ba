CREATE TABLE "assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"time_duration_in_minutes" integer DEFAULT 30 NOT NULL,
	"pass_score" numeric(5, 2) DEFAULT '60.00' NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_published" boolean DEFAULT true NOT NULL,
	"created_by" integer,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_steps" (
	"id" serial PRIMARY KEY NOT NULL,
	"candidate_id" integer NOT NULL,
	"job_id" integer NOT NULL,
	"module_id" integer,
	"step_id" text NOT NULL,
	"stage" text NOT NULL,
	"order" integer NOT NULL,
	"started" boolean DEFAULT false NOT NULL,
	"started_at" timestamp (6) with time zone,
	"completed" boolean DEFAULT false NOT NULL,
	"completed_at" timestamp (6) with time zone,
	"approved" boolean,
	"status_text" text DEFAULT 'Pending' NOT NULL,
	"updated_by" integer,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personality_screenings" (
	"id" serial PRIMARY KEY NOT NULL,
	"job_id" integer NOT NULL,
	"candidate_id" integer NOT NULL,
	"question_set_id" integer,
	"question_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"assigned_by" integer,
	"assigned_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"expired_at" timestamp (6) with time zone NOT NULL,
	"link_opened" boolean DEFAULT false NOT NULL,
	"link_opened_at" timestamp (6) with time zone,
	"started" boolean DEFAULT false NOT NULL,
	"started_at" timestamp (6) with time zone,
	"completed" boolean DEFAULT false NOT NULL,
	"completed_time" timestamp (6) with time zone,
	"status_text" text DEFAULT 'Assigned' NOT NULL,
	"is_approved" boolean,
	"approved_by" integer,
	"updated_by" integer,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_sets" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"name" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_answers" (
	"id" serial PRIMARY KEY NOT NULL,
	"screening_id" integer NOT NULL,
	"question_id" integer NOT NULL,
	"video_file" text,
	"audio_file" text,
	"text" text,
	"duration" numeric(8, 2),
	"started" timestamp (6) with time zone,
	"submitted_at" timestamp (6) with time zone,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_questions" (
	"id" serial PRIMARY KEY NOT NULL,
	"question_set_id" integer NOT NULL,
	"text" text NOT NULL,
	"time_limit" integer DEFAULT 120 NOT NULL,
	"is_deleted" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "test_logs" (
	"id" serial PRIMARY KEY NOT NULL,
	"job_id" integer NOT NULL,
	"candidate_id" integer NOT NULL,
	"assessment_id" integer NOT NULL,
	"assigned_by" integer,
	"valid_from" timestamp (6) with time zone NOT NULL,
	"valid_to" timestamp (6) with time zone NOT NULL,
	"preferences" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status_text" text DEFAULT 'Assigned' NOT NULL,
	"link_opened_at" timestamp (6) with time zone,
	"started_at" timestamp (6) with time zone,
	"completed_at" timestamp (6) with time zone,
	"completed" boolean DEFAULT false NOT NULL,
	"answers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"score" numeric(5, 2),
	"fullscreen_exit_count" integer DEFAULT 0 NOT NULL,
	"tab_switch_count" integer DEFAULT 0 NOT NULL,
	"is_approved" boolean,
	"approved_by" integer,
	"updated_by" integer,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "video_uploads" (
	"id" text PRIMARY KEY NOT NULL,
	"screening_id" integer NOT NULL,
	"parts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_steps" ADD CONSTRAINT "interview_steps_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_steps" ADD CONSTRAINT "interview_steps_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_steps" ADD CONSTRAINT "interview_steps_module_id_interview_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."interview_modules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_steps" ADD CONSTRAINT "interview_steps_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personality_screenings" ADD CONSTRAINT "personality_screenings_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personality_screenings" ADD CONSTRAINT "personality_screenings_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personality_screenings" ADD CONSTRAINT "personality_screenings_question_set_id_question_sets_id_fk" FOREIGN KEY ("question_set_id") REFERENCES "public"."question_sets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personality_screenings" ADD CONSTRAINT "personality_screenings_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personality_screenings" ADD CONSTRAINT "personality_screenings_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personality_screenings" ADD CONSTRAINT "personality_screenings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_sets" ADD CONSTRAINT "question_sets_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_sets" ADD CONSTRAINT "question_sets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_answers" ADD CONSTRAINT "screening_answers_screening_id_personality_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."personality_screenings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_answers" ADD CONSTRAINT "screening_answers_question_id_screening_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."screening_questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_questions" ADD CONSTRAINT "screening_questions_question_set_id_question_sets_id_fk" FOREIGN KEY ("question_set_id") REFERENCES "public"."question_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_logs" ADD CONSTRAINT "test_logs_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_logs" ADD CONSTRAINT "test_logs_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_logs" ADD CONSTRAINT "test_logs_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_logs" ADD CONSTRAINT "test_logs_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_logs" ADD CONSTRAINT "test_logs_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "test_logs" ADD CONSTRAINT "test_logs_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_uploads" ADD CONSTRAINT "video_uploads_screening_id_personality_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."personality_screenings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_org_idx" ON "assessments" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "interview_steps_candidate_job_stage_key" ON "interview_steps" USING btree ("candidate_id","job_id","stage");--> statement-breakpoint
CREATE INDEX "interview_steps_job_idx" ON "interview_steps" USING btree ("job_id","stage");--> statement-breakpoint
CREATE INDEX "personality_screenings_candidate_job_idx" ON "personality_screenings" USING btree ("candidate_id","job_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "screening_answers_screening_question_key" ON "screening_answers" USING btree ("screening_id","question_id");--> statement-breakpoint
CREATE INDEX "screening_questions_set_idx" ON "screening_questions" USING btree ("question_set_id");--> statement-breakpoint
CREATE INDEX "test_logs_candidate_job_idx" ON "test_logs" USING btree ("candidate_id","job_id","created_at");