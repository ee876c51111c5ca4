#pragma once

// What the dashboard reads of the KPI results of a range, and how it adds them up: the stored
// rows, and the periods in which nothing was measured (derived from the targets' terms). For
// DashboardData alone.

#include "reportdata/dashboarddata.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Accordo::Dashboard {

// Ticket compliance and its ticket-weighted goal, summed before dividing.
struct Tally
{
    qint64 met = 0;
    qint64 breached = 0;
    qint64 goalWeighted = 0;
    qint64 breachedResults = 0;
    qint64 results = 0;

    std::optional<qint64> compliance() const
    {
        if (met + breached == 0)
            return std::nullopt;
        return met * 100000 / (met + breached);
    }
    std::optional<qint64> goal() const
    {
        if (met + breached == 0)
            return std::nullopt;
        return goalWeighted / (met + breached);
    }
};

struct Prepared
{
    QString conditions;
    QVariantList values;
};

/// The filter's conditions on agreements (a), parties (p) and regions (r).
Prepared agreementConditions(const DashboardFilter &filter);
/// The values of a statement that lists periods first, then the filter's conditions.
QVariantList periodValues(const QStringList &periods, const Prepared &p);
/// Worse is larger; a result with nothing to judge gives way to any judged one.
int severity(const QString &status);

// One KPI result as the dashboard counts it.
struct Measure
{
    QString status;
    qint64 met = 0;
    qint64 breached = 0;
    qint64 goal = 0;
    bool ticket = false;
    bool isBreach = false;
    int severity = -2; // Dashboard::severity() of the status, worked out once

    Measure(QString verdict, qint64 met, qint64 breached, qint64 goal, bool ticket)
        : status(std::move(verdict)),
          met(met),
          breached(breached),
          goal(goal),
          ticket(ticket),
          isBreach(status == QLatin1StringView("breached")),
          severity(Dashboard::severity(status))
    {}

    void addTo(Tally &t) const
    {
        ++t.results;
        t.breachedResults += isBreach ? 1 : 0;
        if (ticket) {
            t.met += met;
            t.breached += breached;
            t.goalWeighted += goal * (met + breached);
        }
    }
};

// What a result belongs to: its agreement, customer, region and service.
struct ResultOwner
{
    qint64 agreementId = 0;
    QString number, title, customer, kind, partyKey;
    // The result's service and region as (code, name), held by the terms or the read context
    // and pointed to for each result; none for a target without a region.
    const QStringList *service = nullptr;
    const QStringList *region = nullptr;

    const QString &serviceCode() const { return part(service, 0); }
    const QString &serviceName() const { return part(service, 1); }
    const QString &regionCode() const { return part(region, 0); }
    const QString &regionName() const { return part(region, 1); }

private:
    static const QString &part(const QStringList *codeAndName, qsizetype i)
    {
        static const QString none;
        return codeAndName && codeAndName->size() > i ? codeAndName->at(i) : none;
    }
};

// One result of a month: a stored row, or a period in which nothing was measured.
struct MonthResult
{
    const ResultOwner &owner;
    qint64 targetId = 0;
    QString month;
    Measure m;
    bool availability = false;
    std::optional<qint64> agreedSeconds;
    qint64 downtimeSeconds = 0;
    qint64 creditMinor = 0;
    QString currency;
    qsizetype slot = -1; // the month's place in readMonths(); -1: looked up by its name
};

using ResultSink = std::function<void(const MonthResult &)>;

