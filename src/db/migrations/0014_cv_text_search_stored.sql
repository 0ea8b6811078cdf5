DROP INDEX "candidate_documents_cv_text_idx";--> statement-breakpoint
ALTER TABLE "candidate_documents" ADD COLUMN "text_search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce(text, ''))) STORED;--> statement-breakpoint
CREATE INDEX "candidate_documents_cv_text_idx" ON "candidate_documents" USING gin ("text_search") WHERE "candidate_documents"."is_current_cv";