#include "supportlinks.h"

#include "data/auditedwrite.h"
#include "data/workspace.h"
#include "domain/role.h"
#include "storage/sqlquery.h"

#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QList<Role> LinkRoles{Role::SlaManager, Role::Administrator};

// The newest version of each agreement number: its id, kind, status and title.
const QString NewestVersions = uR"(
    SELECT a.id, a.number, a.kind, a.status, a.title FROM agreements a
    WHERE a.version = (SELECT max(b.version) FROM agreements b WHERE b.number = a.number))"_s;
const QString InsertLink = uR"(
    INSERT INTO agreement_supports (supporting_number, supported_number) VALUES (?, ?)
    ON CONFLICT DO NOTHING)"_s;
const QString DeleteLink = uR"(
    DELETE FROM agreement_supports WHERE supporting_number = ? AND supported_number = ?)"_s;
// The agreements on the other side of each link of one number; `supports` is true where that
// one supports the number asked about.
const QString LinksOf = uR"(
    SELECT v.number, v.kind, v.status, v.title, s.supported_number = ? AS supports
    FROM agreement_supports s JOIN ()"_s
                        + NewestVersions + uR"() v
      ON v.number = CASE WHEN s.supporting_number = ? THEN s.supported_number
                         ELSE s.supporting_number END
    WHERE ? IN (s.supporting_number, s.supported_number)
    ORDER BY v.number)"_s;

bool isSupporting(const QString &kind)
{
    return kind == u"ola"_s || kind == u"uc"_s;
}

bool isSla(const QString &kind)
{
    return kind == u"customer_sla"_s || kind == u"internal_sla"_s;
}

LinkedAgreement readLinked(const Sql::Rows &row, bool supports)
{
    return {row.text("number"), row.text("kind"), row.text("status"), row.text("title"), supports};
}

} // namespace

SupportLinks::SupportLinks(Workspace &workspace) : mWorkspace(workspace) {}

Result<qint64> SupportLinks::check(const QString &supporting, const QString &supported) const
{
    auto q = Sql::select(mWorkspace.connection(), NewestVersions + u" AND a.number IN (?, ?)"_s,
                         {supporting, supported});
    if (!q)
        return q.error();
    qint64 supportingId = 0;
    QString supportingKind, supportedKind;
    while (q->next()) {
        if (q->text("number") == supporting) {
            supportingId = q->integer("id");
            supportingKind = q->text("kind");
        } else {
            supportedKind = q->text("kind");
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
    auto written = AuditedWrite::runOne(mWorkspace, LinkRoles, what, [&]() -> Result<AuditEntry> {
        auto supportingId = check(supporting, supported);
        if (!supportingId)
            return supportingId.error();
        auto q = Sql::exec(mWorkspace.connection(), add ? InsertLink : DeleteLink,
                           {supporting, supported});
        if (!q)
            return Error{tr("%1: %2").arg(what, q.errorString())};
        if (q->numRowsAffected() != 1)
            return Error{add ? tr("%1 already supports %2").arg(supporting, supported)
                             : tr("%1 does not support %2").arg(supporting, supported)};
        const QJsonObject link{{u"supporting"_s, supporting}, {u"supported"_s, supported}};
        return AuditEntry{u"agreement_support"_s, *supportingId, add ? u"insert"_s : u"delete"_s,
                          add ? QJsonValue() : QJsonValue(link),
                          add ? QJsonValue(link) : QJsonValue()};
    });
    if (!written)
        return written.error();
    return {};
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
    return Sql::list(mWorkspace.connection(), LinksOf, {number, number, number},
                     [](const Sql::Rows &row) { return readLinked(row, row.flag("supports")); });
}

Result<QList<LinkedAgreement>> SupportLinks::candidates(const QString &number) const
{
    auto kind = Sql::one(
        mWorkspace.connection(), NewestVersions + u" AND a.number = ?"_s, {number},
        [](const Sql::Rows &row) { return row.text("kind"); },
        tr("%1: no such agreement").arg(number));
    if (!kind)
        return kind.error();
    const bool supporting = isSupporting(*kind);
    if (!supporting && !isSla(*kind))
        return QList<LinkedAgreement>();
    auto linked = of(number);
    if (!linked)
        return linked.error();
    QSet<QString> taken;
    for (const LinkedAgreement &l : std::as_const(*linked))
        taken.insert(l.number);
    auto open = Sql::list(
        mWorkspace.connection(),
        NewestVersions + u" AND a.status NOT IN ('terminated', 'expired') ORDER BY a.number"_s, {},
        [supporting](const Sql::Rows &row) { return readLinked(row, !supporting); });
    if (!open)
        return open.error();
    QList<LinkedAgreement> result;
    for (const LinkedAgreement &other : std::as_const(*open)) {
        if ((supporting ? isSla(other.kind) : isSupporting(other.kind))
            && !taken.contains(other.number))
            result.append(other);
    }
    return result;
}

} // namespace Accordo
