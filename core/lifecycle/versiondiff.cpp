#include "versiondiff.h"

#include "data/workspace.h"
#include "domain/targetvalue.h"
#include "lifecycle/agreementworkflow.h"
#include "lifecycle/lifecyclereads.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

using FieldChange = VersionDiff::FieldChange;

// Everything a side of the comparison shows, already as the text people read.
using Fields = QList<std::pair<QString, QString>>;

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString tiersText(const QList<CreditTier> &tiers)
{
    QStringList parts;
    for (const CreditTier &tier : tiers)
        parts.append(u"<%1%:%2%"_s.arg(TargetValue::formatMilli(tier.belowMilli),
                                       Money(tier.creditHundredths, {}).toPlainString()));
    return parts.join(u", "_s);
}

Fields agreementFields(const Workspace &ws, const Agreement &a, const AgreementLifecycle &lc)
{
    QStringList services;
    for (qint64 id : a.serviceIds) {
        auto s = ws.service(id);
        services.append(s ? s->code : QString::number(id));
    }
    services.sort();
    auto party = ws.party(a.partyId);
    QString parent;
    if (a.parentId > 0) {
        auto p = ws.agreement(a.parentId);
        parent = p ? p->number : QString::number(a.parentId);
    }
    QStringList approvers;
    for (const RequiredApprover &r : lc.approvers) {
        approvers.append(
            u"%1: %2%3"_s.arg(AgreementWorkflow::sideKey(r.side), r.title,
                              r.userName.isEmpty() ? QString() : u" ("_s + r.userName + u")"_s));
    }
    return {
        {u"title"_s, a.title},
        {u"kind"_s, Enums::key(a.kind)},
        {u"level"_s, Enums::key(a.level)},
        {u"parent"_s, parent},
        {u"counterparty"_s, party ? party->name : QString::number(a.partyId)},
        {u"start_date"_s, dateText(a.startDate)},
        {u"end_date"_s, dateText(a.endDate)},
        {u"review_months"_s, QString::number(a.reviewMonths)},
        {u"notice_days"_s, QString::number(a.noticeDays)},
        {u"price"_s, a.price.toPlainString() + u" "_s + a.price.currency()},
        {u"services"_s, services.join(u", "_s)},
        {u"charter.needs"_s, lc.charter.needs},
        {u"charter.requirements"_s, lc.charter.requirements.join(u"; "_s)},
        {u"delivery_options"_s, lc.charter.deliveryOptions.join(u"; "_s)},
        {u"approvers"_s, approvers.join(u"; "_s)},
    };
}

QString targetKey(const Workspace &ws, const Target &t)
{
    auto s = ws.service(t.serviceId);
    QString key = (s ? s->code : QString::number(t.serviceId)) + u" "_s + Enums::key(t.metric);
    if (!t.customName.isEmpty())
        key += u" \""_s + t.customName + u"\""_s;
    if (!t.priority.isEmpty())
        key += u" "_s + t.priority;
    if (t.regionId > 0) {
        QString region = QString::number(t.regionId);
        if (auto r = ws.region(t.regionId))
            region = r->code;
        key += u" @"_s + region;
    }
    return key;
}

Fields targetFields(const Workspace &ws, const Target &t)
{
    QString calendar;
    if (t.calendarId > 0) {
        calendar = QString::number(t.calendarId);
        if (auto c = ws.calendar(t.calendarId))
            calendar = c->name;
    }
    return {
        {u"threshold"_s, TargetValue::format(t.metric, t.threshold, t.customUnit)},
        {u"goal"_s, TargetValue::formatMilli(t.goalMilli) + u"%"_s},
        {u"period"_s, Enums::key(t.period)},
        {u"calendar"_s, calendar},
        {u"custom_unit"_s, t.customUnit},
        {u"credit_tiers"_s, tiersText(t.creditTiers)},
        {u"credit_cap"_s, Money(t.creditCapHundredths, {}).toPlainString() + u"%"_s},
    };
}

QList<FieldChange> compareFields(const Fields &before, const Fields &after)
{
    QList<FieldChange> changes;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before.at(i).second != after.at(i).second)
            changes.append({before.at(i).first, before.at(i).second, after.at(i).second});
    }
    return changes;
}

} // namespace

QStringList VersionDiff::toLines() const
{
    QStringList lines;
    for (const FieldChange &f : fields)
        lines.append(u"field %1: \"%2\" -> \"%3\""_s.arg(f.field, f.oldValue, f.newValue));
    for (const TargetChange &t : targets) {
        switch (t.kind) {
        case TargetChangeKind::Added:
            lines.append(u"target added: %1"_s.arg(t.target));
            break;
        case TargetChangeKind::Removed:
            lines.append(u"target removed: %1"_s.arg(t.target));
            break;
        case TargetChangeKind::Changed:
            for (const FieldChange &f : t.fields)
                lines.append(u"target %1: %2: \"%3\" -> \"%4\""_s.arg(t.target, f.field, f.oldValue,
                                                                      f.newValue));
            break;
        }
    }
    return lines;
}

Result<VersionDiff> VersionDiff::compute(const Workspace &ws, const AgreementWorkflow &workflow,
                                         qint64 fromId, qint64 toId)
{
    const LifecycleReads reads(ws, workflow.today());
    auto from = reads.state(fromId);
    if (!from)
        return from.error();
    auto to = reads.state(toId);
    if (!to)
        return to.error();
    return between(ws, from->agreement, from->lifecycle, to->agreement, to->lifecycle);
}

VersionDiff VersionDiff::between(const Workspace &ws, const Agreement &fromAgreement,
                                 const AgreementLifecycle &fromLc, const Agreement &toAgreement,
                                 const AgreementLifecycle &toLc)
{
    const Agreement *from = &fromAgreement;
    const Agreement *to = &toAgreement;
    VersionDiff diff;
    diff.fields = compareFields(agreementFields(ws, *from, fromLc), agreementFields(ws, *to, toLc));

    // Same key twice (unusual but allowed) pairs up in order of appearance.
    QHash<QString, QList<const Target *>> remaining;
    for (const Target &t : to->targets)
        remaining[targetKey(ws, t)].append(&t);
    for (const Target &t : from->targets) {
        const QString key = targetKey(ws, t);
        QList<const Target *> &candidates = remaining[key];
        if (candidates.isEmpty()) {
            diff.targets.append({TargetChangeKind::Removed, key, {}});
            continue;
        }
        const Target *match = candidates.takeFirst();
        const auto changes = compareFields(targetFields(ws, t), targetFields(ws, *match));
        if (!changes.isEmpty())
            diff.targets.append({TargetChangeKind::Changed, key, changes});
    }
    for (const Target &t : to->targets) {
        const QString key = targetKey(ws, t);
        QList<const Target *> &left = remaining[key];
        if (left.contains(&t)) {
            diff.targets.append({TargetChangeKind::Added, key, {}});
            left.removeOne(&t);
        }
    }
    return diff;
}

} // namespace Accordo
