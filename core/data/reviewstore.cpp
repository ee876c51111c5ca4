#include "reviewstore.h"

#include "calendar/isotime.h"
#include "data/auditedwrite.h"
#include "data/editroles.h"
#include "data/records.h"
#include "data/recordsql.h"
#include "data/workspace.h"
#include "kpi/kpiengine.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/rowfields.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QList<Role> ReviewRoles = EditRoles::reviews();
const QList<Role> OwnerRoles = EditRoles::reviews();

const QString ReviewColumns = uR"(
    SELECT r.id, r.agreement_id, a.number, r.held_on, r.periods, r.participants, r.kpi_summary,
           r.notes, r.outcome, coalesce(r.amendment_id, 0) AS amendment_id, r.recorded_by
    FROM reviews r JOIN agreements a ON a.id = r.agreement_id )"_s;
const QString SelectReview = ReviewColumns + u"WHERE r.id = ?"_s;
const QString SelectReviews =
    ReviewColumns + u"WHERE ? = '' OR a.number = ? ORDER BY r.held_on DESC, r.id DESC"_s;
const QString SelectAgreementStatus = u"SELECT number, status FROM agreements WHERE id = ?"_s;

const QString SelectOwner = uR"(
    SELECT o.id, u.name FROM agreement_owners o JOIN users u ON u.id = o.user_id
    WHERE o.number = ?)"_s;
const QString SelectOwners = uR"(
    SELECT o.number, u.name FROM agreement_owners o JOIN users u ON u.id = o.user_id)"_s;
const QString SelectOwnerRow = u"SELECT id, user_id FROM agreement_owners WHERE number = ?"_s;
const QString UpdateOwner = u"UPDATE agreement_owners SET user_id = ? WHERE id = ?"_s;
const QString SelectActiveUser = u"SELECT id FROM users WHERE name = ? AND active = 1"_s;
using RecordSql::InsertOwner;
using RecordSql::InsertReview;

const QString NumberExists = u"SELECT count(*) AS n FROM agreements WHERE number = ?"_s;

QList<ReviewParticipant> participantsOf(const QString &json)
{
    QList<ReviewParticipant> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append({v[u"side"_s].toString(), v[u"name"_s].toString()});
    return out;
}

ServiceReview readReview(const Sql::Rows &r)
{
    ServiceReview v;
    Sql::readFields(r, v, "id", &ServiceReview::id, "agreement_id", &ServiceReview::agreementId,
                    "number", &ServiceReview::number, "held_on", &ServiceReview::heldOn, "periods",
                    &ServiceReview::periods, "kpi_summary", &ServiceReview::kpiSummary, "notes",
                    &ServiceReview::notes, "amendment_id", &ServiceReview::amendmentId,
                    "recorded_by", &ServiceReview::recordedBy);
    v.participants = participantsOf(r.text("participants"));
    v.outcome = Improvement::outcomeFromKey(r.text("outcome")).value_or(ReviewOutcome::NoChange);
    return v;
}

} // namespace

