#include "agreementworkflow.h"

#include "data/auditedwrite.h"
#include "data/workspace.h"
#include "lifecycle/approvals.h"
#include "lifecycle/charteredits.h"
#include "lifecycle/lifecyclereads.h"
#include "lifecycle/statuschange.h"
#include "lifecycle/transitionguard.h"
#include "lifecycle/versiondiff.h"
#include "lifecycle/versionsteps.h"
#include "storage/dialect.h"
#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr auto LockAgreement = R"(SELECT id FROM agreements WHERE id = ?)"_L1;

} // namespace

AgreementWorkflow::AgreementWorkflow(Workspace &workspace)
    : mWorkspace(workspace), mDb(workspace.connection())
{}

QDate AgreementWorkflow::today() const
{
    return mToday.isValid() ? mToday : QDate::currentDate();
}

LifecycleReads AgreementWorkflow::reads() const
{
    return LifecycleReads(mWorkspace, today());
}

QString AgreementWorkflow::sideKey(Side side)
{
    return Sides::key(side);
}

std::optional<Side> AgreementWorkflow::sideFromKey(const QString &key)
{
    return Sides::fromKey(key);
}

QStringList AgreementWorkflow::signingMethods()
{
    return TransitionGuard::signingMethods();
}

QDate AgreementWorkflow::nextReview(const Agreement &a, const QDate &asOf)
{
    return LifecycleReads::nextReview(a, asOf);
}

Result<AgreementLifecycle> AgreementWorkflow::lifecycle(qint64 id) const
{
    return reads().lifecycle(id);
}

QList<TransitionOption> AgreementWorkflow::availableTransitions(qint64 agreementId,
                                                                const QString &userName) const
{
    QList<TransitionOption> options;
    auto version = reads().state(agreementId);
    const TransitionGuard guard(mWorkspace, today());
    for (Transition transition : Transitions::all()) {
        if (!version)
            options.append({transition, false, version.errorString()});
        else
            options.append(
                guard.check(version->agreement, version->lifecycle, transition, userName));
    }
    return options;
}

std::optional<Transition> AgreementWorkflow::forwardStep(AgreementStatus status)
{
    switch (status) {
    case AgreementStatus::Draft:
        return Transition::Submit;
    case AgreementStatus::Negotiation:
        return Transition::RequestApproval;
    case AgreementStatus::Approval:
        return Transition::Sign;
    case AgreementStatus::Active:
    case AgreementStatus::Expired:
    case AgreementStatus::Terminated:
        break;
    }
    return std::nullopt;
}

Result<NextStep> AgreementWorkflow::nextStep(qint64 agreementId) const
{
    auto version = reads().state(agreementId);
    if (!version)
        return version.error();
    NextStep next;
    next.transition = forwardStep(version->agreement.status);
    if (!next.transition)
        return next;
    next.missing = TransitionGuard(mWorkspace, today())
                       .gaps(version->agreement, version->lifecycle, *next.transition);
    return next;
}

Result<ApprovalProgress> AgreementWorkflow::approvalProgress(qint64 agreementId) const
{
    auto version = reads().state(agreementId);
    if (!version)
        return version.error();
    ApprovalProgress progress = Approvals::progress(version->lifecycle);
    progress.readyToSign = version->agreement.status == AgreementStatus::Approval
                           && TransitionGuard(mWorkspace, today())
                                  .gaps(version->agreement, version->lifecycle, Transition::Sign)
                                  .isEmpty();
    return progress;
}

Result<QList<AwaitedApproval>> AgreementWorkflow::awaitingDecision(const QString &userName) const
{
    auto ids = reads().inStatus(AgreementStatus::Approval);
    if (!ids)
        return ids.error();
    const TransitionGuard guard(mWorkspace, today());
    QList<AwaitedApproval> awaited;
    for (qint64 id : std::as_const(*ids)) {
        auto version = reads().state(id);
        if (!version)
            return version.error();
        const Agreement &a = version->agreement;
        if (!guard.check(a, version->lifecycle, Transition::Approve, userName).allowed)
            continue;
        const auto slot = Approvals::openSlot(version->lifecycle, userName);
        QString title;
        for (const RequiredApprover &r : std::as_const(version->lifecycle.approvers)) {
            if (slot && r.id == *slot)
                title = r.title;
        }
        awaited.append({a.id, a.number, a.version, a.title, title});
    }
    return awaited;
}

