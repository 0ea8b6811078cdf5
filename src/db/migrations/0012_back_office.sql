CREATE TABLE "assignment_events" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"start_on" date,
	"end_on" date,
	"previous_end_on" date,
	"note" text DEFAULT '' NOT NULL,
	"actor_label" text NOT NULL,
	CONSTRAINT "assignment_events_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "assignment_rates" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"currency" text NOT NULL,
	"unit" text DEFAULT 'hour' NOT NULL,
	"pay_regular_minor" bigint NOT NULL,
	"pay_overtime_minor" bigint NOT NULL,
	"pay_double_minor" bigint NOT NULL,
	"bill_regular_minor" bigint NOT NULL,
	"bill_overtime_minor" bigint NOT NULL,
	"bill_double_minor" bigint NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"actor_label" text NOT NULL,
	CONSTRAINT "assignment_rates_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "assignment_rates_non_negative" CHECK (least("assignment_rates"."pay_regular_minor", "assignment_rates"."pay_overtime_minor", "assignment_rates"."pay_double_minor", "assignment_rates"."bill_regular_minor", "assignment_rates"."bill_overtime_minor", "assignment_rates"."bill_double_minor") >= 0)
);
--> statement-breakpoint
CREATE TABLE "employee_documents" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"employee_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"received_on" date,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "employee_documents_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "employee_events" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"employee_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"actor_label" text NOT NULL,
	CONSTRAINT "employee_events_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "expenses" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"assignment_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"spent_on" date NOT NULL,
	"category" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"billable" boolean DEFAULT true NOT NULL,
	"receipt_file_name" text,
	"receipt_media_type" text,
	"receipt_storage_key" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by_label" text,
	"rejection_reason" text,
	CONSTRAINT "expenses_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "expenses_amount_positive" CHECK ("expenses"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "timesheet_days" (
	"agency_id" uuid NOT NULL,
	"timesheet_id" uuid NOT NULL,
	"work_date" date NOT NULL,
	"regular_minutes" integer DEFAULT 0 NOT NULL,
	"overtime_minutes" integer DEFAULT 0 NOT NULL,
	"double_minutes" integer DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "timesheet_days_agency_id_timesheet_id_work_date_pk" PRIMARY KEY("agency_id","timesheet_id","work_date"),
	CONSTRAINT "timesheet_days_minutes_in_day" CHECK (least("timesheet_days"."regular_minutes", "timesheet_days"."overtime_minutes", "timesheet_days"."double_minutes") >= 0 and "timesheet_days"."regular_minutes" + "timesheet_days"."overtime_minutes" + "timesheet_days"."double_minutes" <= 1440)
);
--> statement-breakpoint
CREATE TABLE "timesheets" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"assignment_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by_label" text,
	"rejection_reason" text,
	"escalated_at" timestamp with time zone,
	"notes" text DEFAULT '' NOT NULL,
	"regular_minutes" integer DEFAULT 0 NOT NULL,
	"overtime_minutes" integer DEFAULT 0 NOT NULL,
	"double_minutes" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "timesheets_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "invoice_claims" (
	"agency_id" uuid NOT NULL,
	"source" text NOT NULL,
	"invoice_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_claims_agency_id_source_pk" PRIMARY KEY("agency_id","source")
);
--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"claim_source" text,
	"assignment_id" uuid,
	"placement_id" uuid,
	"timesheet_id" uuid,
	"expense_id" uuid,
	"week_start" date,
	"description" text NOT NULL,
	"quantity" integer NOT NULL,
	"quantity_unit" text NOT NULL,
	"rate_minor" bigint NOT NULL,
	"amount_minor" bigint NOT NULL,
	"taxable" boolean DEFAULT true NOT NULL,
	CONSTRAINT "invoice_lines_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "invoice_payments" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"amount_minor" bigint NOT NULL,
	"method" text DEFAULT '' NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"actor_label" text NOT NULL,
	CONSTRAINT "invoice_payments_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "invoice_payments_amount_positive" CHECK ("invoice_payments"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"organization_id" uuid NOT NULL,
	"number" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"currency" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"billing_contact_id" uuid,
	"po_number" text,
	"payment_terms_days" integer NOT NULL,
	"tax_rate_bp" integer DEFAULT 0 NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"subtotal_minor" bigint DEFAULT 0 NOT NULL,
	"tax_minor" bigint DEFAULT 0 NOT NULL,
	"total_minor" bigint DEFAULT 0 NOT NULL,
	"paid_minor" bigint DEFAULT 0 NOT NULL,
	"issued_on" date,
	"due_on" date,
	"paid_at" timestamp with time zone,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	"created_by_label" text NOT NULL,
	CONSTRAINT "invoices_agency_id_id_pk" PRIMARY KEY("agency_id","id"),
	CONSTRAINT "invoices_tax_rate_range" CHECK ("invoices"."tax_rate_bp" between 0 and 10000),
	CONSTRAINT "invoices_number_when_issued" CHECK ("invoices"."status" = 'draft' or "invoices"."number" is not null)
);
--> statement-breakpoint
CREATE TABLE "payroll_claims" (
	"agency_id" uuid NOT NULL,
	"timesheet_id" uuid NOT NULL,
	"export_id" uuid NOT NULL,
	CONSTRAINT "payroll_claims_agency_id_timesheet_id_pk" PRIMARY KEY("agency_id","timesheet_id")
);
--> statement-breakpoint
CREATE TABLE "payroll_export_lines" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"export_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"timesheet_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"currency" text NOT NULL,
	"regular_minutes" integer NOT NULL,
	"overtime_minutes" integer NOT NULL,
	"double_minutes" integer NOT NULL,
	"pay_minor" bigint NOT NULL,
	CONSTRAINT "payroll_export_lines_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
