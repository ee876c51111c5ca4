#include "auditchanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

QJsonValue parse(const QString &json)
{
    if (json.trimmed().isEmpty())
        return QJsonValue::Null;
    // Wrapped in an array so that a bare string or number parses too.
    return QJsonDocument::fromJson(u"[%1]"_s.arg(json).toUtf8()).array().at(0);
}

// What a target measures: the same in every version of an agreement, unlike its id.
QString targetIdentity(const QJsonValue &target)
{
    const QJsonObject t = target.toObject();
    QStringList parts;
    for (const QString &key :
         {u"service_id"_s, u"metric"_s, u"priority"_s, u"region_id"_s, u"custom_name"_s})
        parts.append(t.value(key).toVariant().toString());
    return parts.join(u'\x1f');
}

bool isTargetList(const QString &key, const QJsonValue &before, const QJsonValue &after)
{
    return key == u"targets"_s && (before.isArray() || before.isUndefined() || before.isNull())
           && (after.isArray() || after.isUndefined() || after.isNull());
}

void compareTargets(const QJsonArray &before, const QJsonArray &after, QList<AuditChange> &out)
{
    QList<QString> beforeKeys, afterKeys;
    for (const QJsonValue &t : before)
        beforeKeys.append(targetIdentity(t));
    for (const QJsonValue &t : after)
        afterKeys.append(targetIdentity(t));
    for (qsizetype i = 0; i < before.size(); ++i) {
        const qsizetype j = afterKeys.indexOf(beforeKeys.at(i));
        if (j < 0) {
            out.append({AuditChange::Kind::Removed, u"targets"_s, before.at(i), before.at(i), {}});
            continue;
        }
        const QJsonObject o = before.at(i).toObject();
        const QJsonObject n = after.at(j).toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.value() != n.value(it.key()))
                out.append(
                    {AuditChange::Kind::Changed, it.key(), n, it.value(), n.value(it.key())});
        }
    }
    for (qsizetype j = 0; j < after.size(); ++j) {
        if (!beforeKeys.contains(afterKeys.at(j)))
            out.append({AuditChange::Kind::Added, u"targets"_s, after.at(j), {}, after.at(j)});
    }
}

} // namespace

QList<AuditChange> AuditChanges::between(const QString &oldJson, const QString &newJson)
{
    const QJsonValue before = parse(oldJson);
    const QJsonValue after = parse(newJson);
    if (before.isNull() && after.isObject())
        return {{AuditChange::Kind::Created, {}, {}, {}, after}};
    if (!before.isObject() || !after.isObject()) {
        if (before == after)
            return {};
        return {{AuditChange::Kind::Changed, {}, {}, before, after}};
    }
    const QJsonObject o = before.toObject();
    const QJsonObject n = after.toObject();
    QStringList keys = o.keys();
    for (const QString &key : n.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    QList<AuditChange> changes;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue was = o.value(key);
        const QJsonValue is = n.value(key);
        if (was == is)
            continue;
        if (isTargetList(key, was, is))
            compareTargets(was.toArray(), is.toArray(), changes);
        else
            changes.append({AuditChange::Kind::Changed, key, {}, was, is});
    }
    return changes;
}

} // namespace Accordo
