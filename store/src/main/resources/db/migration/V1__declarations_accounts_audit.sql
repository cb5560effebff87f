-- Clearway store, first schema: declarations with their lifecycle events, accounts and bearer
-- tokens, and the hash-chained audit log.

-- MRNs are built by the caller from this sequence (see Mrn.of); a rolled-back lodgement leaves a
-- gap, which is harmless: an MRN only has to be unique, not dense.
CREATE SEQUENCE mrn_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE accounts (
    username      text        PRIMARY KEY,
    role          text        NOT NULL CHECK (role IN ('DECLARANT', 'OFFICER', 'ANALYST', 'ADMIN')),
    party_id      text,                       -- the declarant's EORI; null for customs staff
    display_name  text        NOT NULL,
    password_hash text        NOT NULL,       -- PHC string, Argon2id
    created_at    timestamptz NOT NULL
);

CREATE TABLE tokens (
    token_hash text        PRIMARY KEY,       -- sha-256 hex of the bearer token; the token itself is never stored
    username   text        NOT NULL REFERENCES accounts (username) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL
);
CREATE INDEX tokens_expires_at ON tokens (expires_at);

CREATE TABLE declarations (
    mrn          text        PRIMARY KEY,
    owner        text        NOT NULL,        -- username of the declarant account that lodged it
    declarant_id text        NOT NULL,        -- EORI of the declarant
    lrn          text        NOT NULL,
    type         text        NOT NULL,
    status       text        NOT NULL,
    lane         text,
    content_hash text        NOT NULL,        -- sha-256 hex of the canonical declaration JSON
    declaration  jsonb       NOT NULL,        -- the canonical declaration JSON
    assessment   jsonb,                       -- amounts due and lane decision
    version      integer     NOT NULL DEFAULT 1,
    lodged_at    timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    CONSTRAINT declarations_declarant_lrn_unique UNIQUE (declarant_id, lrn)
);
CREATE INDEX declarations_owner_lodged ON declarations (owner, lodged_at DESC);
CREATE INDEX declarations_status_lodged ON declarations (status, lodged_at DESC);
CREATE INDEX declarations_lane_lodged ON declarations (lane, lodged_at DESC);
CREATE INDEX declarations_lodged ON declarations (lodged_at DESC);

CREATE TABLE declaration_events (
    id          bigserial   PRIMARY KEY,
    mrn         text        NOT NULL REFERENCES declarations (mrn),
    type        text        NOT NULL,
    at          timestamptz NOT NULL,
    actor       text        NOT NULL,
    from_status text,
    to_status   text        NOT NULL,
    detail      text
);
CREATE INDEX declaration_events_mrn ON declaration_events (mrn, id);

-- Append-only, hash-chained: each entry's hash covers the previous entry's hash, so altering or
-- removing an entry in the middle is detected by walking the chain. seq is gapless: it is
-- assigned as previous + 1 under an advisory lock, never from a sequence.
CREATE TABLE audit_log (
    seq       bigint      PRIMARY KEY,
    at        timestamptz NOT NULL,
    actor     text        NOT NULL,
    action    text        NOT NULL,
    subject   text        NOT NULL,
    detail    text,
    prev_hash text        NOT NULL,
    hash      text        NOT NULL
);
