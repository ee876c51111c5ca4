#pragma once

#include "measurement/importmapping.h"
#include "measurement/records.h"
#include "result.h"

#include <QCoreApplication>

#include <functional>

namespace Accordo {

/// Where tickets come from: a CSV file with a mapping onto the canonical fields, or a
/// ServiceNow event log (preset). Shared by the importer and the backtest, which needs no
/// database.
class TicketReader
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::TicketReader)

public:
    enum class Preset { None, ServiceNow };

    using TicketSink = std::function<void(const Ticket &ticket, qint64 line, QByteArrayView raw)>;
    using ProblemSink = std::function<void(const RowProblem &problem)>;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static std::optional<Preset> presetFromName(const QString &name);

    /// Errors are about the file as a whole (unreadable, no header, broken quoting, not in
    /// its encoding); bad rows go to onProblem and reading goes on. path "-" reads standard
    /// input; encoding empty means UTF-8.
    static Result<void> read(const QString &path, const ImportMapping &mapping, Preset preset,
                             const TicketSink &onTicket, const ProblemSink &onProblem,
                             const Progress &progress = {}, const QString &encoding = {});
};

} // namespace Accordo
