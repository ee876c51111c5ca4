#include "kpirecompute.h"

#include "calendar/calendarjson.h"
#include "calendar/isotime.h"
#include "domain/enums.h"
#include "kpi/kpirecomputesql.h"
#include "kpi/kpisql.h"
#include "measurement/targetjudgement.h"

#include <QSqlError>

#include <algorithm>
#include <array>
#include <tuple>

// The loading step of a recompute: the targets with their terms, calendars and periods, and
// the outages of the services they measure, read once before the tickets are counted.

using namespace Qt::StringLiterals;

namespace Accordo::Kpi {

using namespace RecomputeSql;

namespace {

struct RegionInfo
{
    QString code, name;
    qint64 calendarId = 0;
};

// Thousands of targets name the same service, region or party: each target shares the one
// copy of its names (read from a row of SelectTargets) instead of holding its own.
class SharedNames
{
public:
    explicit SharedNames(const QHash<qint64, RegionInfo> &regions) : mRegionInfo(regions) {}

    QString party(const Sql::Rows &q)
    {
        const qint64 id = q.integer("party_id");
        auto party = mParties.find(id);
        if (party == mParties.end())
            party = mParties.insert(id, q.text("party_name"));
        return *party;
    }
    QStringList service(const Sql::Rows &q)
    {
        const qint64 id = q.integer("service_id");
        auto service = mServices.find(id);
        if (service == mServices.end())
            service = mServices.insert(id, {q.text("service_code"), q.text("service_name")});
        return *service;
    }
    // Code and name of a region; none for an unknown one.
    QStringList region(qint64 id)
    {
        auto names = mRegions.find(id);
        if (names == mRegions.end()) {
            const RegionInfo region = mRegionInfo.value(id);
            names = mRegions.insert(
                id, region.code.isEmpty() ? QStringList() : QStringList{region.code, region.name});
        }
        return *names;
    }

private:
    const QHash<qint64, RegionInfo> &mRegionInfo;
    QHash<qint64, QStringList> mServices, mRegions;
    QHash<qint64, QString> mParties;
};

} // namespace

Result<void> Recompute::loadOutages()
{
    auto outages = list(mDb, SelectOutages, {}, [](const Sql::Rows &r) {
        return OutageRecord{r.text("service"),     r.text("customer"),          r.text("region"),
                            r.integer("start_at"), r.optionalInteger("end_at"), r.flag("planned")};
    });
    if (!outages)
        return outages.error();
    mOutages.assign(outages->cbegin(), outages->cend());
    // Each availability target's outages, found once rather than for each of its periods:
    // those of its service (by code or name), of its customer or none, of its region or none.
    QHash<QString, std::vector<size_t>> ofService;
    for (size_t i = 0; i < mOutages.size(); ++i)
        ofService[mOutages[i].service].push_back(i);
    for (Work &w : mWork) {
        w.outages.clear();
        if (w.metric != Metric::Availability)
            continue;
        for (const QString &name : w.serviceNames) {
            const auto named = ofService.constFind(name);
            if (named == ofService.cend())
                continue;
            for (size_t i : *named) {
                const OutageRecord &o = mOutages[i];
                if ((o.customer.isEmpty() || o.customer == w.partyName)
                    && (o.region.isEmpty() || w.regionNames.contains(o.region)))
                    w.outages.push_back(i);
            }
        }
        std::sort(w.outages.begin(), w.outages.end());
        w.outages.erase(std::unique(w.outages.begin(), w.outages.end()), w.outages.end());
    }
    return {};
}

Result<void> Recompute::loadTerms(const QString &targetCondition, const QVariantList &values,
                                  Tiers tiers)
{
    QHash<qint64, size_t> calendarIndex;
    mCalendars.push_back(TargetJudgement::continuousCalendar());
    auto calendars = select(mDb, SelectCalendars);
    if (!calendars)
        return calendars.error();
    while (calendars->next()) {
        auto calendar = CalendarJson::fromJson(
            calendars->value("definition").toByteArray(),
            Accordo::KpiEngine::tr("calendar \"%1\"").arg(calendars->text("name")));
        if (!calendar)
            return calendar.error();
        calendarIndex.insert(calendars->integer("id"), mCalendars.size());
        mCalendars.push_back(*calendar);
    }
    // Custom metrics are measured once defined: the targets need the definitions.
    if (auto r = readMetricDefinitions(); !r)
        return r;
    if (auto r = loadTargets(calendarIndex, targetCondition, values, tiers); !r)
        return r;
    // A handful of calendars for hundreds of thousands of targets: each calendar's month and
    // quarter tables are looked up once, not by the zone's name for each target.
    std::vector<std::array<const PeriodTable *, 2>> tables(mCalendars.size());
    for (Work &w : mWork) {
        const bool quarter = w.period == MeasurementPeriod::Quarter;
        const PeriodTable *&table = tables[size_t(w.calendar - mCalendars.data())][quarter];
        if (!table)
            table = periodTable(w.calendar->timeZone(), quarter);
        w.table = table;
    }
    return {};
}

Result<void> Recompute::loadTargets(const QHash<qint64, size_t> &calendarIndex,
                                    const QString &condition, const QVariantList &values,
                                    Tiers withTiers)
{
    QHash<qint64, RegionInfo> regions;
    auto regionRows = select(mDb, SelectRegions);
    if (!regionRows)
        return regionRows.error();
    while (regionRows->next())
        regions.insert(regionRows->integer("id"),
                       {regionRows->text("code"), regionRows->text("name"),
                        regionRows->integer("calendar_id")});
    // A million tiers at portfolio scale: streamed, as the targets below, and in the same
    // order (by target), so that each target takes its own as the two are walked together.
    std::vector<std::pair<qint64, CreditTier>> tiers;
    if (withTiers == Tiers::Load) {
        const QString sql = condition.isEmpty()
                                ? SelectCreditTiers
                                : SelectCreditTiersWhere + condition + CreditTierOrder;
        auto tierRows = stream(mDb, sql, condition.isEmpty() ? QVariantList() : values);
        if (!tierRows)
            return tierRows.error();
        while (tierRows->next())
            tiers.emplace_back(tierRows->integer("target_id"),
                               CreditTier{tierRows->integer("below_milli"),
                                          tierRows->integer("credit_hundredths")});
        if (!tierRows->errorText().isEmpty())
            return failed(tierRows->errorText(), SelectCreditTiers);
    }

    if (condition.isEmpty()) {
        // Every target: room for all of them at once, rather than the list moved (and its
        // hundreds of megabytes touched again) each time it grows.
        auto count = Sql::scalar(mDb, CountTargets);
        if (!count)
            return failed(count.error().message, CountTargets);
        const qint64 targets = std::max<qint64>(count->toLongLong(), 0);
        mWork.reserve(mWork.size() + size_t(targets));
        mWorkByTarget.reserve(mWorkByTarget.size() + targets);
    }
    // Streamed: a cached query would copy every target's row first.
    auto q = stream(mDb, SelectTargets + condition + TargetOrder, values);
    if (!q)
        return q.error();
    // The targets of one agreement come together and share its dates and, mostly, its
    // calendar: their instants in force are worked out once (a zone's conversion is slow).
    struct InForceKey
    {
        size_t calendar = size_t(-1);
        QString start, end, terminated, signedOn;
        bool operator==(const InForceKey &) const = default;
    } lastKey;
    qint64 lastAgreement = 0;
    std::pair<qint64, qint64> lastInForce;
    SharedNames names(regions);
    auto tier = tiers.cbegin();
    while (q->next()) {
        Work w;
        w.targetId = q->integer("id");
        while (tier != tiers.cend() && tier->first < w.targetId)
            ++tier;
        for (; tier != tiers.cend() && tier->first == w.targetId; ++tier)
            w.tiers.append(tier->second);
        w.agreementId = q->integer("agreement_id");
        w.metric = Enums::fromKey<Metric>(q->sharedText("metric")).value_or(Metric::Resolution);
        w.customName = q->text("custom_name");
        // A target on a metric nothing defines is not measured (the consistency check names
        // it).
        if (w.metric == Metric::Custom && !mDefinitions.contains(w.customName))
            continue;
        w.threshold = q->integer("threshold");
        w.goalMilli = q->integer("goal_milli");
        w.period = Enums::fromKey<MeasurementPeriod>(q->sharedText("period"))
                       .value_or(MeasurementPeriod::Month);
        w.capHundredths = q->integer("credit_cap_hundredths");
        w.price = Money(q->integer("price_minor"), q->sharedText("currency"));
        w.partyName = names.party(*q);
        w.serviceNames = names.service(*q);
        const qint64 targetRegion = q->integer("target_region");
        const qint64 partyRegion = q->integer("party_region");
        w.regionNames = names.region(targetRegion ? targetRegion : partyRegion);
        // The calendar the Evaluator judged the target's tickets in, whose zone names the
        // periods: one rule for both.
        const qint64 calendarId = TargetJudgement::governingCalendar(
            q->integer("target_calendar"), regions.value(targetRegion).calendarId,
            regions.value(partyRegion).calendarId,
            [&calendarIndex](qint64 id) { return calendarIndex.contains(id); });
        const size_t calendar = calendarId != 0 ? calendarIndex.value(calendarId) : 0;
        w.calendar = &mCalendars[calendar];
        // In force as the Evaluator decides which tickets the target governs. The dates are
        // read once per agreement.
        if (w.agreementId != lastAgreement || calendar != lastKey.calendar) {
            InForceKey key{calendar, q->text("start_date"), q->text("end_date"),
                           q->text("terminated_on"), q->text("signed_on")};
            if (!(key == lastKey)) {
                lastInForce = TargetJudgement::InForce::fromDates(key.start, key.end,
                                                                  key.terminated, key.signedOn)
                                  .instants(*w.calendar, kForever);
                lastKey = std::move(key);
            }
            lastAgreement = w.agreementId;
        }
        std::tie(w.from, w.until) = lastInForce;
        mWorkByTarget.insert(w.targetId, mWork.size());
        mWork.push_back(std::move(w));
    }
    if (!q->errorText().isEmpty())
        return failed(q->errorText(), SelectTargets);
    return {};
}

} // namespace Accordo::Kpi
