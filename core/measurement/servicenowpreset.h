#pragma once

#include "measurement/importmapping.h"
#include "measurement/records.h"
#include "result.h"

#include <QCoreApplication>

#include <functional>

namespace Accordo {

class CsvReader;

/// Folds a ServiceNow incident event log (one row per update of an incident) into tickets:
/// the last update (highest sys_mod_count) holds the final state; the first response is the
/// first update that leaves state New; the spans spent in "Awaiting …" states are pauses;
/// resolution is resolved_at. Dates are D/M/YYYY HH:MM, "?" is missing. The category becomes
/// the service, the location the region, "1 - Critical" … "4 - Low" become P1 … P4, and
/// made_sla is kept as the ticket's reference verdict. A mapping may add constants (such as
/// the customer), translate values and name the time zone.
class ServiceNowPreset
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ServiceNowPreset)

public:
    using TicketSink = std::function<void(const Ticket &ticket, qint64 line)>;
    using ProblemSink = std::function<void(const RowProblem &problem)>;

    /// Reads the header and every row of a fresh reader, then emits the folded tickets in
    /// order of first appearance; bad rows go to onProblem and leave their incident out.
    static Result<void> read(CsvReader &reader, const ImportMapping &overrides,
                             const TicketSink &onTicket, const ProblemSink &onProblem,
                             const std::function<void(qint64, qint64)> &progress = {});
};

} // namespace Accordo
