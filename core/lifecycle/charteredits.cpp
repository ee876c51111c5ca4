#include "charteredits.h"

#include "data/agreementrules.h"
#include "data/workspace.h"
#include "lifecycle/approvals.h"
#include "lifecycle/lifecyclereads.h"
#include "lifecycle/statuschange.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr auto UpsertNeeds = R"(INSERT INTO agreement_charters (agreement_id, needs) VALUES (?, ?)
ON CONFLICT (agreement_id) DO UPDATE SET needs = excluded.needs)"_L1;
constexpr auto DeleteItems = R"(DELETE FROM agreement_items WHERE agreement_id = ?)"_L1;
constexpr auto InsertItem = R"(INSERT INTO agreement_items (agreement_id, kind, position, text)
VALUES (?, ?, ?, ?))"_L1;
constexpr auto DeleteApprovers = R"(DELETE FROM agreement_approvers WHERE agreement_id = ?)"_L1;
constexpr auto InsertApprover = R"(INSERT INTO agreement_approvers (agreement_id, position, side,
title, user_name) VALUES (?, ?, ?, ?, ?))"_L1;

QJsonObject charterJson(const Charter &c)
{
    return {{u"needs"_s, c.needs},
            {u"requirements"_s, QJsonArray::fromStringList(c.requirements)},
            {u"delivery_options"_s, QJsonArray::fromStringList(c.deliveryOptions)}};
}

QJsonArray approversJson(const QList<RequiredApprover> &approvers)
{
    QJsonArray list;
    for (const RequiredApprover &a : approvers)
        list.append(QJsonObject{
            {u"side"_s, Sides::key(a.side)}, {u"title"_s, a.title}, {u"user"_s, a.userName}});
    return list;
}

// The stored value as its audit snapshot, or the error that kept it from being read.
template<typename T, typename ToJson>
Result<QJsonValue> json(const Result<T> &read, ToJson toJson)
{
    if (!read)
        return read.error();
    return QJsonValue(toJson(*read));
}

Result<void> ok(const Result<QSqlQuery> &query)
{
    if (!query)
        return query.error();
    return {};
}

} // namespace

CharterEdits::CharterEdits(Workspace &workspace)
    : mWorkspace(workspace), mDb(workspace.connection())
{}

Result<void> CharterEdits::writeCharter(qint64 id, const Charter &charter) const
{
    if (auto r = ok(Sql::exec(mDb, UpsertNeeds, {id, charter.needs})); !r)
        return r;
    if (auto r = ok(Sql::exec(mDb, DeleteItems, {id})); !r)
        return r;
    const std::pair<QString, const QStringList *> lists[] = {
        {u"requirement"_s, &charter.requirements},
        {u"delivery_option"_s, &charter.deliveryOptions}};
    for (const auto &[kind, items] : lists) {
        for (int position = 0; position < items->size(); ++position) {
            if (auto r = ok(Sql::exec(mDb, InsertItem, {id, kind, position, items->at(position)}));
                !r)
                return r;
        }
    }
    return {};
}

Result<void> CharterEdits::writeApprovers(qint64 id, const QList<RequiredApprover> &approvers) const
{
    if (auto r = ok(Sql::exec(mDb, DeleteApprovers, {id})); !r)
        return r;
    for (int position = 0; position < approvers.size(); ++position) {
        const RequiredApprover &a = approvers.at(position);
        if (auto r = ok(
                Sql::exec(mDb, InsertApprover,
                          {id, position, Sides::key(a.side), a.title.trimmed(), a.userName}));
            !r)
            return r;
    }
    return {};
}

Result<void> CharterEdits::requireEditable(qint64 agreementId, const QString &userName,
                                           const QString &what) const
{
    auto a = mWorkspace.agreement(agreementId);
    if (!a)
        return a.error();
    if (!Agreements::isEditable(a->status))
        return Error{
            tr("%1: the %2 can only change in draft or negotiation; the agreement is %3")
                .arg(StatusChange::label(*a), what, Enums::displayName(a->status).toLower())};
    ActingUser acting(mWorkspace, userName);
    return mWorkspace.requireRole({Role::SlaManager},
                                  tr("%1: the %2").arg(StatusChange::label(*a), what));
}

Result<void> CharterEdits::edit(qint64 agreementId, const QString &userName, const QString &what,
                                const QString &action, const Before &before, const Write &write,
                                const QJsonValue &after)
{
    if (auto r = requireEditable(agreementId, userName, what); !r)
        return r;
    ActingUser acting(mWorkspace, userName);
    // The role was checked above, together with the version's state.
    auto written = AuditedWrite::runOne(mWorkspace, {}, what, [&]() -> Result<AuditEntry> {
        auto old = before();
        if (!old)
            return old.error();
        if (auto r = write(); !r)
            return r.error();
        if (auto r = Approvals(mDb).recordEditor(agreementId, userName); !r)
            return r.error();
        return AuditEntry{u"agreement"_s, agreementId, action, *old, after};
    });
    if (!written)
        return written.error();
    return {};
}

Result<void> CharterEdits::setCharter(qint64 agreementId, const Charter &charter,
                                      const QString &userName)
{
    return edit(
        agreementId, userName, tr("requirements charter"), u"charter"_s,
        [&] { return json(LifecycleReads(mWorkspace, {}).charter(agreementId), charterJson); },
        [&] { return writeCharter(agreementId, charter); }, charterJson(charter));
}

Result<void> CharterEdits::setRequiredApprovers(qint64 agreementId,
                                                const QList<RequiredApprover> &approvers,
                                                const QString &userName)
{
    const auto before = [&]() -> Result<QJsonValue> {
        for (const RequiredApprover &a : approvers) {
            if (a.title.trimmed().isEmpty())
                return Error{tr("every required approver needs a title (a role or a name)")};
        }
        return json(LifecycleReads(mWorkspace, {}).approvers(agreementId), approversJson);
    };
    return edit(
        agreementId, userName, tr("list of required approvers"), u"approvers"_s, before,
        [&] { return writeApprovers(agreementId, approvers); }, approversJson(approvers));
}

} // namespace Accordo
