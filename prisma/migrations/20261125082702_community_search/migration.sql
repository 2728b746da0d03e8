-- Full-text search over the resource library and the expertise directory (decision 004).
-- Prisma's schema language cannot declare expression indexes, and its schema engine ignores them
-- when it compares the database with schema.prisma, so they live here, hand-written.

-- array_to_string is only STABLE, so an IMMUTABLE wrapper lets the index hold the vector.
-- Weights: title A, tags B, description C (ts_rank ranks title matches first).
CREATE FUNCTION resource_search_vector(title text, description text, tags text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(array_to_string(tags, ' '), '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')
$$;

CREATE FUNCTION expertise_search_vector(area text, description text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(area, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'B')
$$;

CREATE INDEX "Resource_search_idx" ON "Resource" USING GIN (resource_search_vector("title", "description", "tags"));

CREATE INDEX "Expertise_search_idx" ON "Expertise" USING GIN (expertise_search_vector("area", "description"));
