#include "migrations.h"

#include "storage/dialect.h"
#include "storage/schema/kpidirtytracking.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// Version 1: the foundation — parties, regions, calendars, services, agreements, targets.
const char *const SchemaV1[] = {
    R"(CREATE TABLE calendars (
        id %ID%,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        time_zone TEXT NOT NULL,
        definition TEXT NOT NULL DEFAULT '{}'
    ))",
    R"(CREATE TABLE regions (
        id %ID%,
        code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        calendar_id INTEGER REFERENCES calendars(id) ON DELETE RESTRICT
    ))",
    R"(CREATE TABLE parties (
        id %ID%,
        kind TEXT NOT NULL CHECK (kind IN ('customer', 'department', 'supplier')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        region_id INTEGER REFERENCES regions(id) ON DELETE RESTRICT,
        segment TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        UNIQUE (kind, name)
    ))",
    R"(CREATE TABLE services (
        id %ID%,
        code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        category TEXT NOT NULL DEFAULT '',
        owner_team TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    ))",
    R"(CREATE TABLE agreements (
        id %ID%,
        number TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('customer_sla', 'internal_sla', 'ola', 'uc')),
        level TEXT NOT NULL CHECK (level IN ('corporate', 'customer', 'service')),
        parent_id INTEGER REFERENCES agreements(id) ON DELETE RESTRICT,
        party_id INTEGER NOT NULL REFERENCES parties(id) ON DELETE RESTRICT,
        start_date TEXT NOT NULL,
        end_date TEXT,
        review_months INTEGER NOT NULL DEFAULT 12 CHECK (review_months BETWEEN 1 AND 120),
        status TEXT NOT NULL CHECK (status IN ('draft', 'negotiation', 'approval', 'active',
                                               'expired', 'terminated')),
        price_minor INTEGER NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
        currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        row_version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (number, version),
        CHECK (end_date IS NULL OR end_date > start_date),
        CHECK (parent_id IS NULL OR parent_id <> id)
    ))",
    "CREATE INDEX agreements_party ON agreements(party_id)",
    "CREATE INDEX agreements_parent ON agreements(parent_id)",
    "CREATE INDEX agreements_status ON agreements(status, number)",
    "CREATE INDEX agreements_title ON agreements(title)",
    "CREATE INDEX agreements_start ON agreements(start_date)",
    "CREATE INDEX agreements_end ON agreements(end_date)",
    R"(CREATE TABLE agreement_services (
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE RESTRICT,
        PRIMARY KEY (agreement_id, service_id)
    ))",
    "CREATE INDEX agreement_services_service ON agreement_services(service_id)",
    R"(CREATE TABLE targets (
        id %ID%,
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE RESTRICT,
        region_id INTEGER REFERENCES regions(id) ON DELETE RESTRICT,
        priority TEXT NOT NULL DEFAULT '',
        metric TEXT NOT NULL CHECK (metric IN ('first_response', 'resolution', 'availability',
                                               'satisfaction', 'custom')),
        custom_name TEXT NOT NULL DEFAULT '',
        custom_unit TEXT NOT NULL DEFAULT '',
        threshold INTEGER NOT NULL CHECK (threshold > 0),
        goal_milli INTEGER NOT NULL CHECK (goal_milli > 0 AND goal_milli <= 100000),
        period TEXT NOT NULL CHECK (period IN ('month', 'quarter')),
        calendar_id INTEGER REFERENCES calendars(id) ON DELETE RESTRICT,
        credit_cap_hundredths INTEGER NOT NULL DEFAULT 0
            CHECK (credit_cap_hundredths BETWEEN 0 AND 10000),
        position INTEGER NOT NULL DEFAULT 0
    ))",
    "CREATE INDEX targets_agreement ON targets(agreement_id)",
    "CREATE INDEX targets_service ON targets(service_id)",
    R"(CREATE TABLE credit_tiers (
        target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        below_milli INTEGER NOT NULL CHECK (below_milli > 0 AND below_milli <= 100000),
        credit_hundredths INTEGER NOT NULL CHECK (credit_hundredths BETWEEN 1 AND 10000),
        PRIMARY KEY (target_id, position)
    ))",
    R"(CREATE TABLE number_sequences (
        prefix TEXT NOT NULL,
        year INTEGER NOT NULL,
        last_value INTEGER NOT NULL,
        PRIMARY KEY (prefix, year)
    ))",
};

