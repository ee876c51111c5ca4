#include "actionstore.h"

#include "calendar/isotime.h"
#include "data/auditedwrite.h"
#include "data/editroles.h"
#include "data/records.h"
#include "data/recordsql.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "storage/dialect.h"
#include "storage/rowfields.h"
#include "storage/sqlquery.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QList<Role> RaiseRoles = EditRoles::raiseActions();
const QList<Role> ChangeRoles = EditRoles::reviews();

const QString ActionColumns = uR"(
    SELECT x.id, x.agreement_id, a.number, x.title, x.source, coalesce(x.target_id, 0) AS target_id,
           x.period, x.finding, coalesce(x.review_id, 0) AS review_id, x.owner_id,
           u.name AS owner_name, x.due_date, x.state, x.reason, x.notes, x.row_version
    FROM actions x JOIN agreements a ON a.id = x.agreement_id
    JOIN users u ON u.id = x.owner_id )"_s;
const QString SelectAction = ActionColumns + u"WHERE x.id = ?"_s;
const QString SelectActions = ActionColumns + uR"(
    WHERE (? = '' OR a.number = ?) AND (? = '' OR u.name = ?) AND (? = '' OR x.state = ?)
      AND (? = 0 OR x.state IN ('open', 'in_progress'))
    ORDER BY x.due_date, x.id)"_s;
using RecordSql::InsertAction;
const QString ActionAssignments = u"title = ?, target_id = ?, period = ?, finding = ?, "
                                  "owner_id = ?, due_date = ?, state = ?, reason = ?, notes = ?, "
                                  "updated_at = ?"_s;
const QString AgreementExists = u"SELECT count(*) AS n FROM agreements WHERE id = ?"_s;
const QString UserIsActive = u"SELECT count(*) AS n FROM users WHERE id = ? AND active = 1"_s;

ImprovementAction readAction(const Sql::Rows &r)
{
    ImprovementAction a;
    Sql::readFields(r, a, "id", &ImprovementAction::id, "agreement_id",
                    &ImprovementAction::agreementId, "number", &ImprovementAction::number, "title",
                    &ImprovementAction::title, "source", &ImprovementAction::source, "target_id",
                    &ImprovementAction::targetId, "period", &ImprovementAction::period, "finding",
                    &ImprovementAction::finding, "review_id", &ImprovementAction::reviewId,
                    "owner_id", &ImprovementAction::ownerId, "owner_name",
                    &ImprovementAction::ownerName, "due_date", &ImprovementAction::dueDate,
                    "reason", &ImprovementAction::reason, "notes", &ImprovementAction::notes,
                    "row_version", &ImprovementAction::rowVersion);
    a.state = Improvement::stateFromKey(r.text("state")).value_or(ActionState::Open);
    return a;
}

QString describe(const ImprovementAction &a)
{
    return Accordo::ActionStore::tr("action \"%1\"").arg(a.title.trimmed());
}

} // namespace

QJsonObject ActionStore::auditSnapshot(const ImprovementAction &a)
{
    return QJsonObject{{u"agreement_id"_s, a.agreementId},
                       {u"title"_s, a.title.trimmed()},
                       {u"source"_s, a.source},
                       {u"target_id"_s, a.targetId},
                       {u"period"_s, a.period},
                       {u"finding"_s, a.finding},
                       {u"review_id"_s, a.reviewId},
                       {u"owner_id"_s, a.ownerId},
                       {u"due_date"_s, a.dueDate.toString(Qt::ISODate)},
                       {u"state"_s, Improvement::key(a.state)},
                       {u"reason"_s, a.reason},
                       {u"notes"_s, a.notes}};
}

Result<void> ActionStore::validate(const ImprovementAction &a) const
{
    const QString what = describe(a);
    if (a.title.trimmed().isEmpty())
        return Error{tr("an action needs a title")};
    if (!Improvement::sources().contains(a.source))
        return Error{tr("%1, field source: \"%2\" is not one of %3")
                         .arg(what, a.source, Improvement::sources().join(u", "_s))};
    if (!a.dueDate.isValid())
        return Error{tr("%1, field due date: the action needs a due date").arg(what)};
    if (a.dueDate.year() < IsoTime::FirstSupportedYear
        || a.dueDate.year() > IsoTime::LastSupportedYear)
        return Error{tr("%1, field due date: %2 is outside the years %3 to %4")
                         .arg(what, a.dueDate.toString(Qt::ISODate))
                         .arg(IsoTime::FirstSupportedYear)
                         .arg(IsoTime::LastSupportedYear)};
    static const QRegularExpression periodPattern(u"^$|^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$"_s);
    if (!periodPattern.match(a.period).hasMatch())
        return Error{tr("%1, field period: \"%2\" is not a month (2026-09) or a quarter (2026-Q3)")
                         .arg(what, a.period)};
    if (a.state == ActionState::Dropped && a.reason.trimmed().isEmpty())
        return Error{tr("%1, field reason: dropping an action needs a reason").arg(what)};
    auto agreement = Records::count(mWorkspace.connection(), AgreementExists, a.agreementId);
    if (!agreement)
        return agreement.error();
    if (*agreement == 0)
        return Error{tr("%1, field agreement: there is no agreement with id %2")
                         .arg(what)
                         .arg(a.agreementId)};
    auto owner = Records::count(mWorkspace.connection(), UserIsActive, a.ownerId);
    if (!owner)
        return owner.error();
    if (*owner == 0)
        return Error{
            tr("%1, field owner: the owner must be an active user of the workspace").arg(what)};
    return {};
}

