CREATE TABLE "interviews" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"entry_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"type" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"location" text,
	"meeting_url" text,
	"notes" text DEFAULT '' NOT NULL,
	"attendee_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"attendee_contact_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"invite_candidate" boolean DEFAULT true NOT NULL,
	"organizer_id" uuid,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"ical_uid" text NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"outcome" text,
	"outcome_notes" text,
	"outcome_recorded_at" timestamp with time zone,
	CONSTRAINT "interviews_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "pipeline_entries" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"job_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"stage_entered_at" timestamp with time zone NOT NULL,
	"added_from" text NOT NULL,
	"added_by" uuid,
	"screening_answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"closed_reason" text,
	CONSTRAINT "pipeline_entries_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "pipeline_stage_changes" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"entry_id" uuid NOT NULL,
	"from_stage_id" uuid,
	"from_stage_name" text,
	"from_kind" text,
	"to_stage_id" uuid,
	"to_stage_name" text NOT NULL,
	"to_kind" text NOT NULL,
	"reason" text,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	CONSTRAINT "pipeline_stage_changes_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "shortlists" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"job_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"sent_by" uuid,
	"mail_id" uuid,
	CONSTRAINT "shortlists_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "submission_feedback" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submission_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"remark" text DEFAULT '' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"source" text DEFAULT 'staff' NOT NULL,
	"recorded_by" uuid,
	"recorded_by_label" text NOT NULL,
	CONSTRAINT "submission_feedback_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"entry_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"contact_id" uuid,
	"document_id" uuid,
	"shortlist_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"shared_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid,
	"mail_id" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text,
	"first_feedback_at" timestamp with time zone,
	CONSTRAINT "submissions_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"placement_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"employment_type" text NOT NULL,
	"status" text DEFAULT 'needs_approval' NOT NULL,
	"start_on" date,
	"end_on" date,
	"ever_approved" boolean DEFAULT false NOT NULL,
	"status_changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "assignments_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "employees" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"candidate_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"hired_on" date NOT NULL,
	"terminated_on" date,
	"termination_reason" text,
	"worker_type" text NOT NULL,
	"pay_frequency" text NOT NULL,
	CONSTRAINT "employees_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "offer_revisions" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"offer_id" uuid NOT NULL,
	"proposed_by" text NOT NULL,
	"terms" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"actor_label" text NOT NULL,
	CONSTRAINT "offer_revisions_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"entry_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"start_on" date,
	"employment_type" text NOT NULL,
	"currency" text NOT NULL,
	"pay_minor" bigint,
	"pay_unit" text,
	"bill_rate_minor" bigint,
	"bill_rate_unit" text,
	"fee_type" text,
	"fee_bp" integer,
	"fee_flat_minor" bigint,
	"conditions" text DEFAULT '' NOT NULL,
	"client_approved_by" text,
	"client_approved_at" timestamp with time zone,
	"extended_at" timestamp with time zone,
	"candidate_accepted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decline_reason" text,
	"created_by" uuid,
	CONSTRAINT "offers_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "placement_checklist_items" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"placement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"position" integer NOT NULL,
	"owner_role" text NOT NULL,
	"owner_id" uuid,
	"due_on" date,
	"done_at" timestamp with time zone,
	"done_by_label" text,
	"note" text,
	"task_id" uuid,
	CONSTRAINT "placement_checklist_items_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "placement_follow_ups" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"placement_id" uuid NOT NULL,
	"label" text NOT NULL,
	"party" text NOT NULL,
	"due_on" date NOT NULL,
	"owner_id" uuid,
	"task_id" uuid,
	"done_at" timestamp with time zone,
	"feedback" text,
	"satisfaction" integer,
	CONSTRAINT "placement_follow_ups_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "placement_follow_ups_satisfaction_range" CHECK ("placement_follow_ups"."satisfaction" is null or "placement_follow_ups"."satisfaction" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "placement_issues" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"placement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"severity" text NOT NULL,
	"note" text NOT NULL,
	"resolution" text,
	"resolved_at" timestamp with time zone,
	"reported_by_label" text NOT NULL,
	CONSTRAINT "placement_issues_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "placement_repeat_orders" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"placement_id" uuid NOT NULL,
	"job_id" uuid,
	"deal_id" uuid,
	CONSTRAINT "placement_repeat_orders_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "placement_repeat_orders_one_record" CHECK (num_nonnulls("placement_repeat_orders"."job_id", "placement_repeat_orders"."deal_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"number" integer NOT NULL,
	"entry_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"offer_id" uuid,
	"replaces_placement_id" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"employment_type" text NOT NULL,
	"currency" text NOT NULL,
	"pay_minor" bigint,
	"pay_unit" text,
	"bill_rate_minor" bigint,
	"bill_rate_unit" text,
	"fee_type" text,
	"fee_bp" integer,
	"fee_flat_minor" bigint,
	"start_on" date,
	"end_on" date,
	"first_year_salary_minor" bigint,
	"fee_minor" bigint,
	"retained_milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"schedule" jsonb,
	"billing_contact_id" uuid,
	"po_number" text,
	"payment_terms_days" integer,
	"recruiter_id" uuid,
	"account_manager_id" uuid,
	"placed_at" timestamp with time zone NOT NULL,
	"start_outcome" text,
	"start_outcome_on" date,
	"start_outcome_note" text,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"cancelled_by_label" text,
	CONSTRAINT "placements_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "placements_fee_bp_range" CHECK ("placements"."fee_bp" is null or "placements"."fee_bp" between 0 and 10000)
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_entry_fk" FOREIGN KEY ("agency_id","entry_id") REFERENCES "public"."pipeline_entries"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_organizer_fk" FOREIGN KEY ("agency_id","organizer_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_entries" ADD CONSTRAINT "pipeline_entries_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_entries" ADD CONSTRAINT "pipeline_entries_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_entries" ADD CONSTRAINT "pipeline_entries_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_entries" ADD CONSTRAINT "pipeline_entries_stage_fk" FOREIGN KEY ("agency_id","stage_id") REFERENCES "public"."job_stages"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_entries" ADD CONSTRAINT "pipeline_entries_added_by_fk" FOREIGN KEY ("agency_id","added_by") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_stage_changes" ADD CONSTRAINT "pipeline_stage_changes_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_stage_changes" ADD CONSTRAINT "pipeline_stage_changes_entry_fk" FOREIGN KEY ("agency_id","entry_id") REFERENCES "public"."pipeline_entries"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlists" ADD CONSTRAINT "shortlists_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlists" ADD CONSTRAINT "shortlists_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlists" ADD CONSTRAINT "shortlists_contact_fk" FOREIGN KEY ("agency_id","contact_id") REFERENCES "public"."contacts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlists" ADD CONSTRAINT "shortlists_sent_by_fk" FOREIGN KEY ("agency_id","sent_by") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlists" ADD CONSTRAINT "shortlists_mail_fk" FOREIGN KEY ("agency_id","mail_id") REFERENCES "public"."mail_outbox"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_feedback" ADD CONSTRAINT "submission_feedback_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_feedback" ADD CONSTRAINT "submission_feedback_submission_fk" FOREIGN KEY ("agency_id","submission_id") REFERENCES "public"."submissions"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_feedback" ADD CONSTRAINT "submission_feedback_recorded_by_fk" FOREIGN KEY ("agency_id","recorded_by") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_entry_fk" FOREIGN KEY ("agency_id","entry_id") REFERENCES "public"."pipeline_entries"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_contact_fk" FOREIGN KEY ("agency_id","contact_id") REFERENCES "public"."contacts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_document_fk" FOREIGN KEY ("agency_id","document_id") REFERENCES "public"."candidate_documents"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_shortlist_fk" FOREIGN KEY ("agency_id","shortlist_id") REFERENCES "public"."shortlists"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_submitted_by_fk" FOREIGN KEY ("agency_id","submitted_by") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_mail_fk" FOREIGN KEY ("agency_id","mail_id") REFERENCES "public"."mail_outbox"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_placement_fk" FOREIGN KEY ("agency_id","placement_id") REFERENCES "public"."placements"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_organization_fk" FOREIGN KEY ("agency_id","organization_id") REFERENCES "public"."organizations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_revisions" ADD CONSTRAINT "offer_revisions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_revisions" ADD CONSTRAINT "offer_revisions_offer_fk" FOREIGN KEY ("agency_id","offer_id") REFERENCES "public"."offers"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_entry_fk" FOREIGN KEY ("agency_id","entry_id") REFERENCES "public"."pipeline_entries"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_created_by_fk" FOREIGN KEY ("agency_id","created_by") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_checklist_items" ADD CONSTRAINT "placement_checklist_items_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_checklist_items" ADD CONSTRAINT "placement_checklist_items_placement_fk" FOREIGN KEY ("agency_id","placement_id") REFERENCES "public"."placements"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_checklist_items" ADD CONSTRAINT "placement_checklist_items_owner_fk" FOREIGN KEY ("agency_id","owner_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_checklist_items" ADD CONSTRAINT "placement_checklist_items_task_fk" FOREIGN KEY ("agency_id","task_id") REFERENCES "public"."tasks"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_follow_ups" ADD CONSTRAINT "placement_follow_ups_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_follow_ups" ADD CONSTRAINT "placement_follow_ups_placement_fk" FOREIGN KEY ("agency_id","placement_id") REFERENCES "public"."placements"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_follow_ups" ADD CONSTRAINT "placement_follow_ups_owner_fk" FOREIGN KEY ("agency_id","owner_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_follow_ups" ADD CONSTRAINT "placement_follow_ups_task_fk" FOREIGN KEY ("agency_id","task_id") REFERENCES "public"."tasks"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_issues" ADD CONSTRAINT "placement_issues_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_issues" ADD CONSTRAINT "placement_issues_placement_fk" FOREIGN KEY ("agency_id","placement_id") REFERENCES "public"."placements"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_repeat_orders" ADD CONSTRAINT "placement_repeat_orders_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_repeat_orders" ADD CONSTRAINT "placement_repeat_orders_placement_fk" FOREIGN KEY ("agency_id","placement_id") REFERENCES "public"."placements"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_repeat_orders" ADD CONSTRAINT "placement_repeat_orders_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_repeat_orders" ADD CONSTRAINT "placement_repeat_orders_deal_fk" FOREIGN KEY ("agency_id","deal_id") REFERENCES "public"."deals"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_entry_fk" FOREIGN KEY ("agency_id","entry_id") REFERENCES "public"."pipeline_entries"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_job_fk" FOREIGN KEY ("agency_id","job_id") REFERENCES "public"."jobs"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_organization_fk" FOREIGN KEY ("agency_id","organization_id") REFERENCES "public"."organizations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_offer_fk" FOREIGN KEY ("agency_id","offer_id") REFERENCES "public"."offers"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_replaces_fk" FOREIGN KEY ("agency_id","replaces_placement_id") REFERENCES "public"."placements"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_billing_contact_fk" FOREIGN KEY ("agency_id","billing_contact_id") REFERENCES "public"."contacts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_recruiter_fk" FOREIGN KEY ("agency_id","recruiter_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_account_manager_fk" FOREIGN KEY ("agency_id","account_manager_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interviews_entry_idx" ON "interviews" USING btree ("agency_id","entry_id","starts_at");--> statement-breakpoint
CREATE INDEX "interviews_job_idx" ON "interviews" USING btree ("agency_id","job_id","starts_at");--> statement-breakpoint
CREATE INDEX "interviews_candidate_idx" ON "interviews" USING btree ("agency_id","candidate_id","starts_at");--> statement-breakpoint
CREATE INDEX "interviews_organizer_idx" ON "interviews" USING btree ("agency_id","organizer_id","starts_at");--> statement-breakpoint
CREATE INDEX "interviews_starts_idx" ON "interviews" USING btree ("agency_id","starts_at");--> statement-breakpoint
CREATE INDEX "interviews_attendee_users_idx" ON "interviews" USING gin ("attendee_user_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "pipeline_entries_job_candidate_unique" ON "pipeline_entries" USING btree ("agency_id","job_id","candidate_id");--> statement-breakpoint
CREATE INDEX "pipeline_entries_job_stage_idx" ON "pipeline_entries" USING btree ("agency_id","job_id","stage_id","stage_entered_at");--> statement-breakpoint
CREATE INDEX "pipeline_entries_candidate_idx" ON "pipeline_entries" USING btree ("agency_id","candidate_id","updated_at");--> statement-breakpoint
CREATE INDEX "pipeline_entries_stage_idx" ON "pipeline_entries" USING btree ("agency_id","stage_id");--> statement-breakpoint
CREATE INDEX "pipeline_entries_added_by_idx" ON "pipeline_entries" USING btree ("agency_id","added_by");--> statement-breakpoint
CREATE INDEX "pipeline_stage_changes_entry_idx" ON "pipeline_stage_changes" USING btree ("agency_id","entry_id","created_at");--> statement-breakpoint
CREATE INDEX "pipeline_stage_changes_kind_idx" ON "pipeline_stage_changes" USING btree ("agency_id","to_kind","created_at");--> statement-breakpoint
CREATE INDEX "shortlists_job_idx" ON "shortlists" USING btree ("agency_id","job_id","created_at");--> statement-breakpoint
CREATE INDEX "shortlists_contact_idx" ON "shortlists" USING btree ("agency_id","contact_id");--> statement-breakpoint
CREATE INDEX "shortlists_sent_by_idx" ON "shortlists" USING btree ("agency_id","sent_by");--> statement-breakpoint
CREATE INDEX "shortlists_mail_idx" ON "shortlists" USING btree ("agency_id","mail_id");--> statement-breakpoint
CREATE INDEX "submission_feedback_submission_idx" ON "submission_feedback" USING btree ("agency_id","submission_id","received_at");--> statement-breakpoint
CREATE INDEX "submission_feedback_recorded_by_idx" ON "submission_feedback" USING btree ("agency_id","recorded_by");--> statement-breakpoint
CREATE INDEX "submissions_job_idx" ON "submissions" USING btree ("agency_id","job_id","sent_at","id");--> statement-breakpoint
CREATE INDEX "submissions_entry_idx" ON "submissions" USING btree ("agency_id","entry_id","sent_at");--> statement-breakpoint
CREATE INDEX "submissions_candidate_idx" ON "submissions" USING btree ("agency_id","candidate_id","sent_at");--> statement-breakpoint
CREATE INDEX "submissions_contact_idx" ON "submissions" USING btree ("agency_id","contact_id");--> statement-breakpoint
CREATE INDEX "submissions_document_idx" ON "submissions" USING btree ("agency_id","document_id");--> statement-breakpoint
CREATE INDEX "submissions_shortlist_idx" ON "submissions" USING btree ("agency_id","shortlist_id");--> statement-breakpoint
CREATE INDEX "submissions_submitted_by_idx" ON "submissions" USING btree ("agency_id","submitted_by","sent_at");--> statement-breakpoint
CREATE INDEX "submissions_mail_idx" ON "submissions" USING btree ("agency_id","mail_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_placement_unique" ON "assignments" USING btree ("agency_id","placement_id");--> statement-breakpoint
CREATE INDEX "assignments_status_idx" ON "assignments" USING btree ("agency_id","status","start_on","id");--> statement-breakpoint
CREATE INDEX "assignments_candidate_idx" ON "assignments" USING btree ("agency_id","candidate_id","status");--> statement-breakpoint
CREATE INDEX "assignments_job_idx" ON "assignments" USING btree ("agency_id","job_id");--> statement-breakpoint
CREATE INDEX "assignments_organization_idx" ON "assignments" USING btree ("agency_id","organization_id","status");--> statement-breakpoint
CREATE INDEX "assignments_end_idx" ON "assignments" USING btree ("agency_id","end_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "employees_candidate_unique" ON "employees" USING btree ("agency_id","candidate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "employees_number_unique" ON "employees" USING btree ("agency_id","number");--> statement-breakpoint
CREATE INDEX "employees_status_idx" ON "employees" USING btree ("agency_id","status","updated_at","id");--> statement-breakpoint
CREATE INDEX "offer_revisions_offer_idx" ON "offer_revisions" USING btree ("agency_id","offer_id","created_at");--> statement-breakpoint
CREATE INDEX "offers_entry_idx" ON "offers" USING btree ("agency_id","entry_id","created_at");--> statement-breakpoint
CREATE INDEX "offers_job_idx" ON "offers" USING btree ("agency_id","job_id","status");--> statement-breakpoint
CREATE INDEX "offers_candidate_idx" ON "offers" USING btree ("agency_id","candidate_id");--> statement-breakpoint
CREATE INDEX "offers_status_idx" ON "offers" USING btree ("agency_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "offers_created_by_idx" ON "offers" USING btree ("agency_id","created_by");--> statement-breakpoint
CREATE INDEX "placement_checklist_items_placement_idx" ON "placement_checklist_items" USING btree ("agency_id","placement_id","position");--> statement-breakpoint
CREATE INDEX "placement_checklist_items_owner_idx" ON "placement_checklist_items" USING btree ("agency_id","owner_id");--> statement-breakpoint
CREATE INDEX "placement_checklist_items_task_idx" ON "placement_checklist_items" USING btree ("agency_id","task_id");--> statement-breakpoint
CREATE INDEX "placement_checklist_items_open_due_idx" ON "placement_checklist_items" USING btree ("agency_id","due_on") WHERE "placement_checklist_items"."done_at" is null;--> statement-breakpoint
CREATE INDEX "placement_follow_ups_placement_idx" ON "placement_follow_ups" USING btree ("agency_id","placement_id","due_on");--> statement-breakpoint
CREATE INDEX "placement_follow_ups_owner_idx" ON "placement_follow_ups" USING btree ("agency_id","owner_id");--> statement-breakpoint
CREATE INDEX "placement_follow_ups_task_idx" ON "placement_follow_ups" USING btree ("agency_id","task_id");--> statement-breakpoint
CREATE INDEX "placement_issues_placement_idx" ON "placement_issues" USING btree ("agency_id","placement_id","created_at");--> statement-breakpoint
CREATE INDEX "placement_repeat_orders_placement_idx" ON "placement_repeat_orders" USING btree ("agency_id","placement_id");--> statement-breakpoint
CREATE INDEX "placement_repeat_orders_job_idx" ON "placement_repeat_orders" USING btree ("agency_id","job_id");--> statement-breakpoint
CREATE INDEX "placement_repeat_orders_deal_idx" ON "placement_repeat_orders" USING btree ("agency_id","deal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "placements_number_unique" ON "placements" USING btree ("agency_id","number");--> statement-breakpoint
CREATE INDEX "placements_placed_idx" ON "placements" USING btree ("agency_id","placed_at","id");--> statement-breakpoint
CREATE INDEX "placements_start_idx" ON "placements" USING btree ("agency_id","start_on","id");--> statement-breakpoint
CREATE INDEX "placements_status_idx" ON "placements" USING btree ("agency_id","status","placed_at");--> statement-breakpoint
CREATE INDEX "placements_job_idx" ON "placements" USING btree ("agency_id","job_id","status");--> statement-breakpoint
CREATE INDEX "placements_entry_idx" ON "placements" USING btree ("agency_id","entry_id");--> statement-breakpoint
CREATE INDEX "placements_candidate_idx" ON "placements" USING btree ("agency_id","candidate_id","status");--> statement-breakpoint
CREATE INDEX "placements_organization_idx" ON "placements" USING btree ("agency_id","organization_id","placed_at");--> statement-breakpoint
CREATE INDEX "placements_offer_idx" ON "placements" USING btree ("agency_id","offer_id");--> statement-breakpoint
CREATE INDEX "placements_replaces_idx" ON "placements" USING btree ("agency_id","replaces_placement_id");--> statement-breakpoint
CREATE INDEX "placements_billing_contact_idx" ON "placements" USING btree ("agency_id","billing_contact_id");--> statement-breakpoint
CREATE INDEX "placements_recruiter_idx" ON "placements" USING btree ("agency_id","recruiter_id","placed_at");--> statement-breakpoint
CREATE INDEX "placements_account_manager_idx" ON "placements" USING btree ("agency_id","account_manager_id","placed_at");--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_filled_within_openings" CHECK ("jobs"."filled_count" <= "jobs"."openings");--> statement-breakpoint
-- Agencies made before this list existed start with its defaults too.
INSERT INTO "list_items" ("agency_id", "id", "created_at", "updated_at", "version", "list", "value", "label", "position")
SELECT a."id", (md5(a."id"::text || v.value))::uuid, now(), now(), 1, 'placement_issue_kinds', v.value, v.label, v.position
FROM "agencies" a
CROSS JOIN (VALUES ('attendance', 'Attendance or punctuality', 0), ('performance', 'Performance', 1), ('conduct', 'Conduct', 2), ('client_complaint', 'Client complaint', 3), ('pay_query', 'Pay or timesheet query', 4), ('early_leaver', 'Considering leaving', 5)) AS v(value, label, position)
ON CONFLICT DO NOTHING;
