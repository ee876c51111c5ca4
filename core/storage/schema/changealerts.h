#pragma once

// A step of the workspace schema, written for SQLite with the placeholders that Dialect
// rewrites for PostgreSQL (see migrations.cpp).

namespace Accordo {

// Version 9: change requests and alerts. A change request asks for other targets on an
// agreement (from the customer or from inside); it is assessed (feasibility, effect on the
// price, a backtest of the proposed targets on the stored tickets) and then accepted, which
// opens an amendment holding the proposed targets, or rejected with a reason. Alert rules say,
// per user, which events to be told of for which agreements; an alert is stored once, when
// its event first arises for that user, and stays unseen until the user has seen it.
inline const char *const SchemaV9[] = {
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

} // namespace Accordo
