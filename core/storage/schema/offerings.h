#pragma once

// Service level offerings and the price breakdown. The catalogue sells each service at a few
// named levels (Gold, Silver, Bronze) with a price list per currency, each with its default targets (kept as the JSON list
// the audit snapshots write, read back by OfferingStore) and its price per month, per user or
// per unit. An agreement's price breakdown has one line per service and level applied, and
// discounts as lines of their own; when it has lines, their total is the agreement's fee and
// is kept in agreements.price_minor, which the credits, KPIs and reports read. A target copied
// from an offering names it until it is edited.
inline const char *const SchemaOfferings[] = {
    R"(CREATE TABLE offerings (
        id %ID%,
        service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE RESTRICT,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        description TEXT NOT NULL DEFAULT '',
        basis TEXT NOT NULL CHECK (basis IN ('month', 'user', 'unit')),
        price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
        currency TEXT NOT NULL CHECK (length(currency) = 3),
        targets TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        row_version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (service_id, name, currency)
    ))",
    R"(CREATE TABLE price_lines (
        agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        service_id INTEGER REFERENCES services(id) ON DELETE RESTRICT,
        offering_id INTEGER REFERENCES offerings(id) ON DELETE RESTRICT,
        label TEXT NOT NULL DEFAULT '',
        basis TEXT NOT NULL DEFAULT 'month' CHECK (basis IN ('month', 'user', 'unit')),
        quantity INTEGER NOT NULL CHECK (quantity >= 1),
        unit_price_minor INTEGER NOT NULL,
        PRIMARY KEY (agreement_id, position)
    ))",
    "CREATE INDEX price_lines_offering ON price_lines(offering_id)",
    "ALTER TABLE targets ADD COLUMN offering_id INTEGER REFERENCES offerings(id)",
    "CREATE INDEX targets_offering ON targets(offering_id)",
};
