#include "statuschange.h"

#include "data/workspace.h"
#include "storage/sqlquery.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr auto UpdateStatus = R"(UPDATE agreements SET status = ?, updated_at = ?,
row_version = row_version + 1 WHERE id = ? AND status = ?)"_L1;
constexpr auto InsertTransition = R"(INSERT INTO agreement_transitions (agreement_id, transition,
from_status, to_status, user_name, at, reason) VALUES (?, ?, ?, ?, ?, ?, ?))"_L1;

} // namespace

QString StatusChange::label(const Agreement &a)
{
    return tr("%1 version %2").arg(a.number).arg(a.version);
}

QString StatusChange::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<AuditEntry> StatusChange::apply(const Agreement &a, AgreementStatus to,
                                       Transition transition, const QString &userName,
                                       const QString &reason, const QJsonObject &details) const
{
    auto update = Sql::exec(mDb, UpdateStatus,
                            {Enums::key(to), nowUtc(), a.id, Enums::key(a.status)});
    if (!update)
        return Error{tr("%1: %2").arg(label(a), update.errorString())};
    if (update->numRowsAffected() != 1)
        return Error{tr("%1 was changed by someone else meanwhile: reload it").arg(label(a))};
    if (auto r = log(a.id, transition, a.status, to, userName, reason); !r)
        return Error{tr("%1: %2").arg(label(a), r.errorString())};
    QJsonObject after = details;
    after.insert(u"status"_s, Enums::key(to));
    if (!reason.isEmpty())
        after.insert(u"reason"_s, reason);
    return AuditEntry{u"agreement"_s, a.id, u"transition:"_s + Transitions::key(transition),
                      QJsonObject{{u"status"_s, Enums::key(a.status)}}, after};
}

Result<void> StatusChange::log(qint64 agreementId, Transition transition, AgreementStatus from,
                               AgreementStatus to, const QString &userName,
                               const QString &reason) const
{
    auto insert = Sql::exec(mDb, InsertTransition,
                            {agreementId, Transitions::key(transition), Enums::key(from),
                             Enums::key(to), userName, nowUtc(), reason});
    if (!insert)
        return insert.error();
    return {};
}

ActingUser::ActingUser(Workspace &workspace, const QString &name)
    : mWorkspace(workspace), mPrevious(workspace.identity())
{
    mWorkspace.setActingUser(name);
}

ActingUser::~ActingUser()
{
    mWorkspace.setIdentity(mPrevious);
}

} // namespace Accordo
