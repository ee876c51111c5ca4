#pragma once

// Version 16: a change of terms notes which tickets it can affect, not the whole workspace.
// A target governs the tickets whose customer is its agreement's counterparty (by name) and
// whose service is its service (by code or name), ranked against the other targets of that
// counterparty and service (TargetMatcher). So a change of a target, of an agreement, its
// signature, a calendar or a region notes the (counterparty, service) pairs of the first
// response and resolution targets it touches in verdict_scope, and the evaluator re-judges the
// tickets of those pairs alone (read through tickets_customer_service). Only changes of what
// the matching and the judging read are noted: a target's goal or an agreement's title moves
// no verdict. A rolled back import still marks everything (ticket_results_stale).
//
// `running` is 1 while an evaluation works on a pair: a change noted meanwhile sets it back
// to 0, so that the evaluation clears only the pairs it judged with the terms it read. The
// triggers keep their names, so that PostgreSQL replaces them.
inline const char *const SchemaVerdictScope[] = {
    R"(CREATE TABLE verdict_scope (
        party_id INTEGER NOT NULL,
        service_id INTEGER NOT NULL,
        running INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (party_id, service_id)
    ) WITHOUT ROWID)",
    "CREATE INDEX tickets_customer_service ON tickets(customer, service)",
    // A target's pair, before and after: a changed target can take tickets from or give them
    // to the other targets of its counterparty and service.
    "DROP TRIGGER targets_insert_stale",
    R"(CREATE TRIGGER targets_insert_stale AFTER INSERT ON targets
        WHEN NEW.metric IN ('first_response', 'resolution') BEGIN
        INSERT INTO verdict_scope (party_id, service_id)
            SELECT party_id, NEW.service_id FROM agreements WHERE id = NEW.agreement_id
            ON CONFLICT (party_id, service_id) DO UPDATE SET running = 0; END)",
    "DROP TRIGGER targets_update_stale",
    R"(CREATE TRIGGER targets_update_stale AFTER UPDATE ON targets
        WHEN (NEW.metric IN ('first_response', 'resolution')
              OR OLD.metric IN ('first_response', 'resolution'))
         AND (NEW.agreement_id <> OLD.agreement_id OR NEW.service_id <> OLD.service_id
              OR coalesce(NEW.region_id, 0) <> coalesce(OLD.region_id, 0)
              OR NEW.priority <> OLD.priority OR NEW.metric <> OLD.metric
              OR NEW.threshold <> OLD.threshold
              OR coalesce(NEW.calendar_id, 0) <> coalesce(OLD.calendar_id, 0)) BEGIN
        INSERT INTO verdict_scope (party_id, service_id)
            SELECT party_id, OLD.service_id FROM agreements WHERE id = OLD.agreement_id
            UNION SELECT party_id, NEW.service_id FROM agreements WHERE id = NEW.agreement_id
            ON CONFLICT (party_id, service_id) DO UPDATE SET running = 0; END)",
    "DROP TRIGGER targets_delete_stale",
    R"(CREATE TRIGGER targets_delete_stale AFTER DELETE ON targets
        WHEN OLD.metric IN ('first_response', 'resolution') BEGIN
        INSERT INTO verdict_scope (party_id, service_id)
            SELECT party_id, OLD.service_id FROM agreements WHERE id = OLD.agreement_id
            ON CONFLICT (party_id, service_id) DO UPDATE SET running = 0; END)",
    // A target deleted with its agreement leaves no counterparty to look up: everything.
    R"(CREATE TRIGGER targets_delete_orphan_stale AFTER DELETE ON targets
        WHEN OLD.metric IN ('first_response', 'resolution')
         AND NOT EXISTS (SELECT 1 FROM agreements WHERE id = OLD.agreement_id) BEGIN
        UPDATE accordo_meta SET value = '1' WHERE key = 'ticket_results_stale'; END)",
    // An agreement's counterparty, level, version, dates, status: the pairs of its targets,
    // under the counterparty before and after.
    "DROP TRIGGER agreements_update_stale",
    R"(CREATE TRIGGER agreements_update_stale AFTER UPDATE ON agreements
        WHEN NEW.party_id <> OLD.party_id OR NEW.level <> OLD.level
          OR NEW.version <> OLD.version OR NEW.start_date <> OLD.start_date
          OR coalesce(NEW.end_date, '') <> coalesce(OLD.end_date, '')
          OR coalesce(NEW.terminated_on, '') <> coalesce(OLD.terminated_on, '')
          OR NEW.status <> OLD.status BEGIN
        INSERT INTO verdict_scope (party_id, service_id)
            SELECT OLD.party_id, service_id FROM targets
                WHERE agreement_id = NEW.id AND metric IN ('first_response', 'resolution')
            UNION SELECT NEW.party_id, service_id FROM targets
                WHERE agreement_id = NEW.id AND metric IN ('first_response', 'resolution')
            ON CONFLICT (party_id, service_id) DO UPDATE SET running = 0; END)",
    "DROP TRIGGER signings_insert_stale",
    R"(CREATE TRIGGER signings_insert_stale AFTER INSERT ON signings BEGIN
        INSERT INTO verdict_scope (party_id, service_id)
            SELECT DISTINCT a.party_id, t.service_id FROM targets t
                JOIN agreements a ON a.id = t.agreement_id
                WHERE t.agreement_id = NEW.agreement_id
                  AND t.metric IN ('first_response', 'resolution')
            ON CONFLICT (party_id, service_id) DO UPDATE SET running = 0; END)",
    // A calendar's hours or zone: the targets it governs, those that name it, those of a
    // region that names it and those whose counterparty's region names it
    // (TargetJudgement::governingCalendar).
    "DROP TRIGGER calendars_update_stale",
    R"(CREATE TRIGGER calendars_update_stale AFTER UPDATE ON calendars
        WHEN NEW.definition <> OLD.definition OR NEW.time_zone <> OLD.time_zone BEGIN
        INSERT INTO verdict_scope (party_id, service_id)
            SELECT DISTINCT a.party_id, t.service_id FROM targets t
                JOIN agreements a ON a.id = t.agreement_id JOIN parties p ON p.id = a.party_id
                WHERE t.metric IN ('first_response', 'resolution')
                  AND (t.calendar_id = NEW.id
                       OR t.region_id IN (SELECT id FROM regions WHERE calendar_id = NEW.id)
                       OR p.region_id IN (SELECT id FROM regions WHERE calendar_id = NEW.id))
            ON CONFLICT (party_id, service_id) DO UPDATE SET running = 0; END)",
    // A region's code and name match the tickets' region; its calendar governs the targets
    // that name it and those whose counterparty is in it.
    "DROP TRIGGER regions_update_stale",
    R"(CREATE TRIGGER regions_update_stale AFTER UPDATE ON regions
        WHEN NEW.code <> OLD.code OR NEW.name <> OLD.name
          OR coalesce(NEW.calendar_id, 0) <> coalesce(OLD.calendar_id, 0) BEGIN
        INSERT INTO verdict_scope (party_id, service_id)
            SELECT DISTINCT a.party_id, t.service_id FROM targets t
                JOIN agreements a ON a.id = t.agreement_id JOIN parties p ON p.id = a.party_id
                WHERE t.metric IN ('first_response', 'resolution')
                  AND (t.region_id = NEW.id OR p.region_id = NEW.id)
            ON CONFLICT (party_id, service_id) DO UPDATE SET running = 0; END)",
};
