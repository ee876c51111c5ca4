#pragma once

// A step of the workspace schema, written for SQLite with the placeholders that Dialect
// rewrites for PostgreSQL (see migrations.cpp).

namespace Accordo {

// Version 22: the agreements whose stored results each recompute wrote, by the recompute's
// number (accordo_meta's kpi_written), so that a reader holding results in memory (the
// dashboard's cache) reads again only those agreements. Agreement 0 stands for every agreement.
// The recompute keeps the last Kpi::kWrittenKept numbers; no foreign key, so that a deleted
// agreement is still named.
inline const char *const SchemaKpiWritten[] = {
    R"(CREATE TABLE kpi_written_agreements (
        written INTEGER NOT NULL,
        agreement_id INTEGER NOT NULL,
        PRIMARY KEY (written, agreement_id)
    ))",
};

} // namespace Accordo