QString ReviewStore::participantsJson(const QList<ReviewParticipant> &participants)
{
    QJsonArray array;
    for (const ReviewParticipant &p : participants)
        array.append(QJsonObject{{u"side"_s, p.side}, {u"name"_s, p.name.trimmed()}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject ReviewStore::auditSnapshot(const ServiceReview &v, const QString &recordedBy)
{
    return QJsonObject{{u"agreement_id"_s, v.agreementId},
                       {u"held_on"_s, v.heldOn.toString(Qt::ISODate)},
                       {u"periods"_s, v.periods.trimmed()},
                       {u"participants"_s, participantsJson(v.participants)},
                       {u"kpi_summary"_s, v.kpiSummary},
                       {u"notes"_s, v.notes},
                       {u"outcome"_s, Improvement::key(v.outcome)},
                       {u"amendment_id"_s, v.amendmentId},
                       {u"recorded_by"_s, recordedBy}};
}

QJsonObject AgreementOwners::auditSnapshot(const QString &number, qint64 userId)
{
    return QJsonObject{{u"number"_s, number}, {u"user_id"_s, userId}};
}

Result<void> ReviewStore::validate(const ServiceReview &v) const
{
    auto agreement = Sql::one(
        mWorkspace.connection(), SelectAgreementStatus, {v.agreementId},
        [](const Sql::Rows &r) {
            return std::pair{r.text("number"), r.text("status")};
        },
        tr("review: there is no agreement with id %1").arg(v.agreementId));
    if (!agreement)
        return agreement.error();
    const QString what = tr("review of %1").arg(agreement->first);
    if (agreement->second != u"active"_s)
        return Error{tr("%1: only the active version of an agreement is reviewed; this one is "
                        "%2")
                         .arg(what, agreement->second)};
    if (!v.heldOn.isValid())
        return Error{tr("%1, field date: the review needs the date it was held").arg(what)};
    if (v.heldOn.year() < IsoTime::FirstSupportedYear
        || v.heldOn.year() > IsoTime::LastSupportedYear)
        return Error{tr("%1, field date: %2 is outside the years %3 to %4")
                         .arg(what, v.heldOn.toString(Qt::ISODate))
                         .arg(IsoTime::FirstSupportedYear)
                         .arg(IsoTime::LastSupportedYear)};
    if (!Improvement::periodMonths(v.periods))
        return Error{tr("%1, field periods: \"%2\" is not a quarter (2026-Q3), a month (2026-09) "
                        "or a year (2026)")
                         .arg(what, v.periods)};
    bool provider = false, customer = false;
    for (const ReviewParticipant &p : v.participants) {
        if (p.name.trimmed().isEmpty())
            return Error{tr("%1, field participants: a participant without a name").arg(what)};
        if (p.side == u"provider"_s)
            provider = true;
        else if (p.side == u"customer"_s)
            customer = true;
        else
            return Error{tr("%1, field participants: \"%2\" is on the side \"%3\", which is "
                            "neither provider nor customer")
                             .arg(what, p.name, p.side)};
    }
    if (!provider || !customer)
        return Error{tr("%1, field participants: a review needs someone from the provider "
                        "and someone from the customer")
                         .arg(what)};
    return {};
}

Result<qint64> ReviewStore::record(const ServiceReview &review, bool openAmendment)
{
    if (auto valid = validate(review); !valid)
        return valid.error();
    const QString what = tr("review of agreement %1").arg(review.agreementId);
    return AuditedWrite::runOne(mWorkspace, ReviewRoles, what, [&]() -> Result<AuditEntry> {
        ServiceReview stored = review;
        if (openAmendment && review.outcome == ReviewOutcome::AmendmentNeeded) {
            // The amendment is a workflow step of its own, audited as such, inside this
            // transaction: the review and its amendment are recorded together or not at all.
            TransitionRequest amend;
            amend.transition = Transition::Amend;
            amend.reason =
                tr("agreed at the review of %1").arg(review.heldOn.toString(Qt::ISODate));
            auto amendment = AgreementWorkflow(mWorkspace)
                                 .transition(review.agreementId, amend, mWorkspace.actingUser());
            if (!amendment)
                return amendment.error();
            stored.amendmentId = *amendment;
        }
        const QString recordedBy = mWorkspace.actingUser();
        auto id = Records::insert(
            mWorkspace.connection(), InsertReview,
            {stored.agreementId, stored.heldOn.toString(Qt::ISODate), stored.periods.trimmed(),
             participantsJson(stored.participants), stored.kpiSummary, stored.notes,
             Improvement::key(stored.outcome), Sql::idOrNull(stored.amendmentId), recordedBy,
             Records::nowUtc()},
            what);
        if (!id)
            return id.error();
        return Records::inserted(u"review"_s, *id, auditSnapshot(stored, recordedBy));
    });
}

Result<ServiceReview> ReviewStore::review(qint64 id) const
{
    return Sql::one(mWorkspace.connection(), SelectReview, {id}, readReview,
                    tr("there is no review with id %1").arg(id));
}

Result<QList<ServiceReview>> ReviewStore::reviews(const QString &number) const
{
    const QString key = number.isEmpty() ? u""_s : number;
    return Sql::list(mWorkspace.connection(), SelectReviews, {key, key}, readReview);
}

Result<QString> ReviewStore::kpiSummary(QSqlDatabase db, const QString &number,
                                        const QString &periods)
{
    const auto months = Improvement::periodMonths(periods);
    if (!months)
        return Error{tr("\"%1\" is not a quarter (2026-Q3), a month (2026-09) or a year (2026)")
                         .arg(periods)};
    KpiFilter filter;
    filter.agreementNumber = number;
    filter.fromMonth = months->first;
    filter.toMonth = months->second;
    auto rows = KpiEngine::rows(db, filter);
    if (!rows)
        return rows.error();
    return kpiSummaryOf(*rows);
}

QString ReviewStore::kpiSummaryOf(const QList<KpiRow> &rows)
{
    QJsonArray array;
    for (const KpiRow &k : rows) {
        QJsonObject o{{u"target"_s, k.target},        {u"target_id"_s, k.targetId},
                      {u"period"_s, k.period},        {u"status"_s, k.status},
                      {u"goal_milli"_s, k.goalMilli}, {u"tickets"_s, k.tickets},
                      {u"breached"_s, k.breached}};
        if (k.achievedMilli)
            o.insert(u"achieved_milli"_s, *k.achievedMilli);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<void> AgreementOwners::set(const QString &number, const QString &userName)
{
    const QString what = tr("owner of %1").arg(number);
    auto exists = Sql::scalar(mWorkspace.connection(), NumberExists, {number});
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return Error{tr("%1: there is no agreement %2").arg(what, number)};
    auto user = Sql::scalar(mWorkspace.connection(), SelectActiveUser, {userName});
    if (!user)
        return user.error();
    if (!user->isValid())
        return Error{tr("%1: \"%2\" is not an active user of the workspace").arg(what, userName)};
    const qint64 userId = user->toLongLong();
    return Records::done(
        AuditedWrite::runOne(mWorkspace, OwnerRoles, what, [&]() -> Result<AuditEntry> {
            auto row = Sql::select(mWorkspace.connection(), SelectOwnerRow, {number});
            if (!row)
                return row.error();
            const QJsonObject after = auditSnapshot(number, userId);
            if (row->next()) {
                const qint64 id = row->integer("id");
                const QJsonObject before = auditSnapshot(number, row->integer("user_id"));
                row->query().finish();
                if (auto r = Records::write(mWorkspace.connection(), UpdateOwner, {userId, id},
                                            what);
                    !r)
                    return r.error();
                return Records::updated(u"agreement_owner"_s, id, before, after);
            }
            auto id = Records::insert(mWorkspace.connection(), InsertOwner, {number, userId}, what);
            if (!id)
                return id.error();
            return Records::inserted(u"agreement_owner"_s, *id, after);
        }));
}

Result<QString> AgreementOwners::ownerOf(const QString &number) const
{
    auto rows = Sql::select(mWorkspace.connection(), SelectOwner, {number});
    if (!rows)
        return rows.error();
    return rows->next() ? rows->text("name") : QString();
}

Result<QHash<QString, QString>> AgreementOwners::owners() const
{
    return Sql::keyed(mWorkspace.connection(), SelectOwners, {}, [](const Sql::Rows &row) {
        return std::pair{row.text("number"), row.text("name")};
    });
}

} // namespace Accordo
