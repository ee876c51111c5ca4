#include "agreementworkflow.h"

#include "audit/auditlog.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "domain/reviewschedule.h"
#include "lifecycle/versiondiff.h"
#include "storage/dialect.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

Result<QSqlQuery> run(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return Error{query.lastError().text()};
    for (const QVariant &value : values) {
        // An empty text is text, not SQL NULL (a null QString would bind as NULL).
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(u""_s);
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return Error{query.lastError().text()};
    return query;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString label(const Agreement &a)
{
    return AgreementWorkflow::tr("%1 version %2").arg(a.number).arg(a.version);
}

// The workflow writes terms through the Workspace, which checks and records its own acting user.
class ActingUser
{
public:
    ActingUser(Workspace &workspace, const QString &name)
        : mWorkspace(workspace), mPrevious(workspace.actingUser())
    {
        mWorkspace.setActingUser(name);
    }
    ~ActingUser() { mWorkspace.setActingUser(mPrevious); }

private:
    Workspace &mWorkspace;
    QString mPrevious;
};

Result<void> writeCharter(QSqlDatabase db, qint64 id, const Charter &charter)
{
    if (auto r = run(db,
                     u"INSERT INTO agreement_charters (agreement_id, needs) VALUES (?, ?) "
                     "ON CONFLICT (agreement_id) DO UPDATE SET needs = excluded.needs"_s,
                     {id, charter.needs});
        !r)
        return r.error();
    if (auto r = run(db, u"DELETE FROM agreement_items WHERE agreement_id = ?"_s, {id}); !r)
        return r.error();
    const std::pair<QString, const QStringList *> lists[] = {
        {u"requirement"_s, &charter.requirements},
        {u"delivery_option"_s, &charter.deliveryOptions}};
    for (const auto &[kind, items] : lists) {
        for (int position = 0; position < items->size(); ++position) {
            if (auto r = run(db,
                             u"INSERT INTO agreement_items (agreement_id, kind, position, text) "
                             "VALUES (?, ?, ?, ?)"_s,
                             {id, kind, position, items->at(position)});
                !r)
                return r.error();
        }
    }
    return {};
}

Result<void> writeApprovers(QSqlDatabase db, qint64 id, const QList<RequiredApprover> &approvers)
{
    if (auto r = run(db, u"DELETE FROM agreement_approvers WHERE agreement_id = ?"_s, {id}); !r)
        return r.error();
    for (int position = 0; position < approvers.size(); ++position) {
        const RequiredApprover &a = approvers.at(position);
        if (auto r = run(
                db,
                u"INSERT INTO agreement_approvers (agreement_id, position, side, "
                "title, user_name) VALUES (?, ?, ?, ?, ?)"_s,
                {id, position, AgreementWorkflow::sideKey(a.side), a.title.trimmed(), a.userName});
            !r)
            return r.error();
    }
    return {};
}

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
        list.append(QJsonObject{{u"side"_s, AgreementWorkflow::sideKey(a.side)},
                                {u"title"_s, a.title},
                                {u"user"_s, a.userName}});
    return list;
}

} // namespace

AgreementWorkflow::AgreementWorkflow(Workspace &workspace)
    : mWorkspace(workspace), mDb(workspace.connection())
{}

QDate AgreementWorkflow::today() const
{
    return mToday.isValid() ? mToday : QDate::currentDate();
}

QString AgreementWorkflow::sideKey(Side side)
{
    return side == Side::Provider ? u"provider"_s : u"counterparty"_s;
}

std::optional<Side> AgreementWorkflow::sideFromKey(const QString &key)
{
    if (key == u"provider"_s)
        return Side::Provider;
    if (key == u"counterparty"_s)
        return Side::Counterparty;
    return std::nullopt;
}

QStringList AgreementWorkflow::signingMethods()
{
    return {u"handwritten"_s, u"electronic"_s, u"qualified_electronic"_s};
}

QDate AgreementWorkflow::nextReview(const Agreement &a, const QDate &asOf)
{
    return ReviewSchedule::firstOnOrAfter(a.startDate, a.reviewMonths, asOf, a.endDate);
}

