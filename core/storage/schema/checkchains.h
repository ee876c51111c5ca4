#pragma once

// A step of the workspace schema: not statements, but the stored definitions it rewrites on
// SQLite (see migrations.cpp).

namespace Accordo {

// Version 21: the two tables written once per ticket or period, ticket_results and
// kpi_periods, check their status column as a chain of comparisons instead of `IN (…)`.
//
// SQLite evaluates an `IN` of more than two constants through an ephemeral table that it
// builds again each time a statement runs; the evaluator writes a statement per verdict and
// the KPI engine one per period, so that table was built hundreds of thousands of times for
// one calendar change. The chain accepts exactly the same values. SQLite cannot alter a
// constraint, and the rows need no change, so the step rewrites the tables' stored
// definitions as SQLite documents for a constraint that every row already satisfies
// (rewriteCheckChains in migrations.cpp); PostgreSQL keeps its `IN`, which costs it nothing.
struct CheckChain
{
    const char *table;
    const char *from;
    const char *to;
};

inline const CheckChain SchemaCheckChains[] = {
    {"ticket_results", "CHECK (verdict IN ('met', 'breached', 'pending'))",
     "CHECK (verdict = 'met' OR verdict = 'breached' OR verdict = 'pending')"},
    {"kpi_periods", "CHECK (status IN ('met', 'at_risk', 'breached'))",
     "CHECK (status = 'met' OR status = 'at_risk' OR status = 'breached')"},
};

} // namespace Accordo
