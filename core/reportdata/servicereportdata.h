#pragma once

#include "domain/money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Accordo {

/// One target of an agreement in one period, as stored by the KPI engine.
struct TargetResult
{
    qint64 targetId = 0;
    QString service; // code
    QString serviceName;
    QString metric; // stored key
    QString priority;
    QString period;
    bool closed = false;
    qint64 tickets = 0, met = 0, breached = 0, pending = 0;
    std::optional<qint64> achievedMilli;
    qint64 goalMilli = 0;
    QString status;
    std::optional<qint64> errorBudget;
    std::optional<qint64> agreedSeconds, downtimeSeconds, outages, mttrSeconds;
    std::optional<qint64> answers, csatMilli;
    qint64 creditHundredths = 0;
    Money credit;
    // A custom metric's name and unit, and whether less is better; achievedMilli and
    // goalMilli are then in that unit
    QString customName;
    QString customUnit;
    bool lowerIsBetter = false;
};

/// A ticket that missed a target.
struct BreachedTicket
{
    QString number;
    QString service;
    QString metric;
    QString priority;
    qint64 openedAt = 0; // UTC epoch seconds
    std::optional<qint64> dueAt;
    qint64 elapsed = 0; // business seconds
};

struct ReportOutage
{
    QString service;
    qint64 startAt = 0;
    std::optional<qint64> endAt;
    bool planned = false;
};

/// Everything the service report of one agreement and period shows.
struct ServiceReportData
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ServiceReportData)

public:
    qint64 agreementId = 0;
    QString number;
    int version = 1;
    QString title;
    QString kind; // stored keys
    QString level;
    QString agreementStatus;
    QString party;
    QString partyKind;
    QString region;
    QString contact;
    QStringList signatories; // "Name, Title (provider)"
    QStringList services;
    QDate startDate, endDate;
    Money monthlyFee;
    QString period; // "2026-10" or "2026-Q4"
    qint64 periodStart = 0, periodEnd = 0;
    std::optional<qint64> dataAsOf; // the workspace's last measurement, UTC epoch seconds

    QList<TargetResult> results;    // the period's results, by target
    QList<TargetResult> history;    // up to twelve periods per target, oldest first
    QList<BreachedTicket> breaches; // the first 200 of the period
    qint64 breachCount = 0;
    QList<ReportOutage> outages;
    std::optional<qint64> csatMilli; // the customer's, in the period
    qint64 csatAnswers = 0;
    Money creditTotal;
    QDate nextReview;
    QDate noticeDeadline;
    bool watermelon = false;

    /// Reads the version in force (or the latest) of an agreement number and its KPIs for a
    /// month ("2026-10") or a quarter ("2026-Q4"); a month also brings its quarter's results.
    static Result<ServiceReportData> load(QSqlDatabase db, const QString &number,
                                          const QString &period,
                                          const QDate &today = QDate::currentDate());
    static bool isPeriod(const QString &text);
    /// The months with stored KPIs of an agreement version, latest first.
    static Result<QStringList> periods(QSqlDatabase db, qint64 agreementId);
};

} // namespace Accordo
