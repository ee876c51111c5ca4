#pragma once

// Version 14: customers from the CRM. A party gets the CRM's account id (unique per kind
// when set), its status there (active, lost, terminated) and what the last import set of
// each field (a JSON object, field → value), so that a later import can tell a field changed
// in Accordo since from one the CRM changed. Its contacts are kept in order; the first is its
// primary contact, whose name and e-mail the party's own contact and email columns repeat.
inline const char *const SchemaCrm[] = {
    "ALTER TABLE parties ADD COLUMN external_id TEXT NOT NULL DEFAULT ''",
    R"(ALTER TABLE parties ADD COLUMN crm_status TEXT NOT NULL DEFAULT 'active'
        CHECK (crm_status IN ('active', 'lost', 'terminated')))",
    "ALTER TABLE parties ADD COLUMN crm_imported TEXT NOT NULL DEFAULT '{}'",
    "CREATE UNIQUE INDEX parties_external_id ON parties(kind, external_id) WHERE external_id <> ''",
    R"(CREATE TABLE party_contacts (
        id %ID%,
        party_id INTEGER NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        UNIQUE (party_id, position)
    ))",
};
