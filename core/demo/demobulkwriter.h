#pragma once

#include "audit/auditlog.h"
#include "domain/entities.h"
#include "domain/pricing.h"
#include "result.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <optional>

namespace Accordo {

class Workspace;

/// Writes the demo portfolio's customers and agreements at portfolio scale: every statement
/// is prepared once and reused, nothing just written is read back, and the audit records go
/// through one AuditLog::Batch. The rows and audit records are those PartyStore::insert and
/// AgreementStore::insert write for the same input (tst_demodata compares both paths table by
/// table). It handles what the demo makes: new parties without contacts or deliveries, and new
/// agreements whose parents it wrote itself. Use it inside the caller's transaction, between
/// begin() and finish(), with no other audited write in between.
class DemoBulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DemoBulkWriter)

public:
    explicit DemoBulkWriter(Workspace &workspace);

    Result<void> begin();
    Result<qint64> insert(const Party &party);
    Result<qint64> insert(const Agreement &agreement);
    /// Stores the audit trail's new head.
    Result<void> finish();

private:
    Result<QString> nextNumber(AgreementKind kind, int year);
    Result<qint64> insertRow(Agreement &agreement, const QString &what);
    Result<void> insertTarget(qint64 agreementId, int position, Target &target,
                              const QString &what);
    Result<void> insertDocument(const Agreement &stored);
    Result<std::optional<QString>> documentOf(AgreementKind kind);

    Workspace &mWorkspace;
    AuditLog::Batch mAudit;
    QString mUser;
    Sql::Insert mParty;
    QSqlQuery mContact;
    Sql::Insert mAgreement;
    QSqlQuery mService;
    Sql::Insert mTarget;
    QSqlQuery mTier;
    QSqlQuery mPriceLine;
    QSqlQuery mEditor;
    QSqlQuery mNumber;
    Sql::Insert mDocument;
    QHash<qint64, AgreementLevel> mLevels;         // of the agreements written here, by id
    QHash<qint64, Offering> mOfferings;            // read once, by id
    QHash<int, std::optional<QString>> mDocuments; // a new draft's sections' key, by kind
};

} // namespace Accordo
