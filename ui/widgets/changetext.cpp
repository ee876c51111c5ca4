#include "changetext.h"

#include "data/workspace.h"
#include "domain/money.h"
#include "domain/targetvalue.h"
#include "widgets/localetext.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr int MaxValueLength = 80;

qint64 integerOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : qint64(value.toDouble());
}

QString shortened(const QString &text)
{
    return text.size() > MaxValueLength ? text.left(MaxValueLength - 1) + u"…"_s : text;
}

} // namespace

ChangeText::ChangeText(const Workspace *workspace, const QLocale &locale)
    : mWorkspace(workspace), mLocale(locale)
{}

QString ChangeText::fieldName(const QString &key)
{
    static const QHash<QString, const char *> names{
        {u"number"_s, QT_TR_NOOP("Number")},
        {u"version"_s, QT_TR_NOOP("Version")},
        {u"title"_s, QT_TR_NOOP("Title")},
        {u"kind"_s, QT_TR_NOOP("Kind")},
        {u"level"_s, QT_TR_NOOP("Level")},
        {u"parent_id"_s, QT_TR_NOOP("Parent agreement")},
        {u"party_id"_s, QT_TR_NOOP("Counterparty")},
        {u"start_date"_s, QT_TR_NOOP("Starts on")},
        {u"end_date"_s, QT_TR_NOOP("Ends on")},
        {u"review_months"_s, QT_TR_NOOP("Review every")},
        {u"notice_days"_s, QT_TR_NOOP("Notice period")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"reason"_s, QT_TR_NOOP("Reason")},
        {u"price"_s, QT_TR_NOOP("Monthly fee")},
        {u"currency"_s, QT_TR_NOOP("Currency")},
        {u"services"_s, QT_TR_NOOP("Services")},
        {u"targets"_s, QT_TR_NOOP("Targets")},
        {u"service_id"_s, QT_TR_NOOP("Service")},
        {u"region_id"_s, QT_TR_NOOP("Region")},
        {u"priority"_s, QT_TR_NOOP("Priority")},
        {u"metric"_s, QT_TR_NOOP("Metric")},
        {u"custom_name"_s, QT_TR_NOOP("Measure")},
        {u"custom_unit"_s, QT_TR_NOOP("Unit")},
        {u"threshold"_s, QT_TR_NOOP("Target")},
        {u"goal_milli"_s, QT_TR_NOOP("Goal")},
        {u"period"_s, QT_TR_NOOP("Period")},
        {u"calendar_id"_s, QT_TR_NOOP("Calendar")},
        {u"credit_cap_hundredths"_s, QT_TR_NOOP("Credit cap")},
        {u"credit_tiers"_s, QT_TR_NOOP("Credit tiers")},
        {u"needs"_s, QT_TR_NOOP("Needs")},
        {u"requirements"_s, QT_TR_NOOP("Requirements")},
        {u"delivery_options"_s, QT_TR_NOOP("Delivery options")},
    };
    const auto it = names.constFind(key);
    return it == names.cend() ? key : tr(*it);
}

QString ChangeText::percent(qint64 milli) const
{
    return LocaleText::percent(milli, mLocale);
}

QString ChangeText::idName(const QString &key, qint64 id) const
{
    if (id == 0) {
        if (key == u"parent_id"_s)
            return tr("(none: top of its hierarchy)");
        if (key == u"region_id"_s)
            return tr("all regions");
        if (key == u"calendar_id"_s)
            return tr("round the clock");
        return tr("(none)");
    }
    if (mWorkspace) {
        if (key == u"party_id"_s) {
            if (auto party = mWorkspace->party(id))
                return party->name;
        } else if (key == u"service_id"_s || key == u"services"_s) {
            if (auto service = mWorkspace->service(id))
                return service->code;
        } else if (key == u"parent_id"_s) {
            if (auto agreement = mWorkspace->agreement(id))
                return agreement->number;
        } else if (key == u"calendar_id"_s) {
            if (auto calendar = mWorkspace->calendar(id))
                return calendar->name;
        } else if (key == u"region_id"_s) {
            for (const Region &region : orEmpty(mWorkspace->regions())) {
                if (region.id == id)
                    return region.name;
            }
        }
    }
    return tr("#%1").arg(id);
}

