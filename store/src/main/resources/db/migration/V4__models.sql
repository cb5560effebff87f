-- Learned targeting models (issue 6): each trained version with its training window, feature list,
-- metrics and the serialized model (XGBoost booster plus the history its features are computed
-- from). At most one version is active; every activation is kept so that a rollback can return to
-- the version that was active before.
CREATE TABLE models (
    version       bigserial   PRIMARY KEY,
    created_at    timestamptz NOT NULL,
    created_by    text        NOT NULL,
    source        text        NOT NULL,        -- what it was trained on, e.g. 'kcs_df_syn_train_eng.csv' or 'retrain'
    window_start  date,
    window_end    date,
    rows          integer     NOT NULL,
    frauds        integer     NOT NULL,
    features      jsonb       NOT NULL,        -- the feature names, in the model's order
    metrics       jsonb       NOT NULL,        -- held-out metrics and training figures
    model         bytea       NOT NULL,
    active        boolean     NOT NULL DEFAULT false
);

CREATE UNIQUE INDEX models_one_active ON models (active) WHERE active;

CREATE TABLE model_activations (
    id       bigserial   PRIMARY KEY,
    version  bigint      NOT NULL REFERENCES models (version),
    at       timestamptz NOT NULL,
    actor    text        NOT NULL,
    action   text        NOT NULL CHECK (action IN ('activate', 'rollback'))
);
