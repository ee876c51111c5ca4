#include "transition.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The static shape of each transition, in the order all() lists them.
struct Shape
{
    Transition transition;
    const char *key;
    const char *name; // translated in the context of Accordo::Transitions
    AgreementStatus from;
    AgreementStatus to;
};

constexpr Shape Shapes[] = {
    {Transition::Submit, "submit", QT_TRANSLATE_NOOP("Accordo::Transitions", "Start negotiation"),
     AgreementStatus::Draft, AgreementStatus::Negotiation},
    {Transition::Rework, "rework", QT_TRANSLATE_NOOP("Accordo::Transitions", "Back to draft"),
     AgreementStatus::Negotiation, AgreementStatus::Draft},
    {Transition::RequestApproval, "request_approval",
     QT_TRANSLATE_NOOP("Accordo::Transitions", "Submit for approval"), AgreementStatus::Negotiation,
     AgreementStatus::Approval},
    {Transition::Approve, "approve", QT_TRANSLATE_NOOP("Accordo::Transitions", "Approve"),
     AgreementStatus::Approval, AgreementStatus::Approval},
    {Transition::Reject, "reject", QT_TRANSLATE_NOOP("Accordo::Transitions", "Reject"),
     AgreementStatus::Approval, AgreementStatus::Negotiation},
    {Transition::Sign, "sign", QT_TRANSLATE_NOOP("Accordo::Transitions", "Record signature"),
     AgreementStatus::Approval, AgreementStatus::Active},
    {Transition::Amend, "amend", QT_TRANSLATE_NOOP("Accordo::Transitions", "Amend"),
     AgreementStatus::Active, AgreementStatus::Draft},
    {Transition::Terminate, "terminate", QT_TRANSLATE_NOOP("Accordo::Transitions", "Terminate"),
     AgreementStatus::Active, AgreementStatus::Terminated},
    {Transition::Expire, "expire", QT_TRANSLATE_NOOP("Accordo::Transitions", "Expire"),
     AgreementStatus::Active, AgreementStatus::Expired},
};

// Null for a value outside the enumeration.
const Shape *shape(Transition transition)
{
    for (const Shape &s : Shapes) {
        if (s.transition == transition)
            return &s;
    }
    return nullptr;
}

} // namespace

QList<Transition> Transitions::all()
{
    QList<Transition> transitions;
    for (const Shape &s : Shapes)
        transitions.append(s.transition);
    return transitions;
}

QString Transitions::key(Transition transition)
{
    const Shape *s = shape(transition);
    return s ? QString::fromLatin1(s->key) : QString();
}

QString Transitions::displayName(Transition transition)
{
    const Shape *s = shape(transition);
    return s ? tr(s->name) : QString();
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
    const Shape *s = shape(transition);
    return s ? s->from : AgreementStatus::Draft;
}

AgreementStatus Transitions::to(Transition transition)
{
    const Shape *s = shape(transition);
    return s ? s->to : AgreementStatus::Draft;
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
