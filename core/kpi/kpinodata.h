#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Accordo::Kpi {

/// The agreements and periods whose "nothing measured" rows a reader asks for.
struct NoDataScope
{
    QString agreementNumber;           // every version of this number, when set
    std::optional<qint64> agreementId; // this version only, when set
    QStringList periods;               // these labels ("2026-10", "2026-Q4") only, when set
};

/// Ticket and satisfaction targets keep a row in kpi_periods only for the periods in which
/// something was measured (a ticket, an answer). The other periods of their time in force are
/// derived on read, as the recompute would have written them: prepareResults() fills the
/// connection's temporary table kpi_no_data with those of the scope, and a reader selects from
/// resultsTable() where it selected from kpi_periods. The rows hold for the stored as-of.
Result<void> prepareResults(QSqlDatabase db, const NoDataScope &scope = {});

/// kpi_periods and kpi_no_data together, for a FROM clause: "FROM " + resultsTable() + " k".
QString resultsTable();

} // namespace Accordo::Kpi
