#pragma once

#include "audit/auditlog.h"
#include "result.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

namespace Accordo {

class Workspace;
struct Alert;
struct ImprovementAction;
struct ServiceReview;

/// Writes what follows the demo portfolio's problems up at portfolio scale: the alerts raised
/// (DemoChanges), new agreement owners, reviews and improvement actions (DemoReviews). The
/// acting user's roles are checked once for each kind of record, every statement is prepared
/// once and reused, and the audit records go through one AuditLog::Batch. The rows and audit
/// records are those AlertStore::raise, AgreementOwners::set, ReviewStore::record and
/// ActionStore::insert write for the same input (tst_demobulk compares both paths table by
/// table); the checks of those stores that read the workspace are left to the caller, which
/// writes only what they accept. Nothing here opens a savepoint: inside one, SQLite's statement
/// journal kept in memory is walked from its start at the end of every statement. Use it
/// inside the caller's transaction, between begin() and finish(), with no other audited write
/// in between.
class DemoFollowUpWriter
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DemoFollowUpWriter)

public:
    explicit DemoFollowUpWriter(Workspace &workspace);

    Result<void> begin();
    /// Makes the active user `userId` the owner of `number`, which has none yet.
    Result<void> setOwner(const QString &number, qint64 userId);
    /// Records the review, which opens no amendment; returns its id.
    Result<qint64> record(const ServiceReview &review);
    /// Adds the action; returns its id.
    Result<qint64> insert(const ImprovementAction &action);
    /// Stores the new alert; returns its id.
    Result<qint64> insert(const Alert &alert);
    /// Stores the audit trail's new head.
    Result<void> finish();

private:
    enum class Kind { Alert, Owner, Review, Action };
    // The check the store makes before writing a record of the kind, made once.
    Result<void> allow(Kind kind);
    // What follows every INSERT: a failure is described for the record `describe()` names;
    // otherwise the new row `id` of `entity` goes on the trail as `after(id)`. Returns the id.
    template<typename Describe, typename Snapshot>
    Result<qint64> audited(const Result<qint64> &id, const QString &entity,
                           const Describe &describe, const Snapshot &after);

    Workspace &mWorkspace;
    AuditLog::Batch mAudit;
    QString mUser;
    Sql::Insert mOwner;
    Sql::Insert mReview;
    Sql::Insert mAction;
    Sql::Insert mAlert;
    QList<Kind> mAllowed;
};

} // namespace Accordo
