ALTER TABLE "personality_screenings" ADD COLUMN "access_key" text DEFAULT replace(gen_random_uuid()::text, '-', '') NOT NULL;--> statement-breakpoint
ALTER TABLE "test_logs" ADD COLUMN "access_key" text DEFAULT replace(gen_random_uuid()::text, '-', '') NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "personality_screenings_access_key" ON "personality_screenings" USING btree ("access_key");--> statement-breakpoint
CREATE UNIQUE INDEX "test_logs_access_key" ON "test_logs" USING btree ("access_key");