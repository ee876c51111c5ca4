#pragma once

// Version 11: a change of terms, a calendar or an agreement marks the targets it touches, not
// the whole workspace: the KPI refresh then recomputes the periods of those targets alone.
// kpi_dirty_targets lists targets whose every period must be computed again (their terms, the
// calendar that governs them, their agreement or its signature changed); kpi_dirty_periods
// lists the target and UTC month of every verdict the evaluator changed. Outages and rolled
// back imports still mark everything (kpi_stale), tickets and surveys their months
// (kpi_dirty_months). The triggers keep their names, so that PostgreSQL replaces them.
inline const char *const SchemaKpiDirtyTracking[] = {
    "CREATE TABLE kpi_dirty_targets (target_id INTEGER PRIMARY KEY) WITHOUT ROWID",
    R"(CREATE TABLE kpi_dirty_periods (
        target_id INTEGER NOT NULL,
        month TEXT NOT NULL,
        PRIMARY KEY (target_id, month)
    ) WITHOUT ROWID)",
    "DROP TRIGGER targets_insert_kpi",
    R"(CREATE TRIGGER targets_insert_kpi AFTER INSERT ON targets
        WHEN NOT EXISTS (SELECT 1 FROM kpi_dirty_targets WHERE target_id = NEW.id) BEGIN
        INSERT OR IGNORE INTO kpi_dirty_targets VALUES (NEW.id); END)",
    "DROP TRIGGER targets_update_kpi",
    R"(CREATE TRIGGER targets_update_kpi AFTER UPDATE ON targets
        WHEN NOT EXISTS (SELECT 1 FROM kpi_dirty_targets WHERE target_id = NEW.id) BEGIN
        INSERT OR IGNORE INTO kpi_dirty_targets VALUES (NEW.id); END)",
    "DROP TRIGGER targets_delete_kpi",
    R"(CREATE TRIGGER targets_delete_kpi AFTER DELETE ON targets
        WHEN NOT EXISTS (SELECT 1 FROM kpi_dirty_targets WHERE target_id = OLD.id) BEGIN
        INSERT OR IGNORE INTO kpi_dirty_targets VALUES (OLD.id); END)",
    "DROP TRIGGER credit_tiers_insert_kpi",
    R"(CREATE TRIGGER credit_tiers_insert_kpi AFTER INSERT ON credit_tiers
        WHEN NOT EXISTS (SELECT 1 FROM kpi_dirty_targets WHERE target_id = NEW.target_id) BEGIN
        INSERT OR IGNORE INTO kpi_dirty_targets VALUES (NEW.target_id); END)",
    "DROP TRIGGER credit_tiers_delete_kpi",
    R"(CREATE TRIGGER credit_tiers_delete_kpi AFTER DELETE ON credit_tiers
        WHEN NOT EXISTS (SELECT 1 FROM kpi_dirty_targets WHERE target_id = OLD.target_id) BEGIN
        INSERT OR IGNORE INTO kpi_dirty_targets VALUES (OLD.target_id); END)",
    // An agreement's dates, status, price or party, and its signature: all its targets.
    "DROP TRIGGER agreements_update_kpi",
    R"(CREATE TRIGGER agreements_update_kpi AFTER UPDATE ON agreements BEGIN
        INSERT OR IGNORE INTO kpi_dirty_targets SELECT id FROM targets
            WHERE agreement_id = NEW.id
              AND id NOT IN (SELECT target_id FROM kpi_dirty_targets); END)",
    "DROP TRIGGER signings_insert_kpi",
    R"(CREATE TRIGGER signings_insert_kpi AFTER INSERT ON signings BEGIN
        INSERT OR IGNORE INTO kpi_dirty_targets SELECT id FROM targets
            WHERE agreement_id = NEW.agreement_id
              AND id NOT IN (SELECT target_id FROM kpi_dirty_targets); END)",
    // A calendar governs the targets that name it, those of a region that names it and those
    // of an agreement whose party's region names it (TargetJudgement::governingCalendar).
    "DROP TRIGGER calendars_update_kpi",
    R"(CREATE TRIGGER calendars_update_kpi AFTER UPDATE ON calendars BEGIN
        INSERT OR IGNORE INTO kpi_dirty_targets SELECT t.id FROM targets t
            JOIN agreements a ON a.id = t.agreement_id JOIN parties p ON p.id = a.party_id
            WHERE (t.calendar_id = NEW.id
                   OR t.region_id IN (SELECT id FROM regions WHERE calendar_id = NEW.id)
                   OR p.region_id IN (SELECT id FROM regions WHERE calendar_id = NEW.id))
              AND t.id NOT IN (SELECT target_id FROM kpi_dirty_targets); END)",
    // A region names the periods' calendar and the outages that count for its targets.
    "DROP TRIGGER regions_update_kpi",
    R"(CREATE TRIGGER regions_update_kpi AFTER UPDATE ON regions BEGIN
        INSERT OR IGNORE INTO kpi_dirty_targets SELECT t.id FROM targets t
            JOIN agreements a ON a.id = t.agreement_id JOIN parties p ON p.id = a.party_id
            WHERE (t.region_id = NEW.id OR p.region_id = NEW.id)
              AND t.id NOT IN (SELECT target_id FROM kpi_dirty_targets); END)",
};
