CREATE TABLE "model_usage" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"user_id" integer,
	"purpose" text NOT NULL,
	"input_tokens" integer NOT NULL,
	"output_tokens" integer NOT NULL,
	"total_tokens" integer NOT NULL,
	"cost" numeric(10, 4) NOT NULL,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "model_usage" ADD CONSTRAINT "model_usage_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_usage" ADD CONSTRAINT "model_usage_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "model_usage_org_user_idx" ON "model_usage" USING btree ("org_id","user_id");--> statement-breakpoint
-- Writes are announced to the API processes' caches (0009_data_changes): the dashboard's cost reads them.
CREATE TRIGGER "model_usage_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "model_usage"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
