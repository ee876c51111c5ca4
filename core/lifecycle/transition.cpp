#include "transition.h"

using namespace Qt::StringLiterals;

namespace Accordo {

QList<Transition> Transitions::all()
{
    return {Transition::Submit,  Transition::Rework,    Transition::RequestApproval,
            Transition::Approve, Transition::Reject,    Transition::Sign,
            Transition::Amend,   Transition::Terminate, Transition::Expire};
}

QString Transitions::key(Transition transition)
{
    switch (transition) {
    case Transition::Submit:
        return u"submit"_s;
    case Transition::Rework:
        return u"rework"_s;
    case Transition::RequestApproval:
        return u"request_approval"_s;
    case Transition::Approve:
        return u"approve"_s;
    case Transition::Reject:
        return u"reject"_s;
    case Transition::Sign:
        return u"sign"_s;
    case Transition::Amend:
        return u"amend"_s;
    case Transition::Terminate:
        return u"terminate"_s;
    case Transition::Expire:
        return u"expire"_s;
    }
    return {};
}

QString Transitions::displayName(Transition transition)
{
    switch (transition) {
    case Transition::Submit:
        return tr("Start negotiation");
    case Transition::Rework:
        return tr("Back to draft");
    case Transition::RequestApproval:
        return tr("Submit for approval");
    case Transition::Approve:
        return tr("Approve");
    case Transition::Reject:
        return tr("Reject");
    case Transition::Sign:
        return tr("Record signature");
    case Transition::Amend:
        return tr("Amend");
    case Transition::Terminate:
        return tr("Terminate");
    case Transition::Expire:
        return tr("Expire");
    }
    return {};
}

std::optional<Transition> Transitions::fromKey(const QString &key)
{
    for (Transition transition : all()) {
        if (Transitions::key(transition) == key)
            return transition;
    }
    return std::nullopt;
}

AgreementStatus Transitions::from(Transition transition)
{
    switch (transition) {
    case Transition::Submit:
        return AgreementStatus::Draft;
    case Transition::Rework:
    case Transition::RequestApproval:
        return AgreementStatus::Negotiation;
    case Transition::Approve:
    case Transition::Reject:
    case Transition::Sign:
        return AgreementStatus::Approval;
    case Transition::Amend:
    case Transition::Terminate:
    case Transition::Expire:
        return AgreementStatus::Active;
    }
    return AgreementStatus::Draft;
}

AgreementStatus Transitions::to(Transition transition)
{
    switch (transition) {
    case Transition::Submit:
        return AgreementStatus::Negotiation;
    case Transition::Rework:
        return AgreementStatus::Draft;
    case Transition::RequestApproval:
        return AgreementStatus::Approval;
    case Transition::Approve:
        return AgreementStatus::Approval;
    case Transition::Reject:
        return AgreementStatus::Negotiation;
    case Transition::Sign:
        return AgreementStatus::Active;
    case Transition::Amend:
        return AgreementStatus::Draft;
    case Transition::Terminate:
        return AgreementStatus::Terminated;
    case Transition::Expire:
        return AgreementStatus::Expired;
    }
    return AgreementStatus::Draft;
}

Role Transitions::requiredRole(Transition transition)
{
    return transition == Transition::Approve || transition == Transition::Reject ? Role::Approver
                                                                                 : Role::SlaManager;
}

std::optional<Transition> Transitions::leadingTo(AgreementStatus from, AgreementStatus to)
{
    for (Transition transition : all()) {
        // Approve does not change the state, so no target state names it.
        if (transition == Transition::Approve)
            continue;
        if (Transitions::from(transition) == from && Transitions::to(transition) == to)
            return transition;
    }
    return std::nullopt;
}

} // namespace Accordo
