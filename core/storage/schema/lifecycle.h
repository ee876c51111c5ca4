#pragma once

// A step of the workspace schema, written for SQLite with the placeholders that Dialect
// rewrites for PostgreSQL (see migrations.cpp).

namespace Accordo {

// Version 2: the agreement lifecycle — users and roles, charter, approvals, signatures,
// transitions, termination, versions, and the hash-chained audit log.
inline const char *const SchemaV2[] = {
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

} // namespace Accordo
