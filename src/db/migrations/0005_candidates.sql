CREATE TABLE "candidate_fit_notes" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"candidate_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"organization_id" uuid,
	"job_id" uuid,
	"role_title" text,
	"author_id" uuid,
	CONSTRAINT "candidate_fit_notes_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "candidate_source_events" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"source" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"detail" text,
	"job_id" uuid,
	"referrer_name" text,
	CONSTRAINT "candidate_source_events_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "candidates" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"emails" text[] DEFAULT '{}'::text[] NOT NULL,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"location" text,
	"source" text NOT NULL,
	"owner_id" uuid,
	"status" text DEFAULT 'new' NOT NULL,
	"available_on" date,
	"preferences" jsonb DEFAULT '{"employmentTypes":[],"locations":[],"remote":[]}'::jsonb NOT NULL,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"skill_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"work_history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"education" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"current_employer" text,
	"current_title" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"consent_basis" text,
	"consent_on" date,
	"consent_source" text,
	"retain_until" date,
	"last_contacted_at" timestamp with time zone,
	"role_interests" text[] DEFAULT '{}'::text[] NOT NULL,
	"nurture_stage" text,
	"profile_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"handoff_note" text,
	"merged_into_id" uuid,
	CONSTRAINT "candidates_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
ALTER TABLE "activities" DROP CONSTRAINT "activities_one_record";--> statement-breakpoint
ALTER TABLE "activity_mentions" DROP CONSTRAINT "activity_mentions_one_record";--> statement-breakpoint
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_one_record";--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "candidate_id" uuid;--> statement-breakpoint
ALTER TABLE "activity_mentions" ADD COLUMN "candidate_id" uuid;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "candidate_id" uuid;--> statement-breakpoint
ALTER TABLE "candidate_fit_notes" ADD CONSTRAINT "candidate_fit_notes_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_fit_notes" ADD CONSTRAINT "candidate_fit_notes_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_fit_notes" ADD CONSTRAINT "candidate_fit_notes_organization_fk" FOREIGN KEY ("agency_id","organization_id") REFERENCES "public"."organizations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_fit_notes" ADD CONSTRAINT "candidate_fit_notes_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_fit_notes" ADD CONSTRAINT "candidate_fit_notes_author_fk" FOREIGN KEY ("agency_id","author_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_source_events" ADD CONSTRAINT "candidate_source_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_source_events" ADD CONSTRAINT "candidate_source_events_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_source_events" ADD CONSTRAINT "candidate_source_events_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_owner_fk" FOREIGN KEY ("agency_id","owner_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_merged_into_fk" FOREIGN KEY ("agency_id","merged_into_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidate_fit_notes_candidate_idx" ON "candidate_fit_notes" USING btree ("agency_id","candidate_id","created_at");--> statement-breakpoint
CREATE INDEX "candidate_fit_notes_organization_idx" ON "candidate_fit_notes" USING btree ("agency_id","organization_id");--> statement-breakpoint
CREATE INDEX "candidate_fit_notes_job_idx" ON "candidate_fit_notes" USING btree ("agency_id","job_id");--> statement-breakpoint
CREATE INDEX "candidate_fit_notes_author_idx" ON "candidate_fit_notes" USING btree ("agency_id","author_id");--> statement-breakpoint
CREATE INDEX "candidate_source_events_candidate_idx" ON "candidate_source_events" USING btree ("agency_id","candidate_id","occurred_at");--> statement-breakpoint
CREATE INDEX "candidate_source_events_job_idx" ON "candidate_source_events" USING btree ("agency_id","job_id");--> statement-breakpoint
CREATE INDEX "candidates_updated_idx" ON "candidates" USING btree ("agency_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "candidates_status_idx" ON "candidates" USING btree ("agency_id","status","updated_at","id");--> statement-breakpoint
CREATE INDEX "candidates_owner_idx" ON "candidates" USING btree ("agency_id","owner_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "candidates_available_idx" ON "candidates" USING btree ("agency_id","available_on","id");--> statement-breakpoint
CREATE INDEX "candidates_last_name_idx" ON "candidates" USING btree ("agency_id",lower("last_name"),"id");--> statement-breakpoint
CREATE INDEX "candidates_first_name_idx" ON "candidates" USING btree ("agency_id",lower("first_name"),"id");--> statement-breakpoint
CREATE INDEX "candidates_name_trgm_idx" ON "candidates" USING gin ((lower("first_name") || ' ' || lower("last_name")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "candidates_emails_idx" ON "candidates" USING gin ("emails");--> statement-breakpoint
CREATE INDEX "candidates_phones_idx" ON "candidates" USING gin ("phones");--> statement-breakpoint
CREATE INDEX "candidates_skill_names_idx" ON "candidates" USING gin ("skill_names");--> statement-breakpoint
CREATE INDEX "candidates_tags_idx" ON "candidates" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "candidates_merged_into_idx" ON "candidates" USING btree ("agency_id","merged_into_id");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_mentions" ADD CONSTRAINT "activity_mentions_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_candidate_idx" ON "activities" USING btree ("agency_id","candidate_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activity_mentions_candidate_idx" ON "activity_mentions" USING btree ("agency_id","candidate_id");--> statement-breakpoint
CREATE INDEX "tasks_candidate_idx" ON "tasks" USING btree ("agency_id","candidate_id","done_at","due_at");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_one_record" CHECK (num_nonnulls("candidate_id", "organization_id", "contact_id", "deal_id", "job_id") = 1);--> statement-breakpoint
ALTER TABLE "activity_mentions" ADD CONSTRAINT "activity_mentions_one_record" CHECK (num_nonnulls("candidate_id", "organization_id", "contact_id", "deal_id", "job_id") = 1);--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_one_record" CHECK (num_nonnulls("candidate_id", "organization_id", "contact_id", "deal_id", "job_id") <= 1);