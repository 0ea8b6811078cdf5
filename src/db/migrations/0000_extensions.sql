-- Trigram matching for quick search and typo-tolerant lookups (PGlite loads it as an extension module).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
