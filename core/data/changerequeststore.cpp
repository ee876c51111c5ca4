#include "changerequeststore.h"
#include "domain/enumnames.h"

#include "audit/auditsnapshot.h"
#include "data/auditedwrite.h"
#include "data/records.h"
#include "domain/enums.h"
#include "storage/dialect.h"
#include "storage/rowfields.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr EnumName<ChangeRequestStatus> Statuses[] = {
    {ChangeRequestStatus::Submitted, "submitted",
     QT_TRANSLATE_NOOP("Accordo::ChangeRequestStore", "Submitted")},
    {ChangeRequestStatus::Assessed, "assessed",
     QT_TRANSLATE_NOOP("Accordo::ChangeRequestStore", "Assessed")},
    {ChangeRequestStatus::Accepted, "accepted",
     QT_TRANSLATE_NOOP("Accordo::ChangeRequestStore", "Accepted")},
    {ChangeRequestStatus::Rejected, "rejected",
     QT_TRANSLATE_NOOP("Accordo::ChangeRequestStore", "Rejected")},
};

constexpr EnumName<ChangeRequestOrigin> Origins[] = {
    {ChangeRequestOrigin::Customer, "customer",
     QT_TRANSLATE_NOOP("Accordo::ChangeRequestStore", "Customer")},
    {ChangeRequestOrigin::Internal, "internal",
     QT_TRANSLATE_NOOP("Accordo::ChangeRequestStore", "Internal")},
};

const QString RequestColumns = uR"(
    SELECT r.id, r.agreement_id, r.origin, r.requested_by, r.requested_on, r.description,
           r.proposed_targets, r.status, r.submitted_by, r.feasibility, r.price_effect_minor,
           r.backtest, r.assessed_by, r.decided_by, r.decided_on, r.reason, r.amendment_id
    FROM change_requests r )"_s;
const QString SelectRequest = RequestColumns + u"WHERE r.id = ?"_s;

const QString ListingColumns = uR"(
    SELECT r.id, r.agreement_id, r.origin, r.requested_by, r.requested_on, r.description,
           r.proposed_targets, r.status, r.submitted_by, r.feasibility, r.price_effect_minor,
           r.backtest, r.assessed_by, r.decided_by, r.decided_on, r.reason, r.amendment_id,
           a.number, a.version, a.title, a.currency, p.name AS customer
    FROM change_requests r JOIN agreements a ON a.id = r.agreement_id
    JOIN parties p ON p.id = a.party_id )"_s;
const QString SelectRegister = ListingColumns + u"ORDER BY r.requested_on DESC, r.id DESC"_s;
const QString SelectOfNumber = ListingColumns
                               + u"WHERE a.number = ? ORDER BY r.requested_on DESC, r.id DESC"_s;
const QString SelectWaiting = ListingColumns
                              + u"WHERE r.status IN ('submitted', 'assessed') ORDER BY r.id"_s;

const QString InsertRequest = uR"(
    INSERT INTO change_requests (agreement_id, origin, requested_by, requested_on, description,
        proposed_targets, status, submitted_by, feasibility, price_effect_minor, backtest,
        assessed_by, decided_by, decided_on, reason, amendment_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s;
const QString UpdateRequest = uR"(
    UPDATE change_requests SET status = ?, feasibility = ?, price_effect_minor = ?, backtest = ?,
        assessed_by = ?, decided_by = ?, decided_on = ?, reason = ?, amendment_id = ?
    WHERE id = ?)"_s;

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString(u""_s);
}

