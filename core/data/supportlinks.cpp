#include "supportlinks.h"

#include "audit/auditlog.h"
#include "domain/role.h"
#include "storage/transaction.h"
#include "data/workspace.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The newest version of each agreement number: its id, kind, status and title.
const auto NewestVersions = uR"(
    SELECT a.id, a.number, a.kind, a.status, a.title FROM agreements a
    WHERE a.version = (SELECT max(b.version) FROM agreements b WHERE b.number = a.number))"_s;

bool isSupporting(const QString &kind)
{
    return kind == u"ola"_s || kind == u"uc"_s;
}

bool isSla(const QString &kind)
{
    return kind == u"customer_sla"_s || kind == u"internal_sla"_s;
}

Result<QSqlQuery> run(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{query.lastError().text()};
    return query;
}

} // namespace

SupportLinks::SupportLinks(Workspace &workspace) : mWorkspace(workspace) {}

Result<qint64> SupportLinks::check(const QString &supporting, const QString &supported,
                                   const QString &what) const
{
    if (auto allowed = mWorkspace.requireRole({Role::SlaManager, Role::Administrator}, what);
        !allowed)
        return allowed.error();
    auto q = run(mWorkspace.connection(), NewestVersions + u" AND a.number IN (?, ?)"_s,
                 {supporting, supported});
    if (!q)
        return q.error();
    qint64 supportingId = 0;
    QString supportingKind, supportedKind;
    while (q->next()) {
        if (q->value(1).toString() == supporting) {
            supportingId = q->value(0).toLongLong();
            supportingKind = q->value(2).toString();
        } else {
            supportedKind = q->value(2).toString();
        }
    }
    if (supportingId == 0)
        return Error{tr("%1: no such agreement").arg(supporting)};
    if (supportedKind.isEmpty())
        return Error{tr("%1: no such agreement").arg(supported)};
    if (!isSupporting(supportingKind))
        return Error{tr("%1 is not an OLA or underpinning contract: only those support an SLA")
                         .arg(supporting)};
    if (!isSla(supportedKind))
        return Error{
            tr("%1 is not an SLA: OLAs and underpinning contracts support SLAs").arg(supported)};
    return supportingId;
}

Result<void> SupportLinks::change(const QString &supporting, const QString &supported, bool add)
{
    const QString what = add ? tr("Linking %1 to %2").arg(supporting, supported)
                             : tr("Unlinking %1 from %2").arg(supporting, supported);
    auto supportingId = check(supporting, supported, what);
    if (!supportingId)
        return supportingId.error();
    QSqlDatabase db = mWorkspace.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    auto q = run(db,
                 add ? u"INSERT INTO agreement_supports (supporting_number, supported_number) "
                       "VALUES (?, ?) ON CONFLICT DO NOTHING"_s
                     : u"DELETE FROM agreement_supports "
                       "WHERE supporting_number = ? AND supported_number = ?"_s,
                 {supporting, supported});
    if (!q)
        return Error{tr("%1: %2").arg(what, q.errorString())};
    if (q->numRowsAffected() != 1)
        return Error{add ? tr("%1 already supports %2").arg(supporting, supported)
                         : tr("%1 does not support %2").arg(supporting, supported)};
    const QJsonObject link{{u"supporting"_s, supporting}, {u"supported"_s, supported}};
    auto logged = AuditLog(db).append(mWorkspace.actingUser(), u"agreement_support"_s,
                                      *supportingId, add ? u"insert"_s : u"delete"_s,
                                      add ? QJsonValue() : QJsonValue(link),
                                      add ? QJsonValue(link) : QJsonValue());
    if (!logged)
        return logged.error();
    return transaction.commit();
}

Result<void> SupportLinks::add(const QString &supporting, const QString &supported)
{
    return change(supporting, supported, true);
}

Result<void> SupportLinks::remove(const QString &supporting, const QString &supported)
{
    return change(supporting, supported, false);
}

Result<QList<LinkedAgreement>> SupportLinks::of(const QString &number) const
{
    auto q = run(mWorkspace.connection(),
                 u"SELECT v.number, v.kind, v.status, v.title, s.supported_number = ? "
                 "FROM agreement_supports s JOIN ("_s
                     + NewestVersions + uR"() v
                   ON v.number = CASE WHEN s.supporting_number = ? THEN s.supported_number
                                      ELSE s.supporting_number END
                 WHERE ? IN (s.supporting_number, s.supported_number)
                 ORDER BY v.number)"_s,
                 {number, number, number});
    if (!q)
        return q.error();
    QList<LinkedAgreement> links;
    while (q->next())
        links.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                      q->value(3).toString(), q->value(4).toBool()});
    return links;
}

Result<QList<LinkedAgreement>> SupportLinks::candidates(const QString &number) const
{
    auto q = run(mWorkspace.connection(), NewestVersions + u" AND a.number = ?"_s, {number});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("%1: no such agreement").arg(number)};
    const QString kind = q->value(2).toString();
    const bool supporting = isSupporting(kind);
    if (!supporting && !isSla(kind))
        return QList<LinkedAgreement>();
    auto linked = of(number);
    if (!linked)
        return linked.error();
    QSet<QString> taken;
    for (const LinkedAgreement &l : std::as_const(*linked))
        taken.insert(l.number);
    q = run(mWorkspace.connection(),
            NewestVersions + u" AND a.status NOT IN ('terminated', 'expired') ORDER BY a.number"_s);
    if (!q)
        return q.error();
    QList<LinkedAgreement> result;
    while (q->next()) {
        const QString other = q->value(2).toString();
        const QString otherNumber = q->value(1).toString();
        if ((supporting ? isSla(other) : isSupporting(other)) && !taken.contains(otherNumber))
            result.append(
                {otherNumber, other, q->value(3).toString(), q->value(4).toString(), !supporting});
    }
    return result;
}

} // namespace Accordo
