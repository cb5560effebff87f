-- Risk assessment: selectivity profiles with their versions (four eyes: submitted by one analyst,
-- approved by another) and the results officers record on inspection.

CREATE TABLE profiles (
    id         bigserial   PRIMARY KEY,
    owner      text        NOT NULL,           -- the analyst who created it
    created_at timestamptz NOT NULL
);

CREATE TABLE profile_versions (
    profile_id   bigint      NOT NULL REFERENCES profiles (id),
    version      integer     NOT NULL CHECK (version >= 1),
    status       text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACTIVE', 'SUPERSEDED', 'RETIRED')),
    name         text        NOT NULL,
    expression   text        NOT NULL,
    lane         text        CHECK (lane IN ('GREEN', 'BLUE', 'YELLOW', 'RED')),
    score        integer     CHECK (score BETWEEN 1 AND 1000),
    reason       text        NOT NULL,
    valid_from   date        NOT NULL,
    valid_to     date,
    offices      text[]      NOT NULL DEFAULT '{}',
    types        text[]      NOT NULL DEFAULT '{}',
    aeo_exempt   boolean     NOT NULL DEFAULT false,
    author       text        NOT NULL,         -- the analyst who wrote this version's content last
    written_at   timestamptz NOT NULL,
    submitted_by text,
    submitted_at timestamptz,
    approved_by  text,
    approved_at  timestamptz,
    retired_by   text,
    retired_at   timestamptz,
    PRIMARY KEY (profile_id, version),
    CONSTRAINT profile_lane_or_score CHECK ((lane IS NULL) <> (score IS NULL)),
    -- the database keeps the four-eyes rule too, whatever the application does
    CONSTRAINT profile_four_eyes CHECK (approved_by IS NULL OR (approved_by <> submitted_by AND approved_by <> author))
);
-- at most one version of a profile is in force, and at most one is being worked on
CREATE UNIQUE INDEX profile_versions_one_active ON profile_versions (profile_id) WHERE status = 'ACTIVE';
CREATE UNIQUE INDEX profile_versions_one_pending ON profile_versions (profile_id) WHERE status IN ('DRAFT', 'SUBMITTED');

CREATE TABLE inspection_results (
    mrn                text          PRIMARY KEY REFERENCES declarations (mrn),
    outcome            text          NOT NULL CHECK (outcome IN ('NO_DISCREPANCY', 'DISCREPANCY', 'SEIZURE')),
    revenue_adjustment numeric(18, 2),        -- discrepancy: duty and taxes added (negative: refunded)
    currency           text,
    goods_category     text,                  -- seizure
    quantity           numeric(18, 3),
    unit               text,
    note               text,
    officer            text          NOT NULL,
    recorded_at        timestamptz   NOT NULL,
    CONSTRAINT inspection_discrepancy_amount CHECK (outcome <> 'DISCREPANCY' OR (revenue_adjustment IS NOT NULL AND currency IS NOT NULL)),
    CONSTRAINT inspection_seizure_goods CHECK (outcome <> 'SEIZURE' OR (goods_category IS NOT NULL AND quantity > 0 AND unit IS NOT NULL))
);
CREATE INDEX inspection_results_recorded ON inspection_results (recorded_at);
