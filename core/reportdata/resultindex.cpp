#include "resultindex.h"

#include "kpi/kpicalculator.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

using namespace Qt::StringLiterals;

namespace Accordo::Dashboard {

namespace {

enum CellFlag : quint8 { HasAgreed = 1, HasCredit = 2 };

// `total + more`, false when it does not fit in `total`'s type.
template<typename T>
bool addChecked(T &total, qint64 more)
{
    const qint64 sum = qint64(total) + more;
    if (sum < std::numeric_limits<T>::min() || sum > std::numeric_limits<T>::max())
        return false;
    total = T(sum);
    return true;
}

// What a cell adds to a tally (Sign 1), as Measure::addTo() of each result would, or takes
// off it (Sign -1).
template<int Sign, typename Cell>
void addCell(Tally &t, const Cell &c)
{
    t.met += Sign * c.met;
    t.breached += Sign * c.breached;
    t.goalWeighted += Sign * c.goalWeighted;
    t.breachedResults += Sign * c.breachedResults;
    t.results += Sign * c.results;
}

} // namespace

ResultIndex::ResultIndex(QStringList months)
    : mMonths(std::move(months)), mNoData(KpiCalculator::noDataKey())
{
    for (qsizetype i = 0; i < mMonths.size(); ++i)
        mMonthIndex.insert(mMonths.at(i), qint32(i));
}

// What the cells a filter keeps add up to: per month of the index, per region, service and
// customer, per currency, and per agreement.
struct ResultIndex::Sums
{
    struct Standing
    {
        Tally tally; // of the current month
        qint64 breaches = 0, atRisk = 0, credit = 0;
        qint8 status = -2;
        bool shown = false, measuredNow = false;
    };

    Sums(const ResultIndex &index, qsizetype columns)
        : columns(columns),
          perMonth(index.mMonths.size()),
          agreed(index.mMonths.size()),
          up(index.mMonths.size()),
          agreedCells(index.mMonths.size())
    {
        grow(index);
    }

    // Room for the places the index has added since.
    void grow(const ResultIndex &index)
    {
        byRegion.resize(index.mRegions.size());
        byService.resize(index.mServices.size());
        byParty.resize(index.mParties.size());
        credits.resize(index.mCurrencies.size());
        creditCells.resize(index.mCurrencies.size());
        standings.resize(index.mAgreements.size());
        monthStatus.resize(index.mAgreements.size() * columns, -2);
    }

