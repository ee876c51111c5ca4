#pragma once

// The KPI results of one range for the whole portfolio, added up by agreement, service, region
// and month, so that the dashboard's figures for another filter of the same range are added up
// again in memory instead of read again. For DashboardData alone.

#include "reportdata/dashboardresults.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Accordo::Dashboard {

class ResultIndex
{
public:
    /// `months`: the months the results count in (readMonths()), in order.
    explicit ResultIndex(QStringList months);
    ~ResultIndex();

    /// Adds one result of the whole portfolio; false when the index cannot give back exactly
    /// what KpiTotals::add() makes of it (a status it does not know, more than one currency in
    /// an agreement, a count past its width): the index is then not to be used.
    bool add(const MonthResult &r);

    /// Forgets every result of these agreements, so that add() takes them again as they are read
    /// now: their number, title, customer and kind too.
    void forget(const QSet<qint64> &agreements);

    /// What readKpis() gives for `snap` (its filter and range), whose readMonths() must be the
    /// index's months.
    KpiTotals totals(const DashboardSnapshot &snap) const;

    const QStringList &months() const { return mMonths; }
    /// Bytes held by the added-up results, for the log.
    qsizetype bytes() const;

private:
    // What the results of one group (an agreement's targets of one service and region) add up
    // to in one month. Counts are checked against their width as they are added.
    struct Cell
    {
        qint64 goalWeighted = 0;
        qint64 credit = 0;
        qint32 met = 0;
        qint32 breached = 0;
        qint32 agreed = 0; // availability: seconds agreed, and of them up
        qint32 up = 0;
        quint16 results = 0;
        quint16 breachedResults = 0;
        quint16 atRisk = 0;
        qint8 worst = -2; // severity() of the worst status
        quint8 flags = 0; // HasAgreed, HasCredit
    };
    struct Group
    {
        qint32 agreement;
        qint32 service;
        qint32 region;
    };
    struct Agreement
    {
        qint64 id = 0;
        QString number, title, customer, kind, partyKey;
        qint32 party = -1;    // in mParties
        qint32 currency = -1; // in mCurrencies: of every result the agreement has
    };
    struct Named
    {
        QString code, name;
    };
    // A breakdown's places (mRegions, mServices or mParties) and their label's order.
    struct Breakdown
    {
        const QList<Named> *places;
        QString unnamed;             // the label of a place with no code, when it has one
        std::vector<qint32> byLabel; // places by label, then code
        QString labelOf(const Named &n) const
        {
            return n.code.isEmpty() && !unnamed.isEmpty() ? unnamed : n.name;
        }
    };

    struct Sums;
    struct Memo;
    // A filter and range as places in the index: each month's column in the range (-1: out of
    // it), the current month, and the service, region and customer kept (-1: any).
    struct Places
    {
        std::vector<qsizetype> columnOf;
        qint32 current = -1;
        qint32 service = -1, region = -1, party = -1;
        QString kind;
    };
    // Empty when the filter names a service, region or customer the index does not hold.
    std::optional<Places> placesOf(const DashboardSnapshot &snap) const;
    template<int Sign>
    void addGroup(qint32 group, const Places &places, Sums &sums) const;
    // Forgets the sums kept: a cell they counted changed.
    void dropMemos();
    void addStandings(const Sums &sums, KpiTotals &t) const;
    // Orders the agreements by number and each breakdown's places by label, once for the
    // results added so far, so that totals() sorts by these places instead of comparing texts.
    void order() const;
    static QList<BreakdownBar> bars(const std::vector<Tally> &totals, const Breakdown &b);
    qint32 agreementOf(const ResultOwner &o);
    qint32 groupOf(const ResultOwner &o);
    static qint32 intern(QHash<QString, qint32> &places, QList<Named> &names, const QString &code,
                         const QString &name);
    static QString statusOf(qint8 severity);

    QStringList mMonths;
    QString mNoData; // the key of a period in which nothing was measured
    QHash<QString, qint32> mMonthIndex;
    std::vector<Cell> mCells; // group × month, the groups in the order met
    std::vector<Group> mGroups;
    std::vector<Agreement> mAgreements;
    QHash<qint64, qint32> mAgreementIndex;
    QHash<QString, qint32> mServiceIndex, mRegionIndex, mPartyIndex, mCurrencyIndex;
    QList<Named> mServices, mRegions, mParties, mCurrencies;
    std::unordered_map<quint64, qint32> mGroupIndex; // agreement, service, region packed
    // Each target's group, and the last result's month and currency: looked up once for
    // millions of results.
    std::unordered_map<qint64, qint32> mGroupOfTarget;
    // By agreement place: its groups and its targets, for forget().
    std::vector<std::vector<qint32>> mGroupsOfAgreement;
    std::vector<std::vector<qint64>> mTargetsOfAgreement;
    QString mLastMonth, mLastCurrency;
    // order(): each agreement's place by number; regions, services and customers by label.
    mutable QMutex mOrdering;
    mutable std::vector<qint32> mNumberOrder;
    mutable Breakdown mRegionBars{&mRegions, {}, {}}, mServiceBars{&mServices, {}, {}},
        mPartyBars{&mParties, {}, {}};
    qint32 mLastMonthIndex = -1, mLastCurrencyIndex = -1;
    // The sums of the last few filters asked, the most recent last; the groups the sums counted
    // (the most of them): add() to one of those drops them.
    static constexpr size_t MemosKept = 4;
    mutable QMutex mMemoLock;
    mutable std::vector<std::unique_ptr<Memo>> mMemos;
    mutable std::atomic<size_t> mGroupsCounted = 0;
    // order(): the agreements' places by number, kept for the places added next.
    mutable std::vector<qint32> mByNumber;
};

} // namespace Accordo::Dashboard