Result<void> ActionStore::mayChange(const ImprovementAction &stored, const QString &what) const
{
    if (mWorkspace.actsAsSystem())
        return {};
    auto user = UserDirectory(mWorkspace.connection()).actingUser(mWorkspace.actingUser());
    if (!user)
        return Error{tr("%1: %2").arg(what, user.errorString())};
    // The owner answers for their action whatever their roles.
    if (user->id == stored.ownerId)
        return {};
    return mWorkspace.requireRole(ChangeRoles, what);
}

Result<qint64> ActionStore::insert(const ImprovementAction &action)
{
    if (auto valid = validate(action); !valid)
        return valid.error();
    const QString what = describe(action);
    return AuditedWrite::runOne(mWorkspace, RaiseRoles, what, [&]() -> Result<AuditEntry> {
        const QString now = Records::nowUtc();
        auto id = Records::insert(
            mWorkspace.connection(), InsertAction,
            {action.agreementId, action.title.trimmed(), action.source,
             Sql::idOrNull(action.targetId), action.period, action.finding,
             Sql::idOrNull(action.reviewId), action.ownerId, action.dueDate.toString(Qt::ISODate),
             Improvement::key(action.state), action.reason, action.notes, now, now},
            what);
        if (!id)
            return id.error();
        return Records::inserted(u"action"_s, *id, auditSnapshot(action));
    });
}

Result<void> ActionStore::update(const ImprovementAction &action)
{
    if (auto valid = validate(action); !valid)
        return valid;
    const QString what = describe(action);
    auto stored = this->action(action.id);
    if (!stored)
        return stored.error();
    if (auto allowed = mayChange(*stored, what); !allowed)
        return allowed;
    return Records::done(AuditedWrite::runOne(mWorkspace, {}, what, [&]() -> Result<AuditEntry> {
        // Read again inside the transaction: the state decides which steps are open.
        auto before = this->action(action.id);
        if (!before)
            return before.error();
        if (const QString why = Improvement::whyNotTransition(before->state, action.state,
                                                              action.reason);
            !why.isEmpty())
            return Error{tr("%1: %2").arg(what, why)};
        if (action.agreementId != before->agreementId)
            return Error{tr("%1, field agreement: an action stays with its agreement").arg(what)};
        ImprovementAction after = action;
        after.source = before->source;
        after.reviewId = before->reviewId;
        if (auto r = Records::updateRow(
                mWorkspace, u"actions"_s, u"action"_s, action.id, action.rowVersion,
                ActionAssignments,
                {action.title.trimmed(), Sql::idOrNull(action.targetId), action.period,
                 action.finding, action.ownerId, action.dueDate.toString(Qt::ISODate),
                 Improvement::key(action.state), action.reason, action.notes, Records::nowUtc()},
                what);
            !r)
            return r.error();
        return Records::updated(u"action"_s, action.id, auditSnapshot(*before),
                                auditSnapshot(after));
    }));
}

Result<ImprovementAction> ActionStore::action(qint64 id) const
{
    return Sql::one(mWorkspace.connection(), SelectAction, {id}, readAction,
                    tr("there is no action with id %1").arg(id));
}

Result<QList<ImprovementAction>> ActionStore::actions(const ActionFilter &filter) const
{
    const QString number = filter.agreementNumber.isEmpty() ? u""_s : filter.agreementNumber;
    const QString owner = filter.ownerName.isEmpty() ? u""_s : filter.ownerName;
    const QString state = filter.state ? Improvement::key(*filter.state) : u""_s;
    return Sql::list(mWorkspace.connection(), SelectActions,
                     {number, number, owner, owner, state, state, filter.openOnly ? 1 : 0},
                     readAction);
}

} // namespace Accordo
