#pragma once

#include "data/auditedwrite.h"
#include "lifecycle/lifecycletypes.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Accordo {

class Workspace;

/// The steps that put a version in force, end it or open its successor: signing (with the
/// registered number, the signatories, and the amended version leaving force), termination
/// and amendment. Each runs inside the caller's audited write and returns its audit entries;
/// the guard has allowed the step and checked the request's details.
class VersionSteps
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::AgreementWorkflow)

public:
    explicit VersionSteps(Workspace &workspace);

    Result<QList<AuditEntry>> sign(const Agreement &agreement, const AgreementLifecycle &lifecycle,
                                   const TransitionRequest &request, const QString &userName);
    Result<AuditEntry> terminate(const Agreement &agreement, const TransitionRequest &request,
                                 const QString &userName);
    /// Opens the next version as a draft copy of `agreement` (terms, targets, charter and
    /// approvers); `newId` receives its id. The Workspace's acting user must be `userName`.
    Result<AuditEntry> amend(const Agreement &agreement, const QString &userName, qint64 &newId);

private:
    Result<QString> nextRegisteredNumber(const Agreement &agreement, int year);
    Result<QJsonArray> writeSignatories(const Agreement &agreement,
                                        const QList<Signatory> &signatories);

    Workspace &mWorkspace;
    QSqlDatabase mDb;
};

} // namespace Accordo