QString ChangeText::value(const QString &key, const QJsonValue &value,
                          const QJsonValue &target) const
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return tr("(none)");
    if (key.endsWith(u"_id"_s))
        return idName(key, integerOf(value));
    if (key == u"services"_s) {
        QStringList names;
        for (const QJsonValue &id : value.toArray())
            names.append(idName(key, integerOf(id)));
        return names.isEmpty() ? tr("(none)") : names.join(u", "_s);
    }
    if (key == u"start_date"_s || key == u"end_date"_s) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? LocaleText::date(date, mLocale) : value.toString();
    }
    if (key == u"price"_s) {
        // The currency is a field of its own; any valid code reads the amount.
        if (auto money = Money::parse(value.toString(), u"EUR"_s))
            return Money(money->minorUnits(), {}).toDisplayString(mLocale);
        return value.toString();
    }
    if (key == u"credit_cap_hundredths"_s)
        return percent(integerOf(value) * 10);
    if (key == u"goal_milli"_s)
        return percent(integerOf(value));
    if (key == u"credit_tiers"_s) {
        QStringList tiers;
        for (const QJsonValue &tier : value.toArray()) {
            const QJsonArray pair = tier.toArray();
            tiers.append(
                tr("below %1: %2 credit")
                    .arg(percent(integerOf(pair.at(0))), percent(integerOf(pair.at(1)) * 10)));
        }
        return tiers.isEmpty() ? tr("(none)") : tiers.join(u"; "_s);
    }
    if (key == u"threshold"_s) {
        const auto metric = Enums::fromKey<Metric>(target.toObject().value(u"metric"_s).toString());
        if (!metric)
            return value.toString();
        if (*metric == Metric::Availability)
            return percent(integerOf(value));
        return TargetValue::format(*metric, integerOf(value),
                                   target.toObject().value(u"custom_unit"_s).toString());
    }
    if (key == u"review_months"_s)
        return tr("%n month(s)", "", int(integerOf(value)));
    if (key == u"notice_days"_s)
        return tr("%n day(s)", "", int(integerOf(value)));
    if (key == u"kind"_s)
        return Enums::displayNameOfKey<AgreementKind>(value.toString());
    if (key == u"level"_s)
        return Enums::displayNameOfKey<AgreementLevel>(value.toString());
    if (key == u"status"_s)
        return Enums::displayNameOfKey<AgreementStatus>(value.toString());
    if (key == u"metric"_s)
        return Enums::displayNameOfKey<Metric>(value.toString());
    if (key == u"period"_s)
        return Enums::displayNameOfKey<MeasurementPeriod>(value.toString());
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isDouble())
        return mLocale.toString(value.toDouble());
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.isObject() ? this->value({}, item) : item.toVariant().toString());
        return items.isEmpty() ? tr("(none)") : shortened(items.join(u"; "_s));
    }
    if (value.isObject()) {
        // An approver and the like: its parts, in words where they have a name.
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.value().toVariant().toString().isEmpty())
                parts.append(this->value(it.key(), it.value()));
        }
        return parts.join(u", "_s);
    }
    return shortened(value.toVariant().toString());
}

QString ChangeText::targetName(const QJsonValue &target) const
{
    const QJsonObject t = target.toObject();
    QStringList parts{idName(u"service_id"_s, integerOf(t.value(u"service_id"_s))),
                      Enums::displayNameOfKey<Metric>(t.value(u"metric"_s).toString())};
    if (const QString name = t.value(u"custom_name"_s).toString(); !name.isEmpty())
        parts.append(name);
    if (const QString priority = t.value(u"priority"_s).toString(); !priority.isEmpty())
        parts.append(priority);
    return parts.join(u' ');
}

QString ChangeText::describe(const AuditChange &change) const
{
    switch (change.kind) {
    case AuditChange::Kind::Created: {
        const QString status = change.after.toObject().value(u"status"_s).toString();
        return status.isEmpty() ? tr("created")
                                : tr("created as %1").arg(value(u"status"_s, status));
    }
    case AuditChange::Kind::Added:
        return tr("Target added: %1").arg(targetName(change.target));
    case AuditChange::Kind::Removed:
        return tr("Target removed: %1").arg(targetName(change.target));
    case AuditChange::Kind::Changed:
        break;
    }
    const QString text = tr("%1 → %2").arg(value(change.field, change.before, change.target),
                                           value(change.field, change.after, change.target));
    if (change.field.isEmpty())
        return text;
    const QString field = tr("%1: %2").arg(fieldName(change.field), text);
    return change.target.isObject() ? tr("%1 — %2").arg(targetName(change.target), field) : field;
}

QString ChangeText::describe(const QString &oldJson, const QString &newJson) const
{
    QStringList texts;
    for (const AuditChange &change : AuditChanges::between(oldJson, newJson))
        texts.append(describe(change));
    return texts.join(u"; "_s);
}

} // namespace Accordo
