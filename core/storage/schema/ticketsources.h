#pragma once

// A step of the workspace schema, written for SQLite with the placeholders that Dialect
// rewrites for PostgreSQL (see migrations.cpp).

namespace Accordo {

// Version 7: a ticket is known by its source and its id, never by its id alone: two systems
// (or the demo and a real export) may both have an INC0000045. Every import is a batch, kept
// with its file's SHA-256, who and when and its counts; the rows it added carry its id, the
// rows it changed are kept as they were, so that the batch can be rolled back. SQLite cannot
// change a UNIQUE constraint: its tickets table is rebuilt.
inline const char *const SchemaV7[] = {
    R"(SQLITE ONLY: CREATE TABLE tickets_v7 (
        id %ID%,
        source TEXT NOT NULL DEFAULT '',
        number TEXT NOT NULL CHECK (length(trim(number)) > 0),
        customer TEXT NOT NULL DEFAULT '',
        service TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        priority TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '',
        opened_at INTEGER NOT NULL,
        first_response_at INTEGER,
        resolved_at INTEGER,
        closed_at INTEGER,
        satisfaction INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
        pauses TEXT NOT NULL DEFAULT '',
        batch_id INTEGER,
        UNIQUE (source, number)
    ))",
    R"(SQLITE ONLY: INSERT INTO tickets_v7 (id, number, customer, service, region, priority,
            status, opened_at, first_response_at, resolved_at, closed_at, satisfaction, pauses)
        SELECT id, number, customer, service, region, priority, status, opened_at,
            first_response_at, resolved_at, closed_at, satisfaction, pauses FROM tickets)",
    // Dropping the old table deletes the verdicts that refer to it (derived data, judged
    // again below); the new one takes its name, and the verdicts' reference with it.
    "SQLITE ONLY: DROP TABLE tickets",
    "SQLITE ONLY: ALTER TABLE tickets_v7 RENAME TO tickets",
    "SQLITE ONLY: UPDATE accordo_meta SET value = '1' "
    "WHERE key IN ('ticket_results_stale', 'kpi_stale')",
    "SQLITE ONLY: DROP TRIGGER IF EXISTS tickets_insert_kpi",
    "SQLITE ONLY: DROP TRIGGER IF EXISTS tickets_update_kpi",
    "SQLITE ONLY: DROP TRIGGER IF EXISTS tickets_update_old_kpi",
    "SQLITE ONLY: DROP TRIGGER IF EXISTS tickets_delete_kpi",
    R"(SQLITE ONLY: CREATE TRIGGER tickets_insert_kpi AFTER INSERT ON tickets
        WHEN NOT EXISTS (SELECT 1 FROM kpi_dirty_months
                         WHERE month = strftime('%Y-%m', NEW.opened_at, 'unixepoch')) BEGIN
        INSERT OR IGNORE INTO kpi_dirty_months
            VALUES (strftime('%Y-%m', NEW.opened_at, 'unixepoch')); END)",
    R"(SQLITE ONLY: CREATE TRIGGER tickets_update_kpi AFTER UPDATE ON tickets
        WHEN NOT EXISTS (SELECT 1 FROM kpi_dirty_months
                         WHERE month = strftime('%Y-%m', NEW.opened_at, 'unixepoch')) BEGIN
        INSERT OR IGNORE INTO kpi_dirty_months
            VALUES (strftime('%Y-%m', NEW.opened_at, 'unixepoch')); END)",
    R"(SQLITE ONLY: CREATE TRIGGER tickets_update_old_kpi AFTER UPDATE ON tickets
        WHEN OLD.opened_at <> NEW.opened_at
             AND NOT EXISTS (SELECT 1 FROM kpi_dirty_months
                             WHERE month = strftime('%Y-%m', OLD.opened_at, 'unixepoch')) BEGIN
        INSERT OR IGNORE INTO kpi_dirty_months
            VALUES (strftime('%Y-%m', OLD.opened_at, 'unixepoch')); END)",
    R"(SQLITE ONLY: CREATE TRIGGER tickets_delete_kpi AFTER DELETE ON tickets BEGIN
        INSERT OR IGNORE INTO kpi_dirty_months SELECT month FROM
            (SELECT strftime('%Y-%m', OLD.opened_at, 'unixepoch') AS month) AS changed
            WHERE month NOT IN (SELECT month FROM kpi_dirty_months); END)",
    "POSTGRESQL ONLY: ALTER TABLE tickets ADD COLUMN source TEXT NOT NULL DEFAULT ''",
    "POSTGRESQL ONLY: ALTER TABLE tickets ADD COLUMN batch_id BIGINT",
    "POSTGRESQL ONLY: ALTER TABLE tickets DROP CONSTRAINT tickets_number_key",
    "POSTGRESQL ONLY: ALTER TABLE tickets ADD CONSTRAINT tickets_source_number_key "
    "UNIQUE (source, number)",
    // The batch that added a row: rolling it back removes the row.
    "ALTER TABLE outages ADD COLUMN batch_id INTEGER",
    "ALTER TABLE surveys ADD COLUMN batch_id INTEGER",
    R"(CREATE TABLE import_batches (
        id %ID%,
        kind TEXT NOT NULL CHECK (kind IN ('tickets', 'outages', 'surveys')),
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
    R"(CREATE TABLE import_batch_rows (
        batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
        row_id INTEGER NOT NULL,
        previous TEXT,
        PRIMARY KEY (batch_id, row_id)
    ))",
    "CREATE INDEX import_batch_rows_row ON import_batch_rows(row_id)",
};

} // namespace Accordo