// Version 2: the agreement lifecycle — users and roles, charter, approvals, signatures,
// transitions, termination, versions, and the hash-chained audit log.
const char *const SchemaV2[] = {
    R"(CREATE TABLE users (
        id %ID%,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        display_name TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    ))",
    R"(CREATE TABLE user_roles (
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('sla_manager', 'approver', 'executive', 'analyst',
                                           'administrator')),
        PRIMARY KEY (user_id, role)
    ))",
    "ALTER TABLE agreements ADD COLUMN notice_days INTEGER NOT NULL DEFAULT 90",
    "ALTER TABLE agreements ADD COLUMN supersedes_id INTEGER REFERENCES agreements(id)",
    "ALTER TABLE agreements ADD COLUMN superseded_by_id INTEGER REFERENCES agreements(id)",
    "ALTER TABLE agreements ADD COLUMN terminated_on TEXT",
    "ALTER TABLE agreements ADD COLUMN termination_reason TEXT NOT NULL DEFAULT ''",
    R"(CREATE TABLE agreement_charters (
        agreement_id INTEGER PRIMARY KEY REFERENCES agreements(id) ON DELETE CASCADE,
        needs TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE agreement_items (
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('requirement', 'delivery_option')),
        position INTEGER NOT NULL,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        PRIMARY KEY (agreement_id, kind, position)
    ))",
    R"(CREATE TABLE agreement_editors (
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        user_name TEXT NOT NULL,
        PRIMARY KEY (agreement_id, user_name)
    ))",
    R"(CREATE TABLE agreement_approvers (
        id %ID%,
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('provider', 'counterparty')),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        user_name TEXT NOT NULL DEFAULT '',
        UNIQUE (agreement_id, position)
    ))",
    R"(CREATE TABLE approvals (
        id %ID%,
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        approver_id INTEGER REFERENCES agreement_approvers(id) ON DELETE SET NULL,
        approver_title TEXT NOT NULL,
        round INTEGER NOT NULL CHECK (round >= 1),
        user_name TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
        reason TEXT NOT NULL DEFAULT '',
        decided_at TEXT NOT NULL
    ))",
    "CREATE INDEX approvals_agreement ON approvals(agreement_id, round)",
    R"(CREATE TABLE signings (
        agreement_id INTEGER PRIMARY KEY REFERENCES agreements(id) ON DELETE RESTRICT,
        signed_on TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('handwritten', 'electronic',
                                               'qualified_electronic')),
        registered_number TEXT NOT NULL UNIQUE,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    ))",
    R"(CREATE TABLE signatories (
        agreement_id INTEGER NOT NULL REFERENCES signings(agreement_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('provider', 'counterparty')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        title TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (agreement_id, position)
    ))",
    R"(CREATE TABLE agreement_transitions (
        id %ID%,
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        transition TEXT NOT NULL,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        user_name TEXT NOT NULL,
        at TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT ''
    ))",
    "CREATE INDEX agreement_transitions_agreement ON agreement_transitions(agreement_id)",
    R"(CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user_name TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    ))",
    "CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)",
};

