#include "importbatchwriter.h"

#include "audit/auditlog.h"
#include "storage/bulkwrite.h"
#include "storage/dialect.h"
#include "storage/rowdigest.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString kInsertBatch = uR"(INSERT INTO import_batches (kind, source, file_name, sha256,
                                                             user_name, imported_at)
                                 VALUES (?, ?, ?, ?, ?, ?) RETURNING id)"_s;
const QString kBatchCounts = uR"(UPDATE import_batches SET rows_read = ?, inserted = ?,
                                     updated = ?, unchanged = ?, rejected = ?
                                 WHERE id = ?)"_s;
const QString kRemember = uR"(INSERT INTO import_batch_rows (batch_id, row_id, previous)
                              VALUES (?, ?, ?) ON CONFLICT (batch_id, row_id) DO NOTHING)"_s;
// The imported tables' statements, for the table and columns of an ImportTable.
const QString kSelectKnown = u"SELECT id, %1 FROM %2%3"_s;
const QString kCountSource = u"SELECT count(*) AS n FROM tickets WHERE source = ?"_s;
const QString kSelectByNumber = u"SELECT id, %1 FROM tickets WHERE source = ? AND number = ?"_s;
// A source holding this many times the rows a file brings is looked up row by row.
constexpr qint64 kLookUpRatio = 4;
const QString kSelectRow = u"SELECT %1 FROM %2 WHERE id = ?"_s;
const QString kInsertRow = u"INSERT INTO %1 (%2, batch_id) VALUES (%3, ?)"_s;
// %3: one "(?, …, ?)" a row, kRowsPerInsert of them.
const QString kInsertRows = u"INSERT INTO %1 (%2, batch_id) VALUES %3"_s;
constexpr qsizetype kRowsPerInsert = 64;
// The characters of the keys kept, so many at a time.
constexpr qsizetype kKeyChunk = 1 << 16;
// The indexes a schema statement made on a table (a constraint's own have no statement).
const QString kTableIndexes = uR"(SELECT name, sql FROM sqlite_master
                                  WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL
                                  ORDER BY name)"_s;
const QString kCountRows = u"SELECT count(*) AS n FROM %1"_s;
const QString kDropIndex = u"DROP INDEX \"%1\""_s;
// A trigger's own statement, by its name (ImportTable::monthTrigger) and table.
const QString kTrigger = uR"(SELECT sql FROM sqlite_master
                             WHERE type = 'trigger' AND name = ? AND tbl_name = ?)"_s;
const QString kDropTrigger = u"DROP TRIGGER \"%1\""_s;
// What the month trigger notes for a row added at this instant (or any other of its UTC day).
const QString kNoteMonth = uR"(INSERT OR IGNORE INTO kpi_dirty_months
                               VALUES (strftime('%Y-%m', ?, 'unixepoch')))"_s;
// A file of fewer rows leaves the month trigger in place: it costs well under a microsecond a
// row, and setting it aside changes the schema, which every other connection then reads again.
constexpr qint64 kMonthTriggerRows = 1000;
// Rows a large file adds before the table's indexes are set aside.
constexpr qint64 kIndexesAsideAfter = 10000;
constexpr qint64 kSecondsPerDay = 86400;
const QString kUpdateRow = u"UPDATE %1 SET %2 WHERE id = ?"_s;
const QString kUpdateByKey = u"UPDATE %1 SET %2 WHERE %3"_s;

// A row's natural key as one string, and a digest of all its values, each value in its text
// form (the database may hand an integer back as a string or a double).
// A NULL reads the same whichever side it comes from (a typed null would read as "0").
QString keyText(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

QString keyOf(const QVariantList &values, const QList<int> &keyIndexes)
{
    if (keyIndexes.size() == 1)
        return keyText(values.at(keyIndexes.first()));
    QString key;
    for (int index : keyIndexes) {
        key += keyText(values.at(index));
        key += QChar(0x1f);
    }
    return key;
}

// The UTC day of an instant in epoch seconds, rounded down before 1970 too.
qint64 dayOf(qint64 instant)
{
    return instant >= 0 ? instant / kSecondsPerDay : (instant + 1) / kSecondsPerDay - 1;
}

void bindAll(QSqlQuery &query, const QVariantList &values, int first = 0)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(first + i, values.at(i));
}

} // namespace