CREATE TABLE "payroll_exports" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"reexport" boolean DEFAULT false NOT NULL,
	"line_count" integer NOT NULL,
	"actor_label" text NOT NULL,
	CONSTRAINT "payroll_exports_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "tax_rate_bp" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD COLUMN "schedule" jsonb;--> statement-breakpoint
ALTER TABLE "assignment_events" ADD CONSTRAINT "assignment_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_events" ADD CONSTRAINT "assignment_events_assignment_fk" FOREIGN KEY ("agency_id","assignment_id") REFERENCES "public"."assignments"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_rates" ADD CONSTRAINT "assignment_rates_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_rates" ADD CONSTRAINT "assignment_rates_assignment_fk" FOREIGN KEY ("agency_id","assignment_id") REFERENCES "public"."assignments"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_documents" ADD CONSTRAINT "employee_documents_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_documents" ADD CONSTRAINT "employee_documents_employee_fk" FOREIGN KEY ("agency_id","employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_events" ADD CONSTRAINT "employee_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_events" ADD CONSTRAINT "employee_events_employee_fk" FOREIGN KEY ("agency_id","employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_assignment_fk" FOREIGN KEY ("agency_id","assignment_id") REFERENCES "public"."assignments"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expenses" ADD CONSTRAINT "expenses_organization_fk" FOREIGN KEY ("agency_id","organization_id") REFERENCES "public"."organizations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timesheet_days" ADD CONSTRAINT "timesheet_days_timesheet_fk" FOREIGN KEY ("agency_id","timesheet_id") REFERENCES "public"."timesheets"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timesheets" ADD CONSTRAINT "timesheets_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timesheets" ADD CONSTRAINT "timesheets_assignment_fk" FOREIGN KEY ("agency_id","assignment_id") REFERENCES "public"."assignments"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timesheets" ADD CONSTRAINT "timesheets_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timesheets" ADD CONSTRAINT "timesheets_organization_fk" FOREIGN KEY ("agency_id","organization_id") REFERENCES "public"."organizations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_claims" ADD CONSTRAINT "invoice_claims_invoice_fk" FOREIGN KEY ("agency_id","invoice_id") REFERENCES "public"."invoices"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_claims" ADD CONSTRAINT "invoice_claims_assignment_fk" FOREIGN KEY ("agency_id","assignment_id") REFERENCES "public"."assignments"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_fk" FOREIGN KEY ("agency_id","invoice_id") REFERENCES "public"."invoices"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_assignment_fk" FOREIGN KEY ("agency_id","assignment_id") REFERENCES "public"."assignments"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_placement_fk" FOREIGN KEY ("agency_id","placement_id") REFERENCES "public"."placements"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_timesheet_fk" FOREIGN KEY ("agency_id","timesheet_id") REFERENCES "public"."timesheets"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_expense_fk" FOREIGN KEY ("agency_id","expense_id") REFERENCES "public"."expenses"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_payments" ADD CONSTRAINT "invoice_payments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_payments" ADD CONSTRAINT "invoice_payments_invoice_fk" FOREIGN KEY ("agency_id","invoice_id") REFERENCES "public"."invoices"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_organization_fk" FOREIGN KEY ("agency_id","organization_id") REFERENCES "public"."organizations"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_billing_contact_fk" FOREIGN KEY ("agency_id","billing_contact_id") REFERENCES "public"."contacts"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payroll_claims" ADD CONSTRAINT "payroll_claims_timesheet_fk" FOREIGN KEY ("agency_id","timesheet_id") REFERENCES "public"."timesheets"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payroll_claims" ADD CONSTRAINT "payroll_claims_export_fk" FOREIGN KEY ("agency_id","export_id") REFERENCES "public"."payroll_exports"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payroll_export_lines" ADD CONSTRAINT "payroll_export_lines_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payroll_export_lines" ADD CONSTRAINT "payroll_export_lines_export_fk" FOREIGN KEY ("agency_id","export_id") REFERENCES "public"."payroll_exports"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payroll_export_lines" ADD CONSTRAINT "payroll_export_lines_employee_fk" FOREIGN KEY ("agency_id","employee_id") REFERENCES "public"."employees"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payroll_export_lines" ADD CONSTRAINT "payroll_export_lines_timesheet_fk" FOREIGN KEY ("agency_id","timesheet_id") REFERENCES "public"."timesheets"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payroll_export_lines" ADD CONSTRAINT "payroll_export_lines_assignment_fk" FOREIGN KEY ("agency_id","assignment_id") REFERENCES "public"."assignments"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payroll_exports" ADD CONSTRAINT "payroll_exports_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignment_events_assignment_idx" ON "assignment_events" USING btree ("agency_id","assignment_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assignment_rates_effective_unique" ON "assignment_rates" USING btree ("agency_id","assignment_id","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "employee_documents_name_unique" ON "employee_documents" USING btree ("agency_id","employee_id","name");--> statement-breakpoint
CREATE INDEX "employee_events_employee_idx" ON "employee_events" USING btree ("agency_id","employee_id","created_at");--> statement-breakpoint
CREATE INDEX "expenses_assignment_idx" ON "expenses" USING btree ("agency_id","assignment_id","spent_on");--> statement-breakpoint
CREATE INDEX "expenses_status_idx" ON "expenses" USING btree ("agency_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "expenses_organization_idx" ON "expenses" USING btree ("agency_id","organization_id","status","spent_on");--> statement-breakpoint
CREATE INDEX "expenses_candidate_idx" ON "expenses" USING btree ("agency_id","candidate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "timesheets_assignment_week_unique" ON "timesheets" USING btree ("agency_id","assignment_id","week_start");--> statement-breakpoint
CREATE INDEX "timesheets_week_idx" ON "timesheets" USING btree ("agency_id","week_start","status");--> statement-breakpoint
CREATE INDEX "timesheets_status_idx" ON "timesheets" USING btree ("agency_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "timesheets_organization_idx" ON "timesheets" USING btree ("agency_id","organization_id","status","week_start");--> statement-breakpoint
CREATE INDEX "timesheets_candidate_idx" ON "timesheets" USING btree ("agency_id","candidate_id","week_start");--> statement-breakpoint
CREATE INDEX "invoice_claims_invoice_idx" ON "invoice_claims" USING btree ("agency_id","invoice_id");--> statement-breakpoint
CREATE INDEX "invoice_claims_assignment_idx" ON "invoice_claims" USING btree ("agency_id","assignment_id");--> statement-breakpoint
CREATE INDEX "invoice_lines_invoice_idx" ON "invoice_lines" USING btree ("agency_id","invoice_id","position");--> statement-breakpoint
CREATE INDEX "invoice_lines_assignment_idx" ON "invoice_lines" USING btree ("agency_id","assignment_id");--> statement-breakpoint
CREATE INDEX "invoice_lines_placement_idx" ON "invoice_lines" USING btree ("agency_id","placement_id");--> statement-breakpoint
CREATE INDEX "invoice_lines_timesheet_idx" ON "invoice_lines" USING btree ("agency_id","timesheet_id");--> statement-breakpoint
CREATE INDEX "invoice_lines_expense_idx" ON "invoice_lines" USING btree ("agency_id","expense_id");--> statement-breakpoint
CREATE INDEX "invoice_payments_invoice_idx" ON "invoice_payments" USING btree ("agency_id","invoice_id","received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_number_unique" ON "invoices" USING btree ("agency_id","number");--> statement-breakpoint
CREATE INDEX "invoices_created_idx" ON "invoices" USING btree ("agency_id","created_at","id");--> statement-breakpoint
CREATE INDEX "invoices_status_idx" ON "invoices" USING btree ("agency_id","status","due_on");--> statement-breakpoint
CREATE INDEX "invoices_organization_idx" ON "invoices" USING btree ("agency_id","organization_id","created_at");--> statement-breakpoint
CREATE INDEX "invoices_billing_contact_idx" ON "invoices" USING btree ("agency_id","billing_contact_id");--> statement-breakpoint
CREATE INDEX "payroll_claims_export_idx" ON "payroll_claims" USING btree ("agency_id","export_id");--> statement-breakpoint
CREATE INDEX "payroll_export_lines_export_idx" ON "payroll_export_lines" USING btree ("agency_id","export_id");--> statement-breakpoint
CREATE INDEX "payroll_export_lines_employee_idx" ON "payroll_export_lines" USING btree ("agency_id","employee_id");--> statement-breakpoint
CREATE INDEX "payroll_export_lines_timesheet_idx" ON "payroll_export_lines" USING btree ("agency_id","timesheet_id");--> statement-breakpoint
CREATE INDEX "payroll_export_lines_assignment_idx" ON "payroll_export_lines" USING btree ("agency_id","assignment_id");--> statement-breakpoint
CREATE INDEX "payroll_exports_created_idx" ON "payroll_exports" USING btree ("agency_id","created_at","id");--> statement-breakpoint
-- Agencies made before these lists existed start with their defaults too.
INSERT INTO "list_items" ("agency_id", "id", "created_at", "updated_at", "version", "list", "value", "label", "position")
SELECT a."id", (md5(a."id"::text || v.list || v.value))::uuid, now(), now(), 1, v.list, v.value, v.label, v.position
FROM "agencies" a
CROSS JOIN (VALUES
  ('expense_categories', 'mileage', 'Mileage', 0), ('expense_categories', 'travel', 'Travel', 1), ('expense_categories', 'meals', 'Meals', 2),
  ('expense_categories', 'lodging', 'Lodging', 3), ('expense_categories', 'equipment', 'Equipment', 4), ('expense_categories', 'other', 'Other', 5),
  ('worker_types', 'w2', 'W-2 employee', 10), ('worker_types', '1099', '1099 contractor', 11), ('worker_types', 'c2c', 'Corp-to-corp', 12)
) AS v(list, value, label, position)
ON CONFLICT DO NOTHING;--> statement-breakpoint
-- Assignments placed before they kept their own schedule take their placement's.
UPDATE "assignments" a SET "schedule" = p."schedule" FROM "placements" p WHERE p."agency_id" = a."agency_id" AND p."id" = a."placement_id" AND a."schedule" IS NULL;