Result<AgreementLifecycle> AgreementWorkflow::lifecycle(qint64 id) const
{
    auto row = run(mDb,
                   u"SELECT status, coalesce(supersedes_id, 0), "
                   "coalesce(superseded_by_id, 0), terminated_on, termination_reason "
                   "FROM agreements WHERE id = ?"_s,
                   {id});
    if (!row)
        return row.error();
    if (!row->next())
        return Error{tr("there is no agreement with id %1").arg(id)};
    AgreementLifecycle lc;
    lc.agreementId = id;
    lc.status =
        Enums::fromKey<AgreementStatus>(row->value(0).toString()).value_or(AgreementStatus::Draft);
    lc.supersedesId = row->value(1).toLongLong();
    lc.supersededById = row->value(2).toLongLong();
    lc.terminatedOn = QDate::fromString(row->value(3).toString(), Qt::ISODate);
    lc.terminationReason = row->value(4).toString();

    if (auto q = run(mDb, u"SELECT needs FROM agreement_charters WHERE agreement_id = ?"_s, {id});
        q && q->next())
        lc.charter.needs = q->value(0).toString();
    if (auto q = run(mDb,
                     u"SELECT kind, text FROM agreement_items WHERE agreement_id = ? "
                     "ORDER BY kind, position"_s,
                     {id})) {
        while (q->next()) {
            (q->value(0).toString() == u"requirement"_s ? lc.charter.requirements
                                                        : lc.charter.deliveryOptions)
                .append(q->value(1).toString());
        }
    }
    if (auto q = run(mDb,
                     u"SELECT id, side, title, user_name FROM agreement_approvers "
                     "WHERE agreement_id = ? ORDER BY position"_s,
                     {id})) {
        while (q->next()) {
            lc.approvers.append({q->value(0).toLongLong(),
                                 sideFromKey(q->value(1).toString()).value_or(Side::Provider),
                                 q->value(2).toString(), q->value(3).toString()});
        }
    }
    if (auto q = run(mDb,
                     u"SELECT count(*) FROM agreement_transitions WHERE agreement_id = ? "
                     "AND transition = ?"_s,
                     {id, Transitions::key(Transition::RequestApproval)});
        q && q->next())
        lc.round = q->value(0).toInt();
    if (auto q = run(mDb,
                     u"SELECT coalesce(approver_id, 0), round, user_name, decision, reason, "
                     "decided_at FROM approvals WHERE agreement_id = ? AND round = ? "
                     "ORDER BY id"_s,
                     {id, lc.round})) {
        while (q->next()) {
            lc.decisions.append({q->value(0).toLongLong(), q->value(1).toInt(),
                                 q->value(2).toString(), q->value(3).toString() == u"approved"_s,
                                 q->value(4).toString(), q->value(5).toString()});
        }
    }
    if (auto q = run(mDb,
                     u"SELECT signed_on, method, registered_number, recorded_by "
                     "FROM signings WHERE agreement_id = ?"_s,
                     {id});
        q && q->next()) {
        Signing signing;
        signing.signedOn = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        signing.method = q->value(1).toString();
        signing.registeredNumber = q->value(2).toString();
        signing.recordedBy = q->value(3).toString();
        if (auto s = run(mDb,
                         u"SELECT side, name, title FROM signatories WHERE agreement_id = ? "
                         "ORDER BY position"_s,
                         {id})) {
            while (s->next()) {
                signing.signatories.append(
                    {sideFromKey(s->value(0).toString()).value_or(Side::Provider),
                     s->value(1).toString(), s->value(2).toString()});
            }
        }
        lc.signing = signing;
    }
    if (auto q = run(mDb,
                     u"SELECT user_name FROM agreement_editors WHERE agreement_id = ? "
                     "ORDER BY user_name"_s,
                     {id})) {
        while (q->next())
            lc.editors.append(q->value(0).toString());
    }
    if (auto q = run(mDb,
                     u"SELECT transition, from_status, to_status, user_name, at, reason "
                     "FROM agreement_transitions WHERE agreement_id = ? ORDER BY id"_s,
                     {id})) {
        while (q->next()) {
            lc.transitions.append({q->value(0).toString(),
                                   Enums::fromKey<AgreementStatus>(q->value(1).toString())
                                       .value_or(AgreementStatus::Draft),
                                   Enums::fromKey<AgreementStatus>(q->value(2).toString())
                                       .value_or(AgreementStatus::Draft),
                                   q->value(3).toString(), q->value(4).toString(),
                                   q->value(5).toString()});
        }
    }
    if (auto a = mWorkspace.agreement(id)) {
        if (lc.status == AgreementStatus::Active)
            lc.nextReview = nextReview(*a, today());
        if (a->endDate.isValid())
            lc.noticeDeadline = a->endDate.addDays(-a->noticeDays);
    }
    return lc;
}

