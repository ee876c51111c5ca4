#pragma once

#include "data/auditedwrite.h"
#include "lifecycle/lifecycletypes.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace Accordo {

class Workspace;

/// The edits beside the terms while a version is in draft or negotiation: the requirements
/// charter and the list of required approvers. Each is an SLA manager's audited edit that
/// makes the user an editor of the version.
class CharterEdits
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::AgreementWorkflow)

public:
    explicit CharterEdits(Workspace &workspace);

    Result<void> setCharter(qint64 agreementId, const Charter &charter, const QString &userName);
    Result<void> setRequiredApprovers(qint64 agreementId, const QList<RequiredApprover> &approvers,
                                      const QString &userName);

    /// Replace the stored charter or approvers of a version, unaudited (for a caller that
    /// audits the whole change, such as an amendment copying them to its new version).
    Result<void> writeCharter(qint64 agreementId, const Charter &charter) const;
    Result<void> writeApprovers(qint64 agreementId, const QList<RequiredApprover> &approvers) const;

private:
    /// Reads (and checks) what the edit replaces, as its audit snapshot.
    using Before = std::function<Result<QJsonValue>()>;
    using Write = std::function<Result<void>()>;
    /// The shared path of both edits: the version's state and the user's role, then in one
    /// audited write the old value, the new one, and the user as an editor of the version.
    Result<void> edit(qint64 agreementId, const QString &userName, const QString &what,
                      const QString &action, const Before &before, const Write &write,
                      const QJsonValue &after);
    Result<void> requireEditable(qint64 agreementId, const QString &userName,
                                 const QString &what) const;

    Workspace &mWorkspace;
    QSqlDatabase mDb;
};

} // namespace Accordo
