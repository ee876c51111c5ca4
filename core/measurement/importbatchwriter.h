#pragma once

#include "measurement/measurementimporter.h"
#include "result.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

namespace Accordo {

/// What a batch writes per kind: the table, its columns (which of them integers) and the
/// natural key a row is found by. Identifiers are these constants only, never text from a file.
struct ImportTable
{
    QString kind; // import_batches.kind
    QString table;
    QStringList columns;
    QStringList integers;
    QStringList key;
    // The trigger that notes the month of each row added (kpi_dirty_months) and the column it
    // reads the month from; empty where the import does not set it aside.
    QString monthTrigger;
    QString monthColumn;

    static const ImportTable &of(RecordKind kind);
    /// A row's values as a batch keeps them (import_batch_rows.previous), and back.
    QString packRow(const QVariantList &values) const;
    QVariantList unpackRow(const QString &packed) const;
};

/// A text column's value: '' for "not given", as the columns are NOT NULL and a null QString
/// would bind as NULL.
QString importText(const QString &value);

/// Writes the rows of one import batch: records the batch, then looks each row up by its key,
/// inserts a new one (marked with the batch, which removes it on a roll back), updates a
/// changed one keeping what it was in the batch, and leaves an identical one alone, counting
/// each in the report. Owns the SQL of import_batches and the imported tables' writes.
class ImportBatchWriter
{
    // Its messages are the importer's, translated as such.
    Q_DECLARE_TR_FUNCTIONS(Accordo::MeasurementImporter)

public:
    ImportBatchWriter(QSqlDatabase db, RecordKind kind, const QString &path, ImportReport &report);
    ImportBatchWriter(const ImportBatchWriter &) = delete;
    ImportBatchWriter &operator=(const ImportBatchWriter &) = delete;

    /// Records the batch and reads what is stored already (tickets of `source` only). When
    /// the file holds about `expectedRows` tickets (-1: unknown) and the source far more, each
    /// ticket is looked up by its key as it comes instead: a small import into a large source
    /// then reads what it names, not the whole source.
    Result<void> begin(const QString &source, const QString &sha256, const QString &userName,
                       qint64 expectedRows = -1);
    /// Writes one row, the values in the order of ImportTable::columns; after a failure the
    /// rows are ignored and error() tells why.
    void write(const QVariantList &values, qint64 line);
    const std::optional<Error> &error() const { return mError; }
    /// Stores the batch's counts and leaves one record of the batch on the audit trail: the
    /// file's name and SHA-256, who ran it, when, and its counts.
    Result<void> finish();

private:
    // What is stored already, by key: its id and a digest of its values.
    struct Known
    {
        qint64 id = 0; // 0: inserted by this batch
        size_t digest = 0;
    };
    // A key's characters and their hash, computed once: the map compares the hashes before it
    // reads the characters, which lie elsewhere in memory, of a million keys of one length.
    struct KeyRef
    {
        size_t hash = 0;
        QStringView text;
        friend bool operator==(const KeyRef &l, const KeyRef &r)
        {
            return l.hash == r.hash && l.text == r.text;
        }
        friend size_t qHash(const KeyRef &key, size_t seed) { return key.hash ^ seed; }
    };

    Result<void> readKnown(const QString &source);
    Result<bool> lookUpByKey(const QString &source, qint64 expectedRows);
    Result<void> mayPutIndexesAside(qint64 expectedRows);
    void putIndexesAside();
    Result<void> setMonthTriggerAside(qint64 expectedRows);
    Result<void> noteMonthsAdded();
    // The stored row of a ticket by its key, if there is one; nothing after a failure too.
    std::optional<Known> lookUp(const QVariantList &values, qint64 line);
    // The key's characters, kept with the others for as long as the writer lives (the last
    // ones kept may be let go again by moving mKeyChunkUsed back).
    KeyRef keep(QStringView key);
    Result<void> prepare();
    void fail(const QSqlQuery &query, qint64 line);
    void insert(const QVariantList &values, qint64 line);
    // Writes the rows insert() holds back; false after a failure.
    bool flush();
    // Makes again the unique indexes set aside, so that a row can be found by its key; false
    // after a failure.
    bool restoreKeyIndex();
    void updateOwn(const QVariantList &values, qint64 line);
    void update(qint64 id, const QVariantList &values, qint64 line);

    QSqlDatabase mDb;
    RecordKind mKind;
    const ImportTable &mTable;
    QString mPath;
    ImportReport &mReport;
    QList<int> mKeyIndexes;
    QList<int> mMapKey;
    // Keyed by views of mKeyChunks: a million keys as strings of their own would each cost an
    // allocation, and as many scattered frees when the import ends.
    QHash<KeyRef, Known> mKnown;
    std::vector<std::unique_ptr<char16_t[]>> mKeyChunks;
    qsizetype mKeyChunkSize = 0;
    qsizetype mKeyChunkUsed = 0;
    QSqlQuery mPrevious;
    QSqlQuery mInsert;
    // On SQLite, new rows are inserted many at a time: one statement a row would pay for a
    // statement journal and a trigger program set up a million times.
    Sql::Statement mInsertMany;
    QVariantList mPending; // the held-back rows' values, each followed by the batch
    QList<qint64> mPendingLines;
    // The table's own indexes, its key's too, dropped while a file about as large as it or
    // larger is written and made again at the end (SQLite only).
    QStringList mIndexesAside;
    bool mIndexesMayGoAside = false; // once the file has added enough rows
    // The table's month trigger, dropped while a large file is written (SQLite only): the
    // days of the rows added are noted instead, and their months written once at the end.
    QString mMonthTriggerAside;
    int mMonthColumn = -1; // while the trigger is aside
    QSet<qint64> mDaysAdded;
    QSqlQuery mUpdate;
    QSqlQuery mUpdateOwn;
    QSqlQuery mRemember;
    QSqlQuery mLookUp;   // tickets looked up one by one by their key
    bool mByKey = false; // instead of reading every stored ticket of the source first
    QString mSource;
    std::optional<Error> mError;
    QString mUserName;
    QJsonObject mBatch; // the batch's row as the audit record holds it
};

} // namespace Accordo