bool AgreementWorkflow::hasEdited(const QString &number, const QString &userName) const
{
    // Any version counts: whoever shaped an earlier version shaped the agreement.
    auto q = run(mDb,
                 u"SELECT count(*) FROM agreement_editors e "
                 "JOIN agreements a ON a.id = e.agreement_id "
                 "WHERE a.number = ? AND e.user_name = ?"_s,
                 {number, userName});
    return q && q->next() && q->value(0).toInt() > 0;
}

std::optional<qint64> AgreementWorkflow::openApproverSlot(const AgreementLifecycle &lc,
                                                          const QString &userName) const
{
    QSet<qint64> decided;
    for (const ApprovalDecision &d : lc.decisions) {
        if (d.userName == userName)
            return std::nullopt; // one person, one voice per round
        decided.insert(d.approverId);
    }
    std::optional<qint64> anyone;
    for (const RequiredApprover &a : lc.approvers) {
        if (decided.contains(a.id))
            continue;
        if (a.userName == userName)
            return a.id;
        if (a.userName.isEmpty() && !anyone)
            anyone = a.id;
    }
    return anyone;
}

TransitionOption AgreementWorkflow::guard(const Agreement &a, const AgreementLifecycle &lc,
                                          Transition transition, const QString &userName) const
{
    TransitionOption option{transition, false, {}};
    const QString step = Transitions::displayName(transition);
    auto refuse = [&](const QString &why) {
        option.refusal = tr("%1: cannot %2: %3").arg(label(a), step.toLower(), why);
        return option;
    };
    const AgreementStatus from = Transitions::from(transition);
    if (a.status != from) {
        if (lc.supersededById > 0)
            return refuse(tr("this version was superseded by a newer signed version"));
        return refuse(
            tr("the agreement is in %1, and this step starts from %2")
                .arg(Enums::displayName(a.status).toLower(), Enums::displayName(from).toLower()));
    }

    const Role role = Transitions::requiredRole(transition);
    if (userName == UserDirectory::systemUserName()) {
        if (transition != Transition::Expire)
            return refuse(tr("only a user of the workspace can take this step"));
    } else {
        auto user = UserDirectory(mDb).user(userName);
        if (!user)
            return refuse(user.errorString());
        if (!user->active)
            return refuse(tr("the user %1 is deactivated").arg(userName));
        if (!user->has(role))
            return refuse(tr("it needs the %1 role, which %2 does not have")
                              .arg(Roles::displayName(role), userName));
    }

    switch (transition) {
    case Transition::Submit:
        if (lc.charter.needs.trimmed().isEmpty() && lc.charter.requirements.isEmpty())
            return refuse(tr("the requirements charter is empty: record the customer's needs "
                             "first"));
        if (a.serviceIds.isEmpty())
            return refuse(tr("no services are proposed"));
        break;
    case Transition::Rework:
        break;
    case Transition::RequestApproval: {
        if (a.serviceIds.isEmpty())
            return refuse(tr("the agreement covers no service"));
        for (qint64 serviceId : a.serviceIds) {
            const bool measured = std::any_of(
                a.targets.cbegin(), a.targets.cend(),
                [serviceId](const Target &t) { return t.serviceId == serviceId; });
            if (!measured) {
                auto service = mWorkspace.service(serviceId);
                return refuse(tr("the covered service %1 has no target")
                                  .arg(service ? service->code : QString::number(serviceId)));
            }
        }
        // Internal agreements may be free of charge; contracts with customers and suppliers not.
        const bool internal = a.kind == AgreementKind::InternalSla || a.kind == AgreementKind::Ola;
        if (!internal && a.price.minorUnits() <= 0)
            return refuse(tr("the price is not set"));
        const bool provider = std::any_of(
            lc.approvers.cbegin(), lc.approvers.cend(),
            [](const RequiredApprover &r) { return r.side == Side::Provider; });
        const bool counterparty = std::any_of(
            lc.approvers.cbegin(), lc.approvers.cend(),
            [](const RequiredApprover &r) { return r.side == Side::Counterparty; });
        if (!provider || !counterparty)
            return refuse(tr("the required approvers must name at least one provider role and "
                             "the counterparty's representative"));
        break;
    }
    case Transition::Approve:
    case Transition::Reject:
        if (hasEdited(a.number, userName))
            return refuse(tr("%1 authored or edited this agreement and may not approve or reject "
                             "it (segregation of duties)")
                              .arg(userName));
        if (!openApproverSlot(lc, userName))
            return refuse(tr("there is no open approval for %1 in this round").arg(userName));
        break;
    case Transition::Sign: {
        QSet<qint64> approved;
        for (const ApprovalDecision &d : lc.decisions) {
            if (d.approved)
                approved.insert(d.approverId);
        }
        for (const RequiredApprover &r : lc.approvers) {
            if (!approved.contains(r.id))
                return refuse(tr("the approval of %1 is still missing").arg(r.title));
        }
        if (lc.supersedesId > 0) {
            auto previous = lifecycle(lc.supersedesId);
            if (previous && previous->status != AgreementStatus::Active)
                return refuse(tr("the version it amends is no longer in force"));
        }
        break;
    }
    case Transition::Amend: {
        auto q = run(mDb,
                     u"SELECT version FROM agreements WHERE number = ? AND status IN "
                     "('draft', 'negotiation', 'approval') ORDER BY version LIMIT 1"_s,
                     {a.number});
        if (q && q->next())
            return refuse(tr("version %1 is already an open amendment").arg(q->value(0).toInt()));
        break;
    }
    case Transition::Terminate:
        break;
    case Transition::Expire:
        if (!a.endDate.isValid())
            return refuse(tr("the agreement has no end date"));
        if (today() <= a.endDate)
            return refuse(tr("it runs until %1").arg(a.endDate.toString(Qt::ISODate)));
        break;
    }
    option.allowed = true;
    return option;
}

