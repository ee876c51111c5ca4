#pragma once

#include "data/changerequeststore.h"
#include "domain/pricing.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>

namespace Accordo {

class Workspace;

/// What switching one service of an agreement in negotiation to another level would change:
/// the monthly price, and how the service's targets now and the level's targets would have
/// done on the customer's stored tickets of the twelve months before `today` (first response
/// and resolution targets; the backtest leaves the others out).
struct WhatIf
{
    qint64 serviceId = 0;
    QString fromLevel; // the service's price line now; empty when it has none
    QString toLevel;
    Money currentFee;  // the agreement's monthly fee now
    Money proposedFee; // with the level applied
    Money difference;  // proposed - current
    QList<BacktestFigure> current;
    QList<BacktestFigure> proposed;
};

class WhatIfAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::WhatIfAnalysis)

public:
    /// Nothing is written. Refused unless the agreement is in negotiation or a draft, and
    /// when the offering is not for one of its services.
    static Result<WhatIf> compare(const Workspace &workspace, qint64 agreementId, qint64 offeringId,
                                  const QDate &today);
};

} // namespace Accordo
