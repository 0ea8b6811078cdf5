CREATE TABLE "talent_pool_members" (
	"agency_id" uuid NOT NULL,
	"pool_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "talent_pool_members_agency_id_pool_id_candidate_id_pk" PRIMARY KEY("agency_id","pool_id","candidate_id")
);
--> statement-breakpoint
CREATE TABLE "talent_pools" (
	"agency_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"owner_id" uuid NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	CONSTRAINT "talent_pools_agency_id_id_pk" PRIMARY KEY("agency_id","id")
);
--> statement-breakpoint
ALTER TABLE "talent_pool_members" ADD CONSTRAINT "talent_pool_members_pool_fk" FOREIGN KEY ("agency_id","pool_id") REFERENCES "public"."talent_pools"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pool_members" ADD CONSTRAINT "talent_pool_members_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pool_members" ADD CONSTRAINT "talent_pool_members_added_by_fk" FOREIGN KEY ("agency_id","added_by") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pools" ADD CONSTRAINT "talent_pools_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_pools" ADD CONSTRAINT "talent_pools_owner_fk" FOREIGN KEY ("agency_id","owner_id") REFERENCES "public"."users"("agency_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "talent_pool_members_candidate_idx" ON "talent_pool_members" USING btree ("agency_id","candidate_id");--> statement-breakpoint
CREATE INDEX "talent_pool_members_added_by_idx" ON "talent_pool_members" USING btree ("agency_id","added_by");--> statement-breakpoint
CREATE INDEX "talent_pools_owner_idx" ON "talent_pools" USING btree ("agency_id","owner_id");--> statement-breakpoint
CREATE INDEX "talent_pools_name_idx" ON "talent_pools" USING btree ("agency_id",lower("name"),"id");