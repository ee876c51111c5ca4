#pragma once

#include "domain/improvement.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace Accordo {

/// An open change request as a review pack lists it.
struct ChangeRequestLine
{
    QString reference;
    QString title;
    QString state;
};

/// What a review pack shows beside the service report of its period: the agreement's owner,
/// its actions still open and those closed since the last review, the change requests still
/// open and the last review held.
struct ReviewPackData
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ReviewPackData)

public:
    QString number;
    QString owner; // user name; empty when the agreement has none
    QList<ImprovementAction> openActions;
    QList<ImprovementAction> closedActions; // done or dropped since the last review
    QList<ChangeRequestLine> changeRequests;
    std::optional<ServiceReview> lastReview;

    /// Reads the pack's data of agreement `number` (any of its versions).
    static Result<ReviewPackData> load(QSqlDatabase db, const QString &number);
};

} // namespace Accordo