QString importText(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

const ImportTable &ImportTable::of(RecordKind kind)
{
    static const ImportTable tickets{u"tickets"_s,
                                     u"tickets"_s,
                                     {u"source"_s, u"number"_s, u"customer"_s, u"service"_s,
                                      u"region"_s, u"priority"_s, u"status"_s, u"opened_at"_s,
                                      u"first_response_at"_s, u"resolved_at"_s, u"closed_at"_s,
                                      u"satisfaction"_s, u"pauses"_s},
                                     {u"opened_at"_s, u"first_response_at"_s, u"resolved_at"_s,
                                      u"closed_at"_s, u"satisfaction"_s},
                                     {u"source"_s, u"number"_s},
                                     u"tickets_insert_kpi"_s,
                                     u"opened_at"_s};
    static const ImportTable outages{
        u"outages"_s,
        u"outages"_s,
        {u"service"_s, u"customer"_s, u"region"_s, u"start_at"_s, u"end_at"_s, u"planned"_s},
        {u"start_at"_s, u"end_at"_s, u"planned"_s},
        {u"service"_s, u"customer"_s, u"region"_s, u"start_at"_s},
        {},
        {}};
    static const ImportTable surveys{
        u"surveys"_s,
        u"surveys"_s,
        {u"ticket_number"_s, u"customer"_s, u"answered_at"_s, u"score"_s},
        {u"answered_at"_s, u"score"_s},
        {u"ticket_number"_s, u"customer"_s, u"answered_at"_s},
        u"surveys_insert_kpi"_s,
        u"answered_at"_s};
    // An observation is known by everything that says what was observed when; its figures
    // are what a later import may correct.
    static const ImportTable observations{
        u"observations"_s,
        u"observations"_s,
        {u"metric"_s, u"customer"_s, u"service"_s, u"region"_s, u"reference"_s, u"observed_at"_s,
         u"period"_s, u"value_milli"_s, u"successes"_s, u"attempts"_s},
        {u"observed_at"_s, u"value_milli"_s, u"successes"_s, u"attempts"_s},
        {u"metric"_s, u"customer"_s, u"service"_s, u"region"_s, u"reference"_s, u"observed_at"_s,
         u"period"_s},
        {},
        {}};
    switch (kind) {
    case RecordKind::Ticket:
        return tickets;
    case RecordKind::Outage:
        return outages;
    case RecordKind::Survey:
        return surveys;
    case RecordKind::Observation:
        return observations;
    }
    return surveys;
}

// A row's values as a batch keeps them: integers as JSON numbers (exact below 2^53, which
// epoch seconds and scores are), text as strings, NULL as null.
QString ImportTable::packRow(const QVariantList &values) const
{
    QJsonArray array;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.isNull())
            array.append(QJsonValue::Null);
        else if (integers.contains(columns.at(i)))
            array.append(double(v.toLongLong()));
        else
            array.append(v.toString());
    }
    // Text, not bytes: PostgreSQL's driver would send a QByteArray as bytea.
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVariantList ImportTable::unpackRow(const QString &packed) const
{
    const QJsonArray array = QJsonDocument::fromJson(packed.toUtf8()).array();
    QVariantList values;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QJsonValue v = array.at(i);
        if (v.isNull() || v.isUndefined())
            values.append(integers.contains(columns.at(i)) ? QVariant(QMetaType::fromType<qint64>())
                                                           : QVariant(u""_s));
        else if (integers.contains(columns.at(i)))
            values.append(qint64(v.toDouble()));
        else
            values.append(v.toString());
    }
    return values;
}

ImportBatchWriter::ImportBatchWriter(QSqlDatabase db, RecordKind kind, const QString &path,
                                     ImportReport &report)
    : mDb(db),
      mKind(kind),
      mTable(ImportTable::of(kind)),
      mPath(path),
      mReport(report),
      mPrevious(db),
      mInsert(db),
      mInsertMany(db),
      mUpdate(db),
      mUpdateOwn(db),
      mRemember(db),
      mLookUp(db)
{
    for (const QString &column : mTable.key)
        mKeyIndexes.append(int(mTable.columns.indexOf(column)));
    // One source per import: a ticket's id alone tells its rows apart.
    mMapKey = kind == RecordKind::Ticket ? QList<int>{int(mTable.columns.indexOf(u"number"_s))}
                                         : mKeyIndexes;
}