ChangeRequest readRequest(const Sql::Rows &row)
{
    ChangeRequest r;
    Sql::readFields(row, r, "id", &ChangeRequest::id, "agreement_id", &ChangeRequest::agreementId,
                    "requested_by", &ChangeRequest::requestedBy, "description",
                    &ChangeRequest::description, "submitted_by", &ChangeRequest::submittedBy,
                    "feasibility", &ChangeRequest::feasibility, "price_effect_minor",
                    &ChangeRequest::priceEffectMinor, "assessed_by", &ChangeRequest::assessedBy,
                    "decided_by", &ChangeRequest::decidedBy, "reason", &ChangeRequest::reason,
                    "amendment_id", &ChangeRequest::amendmentId, "requested_on",
                    &ChangeRequest::requestedOn, "decided_on", &ChangeRequest::decidedOn);
    r.origin = ChangeRequestStore::originFromKey(row.text("origin"))
                   .value_or(ChangeRequestOrigin::Customer);
    r.status = ChangeRequestStore::statusFromKey(row.text("status"))
                   .value_or(ChangeRequestStatus::Submitted);
    const QJsonArray figures = QJsonDocument::fromJson(row.text("backtest").toUtf8()).array();
    for (const QJsonValue &value : figures) {
        const QJsonObject f = value.toObject();
        r.backtest.append({f.value(u"target"_s).toString(),
                           f.value(u"tickets"_s).toString().toLongLong(),
                           f.value(u"met"_s).toString().toLongLong(),
                           f.value(u"breached"_s).toString().toLongLong(),
                           f.value(u"goal_milli"_s).toString().toLongLong()});
    }
    return r;
}

// The stored row's own text: the targets are read separately, so that a damaged list is an
// error rather than a request without targets.
Result<ChangeRequest> withTargets(ChangeRequest request, const QString &json)
{
    auto targets = ChangeRequestStore::targetsFrom(json, request.id);
    if (!targets)
        return targets.error();
    request.proposedTargets = *targets;
    return request;
}

} // namespace

QString ChangeRequestStore::statusKey(ChangeRequestStatus status)
{
    return EnumNames::key(Statuses, status);
}

std::optional<ChangeRequestStatus> ChangeRequestStore::statusFromKey(const QString &key)
{
    return EnumNames::fromKey(Statuses, key);
}

QString ChangeRequestStore::statusName(ChangeRequestStatus status)
{
    return tr(EnumNames::name(Statuses, status));
}

QString ChangeRequestStore::originKey(ChangeRequestOrigin origin)
{
    return EnumNames::key(Origins, origin);
}

std::optional<ChangeRequestOrigin> ChangeRequestStore::originFromKey(const QString &key)
{
    return EnumNames::fromKey(Origins, key);
}

QString ChangeRequestStore::originName(ChangeRequestOrigin origin)
{
    return tr(EnumNames::name(Origins, origin));
}

QJsonArray ChangeRequestStore::targetsJson(const QList<Target> &targets)
{
    // A proposal is terms asked for, not a level of the catalogue applied: it carries no
    // offering's mark (and reads back the same, whichever way it was made).
    QJsonArray array;
    for (Target t : targets) {
        t.offeringId = 0;
        array.append(AuditSnapshot::of(t));
    }
    return array;
}

Result<QList<Target>> ChangeRequestStore::targetsFrom(const QString &json, qint64 requestId)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isArray())
        return Error{tr("change request %1: the proposed targets are not a list (%2)")
                         .arg(requestId)
                         .arg(parseError.errorString())};
    QList<Target> targets;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        auto t = AuditSnapshot::targetFrom(o);
        if (!t)
            return Error{
                tr("change request %1, proposed target %2: unknown metric \"%3\" or "
                   "period \"%4\"")
                    .arg(requestId)
                    .arg(i + 1)
                    .arg(o.value(u"metric"_s).toString(), o.value(u"period"_s).toString())};
        // A proposal carries no offering's mark, whatever the text holds.
        t->offeringId = 0;
        targets.append(*t);
    }
    return targets;
}

QJsonArray ChangeRequestStore::backtestJson(const QList<BacktestFigure> &figures)
{
    QJsonArray array;
    for (const BacktestFigure &f : figures)
        array.append(QJsonObject{{u"target"_s, f.target},
                                 {u"tickets"_s, QString::number(f.tickets)},
                                 {u"met"_s, QString::number(f.met)},
                                 {u"breached"_s, QString::number(f.breached)},
                                 {u"goal_milli"_s, QString::number(f.goalMilli)}});
    return array;
}

