#pragma once

// Version 17: a ticket target's period without a ticket and a satisfaction target's without an
// answer are no longer stored; their readers derive them (core/kpi/kpinodata.h). The rows an
// earlier recompute stored for them go, which is what the recompute would now leave.
inline const char *const SchemaKpiNoData[] = {
    R"(DELETE FROM kpi_periods
       WHERE (metric IN ('first_response', 'resolution') AND tickets = 0)
          OR (metric = 'satisfaction' AND coalesce(answers, 0) = 0))",
};
