#include "auditsnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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
    QJsonObject snapshot{{u"service_id"_s, integer(t.serviceId)},
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
    // Only a marked target carries the mark, so that snapshots from before offerings
    // existed read the same.
    if (t.offeringId != 0)
        snapshot.insert(u"offering_id"_s, integer(t.offeringId));
    return snapshot;
}

QJsonObject AuditSnapshot::of(const Agreement &a)
{
    QJsonArray services;
    for (qint64 id : a.serviceIds)
        services.append(integer(id));
    QJsonArray targets;
    for (const Target &t : a.targets)
        targets.append(of(t));
    QJsonObject snapshot{{u"number"_s, a.number},
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
    if (!a.priceLines.isEmpty()) {
        QJsonArray lines;
        for (const PriceLine &line : a.priceLines)
            lines.append(of(line));
        snapshot.insert(u"price_lines"_s, lines);
    }
    return snapshot;
}

QJsonObject AuditSnapshot::of(const PriceLine &line)
{
    QJsonObject snapshot{{u"label"_s, line.label},
                         {u"basis"_s, Pricing::key(line.basis)},
                         {u"quantity"_s, integer(line.quantity)},
                         {u"unit_price_minor"_s, integer(line.unitPrice.minorUnits())}};
    // A discount has no service and a line typed in has no offering: NULL in the table.
    if (line.serviceId != 0)
        snapshot.insert(u"service_id"_s, integer(line.serviceId));
    if (line.offeringId != 0)
        snapshot.insert(u"offering_id"_s, integer(line.offeringId));
    return snapshot;
}

QJsonObject AuditSnapshot::of(const Offering &o)
{
    return {{u"service_id"_s, integer(o.serviceId)},
            {u"name"_s, o.name.trimmed()},
            {u"description"_s, o.description},
            {u"basis"_s, Pricing::key(o.basis)},
            {u"price_minor"_s, integer(o.price.minorUnits())},
            {u"currency"_s, o.price.currency()},
            {u"targets"_s, targetsJson(o.targets)}};
}

QString AuditSnapshot::targetsJson(const QList<Target> &targets)
{
    QJsonArray array;
    for (const Target &t : targets)
        array.append(of(t));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QList<Target>> AuditSnapshot::targetsFrom(const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isArray())
        return Error{tr("the targets are not a list (%1)").arg(parseError.errorString())};
    QList<Target> targets;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const auto target = targetFrom(o);
        if (!target)
            return Error{
                tr("target %1: unknown metric \"%2\" or period \"%3\"")
                    .arg(i + 1)
                    .arg(o.value(u"metric"_s).toString(), o.value(u"period"_s).toString())};
        targets.append(*target);
    }
    return targets;
}

std::optional<Target> AuditSnapshot::targetFrom(const QJsonObject &o)
{
    const auto metric = Enums::fromKey<Metric>(o.value(u"metric"_s).toString());
    const auto period = Enums::fromKey<MeasurementPeriod>(o.value(u"period"_s).toString());
    if (!metric || !period)
        return std::nullopt;
    auto number = [&o](const QString &key) { return o.value(key).toString().toLongLong(); };
    Target t;
    t.serviceId = number(u"service_id"_s);
    t.regionId = number(u"region_id"_s);
    t.priority = o.value(u"priority"_s).toString();
    t.metric = *metric;
    t.period = *period;
    t.customName = o.value(u"custom_name"_s).toString();
    t.customUnit = o.value(u"custom_unit"_s).toString();
    t.threshold = number(u"threshold"_s);
    t.goalMilli = number(u"goal_milli"_s);
    t.calendarId = number(u"calendar_id"_s);
    t.creditCapHundredths = number(u"credit_cap_hundredths"_s);
    t.offeringId = number(u"offering_id"_s);
    for (const QJsonValue &tier : o.value(u"credit_tiers"_s).toArray()) {
        const QJsonArray pair = tier.toArray();
        t.creditTiers.append(
            {pair.at(0).toString().toLongLong(), pair.at(1).toString().toLongLong()});
    }
    return t;
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
