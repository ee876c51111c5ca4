#pragma once

#include "data/alertstore.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace Accordo {

class Workspace;

/// An event as the scanner finds it in the workspace, before any rule has chosen it.
struct AlertCandidate
{
    AlertEvent event = AlertEvent::TargetAtRisk;
    QString key;
    qint64 agreementId = 0;
    qint64 partyId = 0;
    QString subject;
};

/// Finds the events the users' alert rules ask for and raises each once per user: a target
/// at risk or breached and a credit owed in the recent periods of the stored KPIs, reviews and
/// renewals coming due, change requests waiting, improvement actions overdue. Run it after the
/// KPIs were recomputed (the GUI does after each background recompute) or on a schedule
/// (accordo-cli alerts); what it raised is returned, so that the caller can tell the users.
class AlertScanner
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::AlertScanner)

public:
    /// KPI periods that ended longer ago than this are history, not news.
    static constexpr qint64 kRecentSeconds = 45 * 86400;

    explicit AlertScanner(Workspace &workspace);

    /// What "now" is (epoch seconds, UTC): the raising time and the day due dates count from.
    void setAsOf(qint64 asOf) { mAsOf = asOf; }
    qint64 asOf() const;

    /// Raises the new alerts of every rule; returns them (empty when nothing new arose).
    Result<QList<Alert>> raise();
    /// The alerts raise() would store now, not stored (their ids 0).
    Result<QList<Alert>> fresh() const;
    /// Every event the rules of the workspace could ask for now, unfiltered.
    Result<QList<AlertCandidate>> candidates(const QList<AlertRule> &rules) const;

    /// Who owns each agreement, for the rules on "agreements I own": the owner of its number
    /// (agreement_owners). The one place that says so.
    static Result<QHash<qint64, QSet<QString>>> ownersOf(QSqlDatabase db);
    /// The improvement actions still open or in progress after their due date (as of
    /// `asOf`), each raised once per due date.
    static Result<QList<AlertCandidate>> overdueActions(QSqlDatabase db, qint64 asOf);

private:
    Result<QList<AlertCandidate>> kpiEvents() const;
    Result<QList<AlertCandidate>> dueEvents(bool reviews, int withinDays) const;
    Result<QList<AlertCandidate>> changeRequestEvents() const;

    Workspace &mWorkspace;
    qint64 mAsOf = 0;
};

} // namespace Accordo
