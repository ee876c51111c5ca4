#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace Accordo {

class TargetMatcher;

struct EvaluationSummary
{
    qint64 tickets = 0;
    qint64 governed = 0; // tickets with at least one governing target
    qint64 results = 0;  // ticket × target verdicts stored
    qint64 met = 0;
    qint64 breached = 0;
    qint64 pending = 0;
    bool full = true;         // every ticket read, or only those another as-of or a change affects
    qint64 scopedTickets = 0; // tickets judged again for a change of terms (VerdictScope)
    qint64 besideTickets = 0; // of those, the tickets a second connection read and judged
    qint64 importedTickets = 0; // tickets judged for the import batches noted (VerdictScope)
};

/// Judges every ticket of a workspace against the targets that govern it and stores the
/// verdicts in ticket_results. It judges a chunk of tickets at a time outside any transaction
/// and writes only the verdicts that changed, each chunk's in a short transaction, so that
/// other writers are not held up for the whole run; a row's as_of is the run that last changed
/// it. The results stay marked stale until a run completes with no change of terms meanwhile.
///
/// The verdicts answer for one as-of (stored as ticket_results_as_of): the measurements as
/// they stood then (TargetJudgement). A ticket opened at or after it has no verdict.
///
/// A target governs a ticket when its agreement's counterparty is the ticket's customer and
/// the target's service the ticket's service (by code or name), the ticket opened on a day
/// the agreement is in force (signed, started, not ended, not terminated; a version that is
/// or was active counts as signed), that day taken in the zone of the target's calendar, and
/// the target's region and priority, when it names them, are the ticket's. Per metric the
/// most specific agreement level wins (service over customer over corporate), then the
/// target that names more of region and priority, then the later version. The calendar is
/// TargetJudgement::governingCalendar(), the one the KPI engine counts the periods in.
class Evaluator
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Evaluator)

public:
    /// Judges every ticket as of `asOf`, which must be in the supported years (IsoTime):
    /// another is refused at once. `chunk`: how many tickets each transaction judges and
    /// writes.
    static Result<EvaluationSummary> evaluate(QSqlDatabase db, qint64 asOf, qint64 chunk = 20000);
    /// Brings the verdicts to `asOf`: everything when they are stale, nothing when they
    /// already answer for `asOf` and no change of terms is noted, else only the tickets whose
    /// reading differs between the stored as-of and `asOf` (opened, answered or resolved after
    /// the earlier one, or open), those of the customers and services whose terms changed
    /// and those the import batches noted since added or changed (VerdictScope); everything
    /// again when those are more than half the portfolio, or the imported tickets more than a
    /// quarter of all.
    static Result<EvaluationSummary> update(QSqlDatabase db, qint64 asOf, qint64 chunk = 20000);
    /// Judges as of `asOf` only the tickets that the targets of agreement `number` (every
    /// version) can govern: all the tickets of its counterparty and services, each with every
    /// target that may govern it. The other verdicts stay as they were, so the stored verdicts
    /// answer for no single as-of afterwards: this is for a look at one agreement inside a
    /// transaction that is rolled back (ResultsScope's aside scope).
    static Result<EvaluationSummary> judgeAgreement(QSqlDatabase db, qint64 asOf,
                                                    const QString &number, qint64 chunk = 20000);
    /// Whether a calendar, target, agreement or ticket changed since the last evaluation
    /// (also when that cannot be read).
    static bool isStale(QSqlDatabase db);
    /// The as-of the stored verdicts answer for; empty before the first evaluation.
    static std::optional<qint64> storedAsOf(QSqlDatabase db);
    /// Not stale, and answering for `asOf`.
    static bool isUpToDate(QSqlDatabase db, qint64 asOf);

private:
    static Result<EvaluationSummary> runFull(QSqlDatabase db, qint64 asOf, qint64 chunk);
    static Result<void> judgeAll(QSqlDatabase db, const TargetMatcher &matcher, qint64 asOf,
                                 qint64 chunk, qint64 since, EvaluationSummary &summary);
    static Result<void> judgeScope(QSqlDatabase db, const TargetMatcher &matcher, qint64 asOf,
                                   qint64 chunk, EvaluationSummary &summary);
    static Result<void> judgeTickets(QSqlDatabase db, const TargetMatcher &matcher, qint64 asOf,
                                     qint64 chunk, const std::vector<qint64> &ids,
                                     EvaluationSummary &summary);
};

} // namespace Accordo
