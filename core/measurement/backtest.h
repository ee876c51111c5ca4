#pragma once

#include "calendar/businesscalendar.h"
#include "domain/entities.h"
#include "measurement/importmapping.h"
#include "measurement/targetjudgement.h"
#include "measurement/ticketreader.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace Accordo {

namespace Sql {
class Rows;
}

/// One proposed target of a backtest.
struct BacktestTarget
{
    QString name;
    bool firstResponse = false; // else resolution
    QString priority;           // empty: every ticket
    QString service;
    QString customer;
    qint64 within = 0; // business seconds
    int calendar = -1; // index into the calendars; -1: continuous time
    // Backtests of stored tickets (forTargets) match by id and know more of the target.
    qint64 serviceId = 0;
    qint64 regionId = 0;  // 0: every region
    qint64 goalMilli = 0; // share of tickets that must meet it; 0: not known
    int sourceIndex = -1; // the target's position in the list it came from
};

/// One output row: a period and a target.
struct BacktestRow
{
    QString period;
    QString target;
    int targetIndex = 0; // into targets()
    qint64 tickets = 0;
    qint64 met = 0;
    qint64 breached = 0;
    qint64 pending = 0;
};

/// How often the backtest's verdicts agree with the source's own (ServiceNow made_sla).
struct ReferenceComparison
{
    QString target;
    qint64 compared = 0; // met or breached tickets with a reference verdict
    qint64 agreed = 0;
    qint64 metButReferenceMissed = 0;
    qint64 breachedButReferenceMade = 0;
};

/// Evaluates proposed targets against a ticket history, without a database:
///
///     { "period": "month", "calendars": { "office": "it-office.json" },
///       "targets": [ { "name": "P1 response", "metric": "first_response",
///                      "priority": "P1", "within": "1h", "calendar": "office" } ] }
///
/// Calendar paths are relative to the targets file. Periods are the month (YYYY-MM) or
/// quarter (YYYY-Qn) of the opening in the target calendar's zone.
class Backtest
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Backtest)

public:
    static Result<Backtest> readTargets(const QString &path);
    static Result<Backtest> fromJson(const QByteArray &json, const QString &sourceName,
                                     const QString &baseDirectory);

    /// A backtest of an agreement's time targets (first response and resolution; the others
    /// are left out) over the tickets stored in a workspace, as if the agreement had been in
    /// force alone: a target judges the counterparty's tickets of its service, and of its region
    /// and priority when it names them, opened before the as-of. The calendar is the one the
    /// Evaluator would judge the target in (TargetJudgement::governingCalendar). Periods are
    /// months.
    static Result<Backtest> forTargets(QSqlDatabase db, qint64 partyId,
                                       const QList<Target> &targets);

    const QList<BacktestTarget> &targets() const { return mTargets; }

    /// Judges every ticket of the file; bad rows are counted and skipped.
    Result<void> run(const QString &ticketsPath, const ImportMapping &mapping,
                     TicketReader::Preset preset, qint64 asOf,
                     const TicketReader::Progress &progress = {});
    /// Judges the stored tickets of forTargets()' counterparty opened in the months from the
    /// one `from` falls in (UTC) to the one before `to`'s, each target's months taken in its
    /// calendar's zone as the KPIs take them. Returns an empty error message when cancelled.
    Result<void> runStored(QSqlDatabase db, qint64 from, qint64 to, qint64 asOf,
                           const std::function<bool(qint64 done)> &keepGoing = {});

    QList<BacktestRow> rows() const;
    /// header `period,target,tickets,met,breached,pending,compliance_pct`, then the rows.
    QByteArray csv() const;
    QList<ReferenceComparison> referenceComparison() const;

    qint64 ticketsRead() const { return mTicketsRead; }
    qint64 rejected() const { return mRejected; }
    const QList<RowProblem> &problems() const { return mProblems; }

private:
    struct Counts
    {
        qint64 tickets = 0, met = 0, breached = 0, pending = 0;
    };

    void tally(qsizetype target, int calendar, const Ticket &ticket, qint64 asOf);
    /// runStored() over the selected tickets' rows.
    Result<void> tallyStored(Sql::Rows &tickets, int firstPeriod, int endPeriod, qint64 asOf,
                             const QHash<QString, qint64> &serviceIds,
                             const QHash<QString, qint64> &regionIds,
                             const std::function<bool(qint64 done)> &keepGoing);
    int periodKey(int calendar, qint64 instant) const;
    QString periodName(int key) const;

    bool mQuarter = false;
    BusinessCalendar mContinuous = TargetJudgement::continuousCalendar();
    std::vector<BusinessCalendar> mCalendars;
    QList<BacktestTarget> mTargets;
    QMap<QPair<int, int>, Counts> mCounts; // (period key, target index)
    std::vector<ReferenceComparison> mReference;
    qint64 mTicketsRead = 0;
    qint64 mRejected = 0;
    QList<RowProblem> mProblems;
    // forTargets(): the counterparty.
    qint64 mPartyId = 0;
    QString mPartyName;
    // UTC offset per calendar and UTC hour: a zone lookup per ticket would dominate the run.
    mutable std::vector<QHash<qint64, int>> mOffsets;
};

} // namespace Accordo