Result<void> AgreementWorkflow::checkDetails(const Agreement &a,
                                             const TransitionRequest &request) const
{
    const QString where = label(a);
    switch (request.transition) {
    case Transition::Reject:
        if (request.reason.trimmed().isEmpty())
            return Error{tr("%1: a rejection needs a reason").arg(where)};
        break;
    case Transition::Terminate:
        if (request.reason.trimmed().isEmpty())
            return Error{tr("%1: a termination needs a reason").arg(where)};
        if (!request.date.isValid())
            return Error{tr("%1: a termination needs an effective date").arg(where)};
        if (request.date < a.startDate)
            return Error{tr("%1: the effective date %2 is before the start date %3")
                             .arg(where, request.date.toString(Qt::ISODate),
                                  a.startDate.toString(Qt::ISODate))};
        if (a.endDate.isValid() && request.date > a.endDate)
            return Error{tr("%1: the effective date %2 is after the end date %3; let it expire")
                             .arg(where, request.date.toString(Qt::ISODate),
                                  a.endDate.toString(Qt::ISODate))};
        break;
    case Transition::Sign: {
        if (!request.date.isValid())
            return Error{tr("%1: the signing date is required").arg(where)};
        if (request.date > today())
            return Error{tr("%1: the signing date %2 is in the future")
                             .arg(where, request.date.toString(Qt::ISODate))};
        if (!signingMethods().contains(request.method))
            return Error{tr("%1: the signing method \"%2\" is not one of %3")
                             .arg(where, request.method, signingMethods().join(u", "_s))};
        bool provider = false;
        bool counterparty = false;
        for (const Signatory &s : request.signatories) {
            if (s.name.trimmed().isEmpty())
                return Error{tr("%1: every signatory needs a name").arg(where)};
            (s.side == Side::Provider ? provider : counterparty) = true;
        }
        if (!provider || !counterparty)
            return Error{tr("%1: both the provider and the counterparty must sign").arg(where)};
        break;
    }
    default:
        break;
    }
    return {};
}

