#pragma once

// A step of the workspace schema, written for SQLite with the placeholders that Dialect
// rewrites for PostgreSQL (see migrations.cpp).

namespace Accordo {

// Version 19: changes note what they affect, more finely.
//
// An import of tickets notes which tickets it added or changed, not the whole workspace. verdict_batches names the batch and the last ticket id before it: the rows it
// added are those after that id that carry the batch's id, the rows it changed are its
// import_batch_rows. The evaluator judges those tickets alone, and the verdicts it changes
// note their target and month for the KPI engine (kpi_dirty_periods) as before, so that the
// KPI refresh no longer recomputes every ticket target's periods of a month whose tickets
// changed. A ticket that moves in time can keep its verdicts and still leave one period for
// another: its trigger notes both months of each of its targets; a ticket deleted takes its
// verdicts with it, so its trigger notes their periods before. `running` is 1 while an
// evaluation works on the batch. A rolled back import still marks everything.
inline const char *const SchemaScopedChanges[] = {
    R"(CREATE TABLE verdict_batches (
        batch_id INTEGER PRIMARY KEY,
        after_id INTEGER NOT NULL,
        running INTEGER NOT NULL DEFAULT 0
    ))",
    R"(CREATE TRIGGER tickets_moved_periods AFTER UPDATE ON tickets
        WHEN OLD.opened_at <> NEW.opened_at BEGIN
        INSERT INTO kpi_dirty_periods (target_id, month)
            SELECT target_id, strftime('%Y-%m', OLD.opened_at, 'unixepoch') FROM ticket_results
                WHERE ticket_id = OLD.id
            UNION SELECT target_id, strftime('%Y-%m', NEW.opened_at, 'unixepoch')
                FROM ticket_results WHERE ticket_id = NEW.id
            ON CONFLICT (target_id, month) DO NOTHING; END)",
    R"(CREATE TRIGGER tickets_gone_periods BEFORE DELETE ON tickets BEGIN
        INSERT INTO kpi_dirty_periods (target_id, month)
            SELECT target_id, strftime('%Y-%m', OLD.opened_at, 'unixepoch') FROM ticket_results
                WHERE ticket_id = OLD.id
            ON CONFLICT (target_id, month) DO NOTHING; END)",
    // A calendar or region saved as it was (its row_version alone moves) changes no KPI: only
    // what the periods and the outages read marks the targets they govern.
    "DROP TRIGGER calendars_update_kpi",
    R"(CREATE TRIGGER calendars_update_kpi AFTER UPDATE ON calendars
        WHEN NEW.definition <> OLD.definition OR NEW.time_zone <> OLD.time_zone BEGIN
        INSERT OR IGNORE INTO kpi_dirty_targets SELECT t.id FROM targets t
            JOIN agreements a ON a.id = t.agreement_id JOIN parties p ON p.id = a.party_id
            WHERE (t.calendar_id = NEW.id
                   OR t.region_id IN (SELECT id FROM regions WHERE calendar_id = NEW.id)
                   OR p.region_id IN (SELECT id FROM regions WHERE calendar_id = NEW.id))
              AND t.id NOT IN (SELECT target_id FROM kpi_dirty_targets); END)",
    "DROP TRIGGER regions_update_kpi",
    R"(CREATE TRIGGER regions_update_kpi AFTER UPDATE ON regions
        WHEN NEW.code <> OLD.code OR NEW.name <> OLD.name
          OR coalesce(NEW.calendar_id, 0) <> coalesce(OLD.calendar_id, 0) BEGIN
        INSERT OR IGNORE INTO kpi_dirty_targets SELECT t.id FROM targets t
            JOIN agreements a ON a.id = t.agreement_id JOIN parties p ON p.id = a.party_id
            WHERE (t.region_id = NEW.id OR p.region_id = NEW.id)
              AND t.id NOT IN (SELECT target_id FROM kpi_dirty_targets); END)",
};

} // namespace Accordo