Result<void> ImportBatchWriter::begin(const QString &source, const QString &sha256,
                                      const QString &userName, qint64 expectedRows)
{
    // The batch first: every row written refers to it.
    const qint64 importedAt = QDateTime::currentSecsSinceEpoch();
    const QString fileName = QFileInfo(mPath).fileName();
    const auto id = Sql::scalar(
        mDb, kInsertBatch,
        {mTable.kind, importText(source), fileName, sha256, importText(userName), importedAt});
    if (!id || !id->isValid())
        return Error{tr("%1: the import cannot be recorded: %2").arg(mPath, id.errorString())};
    mReport.batchId = id->toLongLong();
    mUserName = importText(userName);
    // Numbers as strings, as in every audit snapshot: JSON numbers are doubles.
    mBatch = QJsonObject{{u"kind"_s, mTable.kind},
                         {u"source"_s, importText(source)},
                         {u"file_name"_s, fileName},
                         {u"sha256"_s, sha256},
                         {u"user_name"_s, mUserName},
                         {u"imported_at"_s, QString::number(importedAt)},
                         {u"rolled_back_at"_s, QJsonValue()},
                         {u"rolled_back_by"_s, QJsonValue()}};
    mSource = importText(source);
    auto byKey = lookUpByKey(mSource, expectedRows);
    if (!byKey)
        return byKey.error();
    mByKey = *byKey;
    if (!mByKey) {
        // Every row the file brings is looked up, and most are kept, by their key: room for
        // as many, before the stored ones are read (a file that brings them again is the
        // larger share of imports; a map that must grow beyond grows once).
        if (expectedRows > 0)
            mKnown.reserve(expectedRows);
        if (auto r = readKnown(source); !r)
            return r;
    }
    if (auto r = mayPutIndexesAside(expectedRows); !r)
        return r;
    if (auto r = setMonthTriggerAside(expectedRows); !r)
        return r;
    return prepare();
}

// Inserting a million rows into an index in the file's order puts each at a random place in
// it; SQLite makes an index of rows already stored by sorting them, in a fraction of the
// time. Only for a file about as large as the table or larger, and once it has added
// kIndexesAsideAfter rows (a file of rows stored already adds none, and its indexes are not
// made again for nothing): the indexes are made again over every row at the end. In the
// import's transaction, so that a failed import leaves the indexes as they were. The key's
// unique index goes too (its constraint holds by the keys kept in memory: every stored key of
// the source is read first), unless rows are looked up by it one by one; a row found by its
// key later makes it again first (restoreKeyIndex()).
Result<void> ImportBatchWriter::mayPutIndexesAside(qint64 expectedRows)
{
    if (expectedRows <= 0 || mByKey || Dialect::isPostgres(mDb))
        return {};
    auto stored = Sql::scalar(mDb, kCountRows.arg(mTable.table));
    if (!stored)
        return Error{tr("%1: %2").arg(mDb.databaseName(), stored.errorString())};
    mIndexesMayGoAside = stored->toLongLong() <= expectedRows;
    return {};
}

void ImportBatchWriter::putIndexesAside()
{
    mIndexesMayGoAside = false;
    auto indexes = Sql::list(mDb, kTableIndexes, {mTable.table}, [](const Sql::Rows &r) {
        return std::pair{r.text("name"), r.text("sql")};
    });
    if (!indexes)
        return; // they stay, and the rows go into them as they come
    for (const auto &[name, sql] : std::as_const(*indexes)) {
        // SQLite refuses to drop an index while a statement of the connection is still reading
        // (a window's list): the rest then stay, and the rows go into them as they come.
        // The name as a quoted identifier: a quote in it doubled.
        QString quoted = name;
        if (!Sql::exec(mDb, kDropIndex.arg(quoted.replace(u'"', u"\"\""_s))))
            break;
        mIndexesAside.append(sql);
    }
}

// The month trigger runs a program for every row added, to note a month that a file of many
// rows names again and again. While such a file is written, the importer notes the days of
// the rows it adds instead and writes their months once, in finish(): the same months the
// trigger would have noted, as SQLite formats them. In the import's transaction, like the
// indexes; the trigger for changed rows stays.
Result<void> ImportBatchWriter::setMonthTriggerAside(qint64 expectedRows)
{
    if (mTable.monthTrigger.isEmpty() || expectedRows < kMonthTriggerRows
        || Dialect::isPostgres(mDb))
        return {};
    auto sql = Sql::scalar(mDb, kTrigger, {mTable.monthTrigger, mTable.table});
    if (!sql)
        return Error{tr("%1: %2").arg(mDb.databaseName(), sql.errorString())};
    if (!sql->isValid())
        return {};
    // Left in place when SQLite refuses to drop it: the rows then note their months as they come.
    QString quoted = mTable.monthTrigger;
    if (!Sql::exec(mDb, kDropTrigger.arg(quoted.replace(u'"', u"\"\""_s))))
        return {};
    mMonthTriggerAside = sql->toString();
    mMonthColumn = int(mTable.columns.indexOf(mTable.monthColumn));
    return {};
}

