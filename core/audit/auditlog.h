#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Accordo {

/// One entry of the audit trail: who changed what, when, from which value to which.
struct AuditRecord
{
    qint64 seq = 0;
    QString at; // UTC, ISO 8601 with milliseconds, exactly as stored
    QString user;
    QString entity; // "agreement", "party", "service", "calendar", "region", "user"
    qint64 entityId = 0;
    QString action;   // "insert", "update", "delete", "transition:<name>", ...
    QString oldValue; // compact JSON, "null" when there was none
    QString newValue;
    QString prevHash;
    QString hash;
};

/// The append-only, hash-chained audit trail. Each record carries the SHA-256 of its own
/// canonical form including the previous record's hash, so editing or deleting any record
/// breaks the chain; the last record's sequence and hash are also kept in accordo_meta so
/// that removing the newest record is noticed too. verify() also replays the records and
/// compares the audited tables with the state they lead to (AuditState), so that a row changed
/// behind Accordo's back is noticed; a head kept outside the workspace (expectHead) catches a
/// trail rewritten and re-hashed as a whole, or cut short.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::AuditLog)

public:
    explicit AuditLog(QSqlDatabase connection);

    /// Appends one record; call it inside the transaction of the change it describes.
    Result<qint64> append(const QString &user, const QString &entity, qint64 entityId,
                          const QString &action, const QJsonValue &oldValue,
                          const QJsonValue &newValue);

    /// Appends many records in a row for a bulk write: the head is read once, the hash chain
    /// is computed in memory, every record goes through one prepared insert, and finish()
    /// stores the new head. The records are exactly those append() would write one by one.
    /// Nothing else may append between begin() and finish(); run all of it in one transaction.
    class Batch
    {
    public:
        explicit Batch(QSqlDatabase connection);
        Result<void> begin();
        Result<qint64> append(const QString &user, const QString &entity, qint64 entityId,
                              const QString &action, const QJsonValue &oldValue,
                              const QJsonValue &newValue);
        Result<void> finish();

    private:
        QSqlDatabase mDb;
        QSqlQuery mInsert;
        qint64 mSeq = 0;
        QString mPrevHash;
        QStringList mEntities; // told to the other sessions once, by finish()
        bool mBegun = false;
    };

    struct Verification
    {
        bool intact = true;
        qint64 records = 0;
        qint64 brokenSeq = 0; // the first record found broken (or missing); 0 for a table row
        QString problem;      // a sentence naming that record, or the table row that differs
        QString headHash;     // the newest record's hash (the genesis hash for an empty trail)
    };
    struct VerifyOptions
    {
        /// Compare the audited tables with the state the trail leads to (AuditState).
        bool checkData = true;
        /// A head taken earlier (`audit head`): the trail must still hold a record with this
        /// hash, which a truncated or re-chained trail no longer does.
        QString expectHead;
    };
    /// One pass over the trail checks the chain (and the anchor) and replays the records;
    /// then each audited table is read once and compared with the replayed state.
    Result<Verification> verify() const { return verify(VerifyOptions{}); }
    Result<Verification> verify(const VerifyOptions &options) const;

    /// Records about one entity, oldest first.
    Result<QList<AuditRecord>> history(const QString &entity, qint64 entityId) const;
    /// Records about several entities of one kind (e.g. every version of an agreement).
    Result<QList<AuditRecord>> history(const QString &entity, const QList<qint64> &ids) const;
    /// The number of records; -1 when the trail cannot be read.
    qint64 count() const;

    static QString genesisHash();
    static QString hashOf(const AuditRecord &record);
    static QString canonicalJson(const QJsonValue &value);

private:
    QSqlDatabase mDb;
};

} // namespace Accordo