// Version 3: service level measurement — imported tickets, outages and surveys, and the
// stored verdict of each ticket against each target that governs it. Instants are UTC epoch
// seconds, so that evaluation reads integers and never parses text.
const char *const SchemaV3[] = {
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

// Version 4: KPIs — what managers decide on, stored so that dashboards and reports read it
// without recomputing: one row per agreement × target × period, satisfaction per customer and
// month, watermelon flags, volume history and forecasts; the links from OLAs and underpinning
// contracts to the SLAs they support and the services delivered to each customer, which the
// portfolio checks need; and the months whose measurements changed since the last recompute.
const char *const SchemaV4[] = {
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

struct Step
{
    const char *const *begin;
    const char *const *end;
};

// Version 5: every editable record carries a version, so that a save over someone else's
// change is refused (agreements have had one since version 1).
const char *const SchemaV5[] = {
    "ALTER TABLE parties ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE services ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE calendars ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE regions ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
};

// Version 6: the triggers that note the months of changed tickets and surveys look the month up
// by its key before inserting it (a WHEN clause) instead of filtering a derived table: the
// trigger's cost per imported row falls from about 1.3 to 0.4 microseconds. The inserts keep
// OR IGNORE for PostgreSQL, where two sessions may note the same month at once.
const char *const SchemaV6[] = {
    "DROP TRIGGER tickets_insert_kpi",
    R"(CREATE TRIGGER tickets_insert_kpi AFTER INSERT ON tickets
        WHEN NOT EXISTS (SELECT 1 FROM kpi_dirty_months
                         WHERE month = strftime('%Y-%m', NEW.opened_at, 'unixepoch')) BEGIN
        INSERT OR IGNORE INTO kpi_dirty_months
            VALUES (strftime('%Y-%m', NEW.opened_at, 'unixepoch')); END)",
    "DROP TRIGGER tickets_update_kpi",
    R"(CREATE TRIGGER tickets_update_kpi AFTER UPDATE ON tickets
        WHEN NOT EXISTS (SELECT 1 FROM kpi_dirty_months
                         WHERE month = strftime('%Y-%m', NEW.opened_at, 'unixepoch')) BEGIN
        INSERT OR IGNORE INTO kpi_dirty_months
            VALUES (strftime('%Y-%m', NEW.opened_at, 'unixepoch')); END)",
    R"(CREATE TRIGGER tickets_update_old_kpi AFTER UPDATE ON tickets
        WHEN OLD.opened_at <> NEW.opened_at
             AND NOT EXISTS (SELECT 1 FROM kpi_dirty_months
                             WHERE month = strftime('%Y-%m', OLD.opened_at, 'unixepoch')) BEGIN
        INSERT OR IGNORE INTO kpi_dirty_months
            VALUES (strftime('%Y-%m', OLD.opened_at, 'unixepoch')); END)",
    "DROP TRIGGER surveys_insert_kpi",
    R"(CREATE TRIGGER surveys_insert_kpi AFTER INSERT ON surveys
        WHEN NOT EXISTS (SELECT 1 FROM kpi_dirty_months
                         WHERE month = strftime('%Y-%m', NEW.answered_at, 'unixepoch')) BEGIN
        INSERT OR IGNORE INTO kpi_dirty_months
            VALUES (strftime('%Y-%m', NEW.answered_at, 'unixepoch')); END)",
};

// Version 7: a ticket is known by its source and its id, never by its id alone: two systems
// (or the demo and a real export) may both have an INC0000045. Every import is a batch, kept
// with its file's SHA-256, who and when and its counts; the rows it added carry its id, the
// rows it changed are kept as they were, so that the batch can be rolled back. SQLite cannot
// change a UNIQUE constraint: its tickets table is rebuilt.
const char *const SchemaV7[] = {
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

// Version 8, PostgreSQL only: the server enforces access too, so that Accordo's own checks are
// not the only line of defence. The logins of the people who work in a workspace are members of
// the group role accordo_users (created here when missing, which needs CREATEROLE; a server
// administrator may create it beforehand instead). The group reads and writes the tables and
// uses their sequences, but may only add to and read the audit trail, never change or delete
// it. Tables that later versions add get the same privileges by default.
const char *const SchemaV8[] = {
    R"(POSTGRESQL ONLY: DO $$
    BEGIN
        -- Granting needs the tables' owner; anyone else's grants would silently do nothing.
        IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema()
                       AND tablename = 'audit_log'
                       AND pg_has_role(current_user, tableowner, 'USAGE')) THEN
            RAISE EXCEPTION 'the login % does not own the workspace''s tables: upgrade it as '
                            'their owner', current_user;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'accordo_users') THEN
            BEGIN
                CREATE ROLE accordo_users NOLOGIN;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another workspace created it at the same moment
            END;
        END IF;
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I '
                       'TO accordo_users', current_schema());
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO accordo_users',
                       current_schema());
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM accordo_users;
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, '
                       'DELETE ON TABLES TO accordo_users', current_schema());
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES '
                       'TO accordo_users', current_schema());
    END
    $$)",
};

