#include "auditsnapshot.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

QJsonValue date(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

// Ids and amounts as strings: JSON numbers are doubles and would lose exactness above 2^53.
QJsonValue integer(qint64 value)
{
    return QString::number(value);
}

} // namespace

QJsonObject AuditSnapshot::of(const CalendarRecord &c)
{
    return {{u"name"_s, c.name}, {u"time_zone"_s, c.timeZone}, {u"definition"_s, c.definition}};
}

QJsonObject AuditSnapshot::of(const Region &r)
{
    return {{u"code"_s, r.code}, {u"name"_s, r.name}, {u"calendar_id"_s, integer(r.calendarId)}};
}

QJsonObject AuditSnapshot::of(const Party &p)
{
    QJsonObject snapshot{{u"kind"_s, Enums::key(p.kind)},
                         {u"name"_s, p.name},
                         {u"region_id"_s, integer(p.regionId)},
                         {u"segment"_s, p.segment},
                         {u"contact"_s, p.contact},
                         {u"email"_s, p.email}};
    if (!p.deliveredServiceIds.isEmpty()) {
        QJsonArray services;
        for (qint64 id : p.deliveredServiceIds)
            services.append(id);
        snapshot.insert(u"delivered_service_ids"_s, services);
    }
    // The CRM's fields appear once they say something, so older snapshots read the same.
    if (!p.externalId.isEmpty())
        snapshot.insert(u"external_id"_s, p.externalId);
    if (p.crmStatus != u"active"_s)
        snapshot.insert(u"crm_status"_s, p.crmStatus);
    if (p.crmImported != u"{}"_s)
        snapshot.insert(u"crm_imported"_s, p.crmImported);
    if (!p.contacts.isEmpty()) {
        QJsonArray contacts;
        for (const PartyContact &c : p.contacts)
            contacts.append(QJsonArray{c.name, c.role, c.email, c.phone});
        snapshot.insert(u"contacts"_s, contacts);
    }
    return snapshot;
}

QJsonObject AuditSnapshot::of(const Service &s)
{
    return {{u"code"_s, s.code},
            {u"name"_s, s.name},
            {u"category"_s, s.category},
            {u"owner_team"_s, s.ownerTeam},
            {u"description"_s, s.description},
            {u"active"_s, s.active}};
}

QJsonObject AuditSnapshot::of(const Target &t)
{
    QJsonArray tiers;
    for (const CreditTier &tier : t.creditTiers)
        tiers.append(QJsonArray{integer(tier.belowMilli), integer(tier.creditHundredths)});
    return {{u"service_id"_s, integer(t.serviceId)},
            {u"region_id"_s, integer(t.regionId)},
            {u"priority"_s, t.priority},
            {u"metric"_s, Enums::key(t.metric)},
            {u"custom_name"_s, t.customName},
            {u"custom_unit"_s, t.customUnit},
            {u"threshold"_s, integer(t.threshold)},
            {u"goal_milli"_s, integer(t.goalMilli)},
            {u"period"_s, Enums::key(t.period)},
            {u"calendar_id"_s, integer(t.calendarId)},
            {u"credit_cap_hundredths"_s, integer(t.creditCapHundredths)},
            {u"credit_tiers"_s, tiers}};
}

QJsonObject AuditSnapshot::of(const Agreement &a)
{
    QJsonArray services;
    for (qint64 id : a.serviceIds)
        services.append(integer(id));
    QJsonArray targets;
    for (const Target &t : a.targets)
        targets.append(of(t));
    return {{u"number"_s, a.number},
            {u"version"_s, a.version},
            {u"title"_s, a.title},
            {u"kind"_s, Enums::key(a.kind)},
            {u"level"_s, Enums::key(a.level)},
            {u"parent_id"_s, integer(a.parentId)},
            {u"party_id"_s, integer(a.partyId)},
            {u"start_date"_s, date(a.startDate)},
            {u"end_date"_s, date(a.endDate)},
            {u"review_months"_s, a.reviewMonths},
            {u"notice_days"_s, a.noticeDays},
            {u"status"_s, Enums::key(a.status)},
            {u"price"_s, a.price.toPlainString()},
            {u"currency"_s, a.price.currency()},
            {u"services"_s, services},
            {u"targets"_s, targets}};
}

QJsonObject AuditSnapshot::of(const User &u)
{
    QJsonArray roles;
    for (Role role : u.roles)
        roles.append(Roles::key(role));
    return {{u"name"_s, u.name},
            {u"display_name"_s, u.displayName},
            {u"roles"_s, roles},
            {u"active"_s, u.active}};
}

} // namespace Accordo
