#include "approvals.h"

#include "lifecycle/statuschange.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr auto CountEdits = R"(SELECT count(*) AS n FROM agreement_editors e
JOIN agreements a ON a.id = e.agreement_id WHERE a.number = ? AND e.user_name = ?)"_L1;
constexpr auto InsertEditor = R"(INSERT INTO agreement_editors (agreement_id, user_name)
VALUES (?, ?) ON CONFLICT DO NOTHING)"_L1;
constexpr auto InsertDecision = R"(INSERT INTO approvals (agreement_id, approver_id,
approver_title, round, user_name, decision, reason, decided_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?))"_L1;

} // namespace

std::optional<qint64> Approvals::openSlot(const AgreementLifecycle &lc, const QString &userName)
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

ApprovalProgress Approvals::progress(const AgreementLifecycle &lc)
{
    QHash<qint64, QString> approvedBy;
    for (const ApprovalDecision &d : lc.decisions) {
        if (d.approved)
            approvedBy.insert(d.approverId, d.userName);
    }
    ApprovalProgress progress;
    progress.status = lc.status;
    progress.required = int(lc.approvers.size());
    for (const RequiredApprover &r : lc.approvers) {
        if (const auto given = approvedBy.constFind(r.id); given != approvedBy.cend())
            progress.approved.append({r.title, *given});
        else
            progress.awaited.append(r);
    }
    return progress;
}

Result<bool> Approvals::hasEdited(const QString &number, const QString &userName) const
{
    // Any version counts: whoever shaped an earlier version shaped the agreement.
    auto edits = Sql::scalar(mDb, CountEdits, {number, userName});
    if (!edits)
        return edits.error();
    return edits->toInt() > 0;
}

Result<void> Approvals::recordEditor(qint64 agreementId, const QString &userName) const
{
    auto insert = Sql::exec(mDb, InsertEditor, {agreementId, userName});
    if (!insert)
        return insert.error();
    return {};
}

Result<AuditEntry> Approvals::decide(const Agreement &a, const AgreementLifecycle &lc,
                                     const TransitionRequest &request,
                                     const QString &userName) const
{
    const auto slot = openSlot(lc, userName);
    const QString decision = request.transition == Transition::Approve ? u"approved"_s
                                                                       : u"rejected"_s;
    QString title;
    for (const RequiredApprover &r : lc.approvers) {
        if (r.id == *slot)
            title = r.title;
    }
    if (auto r = Sql::exec(mDb, InsertDecision,
                           {a.id, *slot, title, lc.round, userName, decision, request.reason,
                            StatusChange::nowUtc()});
        !r)
        return Error{tr("%1: %2").arg(StatusChange::label(a), r.errorString())};
    const QJsonObject details{
        {u"approver"_s, title}, {u"round"_s, lc.round}, {u"decision"_s, decision}};
    return StatusChange(mDb).apply(a, Transitions::to(request.transition), request.transition,
                                   userName, request.reason, details);
}

} // namespace Accordo
