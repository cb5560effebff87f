-- Watch lists an analyst imports (the OFAC SDN and UN lists are bundled with the application, not
-- stored), their entries, and the matches officers have cleared as false positives.

CREATE TABLE watchlists (
    name         text        PRIMARY KEY,
    source       text        NOT NULL,        -- the file name or note given at import
    imported_by  text        NOT NULL,
    imported_at  timestamptz NOT NULL,
    entry_count  integer     NOT NULL
);

CREATE TABLE watchlist_entries (
    list_name  text   NOT NULL REFERENCES watchlists (name) ON DELETE CASCADE,
    entry_id   text   NOT NULL,
    name       text   NOT NULL,
    aliases    text[] NOT NULL,
    countries  text[] NOT NULL,
    PRIMARY KEY (list_name, entry_id)
);

-- A party (its EORI, or its normalised name and country when it has none) cleared for one entry.
CREATE TABLE screening_clearances (
    party_key  text        NOT NULL,
    list_name  text        NOT NULL,
    entry_id   text        NOT NULL,
    mrn        text        NOT NULL,          -- the declaration on which the officer cleared it
    reason     text        NOT NULL,
    cleared_by text        NOT NULL,
    cleared_at timestamptz NOT NULL,
    PRIMARY KEY (party_key, list_name, entry_id)
);
