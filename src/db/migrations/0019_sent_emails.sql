CREATE TABLE "sent_emails" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" integer NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp (6) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sent_emails" ADD CONSTRAINT "sent_emails_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sent_emails_org_created_idx" ON "sent_emails" USING btree ("org_id","created_at");--> statement-breakpoint
-- Writes are announced to the API processes' caches, as for every table (see 0009_data_changes).
CREATE TRIGGER "sent_emails_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "sent_emails"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
