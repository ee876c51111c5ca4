#include "demofollowupwriter.h"

#include "data/actionstore.h"
#include "data/editroles.h"
#include "data/records.h"
#include "data/recordsql.h"
#include "data/reviewstore.h"
#include "data/workspace.h"
#include "domain/improvement.h"
#include "storage/sqlquery.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Accordo {

DemoFollowUpWriter::DemoFollowUpWriter(Workspace &workspace)
    : mWorkspace(workspace), mAudit(workspace.connection())
{}

Result<void> DemoFollowUpWriter::begin()
{
    if (auto allowed = mWorkspace.requireRole(EditRoles::reviews(), tr("Demo reviews and owners"));
        !allowed)
        return allowed;
    if (auto allowed = mWorkspace.requireRole(EditRoles::raiseActions(), tr("Demo actions"));
        !allowed)
        return allowed;
    mUser = mWorkspace.actingUser();
    const QSqlDatabase db = mWorkspace.connection();
    const std::pair<QSqlQuery *, const QString *> statements[] = {
        {&mOwner, &RecordSql::InsertOwner},
        {&mReview, &RecordSql::InsertReview},
        {&mAction, &RecordSql::InsertAction},
    };
    for (const auto &[query, sql] : statements) {
        *query = QSqlQuery(db);
        if (!query->prepare(*sql))
            return Error{query->lastError().text()};
    }
    return mAudit.begin();
}

Result<void> DemoFollowUpWriter::finish()
{
    for (QSqlQuery *query : {&mOwner, &mReview, &mAction})
        query->finish();
    return mAudit.finish();
}

Result<void> DemoFollowUpWriter::setOwner(const QString &number, qint64 userId)
{
    auto id = Sql::rerunReturning(mOwner, {number, userId});
    if (!id)
        return Records::describe(id.error(), AgreementOwners::tr("owner of %1").arg(number));
    if (auto seq = mAudit.append(mUser, u"agreement_owner"_s, *id, u"insert"_s, QJsonValue(),
                                 AgreementOwners::auditSnapshot(number, userId));
        !seq)
        return seq.error();
    return {};
}

Result<qint64> DemoFollowUpWriter::record(const ServiceReview &review)
{
    if (review.outcome == ReviewOutcome::AmendmentNeeded)
        return Error{
            tr("review of agreement %1: the bulk path opens no amendment").arg(review.agreementId)};
    auto id = Sql::rerunReturning(
        mReview, {review.agreementId, review.heldOn.toString(Qt::ISODate), review.periods.trimmed(),
                  ReviewStore::participantsJson(review.participants), review.kpiSummary,
                  review.notes, Improvement::key(review.outcome), Sql::idOrNull(review.amendmentId),
                  mUser, Records::nowUtc()});
    if (!id)
        return Records::describe(id.error(),
                                 ReviewStore::tr("review of agreement %1").arg(review.agreementId));
    if (auto seq = mAudit.append(mUser, u"review"_s, *id, u"insert"_s, QJsonValue(),
                                 ReviewStore::auditSnapshot(review, mUser));
        !seq)
        return seq.error();
    return id;
}

Result<qint64> DemoFollowUpWriter::insert(const ImprovementAction &action)
{
    const QString now = Records::nowUtc();
    auto id = Sql::rerunReturning(
        mAction,
        {action.agreementId, action.title.trimmed(), action.source, Sql::idOrNull(action.targetId),
         action.period, action.finding, Sql::idOrNull(action.reviewId), action.ownerId,
         action.dueDate.toString(Qt::ISODate), Improvement::key(action.state), action.reason,
         action.notes, now, now});
    if (!id)
        return Records::describe(id.error(),
                                 ActionStore::tr("action \"%1\"").arg(action.title.trimmed()));
    if (auto seq = mAudit.append(mUser, u"action"_s, *id, u"insert"_s, QJsonValue(),
                                 ActionStore::auditSnapshot(action));
        !seq)
        return seq.error();
    return id;
}

} // namespace Accordo