QJsonObject ChangeRequestStore::snapshot(const ChangeRequest &r)
{
    return {{u"agreement_id"_s, QString::number(r.agreementId)},
            {u"origin"_s, originKey(r.origin)},
            {u"requested_by"_s, r.requestedBy},
            {u"requested_on"_s, dateText(r.requestedOn)},
            {u"description"_s, r.description},
            {u"proposed_targets"_s, compact(targetsJson(r.proposedTargets))},
            {u"status"_s, statusKey(r.status)},
            {u"submitted_by"_s, r.submittedBy},
            {u"feasibility"_s, r.feasibility},
            {u"price_effect_minor"_s, QString::number(r.priceEffectMinor)},
            {u"backtest"_s, r.backtest.isEmpty() ? u""_s : compact(backtestJson(r.backtest))},
            {u"assessed_by"_s, r.assessedBy},
            {u"decided_by"_s, r.decidedBy},
            {u"decided_on"_s, dateText(r.decidedOn)},
            {u"reason"_s, r.reason},
            {u"amendment_id"_s, QString::number(r.amendmentId)}};
}

Result<ChangeRequest> ChangeRequestStore::request(qint64 id) const
{
    auto rows = Sql::select(mDb, SelectRequest, {id});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error{tr("there is no change request %1").arg(id)};
    return withTargets(readRequest(*rows), rows->text("proposed_targets"));
}

Result<ChangeRequest> ChangeRequestStore::requestForUpdate(qint64 id) const
{
    auto rows = Sql::select(mDb, SelectRequest + Dialect::forUpdate(mDb), {id});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error{tr("there is no change request %1").arg(id)};
    return withTargets(readRequest(*rows), rows->text("proposed_targets"));
}

Result<QList<ChangeRequestListing>> ChangeRequestStore::listing(const QString &sql,
                                                                const QVariantList &values) const
{
    auto rows = Sql::select(mDb, sql, values);
    if (!rows)
        return rows.error();
    QList<ChangeRequestListing> out;
    while (rows->next()) {
        auto request = withTargets(readRequest(*rows), rows->text("proposed_targets"));
        if (!request)
            return request.error();
        out.append({*request, rows->text("number"), rows->number("version"), rows->text("title"),
                    rows->text("customer"), rows->text("currency")});
    }
    return out;
}

Result<QList<ChangeRequestListing>> ChangeRequestStore::list(const QString &agreementNumber) const
{
    if (agreementNumber.isEmpty())
        return listing(SelectRegister, {});
    return listing(SelectOfNumber, {agreementNumber});
}

Result<QList<ChangeRequestListing>> ChangeRequestStore::waiting() const
{
    return listing(SelectWaiting, {});
}

Result<AuditEntry> ChangeRequestStore::insert(const ChangeRequest &r) const
{
    const QString what = tr("the change request");
    auto id = Records::insert(
        mDb, InsertRequest,
        {r.agreementId, originKey(r.origin), r.requestedBy.trimmed(), dateText(r.requestedOn),
         r.description.trimmed(), compact(targetsJson(r.proposedTargets)), statusKey(r.status),
         r.submittedBy, r.feasibility, r.priceEffectMinor,
         r.backtest.isEmpty() ? u""_s : compact(backtestJson(r.backtest)), r.assessedBy,
         r.decidedBy, dateText(r.decidedOn), r.reason, r.amendmentId},
        what);
    if (!id)
        return id.error();
    ChangeRequest stored = r;
    stored.requestedBy = r.requestedBy.trimmed();
    stored.description = r.description.trimmed();
    return Records::inserted(u"change_request"_s, *id, snapshot(stored));
}

Result<AuditEntry> ChangeRequestStore::update(const ChangeRequest &before,
                                              const ChangeRequest &after) const
{
    if (auto r = Records::write(
            mDb, UpdateRequest,
            {statusKey(after.status), after.feasibility, after.priceEffectMinor,
             after.backtest.isEmpty() ? u""_s : compact(backtestJson(after.backtest)),
             after.assessedBy, after.decidedBy, dateText(after.decidedOn), after.reason,
             after.amendmentId, after.id},
            tr("change request %1").arg(after.id));
        !r)
        return r.error();
    return Records::updated(u"change_request"_s, after.id, snapshot(before), snapshot(after));
}

} // namespace Accordo
