#include "transitionguard.h"

#include "data/userdirectory.h"
#include "data/workspace.h"
#include "lifecycle/approvals.h"
#include "lifecycle/lifecyclereads.h"
#include "lifecycle/statuschange.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// A check that could not read what it judges refuses the step: with the reason it could not,
// and with a reason even when the error came without one.
QString refusalFor(const Error &error)
{
    return error.message.isEmpty() ? TransitionGuard::tr("a check could not be completed")
                                   : error.message;
}

// Approval needs a provider role and the counterparty's representative among the required
// approvers.
bool onBothSides(const AgreementLifecycle &lc)
{
    const auto onSide = [&lc](Side side) {
        return std::any_of(lc.approvers.cbegin(), lc.approvers.cend(),
                           [side](const RequiredApprover &r) { return r.side == side; });
    };
    return onSide(Side::Provider) && onSide(Side::Counterparty);
}

} // namespace

TransitionGuard::TransitionGuard(const Workspace &workspace, const QDate &today)
    : mWorkspace(workspace), mDb(workspace.connection()), mToday(today)
{}

QStringList TransitionGuard::signingMethods()
{
    return {u"handwritten"_s, u"electronic"_s, u"qualified_electronic"_s};
}

TransitionOption TransitionGuard::check(const Agreement &a, const AgreementLifecycle &lc,
                                        Transition transition, const QString &userName) const
{
    const QString why = whyNot(a, lc, transition, userName);
    if (why.isEmpty())
        return {transition, true, {}};
    const QString step = Transitions::displayName(transition);
    return {transition, false,
            tr("%1: cannot %2: %3").arg(StatusChange::label(a), step.toLower(), why)};
}

QString TransitionGuard::whyNot(const Agreement &a, const AgreementLifecycle &lc,
                                Transition transition, const QString &userName) const
{
    if (QString why = whyNotFromHere(a, lc, transition); !why.isEmpty())
        return why;
    if (QString why = whyNotUser(transition, userName); !why.isEmpty())
        return why;
    switch (transition) {
    case Transition::Submit:
    case Transition::RequestApproval:
    case Transition::Sign: {
        const QStringList missing = gaps(a, lc, transition);
        return missing.isEmpty() ? QString() : missing.constFirst();
    }
    case Transition::Approve:
    case Transition::Reject:
        return whyNotDecide(a, lc, userName);
    case Transition::Amend:
        return whyNotAmend(a);
    case Transition::Expire:
        return whyNotExpire(a);
    case Transition::Rework:
    case Transition::Terminate:
        break;
    }
    return {};
}

QString TransitionGuard::whyNotFromHere(const Agreement &a, const AgreementLifecycle &lc,
                                        Transition transition) const
{
    const AgreementStatus from = Transitions::from(transition);
    if (a.status == from)
        return {};
    if (lc.supersededById > 0)
        return tr("this version was superseded by a newer signed version");
    return tr("the agreement is in %1, and this step starts from %2")
        .arg(Enums::displayName(a.status).toLower(), Enums::displayName(from).toLower());
}

QString TransitionGuard::whyNotUser(Transition transition, const QString &userName) const
{
    // Every step, expiry too, is taken by a user of the workspace: the reserved name, a name
    // other than the server login, an unknown or deactivated user are refused here.
    auto user = UserDirectory(mDb).actingUser(userName);
    if (!user)
        return user.errorString();
    const Role role = Transitions::requiredRole(transition);
    if (!user->has(role))
        return tr("it needs the %1 role, which %2 does not have")
            .arg(Roles::displayName(role), userName);
    return {};
}

QStringList TransitionGuard::gaps(const Agreement &a, const AgreementLifecycle &lc,
                                  Transition transition) const
{
    switch (transition) {
    case Transition::Submit:
        return submitGaps(a, lc);
    case Transition::RequestApproval:
        return requestApprovalGaps(a, lc);
    case Transition::Sign:
        return signGaps(lc);
    default:
        return {};
    }
}

QStringList TransitionGuard::submitGaps(const Agreement &a, const AgreementLifecycle &lc) const
{
    QStringList gaps;
    if (lc.charter.needs.trimmed().isEmpty() && lc.charter.requirements.isEmpty())
        gaps.append(tr("the requirements charter is empty: record the customer's needs "
                       "first"));
    if (a.serviceIds.isEmpty())
        gaps.append(tr("no services are proposed"));
    return gaps;
}