Result<void> ImportBatchWriter::noteMonthsAdded()
{
    if (mMonthTriggerAside.isEmpty())
        return {};
    QSqlQuery note(mDb);
    if (!note.prepare(kNoteMonth))
        return Error{tr("%1: %2").arg(mDb.databaseName(), note.lastError().text())};
    for (qint64 day : std::as_const(mDaysAdded)) {
        note.bindValue(0, day * kSecondsPerDay);
        if (!note.exec())
            return Error{tr("%1: %2").arg(mDb.databaseName(), note.lastError().text())};
    }
    if (auto r = Sql::exec(mDb, mMonthTriggerAside); !r)
        return Error{tr("%1: %2").arg(mDb.databaseName(), r.errorString())};
    mMonthTriggerAside.clear();
    mMonthColumn = -1;
    mDaysAdded.clear();
    return {};
}

Result<bool> ImportBatchWriter::lookUpByKey(const QString &source, qint64 expectedRows)
{
    if (mKind != RecordKind::Ticket || expectedRows < 0)
        return false;
    auto stored = Sql::scalar(mDb, kCountSource, {source});
    if (!stored)
        return Error{tr("%1: %2").arg(mDb.databaseName(), stored.errorString())};
    if (stored->toLongLong() <= kLookUpRatio * std::max<qint64>(expectedRows, 1))
        return false;
    mLookUp.setForwardOnly(true);
    if (!mLookUp.prepare(kSelectByNumber.arg(mTable.columns.join(u", "_s))))
        return Error{tr("%1: %2").arg(mDb.databaseName(), mLookUp.lastError().text())};
    return true;
}

std::optional<ImportBatchWriter::Known> ImportBatchWriter::lookUp(const QVariantList &values,
                                                                  qint64 line)
{
    mLookUp.bindValue(0, mSource);
    mLookUp.bindValue(1, values.at(mMapKey.first()));
    if (!mLookUp.exec()) {
        fail(mLookUp, line);
        return std::nullopt;
    }
    std::optional<Known> known;
    if (mLookUp.next()) {
        // The values in the order readKnown() reads them, for the same digest.
        QVariantList stored;
        for (int column = 1; column <= int(mTable.columns.size()); ++column)
            stored.append(mLookUp.value(column));
        known = Known{mLookUp.value(u"id"_s).toLongLong(), Sql::rowDigest(stored)};
    }
    mLookUp.finish();
    return known;
}

// What is stored already, by key: its id and a digest of its values, read once, so that a
// row costs one statement when it is new and none when it is unchanged. Tickets of other
// sources are not read: they are other tickets.
Result<void> ImportBatchWriter::readKnown(const QString &source)
{
    const bool tickets = mKind == RecordKind::Ticket;
    // Streamed: SQLite's own statement, each field made a value only as it is read, instead of
    // a cached row of values for each of a million rows.
    auto existing = Sql::stream(mDb,
                                kSelectKnown.arg(mTable.columns.join(u", "_s), mTable.table,
                                                 tickets ? u" WHERE source = ?"_s : QString()),
                                tickets ? QVariantList{source} : QVariantList());
    if (!existing)
        return Error{tr("%1: %2").arg(mDb.databaseName(), existing.errorString())};
    // Each column's position, by name, once for the statement.
    const int idColumn = existing->indexOf(u"id"_s);
    QList<int> columns;
    for (const QString &column : mTable.columns)
        columns.append(existing->indexOf(column));
    QVariantList values;
    while (existing->next()) {
        values.clear();
        for (int column : std::as_const(columns))
            values.append(existing->value(column));
        mKnown.insert(keep(keyOf(values, mMapKey)),
                      {existing->value(idColumn).toLongLong(), Sql::rowDigest(values)});
    }
    if (const QString error = existing->errorText(); !error.isEmpty())
        return Error{tr("%1: %2").arg(mDb.databaseName(), error)};
    return {};
}

