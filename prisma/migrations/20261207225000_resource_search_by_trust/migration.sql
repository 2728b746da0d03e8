-- The resource text search reads one trust's resources (decision 035): the GIN index leads with
-- "trustId", which needs btree_gin (a contrib extension shipped with PostgreSQL, trusted since 13, so a
-- database owner may create it). Hand-written like the index it replaces (20261125082702_community_search).
CREATE EXTENSION IF NOT EXISTS btree_gin;

DROP INDEX "Resource_search_idx";

CREATE INDEX "Resource_search_idx" ON "Resource" USING GIN ("trustId", resource_search_vector("title", "description", "tags"));
