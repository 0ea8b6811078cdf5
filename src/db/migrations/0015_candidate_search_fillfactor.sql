-- Room on each page for a rewritten search row: PostgreSQL puts the new version on the same page when it fits, so the
-- table stays in the order candidates were added and a newest-first scan reads consecutive pages.
ALTER TABLE "candidate_search" SET (fillfactor = 80);