// Version 9: change requests and alerts. A change request asks for other targets on an
// agreement (from the customer or from inside); it is assessed (feasibility, effect on the
// price, a backtest of the proposed targets on the stored tickets) and then accepted, which
// opens an amendment holding the proposed targets, or rejected with a reason. Alert rules say,
// per user, which events to be told of for which agreements; an alert is stored once, when
// its event first arises for that user, and stays unseen until the user has seen it.
const char *const SchemaV9[] = {
    R"(CREATE TABLE change_requests (
        id %ID%,
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE RESTRICT,
        origin TEXT NOT NULL CHECK (origin IN ('customer', 'internal')),
        requested_by TEXT NOT NULL CHECK (length(trim(requested_by)) > 0),
        requested_on TEXT NOT NULL,
        description TEXT NOT NULL CHECK (length(trim(description)) > 0),
        proposed_targets TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL CHECK (status IN ('submitted', 'assessed', 'accepted',
                                               'rejected')),
        submitted_by TEXT NOT NULL,
        feasibility TEXT NOT NULL DEFAULT '',
        price_effect_minor INTEGER NOT NULL DEFAULT 0,
        backtest TEXT NOT NULL DEFAULT '',
        assessed_by TEXT NOT NULL DEFAULT '',
        decided_by TEXT NOT NULL DEFAULT '',
        decided_on TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        amendment_id INTEGER NOT NULL DEFAULT 0
    ))",
    "CREATE INDEX change_requests_agreement ON change_requests(agreement_id)",
    R"(CREATE TABLE alert_rules (
        id %ID%,
        user_name TEXT NOT NULL CHECK (length(trim(user_name)) > 0),
        event TEXT NOT NULL CHECK (event IN ('target_at_risk', 'target_breached', 'credit_owed',
                                             'review_due', 'renewal_due', 'action_overdue',
                                             'change_request_waiting')),
        scope TEXT NOT NULL CHECK (scope IN ('all', 'owner', 'customer')),
        party_id INTEGER NOT NULL DEFAULT 0,
        within_days INTEGER NOT NULL DEFAULT 30 CHECK (within_days BETWEEN 1 AND 3650)
    ))",
    "CREATE INDEX alert_rules_user ON alert_rules(user_name)",
    R"(CREATE TABLE alerts (
        id %ID%,
        user_name TEXT NOT NULL,
        event TEXT NOT NULL,
        event_key TEXT NOT NULL,
        agreement_id INTEGER NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        raised_at INTEGER NOT NULL,
        seen_at INTEGER,
        UNIQUE (user_name, event_key)
    ))",
    "CREATE INDEX alerts_raised ON alerts(user_name, raised_at)",
};

// Version 10: service reviews and the improvement actions that follow the problems found.
// A review of an agreement keeps who took part and the KPIs of the periods reviewed as they
// read when it was held; an action has an owner (a user), a due date and a state. Each
// agreement number has at most one owner, the provider's representative for the customer:
// ownership is kept by number, beside the signed terms, so that a new owner needs no new
// version. The reviews and actions refer to the version they were recorded against.
const char *const SchemaV10[] = {
    R"(CREATE TABLE agreement_owners (
        id %ID%,
        number TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE RESTRICT
    ))",
    R"(CREATE TABLE reviews (
        id %ID%,
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE RESTRICT,
        held_on TEXT NOT NULL,
        periods TEXT NOT NULL DEFAULT '',
        participants TEXT NOT NULL DEFAULT '[]',
        kpi_summary TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL CHECK (outcome IN ('no_change', 'actions_agreed',
                                                 'amendment_needed')),
        amendment_id INTEGER,
        recorded_by TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
    ))",
    "CREATE INDEX reviews_agreement ON reviews(agreement_id, held_on)",
    R"(CREATE TABLE actions (
        id %ID%,
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE RESTRICT,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'breach', 'at_risk',
                                                            'watermelon', 'check', 'review')),
        target_id INTEGER,
        period TEXT NOT NULL DEFAULT '',
        finding TEXT NOT NULL DEFAULT '',
        review_id INTEGER REFERENCES reviews(id) ON DELETE RESTRICT,
        owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        due_date TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'in_progress', 'done',
                                                          'dropped')),
        reason TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        row_version INTEGER NOT NULL DEFAULT 1,
        CHECK (state <> 'dropped' OR length(trim(reason)) > 0)
    ))",
    "CREATE INDEX actions_agreement ON actions(agreement_id, target_id, period)",
    "CREATE INDEX actions_owner ON actions(owner_id, state)",
};