TransitionOption AgreementWorkflow::check(qint64 agreementId, const TransitionRequest &request,
                                          const QString &userName) const
{
    auto version = reads().state(agreementId);
    if (!version)
        return {request.transition, false, version.errorString()};
    const TransitionGuard guard(mWorkspace, today());
    TransitionOption option = guard.check(version->agreement, version->lifecycle,
                                          request.transition, userName);
    if (option.allowed) {
        if (auto details = guard.checkDetails(version->agreement, request); !details) {
            option.allowed = false;
            option.refusal = details.errorString();
        }
    }
    return option;
}

Result<qint64> AgreementWorkflow::transition(qint64 agreementId, const TransitionRequest &request,
                                             const QString &userName)
{
    // The audit trail and the Workspace (which writes an amendment's terms) record the user.
    ActingUser acting(mWorkspace, userName);
    qint64 current = agreementId;
    // The guard checks the role, the state and segregation of duties itself.
    auto written = AuditedWrite::run(mWorkspace, {}, {}, [&]() -> Result<QList<AuditEntry>> {
        // Transitions of one agreement run one after the other: the row is locked (on SQLite
        // the whole workspace, by BEGIN IMMEDIATE) before the guard reads the state it judges,
        // so two approvers racing both see each other's decision and neither is lost or doubled.
        if (auto lock = Sql::exec(mDb, LockAgreement + Dialect::forUpdate(mDb), {agreementId});
            !lock)
            return lock.error();
        auto version = reads().state(agreementId);
        if (!version)
            return version.error();
        const Agreement &a = version->agreement;
        const TransitionGuard guard(mWorkspace, today());
        const TransitionOption option = guard.check(a, version->lifecycle, request.transition,
                                                    userName);
        if (!option.allowed)
            return Error{option.refusal};
        if (auto details = guard.checkDetails(a, request); !details)
            return details.error();
        return perform(a, version->lifecycle, request, userName, current);
    });
    if (!written)
        return written.error();
    return current;
}

Result<QList<AuditEntry>> AgreementWorkflow::perform(const Agreement &a,
                                                     const AgreementLifecycle &lc,
                                                     const TransitionRequest &request,
                                                     const QString &userName, qint64 &current)
{
    Result<AuditEntry> entry = Error{};
    switch (request.transition) {
    case Transition::Approve:
    case Transition::Reject:
        entry = Approvals(mDb).decide(a, lc, request, userName);
        break;
    case Transition::Sign:
        return VersionSteps(mWorkspace).sign(a, lc, request, userName);
    case Transition::Amend:
        entry = VersionSteps(mWorkspace).amend(a, userName, current);
        break;
    case Transition::Terminate:
        entry = VersionSteps(mWorkspace).terminate(a, request, userName);
        break;
    default:
        entry = StatusChange(mDb).apply(a, Transitions::to(request.transition), request.transition,
                                        userName, request.reason.trimmed(), {});
        break;
    }
    if (!entry)
        return entry.error();
    return QList<AuditEntry>{*entry};
}

Result<void> AgreementWorkflow::setCharter(qint64 agreementId, const Charter &charter,
                                           const QString &userName)
{
    return CharterEdits(mWorkspace).setCharter(agreementId, charter, userName);
}

Result<void> AgreementWorkflow::setRequiredApprovers(qint64 agreementId,
                                                     const QList<RequiredApprover> &approvers,
                                                     const QString &userName)
{
    return CharterEdits(mWorkspace).setRequiredApprovers(agreementId, approvers, userName);
}

QList<qint64> AgreementWorkflow::versions(const QString &number) const
{
    return orEmpty(reads().versions(number));
}

Result<qint64> AgreementWorkflow::versionId(const QString &number, int version) const
{
    return reads().versionId(number, version);
}

Result<qint64> AgreementWorkflow::inForce(const QString &number) const
{
    return reads().inForce(number);
}

Result<QDate> AgreementWorkflow::monitoringEnd(qint64 agreementId) const
{
    return reads().monitoringEnd(agreementId);
}

QList<DueItem> AgreementWorkflow::reviewsDue(int withinDays) const
{
    return orEmpty(reads().reviewsDue(withinDays));
}

QList<DueItem> AgreementWorkflow::renewalsDue(int withinDays) const
{
    return orEmpty(reads().renewalsDue(withinDays));
}

Result<VersionDiff> AgreementWorkflow::diff(qint64 fromId, qint64 toId) const
{
    return VersionDiff::compute(mWorkspace, *this, fromId, toId);
}

} // namespace Accordo
