DROP INDEX "candidates_first_name_idx";--> statement-breakpoint
CREATE INDEX "candidates_first_last_name_idx" ON "candidates" USING btree ("agency_id",lower("first_name"),lower("last_name"),"id");