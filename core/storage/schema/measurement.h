#pragma once

// A step of the workspace schema, written for SQLite with the placeholders that Dialect
// rewrites for PostgreSQL (see migrations.cpp).

namespace Accordo {

// Version 3: service level measurement — imported tickets, outages and surveys, and the
// stored verdict of each ticket against each target that governs it. Instants are UTC epoch
// seconds, so that evaluation reads integers and never parses text.
inline const char *const SchemaV3[] = {
    R"(CREATE TABLE tickets (
        id %ID%,
        number TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
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
        pauses TEXT NOT NULL DEFAULT ''
    ))",
    // No secondary index on tickets: evaluation reads them all, and two such indexes made
    // the import of a million rows take 7.1 s instead of 4.0 s (bench/README.md).
    R"(CREATE TABLE outages (
        id %ID%,
        service TEXT NOT NULL CHECK (length(trim(service)) > 0),
        customer TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        start_at INTEGER NOT NULL,
        end_at INTEGER,
        planned INTEGER NOT NULL DEFAULT 0 CHECK (planned IN (0, 1)),
        UNIQUE (service, customer, region, start_at),
        CHECK (end_at IS NULL OR end_at >= start_at)
    ))",
    R"(CREATE TABLE surveys (
        id %ID%,
        ticket_number TEXT NOT NULL DEFAULT '',
        customer TEXT NOT NULL DEFAULT '',
        answered_at INTEGER NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        UNIQUE (ticket_number, customer, answered_at)
    ))",
    R"(CREATE TABLE ticket_results (
        ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        elapsed INTEGER NOT NULL,
        due_at INTEGER,
        verdict TEXT NOT NULL CHECK (verdict IN ('met', 'breached', 'pending')),
        as_of INTEGER NOT NULL,
        PRIMARY KEY (ticket_id, target_id)
    ))",
    "CREATE INDEX ticket_results_target ON ticket_results(target_id, verdict)",
    // A changed calendar, target or agreement makes the stored verdicts stale; the evaluator
    // recomputes them when it next runs (accordo-cli evaluate, the GUI on opening).
    R"(CREATE TRIGGER targets_insert_stale AFTER INSERT ON targets BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'ticket_results_stale'; END)",
    R"(CREATE TRIGGER targets_update_stale AFTER UPDATE ON targets BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'ticket_results_stale'; END)",
    R"(CREATE TRIGGER targets_delete_stale AFTER DELETE ON targets BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'ticket_results_stale'; END)",
    R"(CREATE TRIGGER calendars_update_stale AFTER UPDATE ON calendars BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'ticket_results_stale'; END)",
    R"(CREATE TRIGGER regions_update_stale AFTER UPDATE ON regions BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'ticket_results_stale'; END)",
    R"(CREATE TRIGGER agreements_update_stale AFTER UPDATE ON agreements BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'ticket_results_stale'; END)",
    R"(CREATE TRIGGER signings_insert_stale AFTER INSERT ON signings BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'ticket_results_stale'; END)",
    "INSERT INTO accordo_meta (key, value) VALUES ('ticket_results_stale', '1')",
};

} // namespace Accordo