ImportBatchWriter::KeyRef ImportBatchWriter::keep(QStringView key)
{
    if (mKeyChunks.empty() || mKeyChunkUsed + key.size() > mKeyChunkSize) {
        mKeyChunkSize = std::max(kKeyChunk, key.size());
        mKeyChunks.push_back(std::make_unique_for_overwrite<char16_t[]>(mKeyChunkSize));
        mKeyChunkUsed = 0;
    }
    char16_t *kept = mKeyChunks.back().get() + mKeyChunkUsed;
    std::copy(key.utf16(), key.utf16() + key.size(), kept);
    mKeyChunkUsed += key.size();
    return {qHash(key, 0x6b6579), QStringView(kept, key.size())};
}

Result<void> ImportBatchWriter::prepare()
{
    QStringList keyTerms, assignments, placeholders;
    for (const QString &column : mTable.key)
        keyTerms.append(column + u" = ?"_s);
    for (const QString &column : mTable.columns) {
        assignments.append(column + u" = ?"_s);
        placeholders.append(u"?"_s);
    }
    const QString columns = mTable.columns.join(u", "_s);
    mPrevious.setForwardOnly(true);
    if (!mPrevious.prepare(kSelectRow.arg(columns, mTable.table))
        || !mInsert.prepare(kInsertRow.arg(mTable.table, columns, placeholders.join(u", "_s)))
        || !mUpdate.prepare(kUpdateRow.arg(mTable.table, assignments.join(u", "_s)))
        || !mUpdateOwn.prepare(
            kUpdateByKey.arg(mTable.table, assignments.join(u", "_s), keyTerms.join(u" AND "_s)))
        || !mRemember.prepare(kRemember))
        return Error{tr("%1: %2").arg(
            mDb.databaseName(), mPrevious.lastError().text() + mInsert.lastError().text()
                                    + mUpdate.lastError().text() + mUpdateOwn.lastError().text()
                                    + mRemember.lastError().text())};
    if (Dialect::isPostgres(mDb))
        return {};
    const QString row = u"("_s + placeholders.join(u", "_s) + u", ?)"_s;
    QStringList rows(kRowsPerInsert, row);
    if (auto r = mInsertMany.prepare(kInsertRows.arg(mTable.table, columns, rows.join(u", "_s)));
        !r)
        return Error{tr("%1: %2").arg(mDb.databaseName(), r.errorString())};
    mPending.reserve(kRowsPerInsert * (mTable.columns.size() + 1));
    return {};
}

void ImportBatchWriter::fail(const QSqlQuery &query, qint64 line)
{
    mError = Error{tr("%1:%2: the record cannot be written: %3")
                       .arg(mPath)
                       .arg(line)
                       .arg(query.lastError().text())};
}

void ImportBatchWriter::write(const QVariantList &values, qint64 line)
{
    if (mError)
        return;
    // One look in the map, whether the key is new or known: its characters are kept first, and
    // let go again when it was known.
    const QString key = keyOf(values, mMapKey);
    const qsizetype knownBefore = mKnown.size();
    Known &known = mKnown[keep(key)];
    if (mKnown.size() == knownBefore) {
        mKeyChunkUsed -= key.size();
    } else {
        // Not read before: a new row, unless a small import finds it stored.
        std::optional<Known> stored = mByKey ? lookUp(values, line) : std::nullopt;
        if (mError)
            return;
        if (!stored)
            return insert(values, line); // its digest only if the file names it again
        known = *stored;
    }
    // A row this batch added and the file names again: the later line wins, the row stays
    // one this batch added.
    if (known.id == 0)
        return updateOwn(values, line);
    const size_t digest = Sql::rowDigest(values);
    if (known.digest == digest) {
        ++mReport.unchanged;
        return;
    }
    known.digest = digest;
    update(known.id, values, line);
}

void ImportBatchWriter::insert(const QVariantList &values, qint64 line)
{
    if (mMonthColumn >= 0)
        mDaysAdded.insert(dayOf(values.at(mMonthColumn).toLongLong()));
    if (mInsertMany.isNative()) {
        mPending.append(values);
        mPending.append(mReport.batchId);
        mPendingLines.append(line);
        if (mPendingLines.size() == kRowsPerInsert && !flush())
            return;
    } else {
        bindAll(mInsert, values);
        mInsert.bindValue(int(values.size()), mReport.batchId);
        if (!mInsert.exec())
            return fail(mInsert, line);
    }
    ++mReport.inserted;
    ++mReport.records;
    if (mIndexesMayGoAside && mReport.inserted >= kIndexesAsideAfter)
        putIndexesAside();
}