QStringList TransitionGuard::requestApprovalGaps(const Agreement &a,
                                                 const AgreementLifecycle &lc) const
{
    QStringList gaps;
    if (a.serviceIds.isEmpty())
        gaps.append(tr("the agreement covers no service"));
    for (qint64 serviceId : a.serviceIds) {
        const bool measured = std::any_of(
            a.targets.cbegin(), a.targets.cend(),
            [serviceId](const Target &t) { return t.serviceId == serviceId; });
        if (!measured) {
            auto service = mWorkspace.service(serviceId);
            gaps.append(tr("the covered service %1 has no target")
                            .arg(service ? service->code : QString::number(serviceId)));
        }
    }
    // Internal agreements may be free of charge; contracts with customers and suppliers not.
    const bool internal = a.kind == AgreementKind::InternalSla || a.kind == AgreementKind::Ola;
    if (!internal && a.price.minorUnits() <= 0)
        gaps.append(tr("the price is not set"));
    if (!onBothSides(lc))
        gaps.append(tr("the required approvers must name at least one provider role and "
                       "the counterparty's representative"));
    return gaps;
}

QString TransitionGuard::whyNotDecide(const Agreement &a, const AgreementLifecycle &lc,
                                      const QString &userName) const
{
    auto edited = Approvals(mDb).hasEdited(a.number, userName);
    if (!edited)
        return refusalFor(edited.error());
    if (*edited)
        return tr("%1 authored or edited this agreement and may not approve or reject "
                  "it (segregation of duties)")
            .arg(userName);
    if (!Approvals::openSlot(lc, userName))
        return tr("there is no open approval for %1 in this round").arg(userName);
    return {};
}

QStringList TransitionGuard::signGaps(const AgreementLifecycle &lc) const
{
    // Every required approval in is no safeguard when none is required: a version signs only
    // with approvers named on both sides, as approval was requested with.
    if (lc.approvers.isEmpty())
        return {tr("no approvers are required, so nobody has approved it")};
    QStringList gaps;
    if (!onBothSides(lc))
        gaps.append(tr("the required approvers must name at least one provider role and "
                       "the counterparty's representative"));
    for (const RequiredApprover &awaited : Approvals::progress(lc).awaited)
        gaps.append(tr("the approval of %1 is still missing").arg(awaited.title));
    if (lc.supersedesId > 0) {
        auto previous = LifecycleReads(mWorkspace, mToday).status(lc.supersedesId);
        if (!previous)
            gaps.append(refusalFor(previous.error()));
        else if (*previous != AgreementStatus::Active)
            gaps.append(tr("the version it amends is no longer in force"));
    }
    return gaps;
}

QString TransitionGuard::whyNotAmend(const Agreement &a) const
{
    auto open = LifecycleReads(mWorkspace, mToday).openAmendment(a.number);
    if (!open)
        return refusalFor(open.error());
    if (*open > 0)
        return tr("version %1 is already an open amendment").arg(*open);
    return {};
}

QString TransitionGuard::whyNotExpire(const Agreement &a) const
{
    if (!a.endDate.isValid())
        return tr("the agreement has no end date");
    if (mToday <= a.endDate)
        return tr("it runs until %1").arg(a.endDate.toString(Qt::ISODate));
    return {};
}

Result<void> TransitionGuard::checkDetails(const Agreement &a,
                                           const TransitionRequest &request) const
{
    switch (request.transition) {
    case Transition::Reject:
        if (request.reason.trimmed().isEmpty())
            return Error{tr("%1: a rejection needs a reason").arg(StatusChange::label(a))};
        return {};
    case Transition::Terminate:
        return checkTermination(a, request);
    case Transition::Sign:
        return checkSigning(a, request);
    default:
        return {};
    }
}

Result<void> TransitionGuard::checkTermination(const Agreement &a,
                                               const TransitionRequest &request) const
{
    const QString where = StatusChange::label(a);
    if (request.reason.trimmed().isEmpty())
        return Error{tr("%1: a termination needs a reason").arg(where)};
    if (!request.date.isValid())
        return Error{tr("%1: a termination needs an effective date").arg(where)};
    if (request.date < a.startDate)
        return Error{
            tr("%1: the effective date %2 is before the start date %3")
                .arg(where, request.date.toString(Qt::ISODate), a.startDate.toString(Qt::ISODate))};
    if (a.endDate.isValid() && request.date > a.endDate)
        return Error{
            tr("%1: the effective date %2 is after the end date %3; let it expire")
                .arg(where, request.date.toString(Qt::ISODate), a.endDate.toString(Qt::ISODate))};
    return {};
}

Result<void> TransitionGuard::checkSigning(const Agreement &a,
                                           const TransitionRequest &request) const
{
    const QString where = StatusChange::label(a);
    if (!request.date.isValid())
        return Error{tr("%1: the signing date is required").arg(where)};
    if (request.date > mToday)
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
    return {};
}

} // namespace Accordo
