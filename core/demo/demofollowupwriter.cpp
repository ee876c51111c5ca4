#include "demofollowupwriter.h"

#include "data/actionstore.h"
#include "data/alertstore.h"
#include "data/editroles.h"
#include "data/records.h"
#include "data/recordsql.h"
#include "data/reviewstore.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "domain/improvement.h"
#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Accordo {

DemoFollowUpWriter::DemoFollowUpWriter(Workspace &workspace)
    : mWorkspace(workspace), mAudit(workspace.connection())
{}

Result<void> DemoFollowUpWriter::begin()
{
    mAllowed.clear();
    mUser = mWorkspace.actingUser();
    const QSqlDatabase db = mWorkspace.connection();
    const std::pair<Sql::Insert *, const QString *> statements[] = {
        {&mOwner, &RecordSql::InsertOwner},
        {&mReview, &RecordSql::InsertReview},
        {&mAction, &RecordSql::InsertAction},
        {&mAlert, &RecordSql::InsertAlert},
    };
    for (const auto &[insert, sql] : statements) {
        if (auto r = insert->prepare(db, *sql); !r)
            return r;
    }
    return mAudit.begin();
}

Result<void> DemoFollowUpWriter::finish()
{
    for (Sql::Insert *insert : {&mOwner, &mReview, &mAction, &mAlert})
        insert->finish();
    return mAudit.finish();
}

Result<void> DemoFollowUpWriter::allow(Kind kind)
{
    if (mAllowed.contains(kind))
        return {};
    switch (kind) {
    case Kind::Alert:
        // Raising is no one's role, but it is on the trail under a user of the workspace.
        if (!mWorkspace.actsAsSystem()) {
            if (auto user = UserDirectory(mWorkspace.connection()).actingUser(mUser); !user)
                return Error{Accordo::AlertStore::tr("Raise alerts: %1").arg(user.errorString())};
        }
        break;
    case Kind::Owner:
    case Kind::Review:
        if (auto allowed = mWorkspace.requireRole(EditRoles::reviews(), tr("Demo reviews"));
            !allowed)
            return allowed;
        break;
    case Kind::Action:
        if (auto allowed = mWorkspace.requireRole(EditRoles::raiseActions(), tr("Demo actions"));
            !allowed)
            return allowed;
        break;
    }
    mAllowed.append(kind);
    return {};
}

template<typename Describe, typename Snapshot>
Result<qint64> DemoFollowUpWriter::audited(const Result<qint64> &id, const QString &entity,
                                           const Describe &describe, const Snapshot &after)
{
    if (!id)
        return Records::describe(id.error(), describe());
    if (auto seq = mAudit.append(mUser, entity, *id, u"insert"_s, QJsonValue(), after(*id)); !seq)
        return seq.error();
    return id;
}

Result<void> DemoFollowUpWriter::setOwner(const QString &number, qint64 userId)
{
    if (auto allowed = allow(Kind::Owner); !allowed)
        return allowed;
    return Records::done(audited(
        mOwner.run({number, userId}), u"agreement_owner"_s,
        [&] { return Accordo::AgreementOwners::tr("owner of %1").arg(number); },
        [&](qint64) { return AgreementOwners::auditSnapshot(number, userId); }));
}

Result<qint64> DemoFollowUpWriter::record(const ServiceReview &review)
{
    if (auto allowed = allow(Kind::Review); !allowed)
        return allowed.error();
    if (review.outcome == ReviewOutcome::AmendmentNeeded)
        return Error{
            tr("review of agreement %1: the bulk path opens no amendment").arg(review.agreementId)};
    return audited(
        mReview.run({review.agreementId, review.heldOn.toString(Qt::ISODate),
                     review.periods.trimmed(), ReviewStore::participantsJson(review.participants),
                     review.kpiSummary, review.notes, Improvement::key(review.outcome),
                     Sql::idOrNull(review.amendmentId), mUser, Records::nowUtc()}),
        u"review"_s,
        [&] { return Accordo::ReviewStore::tr("review of agreement %1").arg(review.agreementId); },
        [&](qint64) { return ReviewStore::auditSnapshot(review, mUser); });
}

Result<qint64> DemoFollowUpWriter::insert(const ImprovementAction &action)
{
    if (auto allowed = allow(Kind::Action); !allowed)
        return allowed.error();
    const QString now = Records::nowUtc();
    return audited(
        mAction.run({action.agreementId, action.title.trimmed(), action.source,
                     Sql::idOrNull(action.targetId), action.period, action.finding,
                     Sql::idOrNull(action.reviewId), action.ownerId,
                     action.dueDate.toString(Qt::ISODate), Improvement::key(action.state),
                     action.reason, action.notes, now, now}),
        u"action"_s,
        [&] { return Accordo::ActionStore::tr("action \"%1\"").arg(action.title.trimmed()); },
        [&](qint64) { return ActionStore::auditSnapshot(action); });
}

Result<qint64> DemoFollowUpWriter::insert(const Alert &alert)
{
    if (auto allowed = allow(Kind::Alert); !allowed)
        return allowed.error();
    return audited(
        mAlert.run({alert.userName, AlertStore::eventKey(alert.event), alert.eventKey,
                    alert.agreementId, alert.subject, alert.raisedAt}),
        u"alert"_s, [&] { return Accordo::AlertStore::tr("the alert \"%1\"").arg(alert.eventKey); },
        [&](qint64 id) {
            Alert stored = alert;
            stored.id = id;
            return AlertStore::auditSnapshot(stored);
        });
}

} // namespace Accordo
