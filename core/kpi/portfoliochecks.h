#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Accordo {

/// An OLA or underpinning contract target looser than the SLA target it supports.
struct ConsistencyViolation
{
    QString supportingNumber;
    QString supportingTitle;
    QString supportedNumber;
    QString supportedTitle;
    QString service; // code
    QString metric;  // key
    QString priority;
    // "threshold" or "goal"; "credit_tier" for a target whose first credit tier starts above
    // the level at which it is met (supporting*: its agreement; supportingValue: where the
    // first tier starts, supportedValue: where the target is met; supported*: empty)
    QString aspect;
    QString supportingValue; // as people write it: "6h", "99.5", "90"
    QString supportedValue;
    friend bool operator==(const ConsistencyViolation &, const ConsistencyViolation &) = default;
};

/// A customer and service that need a signed customer SLA in force and have none.
struct CoverageGap
{
    QString customer;
    QString service;
    qint64 tickets = 0;     // in the window before the check date
    bool delivered = false; // listed among the party's delivered services
};

/// An agreement whose review is overdue or whose renewal falls within its notice period.
struct DueAgreement
{
    QString number;
    QString title;
    QString kind;         // "review", "renewal" or "customer_ended" (lost or terminated in the CRM)
    QDate due;            // review date or end date
    QDate noticeDeadline; // renewals: end date minus notice days
};

/// An improvement action past its due date, or a breached target no action follows.
struct ActionFinding
{
    QString kind; // "overdue_action" or "breach_without_action"
    QString number;
    QString title;   // the agreement's
    QString subject; // the action's title, or the target ("NET resolution P1")
    qint64 actionId = 0;
    qint64 targetId = 0;
    QString period;
    QString owner; // the action's owner, else the agreement's
    QDate due;     // overdue actions
};

/// A target of an agreement on a custom metric that nothing measures: the catalogue does not
/// define the metric ("undefined_metric"), or no observation gave a value for a run of
/// periods that have ended ("no_observations", from `firstPeriod` to `lastPeriod`).
struct MetricFinding
{
    QString kind;
    QString number;
    QString title;
    QString target; // service code, metric name and priority: "BACKUP Backup success rate P1"
    QString metric; // the custom metric's name
    QString firstPeriod;
    QString lastPeriod;
    int periods = 0; // in the run
    /// The finding in a sentence that names the agreement, the target and the metric.
    QString text() const;
    friend bool operator==(const MetricFinding &, const MetricFinding &) = default;
};

/// Checks across the portfolio:
/// - consistency: every OLA or UC linked as supporting an SLA (SupportLinks) is at least as
///   strict for the same service, metric and priority: a time no longer, a goal no lower, an
///   availability no lower. Each side is taken in its active version, else its newest one,
///   so that a draft still under negotiation is held against the SLA too; a number whose
///   version so taken has expired or been terminated is not compared;
/// - credit tiers (part of `check consistency`): targets of those same versions whose first
///   credit tier owes a credit while the target is met;
/// - coverage: every customer and service with tickets in the last `ticketDays` days, or
///   listed as delivered, is covered by an active customer SLA in force that lists the
///   service;
/// - reviews and renewals: active agreements with a review date passed since they were
///   signed (or started) and since the last review held, or whose end date is within the
///   notice period or passed, or whose customer the CRM marks lost or terminated (due on the
///   check date: termination to be decided);
/// - metrics: targets on a custom metric the catalogue does not define (of agreements from
///   draft to active), and targets of active agreements on a defined custom metric with
///   periods ended by the check date that no observation measured (read from the stored
///   KPIs: bring them up to date first);
/// - actions: open actions past their due date, and breached targets of active agreements in
///   the periods that ended in the `breachDays` days before the check date (or are still
///   running) that no action (of any state) follows for that target and period.
class PortfolioChecks
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::PortfolioChecks)

public:
    /// Every link's violations, or only those of the links of agreement `number`.
    static Result<QList<ConsistencyViolation>> consistency(QSqlDatabase db,
                                                           const QString &number = {});
    /// Targets of agreements not ended (draft to active) on a custom metric the catalogue
    /// does not define, which nothing measures: aspect "undefined_metric", the agreement as
    /// the supporting side and the metric's name as its value (in metricchecks.cpp).
    static Result<QList<ConsistencyViolation>> undefinedMetrics(QSqlDatabase db);
    /// Targets that owe a credit while met (aspect "credit_tier"), by agreement number.
    static Result<QList<ConsistencyViolation>> creditTiers(QSqlDatabase db);
    static Result<QList<CoverageGap>> coverage(QSqlDatabase db, const QDate &asOf,
                                               int ticketDays = 90);
    /// Every active agreement's due reviews and renewals, or only those of agreement `number`.
    static Result<QList<DueAgreement>> reviews(QSqlDatabase db, const QDate &asOf,
                                               const QString &number = {});
    /// Custom metric targets nothing measures (in portfoliochecksmetrics.cpp).
    static Result<QList<MetricFinding>> metrics(QSqlDatabase db, const QDate &asOf);
    /// `numbers`: only these agreements' findings, when it names any.
    static Result<QList<ActionFinding>> actions(QSqlDatabase db, const QDate &asOf,
                                                int breachDays = 92,
                                                const QStringList &numbers = {});
};

} // namespace Accordo
