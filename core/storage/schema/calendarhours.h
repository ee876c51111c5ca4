#pragma once

// A step of the workspace schema, written for SQLite with the placeholders that Dialect
// rewrites for PostgreSQL (see migrations.cpp).

namespace Accordo {

// Version 20: a calendar's hours or holidays, without its zone, mark only the targets whose
// periods read them.
//
// A first response or resolution target reads its calendar through its verdicts alone: the
// evaluator judges the tickets of the pairs the change notes (calendars_update_stale) and each
// verdict that changes notes its period (kpi_dirty_periods). Its periods' bounds and its dates
// in force read only the zone (calendarstore keeps time_zone equal to the definition's zone).
// Every other metric (availability counts agreed hours) is recomputed whole, as is every
// target when the zone changes.
inline const char *const SchemaCalendarHours[] = {
    "DROP TRIGGER calendars_update_kpi",
    R"(CREATE TRIGGER calendars_update_kpi AFTER UPDATE ON calendars
        WHEN NEW.definition <> OLD.definition OR NEW.time_zone <> OLD.time_zone BEGIN
        INSERT OR IGNORE INTO kpi_dirty_targets SELECT t.id FROM targets t
            JOIN agreements a ON a.id = t.agreement_id JOIN parties p ON p.id = a.party_id
            WHERE (t.calendar_id = NEW.id
                   OR t.region_id IN (SELECT id FROM regions WHERE calendar_id = NEW.id)
                   OR p.region_id IN (SELECT id FROM regions WHERE calendar_id = NEW.id))
              AND (NEW.time_zone <> OLD.time_zone
                   OR t.metric NOT IN ('first_response', 'resolution'))
              AND t.id NOT IN (SELECT target_id FROM kpi_dirty_targets); END)",
};

} // namespace Accordo
