#pragma once

#include "data/auditedwrite.h"
#include "lifecycle/lifecycletypes.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace Accordo {

/// The approval round of a version: who may still decide, segregation of duties (whoever
/// shaped an agreement may not approve or reject it), and the recorded decisions.
class Approvals
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::AgreementWorkflow)

public:
    explicit Approvals(QSqlDatabase db) : mDb(std::move(db)) {}

    /// The required approver this user would decide for in the current round: one reserved to
    /// the user, else the first open one reserved to nobody; none once the user has decided.
    static std::optional<qint64> openSlot(const AgreementLifecycle &lifecycle,
                                          const QString &userName);
    /// Who has given which required approval this round and which are still awaited, in the
    /// order the approvers are required; readyToSign is left to the guard.
    static ApprovalProgress progress(const AgreementLifecycle &lifecycle);

    /// Whether the user authored or edited any version of the number.
    Result<bool> hasEdited(const QString &number, const QString &userName) const;
    /// Remembers the user as an editor of the version.
    Result<void> recordEditor(qint64 agreementId, const QString &userName) const;

    /// Records the user's approval or rejection for their open slot and moves the version
    /// accordingly; the guard has checked that the slot exists.
    Result<AuditEntry> decide(const Agreement &agreement, const AgreementLifecycle &lifecycle,
                              const TransitionRequest &request, const QString &userName) const;

private:
    QSqlDatabase mDb;
};

} // namespace Accordo
