CREATE TABLE "contact_employments" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"contact_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text,
	"started_on" date NOT NULL,
	"ended_on" date,
	CONSTRAINT "contact_employments_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"title" text,
	"emails" text[] DEFAULT '{}'::text[] NOT NULL,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"organization_id" uuid NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"owner_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"last_contacted_at" timestamp with time zone,
	"notes" text,
	CONSTRAINT "contacts_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "deal_contacts" (
	"agency_id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	CONSTRAINT "deal_contacts_agency_id_deal_id_contact_id_pk" PRIMARY KEY("agency_id","deal_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "deals" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"title" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"value_minor" bigint,
	"currency" text NOT NULL,
	"expected_close_on" date,
	"owner_id" uuid,
	"notes" text,
	CONSTRAINT "deals_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'prospect' NOT NULL,
	"industry" text,
	"website" text,
	"phone" text,
	"addresses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"owner_id" uuid,
	"parent_id" uuid,
	"billing_contact_id" uuid,
	"billing_address" jsonb,
	"payment_terms_days" integer DEFAULT 30 NOT NULL,
	"currency" text NOT NULL,
	"tax_id" text,
	"default_markup_bp" integer,
	"default_fee_bp" integer,
	"notes" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "organizations_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "job_recruiters" (
	"agency_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "job_recruiters_agency_id_job_id_user_id_pk" PRIMARY KEY("agency_id","job_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "job_stages" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"job_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "job_stages_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "job_status_changes" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"job_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	CONSTRAINT "job_status_changes_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"number" integer NOT NULL,
	"organization_id" uuid NOT NULL,
	"contact_id" uuid,
	"deal_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"employment_type" text NOT NULL,
	"location" text,
	"remote_policy" text DEFAULT 'onsite' NOT NULL,
	"pay_min_minor" bigint,
	"pay_max_minor" bigint,
	"pay_unit" text,
	"bill_rate_minor" bigint,
	"bill_rate_unit" text,
	"fee_type" text,
	"fee_bp" integer,
	"fee_flat_minor" bigint,
	"currency" text NOT NULL,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"openings" integer DEFAULT 1 NOT NULL,
	"filled_count" integer DEFAULT 0 NOT NULL,
	"target_start_on" date,
	"submission_rules" text,
	"interview_process" text,
	"must_have_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"nice_to_have_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"success_criteria" text,
	"advert_text" text,
	"delivery_notes" text,
	"sourcing_plan" text[] DEFAULT '{}'::text[] NOT NULL,
	"application_form" jsonb DEFAULT '{"fields":[],"questions":[]}'::jsonb NOT NULL,
	"owner_id" uuid,
	"status" text DEFAULT 'intake' NOT NULL,
	"status_changed_at" timestamp with time zone NOT NULL,
	"first_opened_at" timestamp with time zone,
	"qualification" jsonb,
	CONSTRAINT "jobs_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "stage_template_stages" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "stage_template_stages_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"organization_id" uuid,
	"contact_id" uuid,
	"deal_id" uuid,
	"job_id" uuid,
	"kind" text NOT NULL,
	"subject" text,
	"body" text DEFAULT '' NOT NULL,
	"call_outcome" text,
	"channel" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"author_id" uuid,
	CONSTRAINT "activities_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "activities_one_record" CHECK (num_nonnulls("organization_id", "contact_id", "deal_id", "job_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "activity_mentions" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"activity_id" uuid NOT NULL,
	"organization_id" uuid,
	"contact_id" uuid,
	"deal_id" uuid,
	"job_id" uuid,
	CONSTRAINT "activity_mentions_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "activity_mentions_one_record" CHECK (num_nonnulls("organization_id", "contact_id", "deal_id", "job_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"organization_id" uuid,
	"contact_id" uuid,
	"deal_id" uuid,
	"job_id" uuid,
	"title" text NOT NULL,
	"notes" text,
	"due_at" timestamp with time zone NOT NULL,
	"all_day" boolean DEFAULT false NOT NULL,
	"assignee_id" uuid NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"created_by" uuid,
	CONSTRAINT "tasks_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "tasks_one_record" CHECK (num_nonnulls("organization_id", "contact_id", "deal_id", "job_id") <= 1)
);
--> statement-breakpoint
ALTER TABLE "contact_employments" ADD CONSTRAINT "contact_employments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_employments" ADD CONSTRAINT "contact_employments_contact_fk" FOREIGN KEY ("agency_id","contact_id") REFERENCES "public"."contacts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_employments" ADD CONSTRAINT "contact_employments_organization_fk" FOREIGN KEY ("agency_id","organization_id") REFERENCES "public"."organizations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organization_fk" FOREIGN KEY ("agency_id","organization_id") REFERENCES "public"."organizations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_owner_fk" FOREIGN KEY ("agency_id","owner_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_contacts" ADD CONSTRAINT "deal_contacts_deal_fk" FOREIGN KEY ("agency_id","deal_id") REFERENCES "public"."deals"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_contacts" ADD CONSTRAINT "deal_contacts_contact_fk" FOREIGN KEY ("agency_id","contact_id") REFERENCES "public"."contacts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_organization_fk" FOREIGN KEY ("agency_id","organization_id") REFERENCES "public"."organizations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_owner_fk" FOREIGN KEY ("agency_id","owner_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_owner_fk" FOREIGN KEY ("agency_id","owner_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_fk" FOREIGN KEY ("agency_id","parent_id") REFERENCES "public"."organizations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_billing_contact_fk" FOREIGN KEY ("agency_id","billing_contact_id") REFERENCES "public"."contacts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_recruiters" ADD CONSTRAINT "job_recruiters_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_recruiters" ADD CONSTRAINT "job_recruiters_user_fk" FOREIGN KEY ("agency_id","user_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_stages" ADD CONSTRAINT "job_stages_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_stages" ADD CONSTRAINT "job_stages_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_status_changes" ADD CONSTRAINT "job_status_changes_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_status_changes" ADD CONSTRAINT "job_status_changes_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_organization_fk" FOREIGN KEY ("agency_id","organization_id") REFERENCES "public"."organizations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_contact_fk" FOREIGN KEY ("agency_id","contact_id") REFERENCES "public"."contacts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_deal_fk" FOREIGN KEY ("agency_id","deal_id") REFERENCES "public"."deals"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_owner_fk" FOREIGN KEY ("agency_id","owner_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_template_stages" ADD CONSTRAINT "stage_template_stages_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_author_fk" FOREIGN KEY ("agency_id","author_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_organization_fk" FOREIGN KEY ("agency_id","organization_id") REFERENCES "public"."organizations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_contact_fk" FOREIGN KEY ("agency_id","contact_id") REFERENCES "public"."contacts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_deal_fk" FOREIGN KEY ("agency_id","deal_id") REFERENCES "public"."deals"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_mentions" ADD CONSTRAINT "activity_mentions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_mentions" ADD CONSTRAINT "activity_mentions_activity_fk" FOREIGN KEY ("agency_id","activity_id") REFERENCES "public"."activities"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_mentions" ADD CONSTRAINT "activity_mentions_organization_fk" FOREIGN KEY ("agency_id","organization_id") REFERENCES "public"."organizations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_mentions" ADD CONSTRAINT "activity_mentions_contact_fk" FOREIGN KEY ("agency_id","contact_id") REFERENCES "public"."contacts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_mentions" ADD CONSTRAINT "activity_mentions_deal_fk" FOREIGN KEY ("agency_id","deal_id") REFERENCES "public"."deals"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_mentions" ADD CONSTRAINT "activity_mentions_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_fk" FOREIGN KEY ("agency_id","assignee_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_done_by_fk" FOREIGN KEY ("agency_id","done_by") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_fk" FOREIGN KEY ("agency_id","created_by") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_organization_fk" FOREIGN KEY ("agency_id","organization_id") REFERENCES "public"."organizations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_contact_fk" FOREIGN KEY ("agency_id","contact_id") REFERENCES "public"."contacts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_deal_fk" FOREIGN KEY ("agency_id","deal_id") REFERENCES "public"."deals"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_employments_contact_idx" ON "contact_employments" USING btree ("agency_id","contact_id","started_on");--> statement-breakpoint
CREATE INDEX "contact_employments_organization_idx" ON "contact_employments" USING btree ("agency_id","organization_id");--> statement-breakpoint
CREATE INDEX "contacts_updated_idx" ON "contacts" USING btree ("agency_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "contacts_last_name_idx" ON "contacts" USING btree ("agency_id",lower("last_name"),"id");--> statement-breakpoint
CREATE INDEX "contacts_first_name_idx" ON "contacts" USING btree ("agency_id",lower("first_name"),"id");--> statement-breakpoint
CREATE INDEX "contacts_organization_idx" ON "contacts" USING btree ("agency_id","organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "contacts_owner_idx" ON "contacts" USING btree ("agency_id","owner_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "contacts_status_idx" ON "contacts" USING btree ("agency_id","status","updated_at","id");--> statement-breakpoint
CREATE INDEX "contacts_emails_idx" ON "contacts" USING gin ("emails");--> statement-breakpoint
CREATE INDEX "deal_contacts_contact_idx" ON "deal_contacts" USING btree ("agency_id","contact_id");--> statement-breakpoint
CREATE INDEX "deals_updated_idx" ON "deals" USING btree ("agency_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "deals_stage_idx" ON "deals" USING btree ("agency_id","stage","updated_at","id");--> statement-breakpoint
CREATE INDEX "deals_organization_idx" ON "deals" USING btree ("agency_id","organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "deals_owner_idx" ON "deals" USING btree ("agency_id","owner_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "organizations_updated_idx" ON "organizations" USING btree ("agency_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "organizations_name_idx" ON "organizations" USING btree ("agency_id",lower("name"),"id");--> statement-breakpoint
CREATE INDEX "organizations_name_trgm_idx" ON "organizations" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organizations_status_idx" ON "organizations" USING btree ("agency_id","status","updated_at","id");--> statement-breakpoint
CREATE INDEX "organizations_owner_idx" ON "organizations" USING btree ("agency_id","owner_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "organizations_industry_idx" ON "organizations" USING btree ("agency_id",lower("industry"),"updated_at","id");--> statement-breakpoint
CREATE INDEX "organizations_parent_idx" ON "organizations" USING btree ("agency_id","parent_id");--> statement-breakpoint
CREATE INDEX "organizations_billing_contact_idx" ON "organizations" USING btree ("agency_id","billing_contact_id");--> statement-breakpoint
CREATE INDEX "organizations_tags_idx" ON "organizations" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "job_recruiters_user_idx" ON "job_recruiters" USING btree ("agency_id","user_id","job_id");--> statement-breakpoint
CREATE INDEX "job_stages_job_idx" ON "job_stages" USING btree ("agency_id","job_id","position");--> statement-breakpoint
CREATE INDEX "job_status_changes_job_idx" ON "job_status_changes" USING btree ("agency_id","job_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_number_unique" ON "jobs" USING btree ("agency_id","number");--> statement-breakpoint
CREATE INDEX "jobs_updated_idx" ON "jobs" USING btree ("agency_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "jobs_status_idx" ON "jobs" USING btree ("agency_id","status","updated_at","id");--> statement-breakpoint
CREATE INDEX "jobs_status_changed_idx" ON "jobs" USING btree ("agency_id","status","status_changed_at");--> statement-breakpoint
CREATE INDEX "jobs_owner_idx" ON "jobs" USING btree ("agency_id","owner_id","status","updated_at","id");--> statement-breakpoint
CREATE INDEX "jobs_organization_idx" ON "jobs" USING btree ("agency_id","organization_id","status","updated_at","id");--> statement-breakpoint
CREATE INDEX "jobs_contact_idx" ON "jobs" USING btree ("agency_id","contact_id");--> statement-breakpoint
CREATE INDEX "jobs_deal_idx" ON "jobs" USING btree ("agency_id","deal_id");--> statement-breakpoint
CREATE INDEX "jobs_created_idx" ON "jobs" USING btree ("agency_id","created_at","id");--> statement-breakpoint
CREATE INDEX "jobs_title_idx" ON "jobs" USING btree ("agency_id",lower("title"),"id");--> statement-breakpoint
CREATE INDEX "stage_template_stages_position_idx" ON "stage_template_stages" USING btree ("agency_id","position");--> statement-breakpoint
CREATE INDEX "activities_author_idx" ON "activities" USING btree ("agency_id","author_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activities_organization_idx" ON "activities" USING btree ("agency_id","organization_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activities_contact_idx" ON "activities" USING btree ("agency_id","contact_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activities_deal_idx" ON "activities" USING btree ("agency_id","deal_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activities_job_idx" ON "activities" USING btree ("agency_id","job_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activity_mentions_activity_idx" ON "activity_mentions" USING btree ("agency_id","activity_id");--> statement-breakpoint
CREATE INDEX "activity_mentions_organization_idx" ON "activity_mentions" USING btree ("agency_id","organization_id");--> statement-breakpoint
CREATE INDEX "activity_mentions_contact_idx" ON "activity_mentions" USING btree ("agency_id","contact_id");--> statement-breakpoint
CREATE INDEX "activity_mentions_deal_idx" ON "activity_mentions" USING btree ("agency_id","deal_id");--> statement-breakpoint
CREATE INDEX "activity_mentions_job_idx" ON "activity_mentions" USING btree ("agency_id","job_id");--> statement-breakpoint
CREATE INDEX "tasks_assignee_open_idx" ON "tasks" USING btree ("agency_id","assignee_id","due_at") WHERE "tasks"."done_at" IS NULL;--> statement-breakpoint
CREATE INDEX "tasks_done_by_idx" ON "tasks" USING btree ("agency_id","done_by");--> statement-breakpoint
CREATE INDEX "tasks_created_by_idx" ON "tasks" USING btree ("agency_id","created_by");--> statement-breakpoint
CREATE INDEX "tasks_organization_idx" ON "tasks" USING btree ("agency_id","organization_id","done_at","due_at");--> statement-breakpoint
CREATE INDEX "tasks_contact_idx" ON "tasks" USING btree ("agency_id","contact_id","done_at","due_at");--> statement-breakpoint
CREATE INDEX "tasks_deal_idx" ON "tasks" USING btree ("agency_id","deal_id","done_at","due_at");--> statement-breakpoint
CREATE INDEX "tasks_job_idx" ON "tasks" USING btree ("agency_id","job_id","done_at","due_at");