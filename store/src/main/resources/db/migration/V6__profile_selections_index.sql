-- Profile statistics (selections, hits, hit rate, revenue per profile) read which profiles selected
-- a declaration from its recorded lane decision: the reasons PROFILE_HIT and PROFILE_SCORE, whose
-- text starts "profile <id> v<version>". Until now each query unpacked the reasons of every
-- declaration. This function gives the ids of the profiles a lane decision lists, and a GIN index
-- on it finds a profile's declarations directly; it is kept up to date by PostgreSQL on every
-- lodgement, amendment or re-routing, so it cannot drift from the reasons it is read from.

CREATE FUNCTION selecting_profiles(assessment jsonb) RETURNS bigint[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT substring(r ->> 'text' FROM '^profile ([0-9]{1,18}) v')::bigint), '{}')
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(assessment -> 'laneDecision' -> 'reasons') = 'array'
                                   THEN assessment -> 'laneDecision' -> 'reasons' ELSE '[]'::jsonb END) AS r
    WHERE r ->> 'code' IN ('PROFILE_HIT', 'PROFILE_SCORE') AND (r ->> 'text') ~ '^profile [0-9]{1,18} v'
$$;

-- only declarations some profile selected are indexed (most declarations none)
CREATE INDEX declarations_selecting_profiles ON declarations USING gin (selecting_profiles(assessment))
    WHERE selecting_profiles(assessment) <> '{}';
