#pragma once

#include "data/changerequeststore.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <functional>

namespace Accordo {

class Workspace;

/// The state machine of change requests: submitted → assessed → accepted or rejected. An
/// assessment records feasibility, the effect on the price and a backtest of the proposed
/// targets on the stored tickets; an acceptance amends the agreement through the lifecycle (its
/// guard and audit apply) and sets the proposed targets on the new draft version; a rejection
/// needs a reason. Every step is role-checked and audited, and changes nothing when refused.
class ChangeRequests
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ChangeRequests)

public:
    enum class Step { Assess, Accept, Reject };

    explicit ChangeRequests(Workspace &workspace);

    /// The date decisions are recorded on and the backtest runs up to; today unless set.
    void setToday(const QDate &today) { mToday = today; }
    QDate today() const;

    /// Why `step` cannot be taken from `status`, or an empty text when it can.
    static QString refusal(ChangeRequestStatus status, Step step);

    /// Records a new request (its status and who submitted it are set here); returns its id.
    Result<qint64> submit(ChangeRequest request);
    /// Assesses a submitted (or re-assesses an assessed) request, running the backtest.
    Result<void> assess(qint64 id, const QString &feasibility, qint64 priceEffectMinor);
    /// Accepts an assessed request; returns the id of the amendment draft it opened.
    Result<qint64> accept(qint64 id);
    /// Rejects a submitted or assessed request; the reason is required.
    Result<void> reject(qint64 id, const QString &reason);

    /// The proposed time targets judged on the counterparty's stored tickets of the twelve
    /// months before `today` (the other metrics are left out, as the backtest leaves them).
    static Result<QList<BacktestFigure>> backtest(QSqlDatabase db, qint64 partyId,
                                                  const QList<Target> &targets, const QDate &today);
    /// The agreement's targets with the proposed ones in place: a proposed target replaces the
    /// one of the same service, region, priority and metric, and is added when there is none.
    static QList<Target> merged(const QList<Target> &current, const QList<Target> &proposed);

private:
    Result<void> validate(const ChangeRequest &request) const;
    /// Takes `step` on request `id` in one audited write named `what`: reads the request for
    /// update, refuses with `refused` (%1 the id, %2 why) when its status does not allow the
    /// step, else stores the request as `decide` changes it.
    Result<void> takeStep(qint64 id, Step step, const QString &what, const QString &refused,
                          const std::function<Result<ChangeRequest>(ChangeRequest)> &decide);

    Workspace &mWorkspace;
    QDate mToday;
};

} // namespace Accordo