bool ImportBatchWriter::flush()
{
    if (mError)
        return false;
    if (mPendingLines.size() == kRowsPerInsert && mInsertMany.run(mPending)) {
        mPending.clear();
        mPendingLines.clear();
        return true;
    }
    // The last few rows, or rows of which one failed: a statement that fails leaves nothing
    // behind, so they are written again one at a time, and a failure names its line.
    const qsizetype width = mTable.columns.size() + 1;
    for (qsizetype row = 0; row < mPendingLines.size(); ++row) {
        for (qsizetype i = 0; i < width; ++i)
            mInsert.bindValue(int(i), mPending.at(row * width + i));
        if (!mInsert.exec()) {
            fail(mInsert, mPendingLines.at(row));
            break;
        }
    }
    mPending.clear();
    mPendingLines.clear();
    return !mError;
}

bool ImportBatchWriter::restoreKeyIndex()
{
    for (auto index = mIndexesAside.begin(); index != mIndexesAside.end();) {
        if (!index->startsWith(u"CREATE UNIQUE INDEX"_s, Qt::CaseInsensitive)) {
            ++index;
            continue;
        }
        if (auto r = Sql::exec(mDb, *index); !r) {
            mError = Error{tr("%1: %2").arg(mDb.databaseName(), r.errorString())};
            return false;
        }
        index = mIndexesAside.erase(index);
    }
    return true;
}

void ImportBatchWriter::updateOwn(const QVariantList &values, qint64 line)
{
    // The row it changes may be one held back, and it is found by its key.
    if (!flush() || !restoreKeyIndex())
        return;
    bindAll(mUpdateOwn, values);
    for (int i = 0; i < mKeyIndexes.size(); ++i)
        mUpdateOwn.bindValue(int(values.size()) + i, values.at(mKeyIndexes.at(i)));
    if (!mUpdateOwn.exec())
        return fail(mUpdateOwn, line);
}

void ImportBatchWriter::update(qint64 id, const QVariantList &values, qint64 line)
{
    mPrevious.bindValue(0, id);
    if (!mPrevious.exec() || !mPrevious.next())
        return fail(mPrevious, line);
    QVariantList before;
    for (int i = 0; i < mTable.columns.size(); ++i)
        before.append(mPrevious.value(i)); // the columns in the order they are selected
    mPrevious.finish();
    bindAll(mUpdate, values);
    mUpdate.bindValue(int(values.size()), id);
    if (!mUpdate.exec())
        return fail(mUpdate, line);
    mRemember.bindValue(0, mReport.batchId);
    mRemember.bindValue(1, id);
    mRemember.bindValue(2, mTable.packRow(before));
    if (!mRemember.exec())
        return fail(mRemember, line);
    ++mReport.updated;
    ++mReport.records;
}

Result<void> ImportBatchWriter::finish()
{
    if (!flush())
        return *mError;
    if (auto r = noteMonthsAdded(); !r)
        return r;
    if (!mIndexesAside.isEmpty()) {
        const Sql::IndexBuild sorting(mDb);
        for (const QString &index : std::as_const(mIndexesAside)) {
            if (auto r = Sql::exec(mDb, index); !r)
                return Error{tr("%1: %2").arg(mDb.databaseName(), r.errorString())};
        }
        mIndexesAside.clear();
    }
    auto counts = Sql::exec(mDb, kBatchCounts,
                            {mReport.rowsRead, mReport.inserted, mReport.updated, mReport.unchanged,
                             mReport.rejected, mReport.batchId});
    if (!counts)
        return counts.error();
    QJsonObject batch = mBatch;
    batch.insert(u"rows_read"_s, QString::number(mReport.rowsRead));
    batch.insert(u"inserted"_s, QString::number(mReport.inserted));
    batch.insert(u"updated"_s, QString::number(mReport.updated));
    batch.insert(u"unchanged"_s, QString::number(mReport.unchanged));
    batch.insert(u"rejected"_s, QString::number(mReport.rejected));
    // In the import's transaction: the batch and its record are committed together or not at
    // all (a dry run rolls both back).
    if (auto recorded = AuditLog(mDb).append(mUserName, u"import_batch"_s, mReport.batchId,
                                             u"import"_s, QJsonValue(), batch);
        !recorded)
        return Error{
            tr("%1: the import cannot be recorded: %2").arg(mPath, recorded.errorString())};
    return {};
}

} // namespace Accordo