QList<TransitionOption> AgreementWorkflow::availableTransitions(qint64 agreementId,
                                                                const QString &userName) const
{
    QList<TransitionOption> options;
    auto a = mWorkspace.agreement(agreementId);
    auto lc = lifecycle(agreementId);
    for (Transition transition : Transitions::all()) {
        if (!a || !lc)
            options.append({transition, false, a ? lc.errorString() : a.errorString()});
        else
            options.append(guard(*a, *lc, transition, userName));
    }
    return options;
}

TransitionOption AgreementWorkflow::check(qint64 agreementId, const TransitionRequest &request,
                                          const QString &userName) const
{
    auto a = mWorkspace.agreement(agreementId);
    if (!a)
        return {request.transition, false, a.errorString()};
    auto lc = lifecycle(agreementId);
    if (!lc)
        return {request.transition, false, lc.errorString()};
    TransitionOption option = guard(*a, *lc, request.transition, userName);
    if (option.allowed) {
        if (auto details = checkDetails(*a, request); !details) {
            option.allowed = false;
            option.refusal = details.errorString();
        }
    }
    return option;
}

Result<void> AgreementWorkflow::setStatus(const Agreement &a, AgreementStatus to,
                                          Transition transition, const QString &userName,
                                          const QString &reason, const QJsonObject &details)
{
    auto update = run(mDb,
                      u"UPDATE agreements SET status = ?, updated_at = ?, "
                      "row_version = row_version + 1 WHERE id = ? AND status = ?"_s,
                      {Enums::key(to), nowUtc(), a.id, Enums::key(a.status)});
    if (!update)
        return Error{tr("%1: %2").arg(label(a), update.errorString())};
    if (update->numRowsAffected() != 1)
        return Error{tr("%1 was changed by someone else meanwhile: reload it").arg(label(a))};
    const QString at = nowUtc();
    if (auto r = run(mDb,
                     u"INSERT INTO agreement_transitions (agreement_id, transition, "
                     "from_status, to_status, user_name, at, reason) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     {a.id, Transitions::key(transition), Enums::key(a.status), Enums::key(to),
                      userName, at, reason});
        !r)
        return Error{tr("%1: %2").arg(label(a), r.errorString())};
    QJsonObject newValue = details;
    newValue.insert(u"status"_s, Enums::key(to));
    if (!reason.isEmpty())
        newValue.insert(u"reason"_s, reason);
    auto seq = AuditLog(mDb).append(userName, u"agreement"_s, a.id,
                                    u"transition:"_s + Transitions::key(transition),
                                    QJsonObject{{u"status"_s, Enums::key(a.status)}}, newValue);
    if (!seq)
        return seq.error();
    return {};
}

Result<void> AgreementWorkflow::decide(const Agreement &a, const AgreementLifecycle &lc,
                                       const TransitionRequest &request, const QString &userName)
{
    const auto slot = openApproverSlot(lc, userName);
    const bool approved = request.transition == Transition::Approve;
    QString title;
    for (const RequiredApprover &r : lc.approvers) {
        if (r.id == *slot)
            title = r.title;
    }
    if (auto r = run(mDb,
                     u"INSERT INTO approvals (agreement_id, approver_id, approver_title, "
                     "round, user_name, decision, reason, decided_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {a.id, *slot, title, lc.round, userName,
                      approved ? u"approved"_s : u"rejected"_s, request.reason, nowUtc()});
        !r)
        return Error{tr("%1: %2").arg(label(a), r.errorString())};
    const QJsonObject details{{u"approver"_s, title},
                              {u"round"_s, lc.round},
                              {u"decision"_s, approved ? u"approved"_s : u"rejected"_s}};
    return setStatus(a, Transitions::to(request.transition), request.transition, userName,
                     request.reason, details);
}