    qsizetype columns;
    std::vector<Tally> perMonth, byRegion, byService, byParty;
    // Counts of the cells added with an agreed time or a credit: a sum can fall back to none.
    std::vector<qint64> agreed, up, agreedCells, credits, creditCells;
    std::vector<Standing> standings;
    std::vector<qint8> monthStatus; // agreement × column of the range
    // Of the current month.
    qint64 breaches = 0, breachedTickets = 0;
    QSet<qint64> atRisk;
};

// The sums of one filter and range, kept so that the next totals() of them adds up only the
// groups added since and takes off those forget() empties.
struct ResultIndex::Memo
{
    DashboardFilter filter;
    QStringList months;
    Places places;
    Sums sums;
    size_t groupsAdded = 0; // mGroups' size when last brought up to date
};

ResultIndex::~ResultIndex() = default;

void ResultIndex::dropMemos()
{
    const QMutexLocker locker(&mMemoLock);
    mMemos.clear();
    mGroupsCounted = 0;
}

qint32 ResultIndex::intern(QHash<QString, qint32> &places, QList<Named> &names, const QString &code,
                           const QString &name)
{
    const auto it = places.constFind(code);
    if (it != places.cend())
        return *it;
    names.append({code, name});
    return places.insert(code, qint32(names.size() - 1)).value();
}

qint32 ResultIndex::agreementOf(const ResultOwner &o)
{
    const auto it = mAgreementIndex.constFind(o.agreementId);
    if (it != mAgreementIndex.cend())
        return *it;
    Agreement a{o.agreementId,
                o.number,
                o.title,
                o.customer,
                o.kind,
                o.partyKey,
                intern(mPartyIndex, mParties, o.partyKey, o.customer),
                -1};
    mAgreements.push_back(std::move(a));
    mGroupsOfAgreement.emplace_back();
    mTargetsOfAgreement.emplace_back();
    return mAgreementIndex.insert(o.agreementId, qint32(mAgreements.size() - 1)).value();
}

qint32 ResultIndex::groupOf(const ResultOwner &o)
{
    const qint32 agreement = agreementOf(o);
    const qint32 service = intern(mServiceIndex, mServices, o.serviceCode(), o.serviceName());
    const qint32 region = intern(mRegionIndex, mRegions, o.regionCode(), o.regionName());
    const quint64 key = quint64(quint32(agreement)) << 32 | quint64(quint16(service)) << 16
                        | quint16(region);
    auto [it, added] = mGroupIndex.try_emplace(key, qint32(mGroups.size()));
    if (added) {
        mGroups.push_back({agreement, service, region});
        mCells.resize(mCells.size() + mMonths.size());
        mGroupsOfAgreement[size_t(agreement)].push_back(it->second);
    }
    return it->second;
}

bool ResultIndex::add(const MonthResult &r)
{
    if (r.slot < 0 && r.month != mLastMonth) {
        mLastMonth = r.month;
        mLastMonthIndex = mMonthIndex.value(r.month, -1);
    }
    const qint32 month = r.slot >= 0 ? qint32(r.slot) : mLastMonthIndex;
    const int severity = r.m.severity;
    // Statuses are kept as their severity: only those it gives back as they were (severity()
    // gives -1 to any status it does not know).
    if (month < 0 || (severity == -1 && r.m.status != mNoData))
        return false;
    // A target belongs to one agreement, service and region.
    auto [target, added] = mGroupOfTarget.try_emplace(r.targetId, -1);
    if (added) {
        target->second = groupOf(r.owner);
        mTargetsOfAgreement[size_t(mGroups[target->second].agreement)].push_back(r.targetId);
    }
    const qint32 group = target->second;
    if (size_t(group) < mGroupsCounted)
        dropMemos();
    // Services and regions are packed in 16 bits each in the group's key.
    if (mServices.size() > 0xffff || mRegions.size() > 0xffff)
        return false;
    Agreement &agreement = mAgreements[mGroups[group].agreement];
    if (r.currency != mLastCurrency || mLastCurrencyIndex < 0) {
        mLastCurrency = r.currency;
        mLastCurrencyIndex = intern(mCurrencyIndex, mCurrencies, r.currency, r.currency);
    }
    const qint32 currency = mLastCurrencyIndex;
    if (agreement.currency < 0)
        agreement.currency = currency;
    else if (agreement.currency != currency)
        return false; // a standing's credit takes the currency of its agreement's first result
    Cell &c = mCells[qsizetype(group) * mMonths.size() + month];
    const Measure &m = r.m;
    bool fits = addChecked(c.results, 1) && addChecked(c.breachedResults, m.isBreach ? 1 : 0)
                && addChecked(c.atRisk, severity == 1 ? 1 : 0);
    if (m.ticket) {
        fits = fits && addChecked(c.met, m.met) && addChecked(c.breached, m.breached);
        c.goalWeighted += m.goal * (m.met + m.breached);
    }
    if (r.availability && r.agreedSeconds) {
        fits = fits && addChecked(c.agreed, *r.agreedSeconds)
               && addChecked(c.up, *r.agreedSeconds - r.downtimeSeconds);
        c.flags |= HasAgreed;
    }
    if (r.creditMinor != 0) {
        c.credit += r.creditMinor;
        c.flags |= HasCredit;
    }
    c.worst = std::max(c.worst, qint8(severity));
    return fits;
}

void ResultIndex::forget(const QSet<qint64> &agreements)
{
    // A forgotten agreement keeps its place, with empty cells, which no filter shows; the
    // results added again go to a new place, in new groups.
    const qsizetype months = mMonths.size();
    const QMutexLocker locker(&mMemoLock);
    for (const qint64 id : agreements) {
        const auto it = mAgreementIndex.find(id);
        if (it == mAgreementIndex.end())
            continue;
        const size_t place = size_t(*it);
        mAgreementIndex.erase(it);
        // What the kept sums counted of the agreement comes off them, before its cells empty.
        for (const auto &memo : mMemos) {
            Sums &sums = memo->sums;
            for (const qint32 g : mGroupsOfAgreement[place]) {
                if (size_t(g) < memo->groupsAdded)
                    addGroup<-1>(g, memo->places, sums);
            }
            if (place < sums.standings.size()) {
                sums.standings[place] = {};
                std::fill_n(sums.monthStatus.begin() + qsizetype(place) * sums.columns,
                            sums.columns, qint8(-2));
            }
            sums.atRisk.remove(id);
        }
        for (const qint32 g : std::exchange(mGroupsOfAgreement[place], {}))
            std::fill_n(mCells.begin() + qsizetype(g) * months, months, Cell{});
        for (const qint64 target : std::exchange(mTargetsOfAgreement[place], {}))
            mGroupOfTarget.erase(target);
    }
}

QString ResultIndex::statusOf(qint8 severity)
{
    switch (severity) {
    case 2:
        return u"breached"_s;
    case 1:
        return u"at_risk"_s;
    case 0:
        return u"met"_s;
    case -1:
        return KpiCalculator::noDataKey();
    default:
        return QString();
    }
}

void ResultIndex::order() const
{
    const QMutexLocker locker(&mOrdering);
    if (mByNumber.size() != mAgreements.size()) {
        // The places added since (all of them at first; after a patch, the few read again),
        // each put where its number goes among those ordered before.
        const auto byNumber = [this](qint32 l, qint32 r) {
            return mAgreements[l].number < mAgreements[r].number;
        };
        std::vector<qint32> added(mAgreements.size() - mByNumber.size());
        std::iota(added.begin(), added.end(), qint32(mByNumber.size()));
        std::sort(added.begin(), added.end(), byNumber);
        std::vector<qint32> merged;
        merged.reserve(mAgreements.size());
        auto from = mByNumber.cbegin();
        for (const qint32 place : added) {
            const auto at = std::upper_bound(from, mByNumber.cend(), place, byNumber);
            merged.insert(merged.end(), from, at);
            merged.push_back(place);
            from = at;
        }
        merged.insert(merged.end(), from, mByNumber.cend());
        mByNumber = std::move(merged);
        mNumberOrder.assign(mAgreements.size(), 0);
        for (qsizetype place = 0; place < qsizetype(mByNumber.size()); ++place)
            mNumberOrder[mByNumber[place]] = qint32(place);
    }
    for (Breakdown *b : {&mRegionBars, &mServiceBars, &mPartyBars}) {
        const QList<Named> &places = *b->places;
        if (b->byLabel.size() == size_t(places.size()))
            continue;
        if (b == &mRegionBars)
            mRegionBars.unnamed = Accordo::DashboardData::tr("No region");
        std::vector<QString> labels;
        labels.reserve(places.size());
        for (const Named &n : places)
            labels.push_back(b->labelOf(n));
        b->byLabel.resize(places.size());
        std::iota(b->byLabel.begin(), b->byLabel.end(), 0);
        std::sort(b->byLabel.begin(), b->byLabel.end(), [&](qint32 l, qint32 r) {
            return std::tie(labels[l], places.at(l).code) < std::tie(labels[r], places.at(r).code);
        });
    }
}

// The bars of the places with results, most breaches first, then by label and code: as
// DashboardData's bars() orders them.
QList<BreakdownBar> ResultIndex::bars(const std::vector<Tally> &totals, const Breakdown &b)
{
    QList<BreakdownBar> list;
    for (qint32 i : b.byLabel) {
        const Tally &tally = totals[i];
        if (tally.results == 0)
            continue;
        const Named &n = b.places->at(i);
        list.append(
            {n.code, b.labelOf(n), tally.compliance(), tally.breachedResults, tally.results});
    }
    std::stable_sort(list.begin(), list.end(), [](const BreakdownBar &l, const BreakdownBar &r) {
        return l.breaches > r.breaches;
    });
    return list;
}

qsizetype ResultIndex::bytes() const
{
    return qsizetype(mCells.capacity() * sizeof(Cell) + mGroups.capacity() * sizeof(Group)
                     + mAgreements.capacity() * sizeof(Agreement));
}

std::optional<ResultIndex::Places> ResultIndex::placesOf(const DashboardSnapshot &snap) const
{
    const DashboardFilter &f = snap.filter;
    Places places;
    places.columnOf.assign(mMonths.size(), -1);
    for (qsizetype i = 0; i < snap.months.size(); ++i)
        places.columnOf[mMonthIndex.value(snap.months.at(i))] = i;
    places.current = mMonthIndex.value(f.toMonth, -1);
    // The filter as places in the index; one it does not hold keeps nothing.
    const auto place = [](const QHash<QString, qint32> &known, const QString &key) {
        return key.isEmpty() ? -1 : known.value(key, -2);
    };
    places.service = place(mServiceIndex, f.serviceCode);
    places.region = place(mRegionIndex, f.regionCode);
    places.party = place(mPartyIndex, f.partyId > 0 ? QString::number(f.partyId) : QString());
    places.kind = f.agreementKind;
    if (places.service == -2 || places.region == -2 || places.party == -2)
        return std::nullopt;
    return places;
}

KpiTotals ResultIndex::totals(const DashboardSnapshot &snap) const
{
    KpiTotals t;
    t.current = snap.filter.toMonth;
    t.months = snap.months;
    order();
    const QMutexLocker locker(&mMemoLock);
    auto memo = std::find_if(mMemos.begin(), mMemos.end(), [&](const auto &m) {
        return m->filter == snap.filter && m->months == snap.months;
    });
    if (memo == mMemos.end()) {
        std::optional<Places> places = placesOf(snap);
        if (!places)
            return t;
        if (mMemos.size() >= MemosKept)
            mMemos.erase(mMemos.begin());
        mMemos.push_back(std::unique_ptr<Memo>(new Memo{
            snap.filter, snap.months, std::move(*places), Sums(*this, snap.months.size())}));
        memo = std::prev(mMemos.end());
    } else {
        std::rotate(memo, std::next(memo), mMemos.end()); // the most recent last
        memo = std::prev(mMemos.end());
    }
    Memo &m = **memo;
    m.sums.grow(*this);
    for (size_t g = m.groupsAdded; g < mGroups.size(); ++g)
        addGroup<1>(qint32(g), m.places, m.sums);
    m.groupsAdded = mGroups.size();
    mGroupsCounted = std::max(mGroupsCounted.load(), m.groupsAdded);
    const Sums &sums = m.sums;
    for (qsizetype i = 0; i < mMonths.size(); ++i) {
        const QString &month = mMonths.at(i);
        if (sums.perMonth[i].results > 0)
            t.perMonth.insert(month, sums.perMonth[i]);
        if (sums.perMonth[i].breachedResults > 0)
            t.breachesPerMonth.insert(month, sums.perMonth[i].breachedResults);
        if (sums.agreedCells[i] > 0) {
            t.agreedPerMonth.insert(month, sums.agreed[i]);
            t.upPerMonth.insert(month, sums.up[i]);
        }
    }
    t.breaches = sums.breaches;
    t.breachedTickets = sums.breachedTickets;
    t.atRiskAgreements = sums.atRisk;
    t.regionBars = bars(sums.byRegion, mRegionBars);
    t.serviceBars = bars(sums.byService, mServiceBars);
    t.customerBars = bars(sums.byParty, mPartyBars);
    t.barsMade = true;
    for (qsizetype i = 0; i < mCurrencies.size(); ++i) {
        if (sums.creditCells[i] > 0)
            t.credits.insert(mCurrencies.at(i).code, sums.credits[i]);
    }
    addStandings(sums, t);
    return t;
}

// Adds (Sign 1) or takes off (Sign -1) what the group's cells add up to under `places`. An
// agreement's own standing and month statuses are not taken off: forget() empties them whole.
template<int Sign>
void ResultIndex::addGroup(qint32 g, const Places &places, Sums &sums) const
{
    const Group &group = mGroups[g];
    const Agreement &a = mAgreements[group.agreement];
    if ((places.service >= 0 && group.service != places.service)
        || (places.region >= 0 && group.region != places.region)
        || (places.party >= 0 && a.party != places.party)
        || (!places.kind.isEmpty() && a.kind != places.kind))
        return;
    const qsizetype months = mMonths.size();
    const qsizetype columns = sums.columns;
    Sums::Standing &s = sums.standings[group.agreement];
    const auto add = addCell<Sign, Cell>;
    for (qsizetype m = 0; m < months; ++m) {
        const Cell &c = mCells[g * months + m];
        if (c.results == 0)
            continue;
        add(sums.perMonth[m], c);
        if (c.flags & HasAgreed) {
            sums.agreed[m] += Sign * c.agreed;
            sums.up[m] += Sign * c.up;
            sums.agreedCells[m] += Sign;
        }
        if (m == places.current) {
            sums.breaches += Sign * c.breachedResults;
            sums.breachedTickets += Sign * c.breached;
            if (Sign > 0 && c.worst > 0)
                sums.atRisk.insert(a.id);
            if (c.flags & HasCredit) {
                sums.credits[a.currency] += Sign * c.credit;
                sums.creditCells[a.currency] += Sign;
            }
        }
        const qsizetype column = places.columnOf[m];
        if (column < 0)
            continue;
        add(sums.byRegion[group.region], c);
        add(sums.byService[group.service], c);
        add(sums.byParty[a.party], c);
        if constexpr (Sign < 0)
            continue;
        s.shown = true;
        qint8 &worst = sums.monthStatus[group.agreement * columns + column];
        worst = std::max(worst, c.worst);
        if (m != places.current)
            continue;
        s.measuredNow = true;
        s.status = std::max(s.status, c.worst);
        s.breaches += c.breachedResults;
        s.atRisk += c.atRisk;
        s.credit += c.credit;
        add(s.tally, c);
    }
}

void ResultIndex::addStandings(const Sums &sums, KpiTotals &t) const
{
    // Each status once, shared by every standing's months.
    const QString statuses[] = {statusOf(-2), statusOf(-1), statusOf(0), statusOf(1), statusOf(2)};
    const auto status = [&statuses](qint8 severity) { return statuses[severity + 2]; };
    const qsizetype columns = t.months.size();
    std::unordered_map<std::string_view, QStringList> patterns;
    t.standings.reserve(mAgreements.size());
    for (qsizetype i = 0; i < qsizetype(mAgreements.size()); ++i) {
        const Sums::Standing &s = sums.standings[i];
        if (!s.shown)
            continue;
        const Agreement &a = mAgreements[i];
        KpiTotals::Standing &out = t.standings.emplace_back();
        out.numberOrder = mNumberOrder[i];
        AgreementStanding &standing = out.shown;
        standing.agreementId = a.id;
        standing.number = a.number;
        standing.title = a.title;
        standing.customer = a.customer;
        standing.kind = a.kind;
        // Most agreements have one of a few patterns of months: each pattern's list is made
        // once and shared.
        const std::string_view pattern(
            reinterpret_cast<const char *>(sums.monthStatus.data() + i * columns), columns);
        auto [list, added] = patterns.try_emplace(pattern);
        if (added) {
            list->second.reserve(columns);
            for (qsizetype column = 0; column < columns; ++column)
                list->second.append(status(sums.monthStatus[i * columns + column]));
        }
        standing.monthStatus = list->second;
        standing.credit = Money(s.credit, mCurrencies.at(a.currency).code);
        if (s.measuredNow) {
            standing.status = status(s.status);
            standing.breaches = s.breaches;
            standing.atRisk = s.atRisk;
            out.current = s.tally;
        }
    }
}

} // namespace Accordo::Dashboard
