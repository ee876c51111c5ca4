#include "targetmatcher.h"

#include <tuple>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

int levelRank(const QString &level)
{
    return level == u"service"_s ? 3 : level == u"customer"_s ? 2 : 1;
}

// The precedence of a target among those that govern a ticket: the agreement's level, then
// how many of region and priority it names, then the agreement's version.
std::tuple<int, int, int> rank(const TargetMatcher::Candidate &t)
{
    const int specific = (t.regionId != 0) + !t.priority.isEmpty();
    return std::tuple(t.levelRank, specific, t.version);
}

} // namespace

TargetMatcher::TargetMatcher(Inputs inputs)
    : mCalendars(std::move(inputs.calendars)), mContinuous(TargetJudgement::continuousCalendar())
{
    QHash<qint64, qint64> regionCalendar;
    for (const Inputs::Region &region : std::as_const(inputs.regions)) {
        mRegionIds.insert(region.code, region.id);
        mRegionIds.insert(region.name, region.id);
        regionCalendar.insert(region.id, region.calendarId);
    }
    QHash<qint64, qint64> partyRegion;
    for (const Inputs::Party &party : std::as_const(inputs.parties)) {
        mPartyIds[party.name].append(party.id);
        partyRegion.insert(party.id, party.regionId);
    }
    for (const Inputs::Service &service : std::as_const(inputs.services)) {
        mServiceIds.insert(service.name, service.id);
        mServiceIds.insert(service.code, service.id); // code wins
    }
    QHash<qint64, const Inputs::Agreement *> agreements;
    for (const Inputs::Agreement &agreement : std::as_const(inputs.agreements))
        agreements.insert(agreement.id, &agreement);
    // Candidates per (counterparty, service), each with the calendar that governs it and the
    // instants its agreement is in force in that calendar's zone. An agreement's targets come
    // together and mostly share a calendar: the instants are worked out once for them (a
    // zone's conversion is slow).
    std::pair<const Inputs::Agreement *, const BusinessCalendar *> lastDays{nullptr, nullptr};
    std::pair<qint64, qint64> lastInstants;
    for (const Inputs::Target &target : std::as_const(inputs.targets)) {
        const Inputs::Agreement *agreement = agreements.value(target.agreementId);
        if (!agreement || !agreement->days.from.isValid())
            continue; // never signed or never started: governs nothing
        Candidate t;
        t.id = target.id;
        t.agreementId = target.agreementId;
        t.regionId = target.regionId;
        t.priority = target.priority;
        t.firstResponse = target.firstResponse;
        t.threshold = target.threshold;
        t.levelRank = levelRank(agreement->level);
        t.version = agreement->version;
        const qint64 calendarId = TargetJudgement::governingCalendar(
            target.calendarId, regionCalendar.value(t.regionId),
            regionCalendar.value(partyRegion.value(agreement->partyId)),
            [this](qint64 id) { return mCalendars.contains(id); });
        t.calendar = calendarId != 0 ? &*mCalendars.constFind(calendarId) : &mContinuous;
        if (lastDays != std::pair{agreement, t.calendar}) {
            lastDays = {agreement, t.calendar};
            lastInstants = agreement->days.instants(*t.calendar, kForever);
        }
        std::tie(t.from, t.until) = lastInstants;
        mCandidates[{agreement->partyId, target.serviceId}].push_back(t);
    }
}

TargetMatcher::Governing TargetMatcher::governing(const QString &customer, const QString &service,
                                                  const QString &region, const QString &priority,
                                                  qint64 openedAt) const
{
    const auto parties = mPartyIds.constFind(customer);
    const auto serviceId = mServiceIds.constFind(service);
    if (parties == mPartyIds.constEnd() || serviceId == mServiceIds.constEnd())
        return {};
    const qint64 regionId = mRegionIds.value(region);
    // Best target per metric: [0] first response, [1] resolution.
    const Candidate *best[2] = {nullptr, nullptr};
    for (qint64 partyId : *parties) {
        const auto list = mCandidates.constFind({partyId, *serviceId});
        if (list == mCandidates.constEnd())
            continue;
        for (const Candidate &t : *list) {
            if (openedAt < t.from || openedAt >= t.until)
                continue;
            if ((t.regionId != 0 && t.regionId != regionId)
                || (!t.priority.isEmpty() && t.priority != priority))
                continue;
            const int m = t.firstResponse ? 0 : 1;
            if (!best[m] || rank(t) > rank(*best[m]))
                best[m] = &t;
        }
    }
    return {best[0], best[1]};
}

} // namespace Accordo
