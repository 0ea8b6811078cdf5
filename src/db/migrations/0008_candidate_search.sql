CREATE TABLE "candidate_search" (
	"agency_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"document" "tsvector" NOT NULL,
	CONSTRAINT "candidate_search_agency_id_candidate_id_pk" PRIMARY KEY("agency_id","candidate_id")
);
--> statement-breakpoint
ALTER TABLE "candidate_search" ADD CONSTRAINT "candidate_search_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_search" ADD CONSTRAINT "candidate_search_candidate_fk" FOREIGN KEY ("agency_id","candidate_id") REFERENCES "public"."candidates"("agency_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidate_search_document_idx" ON "candidate_search" USING gin ("document");--> statement-breakpoint
-- Every live candidate written so far gets its search row (the same expression as refreshCandidateSearch).
INSERT INTO "candidate_search" ("agency_id", "candidate_id", "document")
SELECT c.agency_id, c.id, setweight(to_tsvector('simple', regexp_replace(c.first_name || ' ' || c.last_name, '[^[:alnum:]]+', ' ', 'g')), 'A')
      || setweight(to_tsvector('simple', regexp_replace(coalesce(c.current_title, '') || ' ' || array_to_string(c.role_interests, ' ') || ' ' || array_to_string(c.skill_names, ' '), '[^[:alnum:]]+', ' ', 'g')), 'B')
      || setweight(to_tsvector('simple', regexp_replace(coalesce((SELECT string_agg(concat_ws(' ', entry->>'title', entry->>'employer'), ' ') FROM jsonb_array_elements(c.work_history) AS entry), '') || ' ' || array_to_string(c.tags, ' ') || ' ' || coalesce(c.location, ''), '[^[:alnum:]]+', ' ', 'g')), 'C')
FROM "candidates" AS c WHERE c.merged_into_id IS NULL;
