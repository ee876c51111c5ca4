#pragma once

// Version 13: custom metrics that are measured. A metric definition names a measure the
// built-in metrics do not cover (a backup success rate, an equipment delivery time), its
// unit, how a period's observations aggregate (mean, sum, min, max, or successes over
// attempts) and which way is better. Observations are imported in batches like tickets: each
// names its metric, customer, service and region, an instant or a month, and a value or a
// count of successes and attempts. A target on a custom metric refers to its definition by
// name (targets.custom_name). The import batches learn the new kind; on SQLite a CHECK cannot
// be altered, so the batches and their rows are copied into tables that allow it.
inline const char *const SchemaMetrics[] = {
    R"(CREATE TABLE metric_definitions (
        id %ID%,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        unit TEXT NOT NULL DEFAULT '',
        aggregation TEXT NOT NULL CHECK (aggregation IN ('mean', 'sum', 'min', 'max', 'rate')),
        better TEXT NOT NULL CHECK (better IN ('higher', 'lower')),
        description TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1
    ))",
    R"(CREATE TABLE observations (
        id %ID%,
        metric TEXT NOT NULL CHECK (length(trim(metric)) > 0),
        customer TEXT NOT NULL DEFAULT '',
        service TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        reference TEXT NOT NULL DEFAULT '',
        observed_at INTEGER,
        period TEXT NOT NULL DEFAULT '',
        value_milli INTEGER,
        successes INTEGER CHECK (successes IS NULL OR successes >= 0),
        attempts INTEGER,
        batch_id INTEGER,
        CHECK (attempts IS NULL OR attempts >= coalesce(successes, 0)),
        CHECK (observed_at IS NOT NULL OR length(period) = 7),
        CHECK (value_milli IS NOT NULL OR (successes IS NOT NULL AND attempts IS NOT NULL))
    ))",
    "CREATE INDEX observations_metric ON observations(metric, customer)",
    // Definitions and observations change every period of the targets on them.
    R"(CREATE TRIGGER metric_definitions_insert_kpi AFTER INSERT ON metric_definitions BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER metric_definitions_update_kpi AFTER UPDATE ON metric_definitions BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER metric_definitions_delete_kpi AFTER DELETE ON metric_definitions BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER observations_insert_kpi AFTER INSERT ON observations BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER observations_update_kpi AFTER UPDATE ON observations BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(CREATE TRIGGER observations_delete_kpi AFTER DELETE ON observations BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'kpi_stale'; END)",
    R"(SQLITE ONLY: CREATE TABLE import_batches_v13 (
        id %ID%,
        kind TEXT NOT NULL CHECK (kind IN ('tickets', 'outages', 'surveys', 'observations')),
        source TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        user_name TEXT NOT NULL DEFAULT '',
        imported_at INTEGER NOT NULL,
        rows_read INTEGER NOT NULL DEFAULT 0,
        inserted INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0,
        rolled_back_at INTEGER,
        rolled_back_by TEXT
    ))",
    "SQLITE ONLY: INSERT INTO import_batches_v13 SELECT * FROM import_batches",
    R"(SQLITE ONLY: CREATE TABLE import_batch_rows_v13 (
        batch_id INTEGER NOT NULL REFERENCES import_batches_v13(id) ON DELETE CASCADE,
        row_id INTEGER NOT NULL,
        previous TEXT,
        PRIMARY KEY (batch_id, row_id)
    ))",
    "SQLITE ONLY: INSERT INTO import_batch_rows_v13 SELECT * FROM import_batch_rows",
    // The rows first: dropping the batches while rows refer to them would delete those rows.
    "SQLITE ONLY: DROP TABLE import_batch_rows",
    "SQLITE ONLY: DROP TABLE import_batches",
    "SQLITE ONLY: ALTER TABLE import_batches_v13 RENAME TO import_batches",
    "SQLITE ONLY: ALTER TABLE import_batch_rows_v13 RENAME TO import_batch_rows",
    "SQLITE ONLY: CREATE INDEX import_batch_rows_row ON import_batch_rows(row_id)",
    "POSTGRESQL ONLY: ALTER TABLE import_batches DROP CONSTRAINT import_batches_kind_check",
    R"(POSTGRESQL ONLY: ALTER TABLE import_batches ADD CONSTRAINT import_batches_kind_check
        CHECK (kind IN ('tickets', 'outages', 'surveys', 'observations')))",
};
