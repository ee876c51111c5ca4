#pragma once

// A step of the workspace schema, written for SQLite with the placeholders that Dialect
// rewrites for PostgreSQL (see migrations.cpp).

namespace Accordo {

// Version 4: KPIs — what managers decide on, stored so that dashboards and reports read it
// without recomputing: one row per agreement × target × period, satisfaction per customer and
// month, watermelon flags, volume history and forecasts; the links from OLAs and underpinning
// contracts to the SLAs they support and the services delivered to each customer, which the
// portfolio checks need; and the months whose measurements changed since the last recompute.
inline const char *const SchemaV4[] = {
    R"(CREATE TABLE agreement_supports (
        supporting_number TEXT NOT NULL,
        supported_number TEXT NOT NULL,
        PRIMARY KEY (supporting_number, supported_number),
        CHECK (supporting_number <> supported_number)
    ))",
    "CREATE INDEX agreement_supports_supported ON agreement_supports(supported_number)",
    R"(CREATE TABLE service_deliveries (
        party_id INTEGER NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
        service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
        PRIMARY KEY (party_id, service_id)
    ))",
    R"(CREATE TABLE kpi_periods (
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
        period TEXT NOT NULL,
        period_start INTEGER NOT NULL,
        period_end INTEGER NOT NULL,
        closed INTEGER NOT NULL CHECK (closed IN (0, 1)),
        metric TEXT NOT NULL,
        tickets INTEGER NOT NULL DEFAULT 0,
        met INTEGER NOT NULL DEFAULT 0,
        breached INTEGER NOT NULL DEFAULT 0,
        pending INTEGER NOT NULL DEFAULT 0,
        near_due INTEGER NOT NULL DEFAULT 0,
        achieved_milli INTEGER,
        goal_milli INTEGER NOT NULL,
        mean_elapsed INTEGER,
        median_elapsed INTEGER,
        p90_elapsed INTEGER,
        agreed_seconds INTEGER,
        downtime_seconds INTEGER,
        outages INTEGER,
        mttr_seconds INTEGER,
        mtbf_seconds INTEGER,
        answers INTEGER,
        score_milli INTEGER,
        csat_milli INTEGER,
        status TEXT NOT NULL CHECK (status IN ('met', 'at_risk', 'breached')),
        error_budget INTEGER,
        burn_milli INTEGER,
        credit_hundredths INTEGER NOT NULL DEFAULT 0,
        credit_minor INTEGER NOT NULL DEFAULT 0,
        currency TEXT NOT NULL,
        as_of INTEGER NOT NULL,
        PRIMARY KEY (target_id, period)
    ))",
    "CREATE INDEX kpi_periods_agreement ON kpi_periods(agreement_id, period)",
    R"(CREATE TABLE kpi_satisfaction (
        party_id INTEGER NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
        period TEXT NOT NULL,
        answers INTEGER NOT NULL,
        score_milli INTEGER NOT NULL,
        csat_milli INTEGER NOT NULL,
        PRIMARY KEY (party_id, period)
    ))",
    R"(CREATE TABLE kpi_watermelons (
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        period TEXT NOT NULL,
        csat_milli INTEGER NOT NULL,
        previous_csat_milli INTEGER,
        reason TEXT NOT NULL CHECK (reason IN ('low', 'drop')),
        PRIMARY KEY (agreement_id, period)
    ))",
    R"(CREATE TABLE kpi_volumes (
        service TEXT NOT NULL,
        region TEXT NOT NULL,
        period TEXT NOT NULL,
        tickets INTEGER NOT NULL,
        forecast INTEGER NOT NULL CHECK (forecast IN (0, 1)),
        method TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (service, region, period)
    ))",
    // UTC months whose tickets or surveys changed since the KPIs were last computed: the
    // recompute after an import touches only the periods that overlap them. The triggers
    // insert only months not yet listed, because the importer's upsert overrides a trigger's
    // OR IGNORE (SQLite applies the outer statement's conflict policy).
    "CREATE TABLE kpi_dirty_months (month TEXT PRIMARY KEY) WITHOUT ROWID",
    R"(CREATE TRIGGER tickets_insert_kpi AFTER INSERT ON tickets BEGIN
        INSERT OR IGNORE INTO kpi_dirty_months SELECT month FROM
            (SELECT strftime('%Y-%m', NEW.opened_at, 'unixepoch') AS month) AS changed
            WHERE month NOT IN (SELECT month FROM kpi_dirty_months); END)",
    R"(CREATE TRIGGER tickets_update_kpi AFTER UPDATE ON tickets BEGIN
        INSERT OR IGNORE INTO kpi_dirty_months SELECT month FROM
            (SELECT strftime('%Y-%m', OLD.opened_at, 'unixepoch') AS month
             UNION SELECT strftime('%Y-%m', NEW.opened_at, 'unixepoch')) AS changed
            WHERE month NOT IN (SELECT month FROM kpi_dirty_months); END)",
    R"(CREATE TRIGGER tickets_delete_kpi AFTER DELETE ON tickets BEGIN
        INSERT OR IGNORE INTO kpi_dirty_months SELECT month FROM
            (SELECT strftime('%Y-%m', OLD.opened_at, 'unixepoch') AS month) AS changed
            WHERE month NOT IN (SELECT month FROM kpi_dirty_months); END)",
    R"(CREATE TRIGGER outages_insert_kpi AFTER INSERT ON outages BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER outages_update_kpi AFTER UPDATE ON outages BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER outages_delete_kpi AFTER DELETE ON outages BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER surveys_insert_kpi AFTER INSERT ON surveys BEGIN
        INSERT OR IGNORE INTO kpi_dirty_months SELECT month FROM
            (SELECT strftime('%Y-%m', NEW.answered_at, 'unixepoch') AS month) AS changed
            WHERE month NOT IN (SELECT month FROM kpi_dirty_months); END)",
    // Terms, calendars and prices change every period of an agreement: recompute everything.
    R"(CREATE TRIGGER targets_insert_kpi AFTER INSERT ON targets BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER targets_update_kpi AFTER UPDATE ON targets BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER targets_delete_kpi AFTER DELETE ON targets BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER credit_tiers_insert_kpi AFTER INSERT ON credit_tiers BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER credit_tiers_delete_kpi AFTER DELETE ON credit_tiers BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER calendars_update_kpi AFTER UPDATE ON calendars BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER regions_update_kpi AFTER UPDATE ON regions BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER agreements_update_kpi AFTER UPDATE ON agreements BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER signings_insert_kpi AFTER INSERT ON signings BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    "INSERT INTO accordo_meta (key, value) VALUES ('kpi_stale', '1')",
};

} // namespace Accordo
