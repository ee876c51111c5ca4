#pragma once

#include "domain/improvement.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Accordo {

/// What an improvement action raised from a figure starts with, read from the stored KPIs:
/// the agreement, the target that did worst in the month, the period of that target's result
/// and a finding that says what happened.
class ActionProposal
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ActionProposal)

public:
    /// For agreement `agreementId` in `month` ("2026-10"): the target breached (else at risk)
    /// whose result covers the month, the lowest compliance first; its period is the result's
    /// ("2026-10", or "2026-Q4" for a quarterly target); the source is "breach" or "at_risk"
    /// by its status. With no target at risk or breached, the agreement alone, in the month,
    /// with `fallbackSource`.
    static Result<ImprovementAction> forMonth(QSqlDatabase db, qint64 agreementId,
                                              const QString &month, const QString &fallbackSource);
};

} // namespace Accordo
