#pragma once

#include "data/auditedwrite.h"
#include "data/workspace.h"
#include "domain/entities.h"
#include "lifecycle/transition.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace Accordo {

/// The one way a version changes state: the guarded UPDATE of its status, the row in its
/// transition log, and the audit entry the caller's AuditedWrite appends.
class StatusChange
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::AgreementWorkflow)

public:
    explicit StatusChange(QSqlDatabase db) : mDb(std::move(db)) {}

    /// Moves `agreement` from its stored status to `to`; refused when someone else moved it
    /// meanwhile. `details` join the new status (and the reason, if any) in the audit entry.
    Result<AuditEntry> apply(const Agreement &agreement, AgreementStatus to, Transition transition,
                             const QString &userName, const QString &reason,
                             const QJsonObject &details) const;
    /// Appends a row to the version's transition log.
    Result<void> log(qint64 agreementId, Transition transition, AgreementStatus from,
                     AgreementStatus to, const QString &userName, const QString &reason) const;

    /// "SLA-2026-0001 version 2", the prefix of the workflow's messages.
    static QString label(const Agreement &agreement);
    static QString nowUtc();

private:
    QSqlDatabase mDb;
};

/// The workflow writes terms through the Workspace, which checks and records its own acting
/// user; this sets that user for one step and restores the previous one.
class ActingUser
{
public:
    ActingUser(Workspace &workspace, const QString &name);
    ~ActingUser();
    ActingUser(const ActingUser &) = delete;
    ActingUser &operator=(const ActingUser &) = delete;

private:
    Workspace &mWorkspace;
    Workspace::Identity mPrevious;
};

} // namespace Accordo
