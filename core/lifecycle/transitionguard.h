#pragma once

#include "lifecycle/lifecycletypes.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace Accordo {

class Workspace;

/// Whether a transition may happen to a version now, and if not, why. A check that cannot
/// read what it needs refuses the step with the reason it could not.
class TransitionGuard
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::AgreementWorkflow)

public:
    /// `today` is the date the guard judges expiry and signing dates against.
    TransitionGuard(const Workspace &workspace, const QDate &today);

    /// The state, the user and the version's own readiness for the step.
    TransitionOption check(const Agreement &agreement, const AgreementLifecycle &lifecycle,
                           Transition transition, const QString &userName) const;
    /// The details that only a request carries: reasons, dates, the signing.
    Result<void> checkDetails(const Agreement &agreement, const TransitionRequest &request) const;

    /// Everything the version itself still lacks for a forward step (submit, request
    /// approval, sign), each as the reason check() would give; empty when nothing does, and for
    /// the other steps. The state and the user are not judged here.
    QStringList gaps(const Agreement &agreement, const AgreementLifecycle &lifecycle,
                     Transition transition) const;

    static QStringList signingMethods();

private:
    // Each returns why the step is refused, or an empty text when it may go ahead.
    QString whyNotFromHere(const Agreement &agreement, const AgreementLifecycle &lifecycle,
                           Transition transition) const;
    QString whyNotUser(Transition transition, const QString &userName) const;
    QStringList submitGaps(const Agreement &agreement, const AgreementLifecycle &lifecycle) const;
    QStringList requestApprovalGaps(const Agreement &agreement,
                                    const AgreementLifecycle &lifecycle) const;
    QStringList signGaps(const AgreementLifecycle &lifecycle) const;
    QString whyNotDecide(const Agreement &agreement, const AgreementLifecycle &lifecycle,
                         const QString &userName) const;
    QString whyNotAmend(const Agreement &agreement) const;
    QString whyNotExpire(const Agreement &agreement) const;
    QString whyNot(const Agreement &agreement, const AgreementLifecycle &lifecycle,
                   Transition transition, const QString &userName) const;

    Result<void> checkTermination(const Agreement &agreement,
                                  const TransitionRequest &request) const;
    Result<void> checkSigning(const Agreement &agreement, const TransitionRequest &request) const;

    const Workspace &mWorkspace;
    QSqlDatabase mDb;
    QDate mToday;
};

} // namespace Accordo