// What the KPI rows of a range add up to, per month, per breakdown and per agreement.
struct KpiTotals
{
    QString current;
    QStringList months;
    QHash<QString, Tally> perMonth;
    QHash<QString, qint64> breachesPerMonth, agreedPerMonth, upPerMonth;
    QMap<QString, Tally> byRegion, byService, byCustomer;
    QHash<QString, QString> regionNames, serviceNames, customerNames;
    // The breakdowns as bars already ordered, when the reader made them (ResultIndex) in place
    // of the maps above.
    QList<BreakdownBar> regionBars, serviceBars, customerBars;
    bool barsMade = false;
    QMap<QString, qint64> credits;
    // An agreement's standing, and its results of the current month.
    struct Standing
    {
        AgreementStanding shown;
        Tally current;
        // severity() of shown.status and of each month's status, kept beside them.
        int statusSeverity = -2;
        std::vector<qint8> monthSeverity;
        // The agreement's place by number in the portfolio, when the reader knows it; -1 else.
        qint32 numberOrder = -1;
    };
    std::vector<Standing> standings;     // in the order first met
    QHash<qint64, qsizetype> standingOf; // place in standings + 1, kept by add()
    QSet<qint64> atRiskAgreements;
    qint64 breaches = 0;
    qint64 breachedTickets = 0;

    /// `read`: the months results count in (readMonths()), which a result's slot points into.
    KpiTotals(QString current, QStringList months, QStringList read);
    KpiTotals() = default;

    void add(const MonthResult &r);
    /// Fills the figures per month from what add() counted; once, after the last add().
    void finish();

private:
    struct MonthSums
    {
        Tally tally;
        qint64 agreed = 0, up = 0;
        bool hasAgreed = false;
    };
    qsizetype slotOf(const MonthResult &r) const;
    void addToBreakdowns(const MonthResult &r);
    void addToStanding(const MonthResult &r, qsizetype column, bool inCurrent);

    // Millions of results at portfolio scale: nothing here is looked up by a name for each
    // result. A month is a slot in `read`; the results of one target come together, so the
    // last result's service and region (held once by the terms) and agreement are kept with
    // the tallies they went to. Nodes of the QMaps stay put as they grow.
    QStringList read;
    std::vector<MonthSums> perSlot;
    std::vector<qsizetype> columnOfSlot; // place in `months`, or -1
    qsizetype currentSlot = -1;
    const QStringList *lastService = nullptr, *lastRegion = nullptr;
    Tally *serviceTally = nullptr, *regionTally = nullptr;
    qint64 lastAgreement = 0;
    Tally *customerTally = nullptr;
    qsizetype standingPlace = -1;
    QHash<qint64, Tally *> customerTallyOf; // by agreement
};

class ResultIndex;

/// The months whose results the snapshot's figures add up: its range, and the month before it
/// (for the compliance tile's change), in order.
QStringList readMonths(const DashboardSnapshot &snap, const QString &previous);

/// The KPI results of the snapshot's range and of the month before it (for the compliance
/// tile's change): the rows stored, and the periods in which nothing was measured. Uses
/// `snap.allTerms` when it holds every target's terms for the stored as-of and the filter reads
/// them all; sets it when every target's terms were read, and clears terms of another as-of.
Result<KpiTotals> readKpis(QSqlDatabase db, DashboardSnapshot &snap, const QString &previous);

/// The results of the snapshot's range for the whole portfolio, whatever its filter, as a
/// ResultIndex that adds them up again for any filter; null when the index cannot hold them
/// exactly (readKpis() then reads them). Sets `snap.allTerms` as readKpis() does.
Result<std::shared_ptr<ResultIndex>> indexKpis(QSqlDatabase db, DashboardSnapshot &snap,
                                               const QString &previous);

/// The results of the snapshot's range of these agreements, as read now, in place of those
/// `index` holds of them (ResultIndex::forget()); false when the index cannot hold them exactly.
/// `terms`: the terms of at least these agreements' targets as of the stored as-of, else null.
Result<bool> reindexAgreements(QSqlDatabase db, const DashboardSnapshot &snap,
                               const QString &previous, ResultIndex &index,
                               const QSet<qint64> &agreements,
                               std::shared_ptr<const Kpi::Recompute> terms);

} // namespace Accordo::Dashboard
