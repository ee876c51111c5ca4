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

// What a cell or a sum of cells adds to a tally, as Measure::addTo() of each result would.
template<typename Cell>
void addCell(Tally &t, const Cell &c)
{
    t.met += c.met;
    t.breached += c.breached;
    t.goalWeighted += c.goalWeighted;
    t.breachedResults += c.breachedResults;
    t.results += c.results;
}

} // namespace

ResultIndex::ResultIndex(QStringList months)
    : mMonths(std::move(months)), mNoData(KpiCalculator::noDataKey())
{
    for (qsizetype i = 0; i < mMonths.size(); ++i)
        mMonthIndex.insert(mMonths.at(i), qint32(i));
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
    for (const qint64 id : agreements) {
        const auto it = mAgreementIndex.find(id);
        if (it == mAgreementIndex.end())
            continue;
        const size_t place = size_t(*it);
        mAgreementIndex.erase(it);
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
    if (mNumberOrder.size() == mAgreements.size()
        && mRegionBars.byLabel.size() == size_t(mRegions.size())
        && mServiceBars.byLabel.size() == size_t(mServices.size())
        && mPartyBars.byLabel.size() == size_t(mParties.size()))
        return;
    mNumberOrder.assign(mAgreements.size(), 0);
    std::vector<qint32> byNumber(mAgreements.size());
    std::iota(byNumber.begin(), byNumber.end(), 0);
    std::sort(byNumber.begin(), byNumber.end(),
              [this](qint32 l, qint32 r) { return mAgreements[l].number < mAgreements[r].number; });
    for (qsizetype place = 0; place < qsizetype(byNumber.size()); ++place)
        mNumberOrder[byNumber[place]] = qint32(place);
    mRegionBars.unnamed = Accordo::DashboardData::tr("No region");
    for (Breakdown *b : {&mRegionBars, &mServiceBars, &mPartyBars}) {
        const QList<Named> &places = *b->places;
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
        : perMonth(index.mMonths.size()),
          byRegion(index.mRegions.size()),
          byService(index.mServices.size()),
          byParty(index.mParties.size()),
          agreed(index.mMonths.size()),
          up(index.mMonths.size()),
          credits(index.mCurrencies.size()),
          hasAgreed(index.mMonths.size()),
          hasCredit(index.mCurrencies.size()),
          standings(index.mAgreements.size()),
          monthStatus(index.mAgreements.size() * columns, -2)
    {}

    std::vector<Tally> perMonth, byRegion, byService, byParty;
    std::vector<qint64> agreed, up, credits;
    std::vector<char> hasAgreed, hasCredit;
    std::vector<Standing> standings;
    std::vector<qint8> monthStatus; // agreement × column of the range
};

KpiTotals ResultIndex::totals(const DashboardSnapshot &snap) const
{
    KpiTotals t;
    t.current = snap.filter.toMonth;
    t.months = snap.months;
    order();
    Sums sums(*this, snap.months.size());
    if (!addUp(snap, t, sums))
        return t;
    for (qsizetype m = 0; m < mMonths.size(); ++m) {
        const QString &month = mMonths.at(m);
        if (sums.perMonth[m].results > 0)
            t.perMonth.insert(month, sums.perMonth[m]);
        if (sums.perMonth[m].breachedResults > 0)
            t.breachesPerMonth.insert(month, sums.perMonth[m].breachedResults);
        if (sums.hasAgreed[m]) {
            t.agreedPerMonth.insert(month, sums.agreed[m]);
            t.upPerMonth.insert(month, sums.up[m]);
        }
    }
    t.regionBars = bars(sums.byRegion, mRegionBars);
    t.serviceBars = bars(sums.byService, mServiceBars);
    t.customerBars = bars(sums.byParty, mPartyBars);
    t.barsMade = true;
    for (qsizetype i = 0; i < mCurrencies.size(); ++i) {
        if (sums.hasCredit[i])
            t.credits.insert(mCurrencies.at(i).code, sums.credits[i]);
    }
    addStandings(sums, t);
    return t;
}

bool ResultIndex::addUp(const DashboardSnapshot &snap, KpiTotals &t, Sums &sums) const
{
    const DashboardFilter &f = snap.filter;
    const qsizetype months = mMonths.size();
    const qsizetype columns = snap.months.size();
    std::vector<qsizetype> columnOf(months, -1);
    for (qsizetype i = 0; i < columns; ++i)
        columnOf[mMonthIndex.value(snap.months.at(i))] = i;
    const qint32 current = mMonthIndex.value(t.current, -1);
    // The filter as places in the index; one it does not hold keeps nothing.
    const auto place = [](const QHash<QString, qint32> &places, const QString &key) {
        return key.isEmpty() ? -1 : places.value(key, -2);
    };
    const qint32 service = place(mServiceIndex, f.serviceCode);
    const qint32 region = place(mRegionIndex, f.regionCode);
    const qint32 party = place(mPartyIndex, f.partyId > 0 ? QString::number(f.partyId) : QString());
    if (service == -2 || region == -2 || party == -2)
        return false;

    for (qsizetype g = 0; g < qsizetype(mGroups.size()); ++g) {
        const Group &group = mGroups[g];
        const Agreement &a = mAgreements[group.agreement];
        if ((service >= 0 && group.service != service) || (region >= 0 && group.region != region)
            || (party >= 0 && a.party != party)
            || (!f.agreementKind.isEmpty() && a.kind != f.agreementKind))
            continue;
        Sums::Standing &s = sums.standings[group.agreement];
        for (qsizetype m = 0; m < months; ++m) {
            const Cell &c = mCells[g * months + m];
            if (c.results == 0)
                continue;
            addCell(sums.perMonth[m], c);
            if (c.flags & HasAgreed) {
                sums.agreed[m] += c.agreed;
                sums.up[m] += c.up;
                sums.hasAgreed[m] = 1;
            }
            if (m == current) {
                t.breaches += c.breachedResults;
                t.breachedTickets += c.breached;
                if (c.worst > 0)
                    t.atRiskAgreements.insert(a.id);
                if (c.flags & HasCredit) {
                    sums.credits[a.currency] += c.credit;
                    sums.hasCredit[a.currency] = 1;
                }
            }
            const qsizetype column = columnOf[m];
            if (column < 0)
                continue;
            addCell(sums.byRegion[group.region], c);
            addCell(sums.byService[group.service], c);
            addCell(sums.byParty[a.party], c);
            s.shown = true;
            qint8 &worst = sums.monthStatus[group.agreement * columns + column];
            worst = std::max(worst, c.worst);
            if (m != current)
                continue;
            s.measuredNow = true;
            s.status = std::max(s.status, c.worst);
            s.breaches += c.breachedResults;
            s.atRisk += c.atRisk;
            s.credit += c.credit;
            addCell(s.tally, c);
        }
    }
    return true;
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
