#pragma once

// A step of the workspace schema, written for SQLite with the placeholders that Dialect
// rewrites for PostgreSQL (see migrations.cpp).

namespace Accordo {

// Version 10: service reviews and the improvement actions that follow the problems found.
// A review of an agreement keeps who took part and the KPIs of the periods reviewed as they
// read when it was held; an action has an owner (a user), a due date and a state. Each
// agreement number has at most one owner, the provider's representative for the customer:
// ownership is kept by number, beside the signed terms, so that a new owner needs no new
// version. The reviews and actions refer to the version they were recorded against.
inline const char *const SchemaV10[] = {
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

} // namespace Accordo
