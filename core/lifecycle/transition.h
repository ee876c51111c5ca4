#pragma once

#include "domain/enums.h"
#include "domain/role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Accordo {

/// The steps of the agreement workflow. Approve keeps the agreement in approval (it records
/// one approver's decision); Amend leaves the signed version active and opens a new draft
/// version beside it.
enum class Transition {
    Submit,          // draft -> negotiation
    Rework,          // negotiation -> draft
    RequestApproval, // negotiation -> approval
    Approve,         // approval -> approval
    Reject,          // approval -> negotiation
    Sign,            // approval -> active
    Amend,           // active -> new version in draft
    Terminate,       // active -> terminated
    Expire,          // active -> expired
};

/// The static shape of each transition: keys, names, the states it joins and who may take it.
class Transitions
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Transitions)

public:
    static QList<Transition> all();
    static QString key(Transition transition);
    static QString displayName(Transition transition);
    static std::optional<Transition> fromKey(const QString &key);

    static AgreementStatus from(Transition transition);
    /// The state of the version the transition leaves behind (for Amend: of the new version).
    static AgreementStatus to(Transition transition);
    static Role requiredRole(Transition transition);
    /// The transition that leads from `from` to the state `to`, if there is exactly one.
    static std::optional<Transition> leadingTo(AgreementStatus from, AgreementStatus to);
};

} // namespace Accordo
