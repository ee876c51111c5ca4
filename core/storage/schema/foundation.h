#pragma once

// A step of the workspace schema, written for SQLite with the placeholders that Dialect
// rewrites for PostgreSQL (see migrations.cpp).

namespace Accordo {

// Version 1: the foundation — parties, regions, calendars, services, agreements, targets.
inline const char *const SchemaV1[] = {
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

} // namespace Accordo
