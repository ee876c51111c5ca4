#pragma once

// A step of the workspace schema, written for SQLite with the placeholders that Dialect
// rewrites for PostgreSQL (see migrations.cpp).

namespace Accordo {

// Version 5: every editable record carries a version, so that a save over someone else's
// change is refused (agreements have had one since version 1).
inline const char *const SchemaV5[] = {
    "ALTER TABLE parties ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE services ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE calendars ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE regions ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
};

} // namespace Accordo