Result<void> AgreementWorkflow::sign(const Agreement &a, const AgreementLifecycle &lc,
                                     const TransitionRequest &request, const QString &userName)
{
    auto sequence = run(mDb,
                        u"INSERT INTO number_sequences (prefix, year, last_value) "
                        "VALUES ('REG', ?, 1) ON CONFLICT (prefix, year) "
                        "DO UPDATE SET last_value = number_sequences.last_value + 1 "
                        "RETURNING last_value"_s,
                        {request.date.year()});
    if (!sequence || !sequence->next())
        return Error{tr("%1: no registered number could be assigned").arg(label(a))};
    const QString registered =
        u"REG-%1-%2"_s.arg(request.date.year()).arg(sequence->value(0).toInt(), 5, 10, QChar(u'0'));
    sequence->finish();
    if (auto r = run(mDb,
                     u"INSERT INTO signings (agreement_id, signed_on, method, "
                     "registered_number, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {a.id, request.date.toString(Qt::ISODate), request.method, registered,
                      userName, nowUtc()});
        !r)
        return Error{tr("%1: %2").arg(label(a), r.errorString())};
    QJsonArray signatories;
    for (int position = 0; position < request.signatories.size(); ++position) {
        const Signatory &s = request.signatories.at(position);
        if (auto r = run(mDb,
                         u"INSERT INTO signatories (agreement_id, position, side, name, "
                         "title) VALUES (?, ?, ?, ?, ?)"_s,
                         {a.id, position, sideKey(s.side), s.name.trimmed(), s.title});
            !r)
            return Error{
                tr("%1, signatory %2: %3").arg(label(a)).arg(position + 1).arg(r.errorString())};
        signatories.append(QJsonObject{
            {u"side"_s, sideKey(s.side)}, {u"name"_s, s.name.trimmed()}, {u"title"_s, s.title}});
    }
    const QJsonObject details{{u"signed_on"_s, request.date.toString(Qt::ISODate)},
                              {u"method"_s, request.method},
                              {u"registered_number"_s, registered},
                              {u"signatories"_s, signatories}};
    if (auto r = setStatus(a, AgreementStatus::Active, Transition::Sign, userName, request.reason,
                           details);
        !r)
        return r;

    if (lc.supersedesId > 0) {
        auto previous = mWorkspace.agreement(lc.supersedesId);
        if (!previous)
            return previous.error();
        // The amendment takes over: the old version leaves force the moment the new one is signed.
        if (auto r = run(mDb, u"UPDATE agreements SET superseded_by_id = ? WHERE id = ?"_s,
                         {a.id, previous->id});
            !r)
            return r.error();
        if (auto r = setStatus(*previous, AgreementStatus::Expired, Transition::Expire, userName,
                               tr("superseded by version %1").arg(a.version),
                               {{u"superseded_by"_s, QString::number(a.id)}});
            !r)
            return r;
    }
    return {};
}

Result<qint64> AgreementWorkflow::amend(const Agreement &a, const QString &userName)
{
    auto max = run(mDb, u"SELECT max(version) FROM agreements WHERE number = ?"_s, {a.number});
    if (!max || !max->next())
        return Error{tr("%1: the versions cannot be read").arg(label(a))};
    Agreement next = a;
    next.id = 0;
    next.version = max->value(0).toInt() + 1;
    next.status = AgreementStatus::Draft;
    for (Target &t : next.targets)
        t.id = 0;
    max->finish();
    auto lc = lifecycle(a.id);
    if (!lc)
        return lc.error();

    Result<qint64> id = [&] {
        ActingUser acting(mWorkspace, userName);
        return mWorkspace.insert(next);
    }();
    if (!id)
        return id;
    if (auto r = run(mDb, u"UPDATE agreements SET supersedes_id = ? WHERE id = ?"_s, {a.id, *id});
        !r)
        return r.error();
    if (auto r = writeCharter(mDb, *id, lc->charter); !r)
        return r.error();
    if (auto r = writeApprovers(mDb, *id, lc->approvers); !r)
        return r.error();
    const QString at = nowUtc();
    if (auto r = run(mDb,
                     u"INSERT INTO agreement_transitions (agreement_id, transition, "
                     "from_status, to_status, user_name, at, reason) "
                     "VALUES (?, ?, 'active', 'active', ?, ?, ?)"_s,
                     {a.id, Transitions::key(Transition::Amend), userName, at,
                      tr("version %1 opened").arg(next.version)});
        !r)
        return r.error();
    auto seq = AuditLog(mDb).append(userName, u"agreement"_s, a.id, u"transition:amend"_s,
                                    QJsonObject{{u"status"_s, Enums::key(a.status)}},
                                    QJsonObject{{u"status"_s, Enums::key(a.status)},
                                                {u"amendment_id"_s, QString::number(*id)},
                                                {u"amendment_version"_s, next.version}});
    if (!seq)
        return seq.error();
    return id;
}

