#pragma once

#include "measurement/targetmatcher.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Accordo {

/// Reads what a TargetMatcher is built from out of a workspace: the calendars, regions,
/// parties and services, the agreements that are signed (or were once active) and their
/// first-response and resolution targets. Owns that SQL.
class TargetMatcherLoader
{
    // Its messages are the Evaluator's, translated as such.
    Q_DECLARE_TR_FUNCTIONS(Accordo::Evaluator)

public:
    static Result<TargetMatcher::Inputs> load(QSqlDatabase db);
    /// What a matcher needs for the tickets of the pairs claimed in verdict_scope and of the
    /// import batches claimed in verdict_batches only: every party named as a claimed
    /// counterparty or as the customer of a claimed batch's ticket (tickets name their
    /// customer by name), and those parties' agreements and targets. Its cost follows those
    /// parties, not the portfolio.
    static Result<TargetMatcher::Inputs> loadClaimed(QSqlDatabase db);

private:
    static Result<TargetMatcher::Inputs> load(QSqlDatabase db, const QString &partiesSql,
                                              const QString &agreementsSql,
                                              const QString &targetsSql);
};

} // namespace Accordo
