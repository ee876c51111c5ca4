#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Accordo {

struct EvaluationSummary
{
    qint64 tickets = 0;
    qint64 governed = 0;        // tickets with at least one governing target
    qint64 results = 0;         // ticket × target verdicts stored
    qint64 met = 0;
    qint64 breached = 0;
    qint64 pending = 0;
};

/// Judges every ticket of a workspace against the targets that govern it and stores the
/// verdicts in ticket_results. It judges a chunk of tickets at a time outside any transaction
/// and writes only the verdicts that changed, each chunk's in a short transaction, so that
/// other writers are not held up for the whole run; a row's as_of is the run that last changed
/// it. The results stay marked stale until a run completes with no change of terms meanwhile.
///
/// A target governs a ticket when its agreement's counterparty is the ticket's customer and
/// the target's service the ticket's service (by code or name), the agreement is in force on
/// the (UTC) day of the opening (signed, started, not ended, not terminated; a version that
/// is or was active counts as signed), and the target's region and priority, when it names
/// them, are the ticket's. Per metric the most specific
/// agreement level wins (service over customer over corporate), then the target that names
/// more of region and priority, then the later version. The calendar is the target's, else
/// its region's, else that of the ticket's or the counterparty's region, else continuous.
class Evaluator
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Evaluator)

public:
    /// `chunk`: how many tickets each transaction judges and writes.
    static Result<EvaluationSummary> evaluate(QSqlDatabase db, qint64 asOf, qint64 chunk = 20000);
    /// Whether a calendar, target, agreement or ticket changed since the last evaluation.
    static bool isStale(QSqlDatabase db);
};

} // namespace Accordo