Result<qint64> AgreementWorkflow::transition(qint64 agreementId, const TransitionRequest &request,
                                             const QString &userName)
{
    // Transitions of one agreement run one after the other: the row is locked (on SQLite the
    // whole workspace, by BEGIN IMMEDIATE) before the guard reads the state it judges, so two
    // approvers racing both see each other's decision and neither is lost or doubled.
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    if (auto lock = run(mDb, u"SELECT id FROM agreements WHERE id = ?"_s + Dialect::forUpdate(mDb),
                        {agreementId});
        !lock)
        return lock.error();
    auto a = mWorkspace.agreement(agreementId);
    if (!a)
        return a.error();
    auto lc = lifecycle(agreementId);
    if (!lc)
        return lc.error();
    const TransitionOption option = guard(*a, *lc, request.transition, userName);
    if (!option.allowed)
        return Error{option.refusal};
    if (auto details = checkDetails(*a, request); !details)
        return details.error();

    qint64 current = agreementId;
    switch (request.transition) {
    case Transition::Approve:
    case Transition::Reject:
        if (auto r = decide(*a, *lc, request, userName); !r)
            return r.error();
        break;
    case Transition::Sign:
        if (auto r = sign(*a, *lc, request, userName); !r)
            return r.error();
        break;
    case Transition::Amend: {
        auto id = amend(*a, userName);
        if (!id)
            return id;
        current = *id;
        break;
    }
    case Transition::Terminate: {
        if (auto r = run(
                mDb,
                u"UPDATE agreements SET terminated_on = ?, termination_reason = ? "
                "WHERE id = ?"_s,
                {request.date.toString(Qt::ISODate), request.reason.trimmed(), agreementId});
            !r)
            return r.error();
        if (auto r = setStatus(*a, AgreementStatus::Terminated, Transition::Terminate, userName,
                               request.reason.trimmed(),
                               {{u"effective_date"_s, request.date.toString(Qt::ISODate)}});
            !r)
            return r.error();
        break;
    }
    default:
        if (auto r = setStatus(*a, Transitions::to(request.transition), request.transition,
                               userName, request.reason.trimmed(), {});
            !r)
            return r.error();
        break;
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return current;
}

Result<void> AgreementWorkflow::requireEditable(qint64 agreementId, const QString &userName,
                                                const QString &what) const
{
    auto a = mWorkspace.agreement(agreementId);
    if (!a)
        return a.error();
    if (a->status != AgreementStatus::Draft && a->status != AgreementStatus::Negotiation)
        return Error{tr("%1: the %2 can only change in draft or negotiation; the agreement is %3")
                         .arg(label(*a), what, Enums::displayName(a->status).toLower())};
    ActingUser acting(mWorkspace, userName);
    return mWorkspace.requireRole({Role::SlaManager}, tr("%1: the %2").arg(label(*a), what));
}

Result<void> AgreementWorkflow::setCharter(qint64 agreementId, const Charter &charter,
                                           const QString &userName)
{
    if (auto r = requireEditable(agreementId, userName, tr("requirements charter")); !r)
        return r;
    auto before = lifecycle(agreementId);
    if (!before)
        return before.error();
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    if (auto r = writeCharter(mDb, agreementId, charter); !r)
        return r;
    if (auto r = run(mDb,
                     u"INSERT INTO agreement_editors (agreement_id, user_name) VALUES (?, ?) "
                     "ON CONFLICT DO NOTHING"_s,
                     {agreementId, userName});
        !r)
        return r.error();
    auto seq = AuditLog(mDb).append(userName, u"agreement"_s, agreementId, u"charter"_s,
                                    charterJson(before->charter), charterJson(charter));
    if (!seq)
        return seq.error();
    return transaction.commit();
}

Result<void> AgreementWorkflow::setRequiredApprovers(qint64 agreementId,
                                                     const QList<RequiredApprover> &approvers,
                                                     const QString &userName)
{
    if (auto r = requireEditable(agreementId, userName, tr("list of required approvers")); !r)
        return r;
    for (const RequiredApprover &a : approvers) {
        if (a.title.trimmed().isEmpty())
            return Error{tr("every required approver needs a title (a role or a name)")};
    }
    auto before = lifecycle(agreementId);
    if (!before)
        return before.error();
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    if (auto r = writeApprovers(mDb, agreementId, approvers); !r)
        return r;
    if (auto r = run(mDb,
                     u"INSERT INTO agreement_editors (agreement_id, user_name) VALUES (?, ?) "
                     "ON CONFLICT DO NOTHING"_s,
                     {agreementId, userName});
        !r)
        return r.error();
    auto seq = AuditLog(mDb).append(userName, u"agreement"_s, agreementId, u"approvers"_s,
                                    approversJson(before->approvers), approversJson(approvers));
    if (!seq)
        return seq.error();
    return transaction.commit();
}

QList<qint64> AgreementWorkflow::versions(const QString &number) const
{
    QList<qint64> ids;
    if (auto q = run(mDb, u"SELECT id FROM agreements WHERE number = ? ORDER BY version"_s,
                     {number})) {
        while (q->next())
            ids.append(q->value(0).toLongLong());
    }
    return ids;
}

Result<qint64> AgreementWorkflow::versionId(const QString &number, int version) const
{
    auto q = run(mDb, u"SELECT id FROM agreements WHERE number = ? AND version = ?"_s,
                 {number, version});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("%1 has no version %2").arg(number).arg(version)};
    return q->value(0).toLongLong();
}