const Step Steps[] = {
    {std::begin(SchemaV1), std::end(SchemaV1)}, {std::begin(SchemaV2), std::end(SchemaV2)},
    {std::begin(SchemaV3), std::end(SchemaV3)}, {std::begin(SchemaV4), std::end(SchemaV4)},
    {std::begin(SchemaV5), std::end(SchemaV5)}, {std::begin(SchemaV6), std::end(SchemaV6)},
    {std::begin(SchemaV7), std::end(SchemaV7)}, {std::begin(SchemaV8), std::end(SchemaV8)},
    {std::begin(SchemaV9), std::end(SchemaV9)}, {std::begin(SchemaV10), std::end(SchemaV10)},
    {std::begin(SchemaKpiDirtyTracking), std::end(SchemaKpiDirtyTracking)},
};

Result<void> exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        return Error{query.lastError().text() + u" — "_s + sql.simplified().left(120)};
    return {};
}

} // namespace

int Migrations::latestVersion()
{
    return int(std::size(Steps));
}

Result<int> Migrations::currentVersion(QSqlDatabase db)
{
    if (!db.tables().contains(u"accordo_meta"_s))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT value FROM accordo_meta WHERE key = 'schema_version'"_s))
        return Error{query.lastError().text()};
    if (!query.next())
        return Error{tr("the workspace has no schema version")};
    bool ok = false;
    const QString stored = query.value(u"value"_s).toString();
    const int version = stored.toInt(&ok);
    if (!ok || version < 0)
        return Error{tr("the workspace's schema version \"%1\" is not a number").arg(stored)};
    return version;
}

Result<void> Migrations::upgrade(QSqlDatabase db, int toVersion)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return Error{tr("the workspace has schema version %1, but this Accordo knows only up to "
                        "%2: it was written by a newer Accordo")
                         .arg(*current)
                         .arg(latestVersion())};

    for (int version = *current + 1; version <= toVersion; ++version) {
        Transaction transaction(db);
        if (!transaction.isActive())
            return Error{transaction.errorString()};
        QSqlQuery query(db);
        if (version == 1) {
            if (auto r = exec(query, u"CREATE TABLE accordo_meta (key TEXT PRIMARY KEY, "
                                     "value TEXT NOT NULL)"_s);
                !r)
                return r;
        }
        const Step &step = Steps[version - 1];
        // The steps are written for SQLite with placeholders; Dialect rewrites them.
        for (auto statement = step.begin; statement != step.end; ++statement) {
            for (const QString &sql :
                 Dialect::schemaStatements(Dialect::of(db), QString::fromUtf8(*statement))) {
                if (auto r = exec(query, sql); !r)
                    return Error{tr("upgrading the schema to version %1 failed: %2")
                                     .arg(version)
                                     .arg(r.error().message)};
            }
        }
        query.prepare(u"INSERT INTO accordo_meta (key, value) VALUES ('schema_version', ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        query.addBindValue(QString::number(version));
        if (!query.exec())
            return Error{query.lastError().text()};
        if (auto r = transaction.commit(); !r)
            return r;
    }
    return {};
}

} // namespace Accordo