Result<qint64> AgreementWorkflow::inForce(const QString &number) const
{
    auto q = run(mDb, u"SELECT id FROM agreements WHERE number = ? AND status = 'active'"_s,
                 {number});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("no version of %1 is in force").arg(number)};
    return q->value(0).toLongLong();
}

Result<QDate> AgreementWorkflow::monitoringEnd(qint64 agreementId) const
{
    auto a = mWorkspace.agreement(agreementId);
    if (!a)
        return a.error();
    auto lc = lifecycle(agreementId);
    if (!lc)
        return lc.error();
    if (lc->terminatedOn.isValid() && (!a->endDate.isValid() || lc->terminatedOn < a->endDate))
        return lc->terminatedOn;
    return a->endDate;
}

QList<DueItem> AgreementWorkflow::reviewsDue(int withinDays) const
{
    QList<DueItem> items;
    const QDate until = today().addDays(withinDays);
    auto q = run(mDb, u"SELECT id, number, version, title, start_date, end_date, review_months "
                      "FROM agreements WHERE status = 'active'"_s);
    while (q && q->next()) {
        Agreement a;
        a.startDate = QDate::fromString(q->value(4).toString(), Qt::ISODate);
        a.endDate = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        a.reviewMonths = q->value(6).toInt();
        const QDate review = nextReview(a, today());
        if (review.isValid() && review <= until)
            items.append({q->value(0).toLongLong(),
                          q->value(1).toString(),
                          q->value(2).toInt(),
                          q->value(3).toString(),
                          review,
                          {}});
    }
    std::sort(items.begin(), items.end(), [](const DueItem &l, const DueItem &r) {
        return std::tie(l.due, l.number) < std::tie(r.due, r.number);
    });
    return items;
}

QList<DueItem> AgreementWorkflow::renewalsDue(int withinDays) const
{
    QList<DueItem> items;
    auto q = run(
        mDb,
        u"SELECT id, number, version, title, end_date, notice_days "
        "FROM agreements WHERE status = 'active' AND end_date >= ? "
        "AND end_date <= ? ORDER BY end_date, number"_s,
        {today().toString(Qt::ISODate), today().addDays(withinDays).toString(Qt::ISODate)});
    while (q && q->next()) {
        const QDate end = QDate::fromString(q->value(4).toString(), Qt::ISODate);
        items.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt(),
                      q->value(3).toString(), end, end.addDays(-q->value(5).toInt())});
    }
    return items;
}

Result<VersionDiff> AgreementWorkflow::diff(qint64 fromId, qint64 toId) const
{
    return VersionDiff::compute(mWorkspace, *this, fromId, toId);
}

} // namespace Accordo
