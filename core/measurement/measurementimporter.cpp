#include "measurementimporter.h"

#include "measurement/csvreader.h"
#include "storage/transaction.h"
#include "data/workspacemeta.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// What a batch writes per kind: the table, its columns (which of them integers) and the natural
// key a row is found by. Identifiers are these constants only, never text from a file.
struct TableSpec
{
    QString kind; // import_batches.kind
    QString table;
    QStringList columns;
    QStringList integers;
    QStringList key;
};

const TableSpec &specOf(RecordKind kind)
{
    static const TableSpec tickets{u"tickets"_s,
                                   u"tickets"_s,
                                   {u"source"_s, u"number"_s, u"customer"_s, u"service"_s,
                                    u"region"_s, u"priority"_s, u"status"_s, u"opened_at"_s,
                                    u"first_response_at"_s, u"resolved_at"_s, u"closed_at"_s,
                                    u"satisfaction"_s, u"pauses"_s},
                                   {u"opened_at"_s, u"first_response_at"_s, u"resolved_at"_s,
                                    u"closed_at"_s, u"satisfaction"_s},
                                   {u"source"_s, u"number"_s}};
    static const TableSpec outages{
        u"outages"_s,
        u"outages"_s,
        {u"service"_s, u"customer"_s, u"region"_s, u"start_at"_s, u"end_at"_s, u"planned"_s},
        {u"start_at"_s, u"end_at"_s, u"planned"_s},
        {u"service"_s, u"customer"_s, u"region"_s, u"start_at"_s}};
    static const TableSpec surveys{
        u"surveys"_s,
        u"surveys"_s,
        {u"ticket_number"_s, u"customer"_s, u"answered_at"_s, u"score"_s},
        {u"answered_at"_s, u"score"_s},
        {u"ticket_number"_s, u"customer"_s, u"answered_at"_s}};
    return kind == RecordKind::Ticket ? tickets : kind == RecordKind::Outage ? outages : surveys;
}

// A row's values as a batch keeps them: integers as JSON numbers (exact below 2^53, which
// epoch seconds and scores are), text as strings, NULL as null.
QString packRow(const TableSpec &spec, const QVariantList &values)
{
    QJsonArray array;
    for (qsizetype i = 0; i < spec.columns.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.isNull())
            array.append(QJsonValue::Null);
        else if (spec.integers.contains(spec.columns.at(i)))
            array.append(double(v.toLongLong()));
        else
            array.append(v.toString());
    }
    // Text, not bytes: PostgreSQL's driver would send a QByteArray as bytea.
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVariantList unpackRow(const TableSpec &spec, const QString &packed)
{
    const QJsonArray array = QJsonDocument::fromJson(packed.toUtf8()).array();
    QVariantList values;
    for (qsizetype i = 0; i < spec.columns.size(); ++i) {
        const QJsonValue v = array.at(i);
        if (v.isNull() || v.isUndefined())
            values.append(spec.integers.contains(spec.columns.at(i))
                              ? QVariant(QMetaType::fromType<qint64>())
                              : QVariant(u""_s));
        else if (spec.integers.contains(spec.columns.at(i)))
            values.append(qint64(v.toDouble()));
        else
            values.append(v.toString());
    }
    return values;
}

// A row's natural key as one string, and a digest of all its values, each value in its text
// form (the database may hand an integer back as a string or a double).
QString keyOf(const QVariantList &values, const QList<int> &keyIndexes)
{
    if (keyIndexes.size() == 1)
        return values.at(keyIndexes.first()).toString();
    QString key;
    for (int index : keyIndexes) {
        key += values.at(index).toString();
        key += QChar(0x1f);
    }
    return key;
}

size_t digestOf(const QVariantList &values)
{
    QString text;
    for (const QVariant &v : values) {
        text += v.isNull() ? u"\u0000"_s : v.toString();
        text += QChar(0x1f);
    }
    return qHash(text, 0x5eed);
}

// The text columns are NOT NULL with '' for "not given"; a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QVariant optionalInstant(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

// Pauses as "start-end;start-end" in epoch seconds: they are read back together with their
// ticket only, so a table of their own would cost a join on every evaluation.
QString packPauses(const QList<Pause> &pauses)
{
    QString packed;
    for (const Pause &pause : pauses) {
        if (!packed.isEmpty())
            packed += u';';
        packed += QString::number(pause.start) + u'-' + QString::number(pause.end);
    }
    return packed;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')) {
        bytes.replace('"', "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

} // namespace

QString MeasurementImporter::sourceProblem(const QString &source)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9._-]{1,64}$"_s);
    if (valid.match(source).hasMatch())
        return {};
    return tr("the source \"%1\" is not 1 to 64 letters, digits, '.', '_' or '-'")
        .arg(source.left(80));
}

Result<ImportPreview> MeasurementImporter::dryRun(QSqlDatabase db, RecordKind kind,
                                                  const QString &path, const ImportMapping &mapping,
                                                  const ImportOptions &options)
{
    // Never committed: the guard rolls everything back when it goes.
    Transaction aside(db);
    if (!aside.isActive())
        return Error{aside.errorString()};
    QTemporaryDir scratch;
    ImportOptions dry = options;
    if (!dry.rejectsPath.isEmpty())
        dry.rejectsPath = scratch.filePath(u"rejects.csv"_s);
    auto report = importFile(db, kind, path, mapping, dry);
    if (!report)
        return report.error();
    ImportPreview preview;
    preview.report = *report;
    if (kind == RecordKind::Ticket) {
        QSqlQuery q(db);
        q.prepare(uR"(SELECT count(*) FROM tickets k
                      WHERE (k.batch_id = ? OR k.id IN (SELECT row_id FROM import_batch_rows
                                                        WHERE batch_id = ?))
                        AND NOT EXISTS (SELECT 1 FROM targets t
                                        JOIN agreements a ON a.id = t.agreement_id
                                        JOIN parties p ON p.id = a.party_id
                                        JOIN services s ON s.id = t.service_id
                                        WHERE p.name = k.customer
                                          AND k.service IN (s.code, s.name)))"_s);
        q.addBindValue(report->batchId);
        q.addBindValue(report->batchId);
        if (!q.exec() || !q.next())
            return Error{q.lastError().text()};
        preview.unmatched = q.value(0).toLongLong();
    }
    return preview;
}

Result<QList<ImportBatch>> MeasurementImporter::batches(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, kind, source, file_name, sha256, user_name, imported_at, rows_read, "
                "inserted, updated, unchanged, rejected, rolled_back_at, "
                "coalesce(rolled_back_by, '') FROM import_batches ORDER BY id DESC"_s))
        return Error{q.lastError().text()};
    QList<ImportBatch> list;
    while (q.next()) {
        ImportBatch b;
        b.id = q.value(0).toLongLong();
        b.kind = q.value(1).toString();
        b.source = q.value(2).toString();
        b.fileName = q.value(3).toString();
        b.sha256 = q.value(4).toString();
        b.userName = q.value(5).toString();
        b.importedAt = q.value(6).toLongLong();
        b.rowsRead = q.value(7).toLongLong();
        b.inserted = q.value(8).toLongLong();
        b.updated = q.value(9).toLongLong();
        b.unchanged = q.value(10).toLongLong();
        b.rejected = q.value(11).toLongLong();
        if (!q.value(12).isNull())
            b.rolledBackAt = q.value(12).toLongLong();
        b.rolledBackBy = q.value(13).toString();
        list.append(b);
    }
    return list;
}

Result<RollbackReport> MeasurementImporter::rollBack(QSqlDatabase db, qint64 batchId,
                                                     const QString &userName)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    QSqlQuery q(db);
    q.prepare(u"SELECT kind, file_name, rolled_back_at, coalesce(rolled_back_by, '') "
              "FROM import_batches WHERE id = ?"_s);
    q.addBindValue(batchId);
    if (!q.exec())
        return Error{q.lastError().text()};
    if (!q.next())
        return Error{tr("there is no import batch %1").arg(batchId)};
    const QString kind = q.value(0).toString();
    const QString fileName = q.value(1).toString();
    if (!q.value(2).isNull())
        return Error{
            tr("batch %1 (%2) was rolled back already, on %3 by %4")
                .arg(batchId)
                .arg(fileName,
                     QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::utc())
                         .toString(Qt::ISODate),
                     q.value(3).toString())};
    const RecordKind recordKind = kind == u"tickets"_s   ? RecordKind::Ticket
                                  : kind == u"outages"_s ? RecordKind::Outage
                                                         : RecordKind::Survey;
    const TableSpec &spec = specOf(recordKind);
    // A later batch in force that changed one of these rows (one it changed or added) would
    // lose its change.
    q.prepare(u"SELECT later.id, later.file_name FROM import_batch_rows theirs "
              "JOIN import_batches later ON later.id = theirs.batch_id "
              "WHERE theirs.batch_id > ? AND later.kind = ? AND later.rolled_back_at IS NULL "
              "AND (theirs.row_id IN (SELECT row_id FROM import_batch_rows WHERE batch_id = ?) "
              "OR theirs.row_id IN (SELECT id FROM %1 WHERE batch_id = ?)) "
              "ORDER BY later.id DESC LIMIT 1"_s.arg(spec.table));
    for (const QVariant &v : QVariantList{batchId, kind, batchId, batchId})
        q.addBindValue(v);
    if (!q.exec())
        return Error{q.lastError().text()};
    if (q.next())
        return Error{tr("batch %1 (%2) changed rows of batch %3 (%4) since: roll it back first")
                         .arg(q.value(0).toLongLong())
                         .arg(q.value(1).toString())
                         .arg(batchId)
                         .arg(fileName)};
    q.finish();

    QStringList assignments;
    for (const QString &column : spec.columns)
        assignments.append(column + u" = ?"_s);
    QSqlQuery restore(db);
    if (!restore.prepare(
            u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(spec.table, assignments.join(u", "_s))))
        return Error{restore.lastError().text()};
    QSqlQuery rows(db);
    rows.prepare(u"SELECT row_id, previous FROM import_batch_rows WHERE batch_id = ?"_s);
    rows.addBindValue(batchId);
    if (!rows.exec())
        return Error{rows.lastError().text()};
    std::vector<std::pair<qint64, QString>> changed;
    while (rows.next())
        changed.emplace_back(rows.value(0).toLongLong(), rows.value(1).toString());
    rows.finish();
    RollbackReport report;
    for (const auto &[id, previous] : changed) {
        const QVariantList values = unpackRow(spec, previous);
        for (int i = 0; i < values.size(); ++i)
            restore.bindValue(i, values.at(i));
        restore.bindValue(int(values.size()), id);
        if (!restore.exec())
            return Error{tr("batch %1: row %2 cannot be restored: %3")
                             .arg(batchId)
                             .arg(id)
                             .arg(restore.lastError().text())};
        ++report.restored;
    }
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM %1 WHERE batch_id = ?"_s.arg(spec.table));
    remove.addBindValue(batchId);
    if (!remove.exec())
        return Error{remove.lastError().text()};
    report.removed = remove.numRowsAffected();
    q.prepare(u"UPDATE import_batches SET rolled_back_at = ?, rolled_back_by = ? WHERE id = ?"_s);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(text(userName));
    q.addBindValue(batchId);
    if (!q.exec())
        return Error{q.lastError().text()};
    // Verdicts and KPIs follow: the tickets changed, or the outages and answers they count.
    for (const QString &key : {u"ticket_results_stale"_s, u"kpi_stale"_s}) {
        if (auto r = WorkspaceMeta::set(db, key, u"1"_s); !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return report;
}

QString MeasurementImporter::describeProblems(const QString &path, const ImportReport &report)
{
    QStringList lines;
    for (const RowProblem &problem : report.problems.mid(0, 10)) {
        lines << tr("%1:%2: %3: %4")
                     .arg(path)
                     .arg(problem.line)
                     .arg(problem.field.isEmpty() ? tr("row") : problem.field, problem.reason);
    }
    if (report.rejected > 10)
        lines << tr("… and %n more bad row(s)", nullptr, int(report.rejected - 10));
    return lines.join(u'\n');
}

Result<ImportReport> MeasurementImporter::importFile(QSqlDatabase db, RecordKind kind,
                                                     const QString &path,
                                                     const ImportMapping &mapping,
                                                     const ImportOptions &options)
{
    if (mapping.kind() != kind)
        return Error{tr("the mapping is not one for this kind of record")};
    const bool skipBad = !options.rejectsPath.isEmpty();
    const TableSpec &spec = specOf(kind);
    // Only tickets carry their source: outages and surveys are keyed by what they describe.
    const QString source = kind == RecordKind::Ticket ? text(options.source) : QString();
    if (kind == RecordKind::Ticket) {
        if (const QString problem = sourceProblem(source); !problem.isEmpty())
            return Error{tr("%1: %2").arg(path, problem)};
    }
    const QString sha256 = sha256Of(path);
    if (sha256.isEmpty())
        return Error{tr("%1: the file cannot be read").arg(path)};
    ImportReport report;

    // The whole import is one transaction; with SQLite's default 2 MB page cache its pages
    // would spill to the WAL and be read back for every index update. A larger cache for the
    // duration keeps them in memory until the commit writes each page once.
    QSqlQuery pragma(db);
    int previousCache = 0;
    if (pragma.exec(u"PRAGMA cache_size"_s) && pragma.next())
        previousCache = pragma.value(0).toInt();
    pragma.exec(u"PRAGMA cache_size = -262144"_s);
    const auto restoreCache = qScopeGuard(
        [&] { QSqlQuery(db).exec(u"PRAGMA cache_size = %1"_s.arg(previousCache)); });

    Transaction transaction(db);
    if (!transaction.isActive())
        return Error{tr("%1: the import cannot start a transaction: %2")
                         .arg(db.databaseName(), transaction.errorString())};
    // The batch first: every row written refers to it.
    QSqlQuery batch(db);
    batch.prepare(u"INSERT INTO import_batches (kind, source, file_name, sha256, user_name, "
                  "imported_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    for (const QVariant &v :
         QVariantList{spec.kind, text(source), QFileInfo(path).fileName(), sha256,
                      text(options.userName), QDateTime::currentSecsSinceEpoch()})
        batch.addBindValue(v);
    if (!batch.exec() || !batch.next())
        return Error{
            tr("%1: the import cannot be recorded: %2").arg(path, batch.lastError().text())};
    report.batchId = batch.value(0).toLongLong();
    batch.finish();

    QStringList keyTerms, assignments, placeholders;
    QList<int> keyIndexes;
    for (const QString &column : spec.key) {
        keyTerms.append(column + u" = ?"_s);
        keyIndexes.append(int(spec.columns.indexOf(column)));
    }
    for (const QString &column : spec.columns) {
        assignments.append(column + u" = ?"_s);
        placeholders.append(u"?"_s);
    }
    // What is stored already, by key: its id and a digest of its values, read once, so that a
    // row costs one statement when it is new and none when it is unchanged. Tickets of other
    // sources are not read: they are other tickets.
    struct Known
    {
        qint64 id = 0; // 0: inserted by this batch
        size_t digest = 0;
    };
    QHash<QString, Known> known;
    // One source per import: a ticket's id alone tells its rows apart.
    const QList<int> mapKey = kind == RecordKind::Ticket
                                  ? QList<int>{int(spec.columns.indexOf(u"number"_s))}
                                  : keyIndexes;
    {
        QSqlQuery existing(db);
        existing.setForwardOnly(true);
        existing.prepare(u"SELECT id, %1 FROM %2%3"_s.arg(
            spec.columns.join(u", "_s), spec.table,
            kind == RecordKind::Ticket ? u" WHERE source = ?"_s : QString()));
        if (kind == RecordKind::Ticket)
            existing.addBindValue(source);
        if (!existing.exec())
            return Error{tr("%1: %2").arg(db.databaseName(), existing.lastError().text())};
        QVariantList values;
        while (existing.next()) {
            values.clear();
            for (int i = 0; i < spec.columns.size(); ++i)
                values.append(existing.value(i + 1));
            known.insert(keyOf(values, mapKey), {existing.value(0).toLongLong(), digestOf(values)});
        }
    }
    QSqlQuery previousRow(db);
    previousRow.setForwardOnly(true);
    QSqlQuery insert(db);
    QSqlQuery update(db);
    QSqlQuery updateOwn(db);
    QSqlQuery remember(db);
    if (!previousRow.prepare(
            u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(spec.columns.join(u", "_s), spec.table))
        || !insert.prepare(u"INSERT INTO %1 (%2, batch_id) VALUES (%3, ?)"_s.arg(
            spec.table, spec.columns.join(u", "_s), placeholders.join(u", "_s)))
        || !update.prepare(
            u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(spec.table, assignments.join(u", "_s)))
        || !updateOwn.prepare(u"UPDATE %1 SET %2 WHERE %3"_s.arg(
            spec.table, assignments.join(u", "_s), keyTerms.join(u" AND "_s)))
        || !remember.prepare(u"INSERT INTO import_batch_rows (batch_id, row_id, previous) "
                             "VALUES (?, ?, ?) ON CONFLICT (batch_id, row_id) DO NOTHING"_s))
        return Error{tr("%1: %2").arg(db.databaseName(),
                                      previousRow.lastError().text() + insert.lastError().text()
                                          + update.lastError().text() + updateOwn.lastError().text()
                                          + remember.lastError().text())};
    std::optional<Error> writeError;
    const auto onProblem = [&](const RowProblem &problem) {
        ++report.rowsRead;
        ++report.rejected;
        if (skipBad || report.problems.size() < 100)
            report.problems.append(problem);
        ++report.reasons[problem.field.isEmpty() ? problem.reason
                                                 : problem.field + u": "_s + problem.reason];
    };
    // A row is looked up by its key: a new one is inserted (marked with the batch, which
    // removes it on a roll back), a changed one updated with what it was kept in the batch,
    // an identical one left alone. The counts are of these rows.
    const auto write = [&](const QVariantList &values, qint64 line) {
        if (writeError)
            return;
        const auto failed = [&](const QSqlQuery &q) {
            writeError = Error{tr("%1:%2: the record cannot be written: %3")
                                   .arg(path)
                                   .arg(line)
                                   .arg(q.lastError().text())};
        };
        const QString key = keyOf(values, mapKey);
        const auto found = known.find(key);
        if (found == known.end()) {
            for (int i = 0; i < values.size(); ++i)
                insert.bindValue(i, values.at(i));
            insert.bindValue(int(values.size()), report.batchId);
            if (!insert.exec())
                return failed(insert);
            known.insert(key, {0, 0}); // its digest only if the file names it again
            ++report.inserted;
            ++report.records;
            return;
        }
        // A row this batch added and the file names again: the later line wins, the row
        // stays one this batch added.
        if (found->id == 0) {
            for (int i = 0; i < values.size(); ++i)
                updateOwn.bindValue(i, values.at(i));
            for (int i = 0; i < keyIndexes.size(); ++i)
                updateOwn.bindValue(int(values.size()) + i, values.at(keyIndexes.at(i)));
            if (!updateOwn.exec())
                return failed(updateOwn);
            return;
        }
        const size_t digest = digestOf(values);
        if (found->digest == digest) {
            ++report.unchanged;
            return;
        }
        found->digest = digest;
        previousRow.bindValue(0, found->id);
        if (!previousRow.exec() || !previousRow.next())
            return failed(previousRow);
        QVariantList before;
        for (int i = 0; i < spec.columns.size(); ++i)
            before.append(previousRow.value(i));
        previousRow.finish();
        for (int i = 0; i < values.size(); ++i)
            update.bindValue(i, values.at(i));
        update.bindValue(int(values.size()), found->id);
        if (!update.exec())
            return failed(update);
        remember.bindValue(0, report.batchId);
        remember.bindValue(1, found->id);
        remember.bindValue(2, packRow(spec, before));
        if (!remember.exec())
            return failed(remember);
        ++report.updated;
        ++report.records;
    };
    // Once a bad row has doomed a strict import, only counting goes on.
    bool cancelled = false;
    const auto doomed = [&] {
        if (!cancelled && options.cancelled)
            cancelled = options.cancelled();
        return cancelled || writeError || (!skipBad && report.rejected > 0);
    };

    if (kind == RecordKind::Ticket) {
        auto read = TicketReader::read(
            path, mapping, options.preset,
            [&](const Ticket &ticket, qint64 line, QByteArrayView) {
                ++report.rowsRead;
                if (doomed())
                    return;
                write({source, ticket.id, text(ticket.customer), text(ticket.service),
                       text(ticket.region), text(ticket.priority), text(ticket.status),
                       ticket.openedAt, optionalInstant(ticket.firstResponseAt),
                       optionalInstant(ticket.resolvedAt), optionalInstant(ticket.closedAt),
                       ticket.satisfaction ? QVariant(qint64(ticket.satisfaction))
                                           : QVariant(QMetaType::fromType<qint64>()),
                       text(packPauses(ticket.pauses))},
                      line);
            },
            onProblem, options.progress);
        if (!read)
            return read.error();
    } else {
        CsvReader reader;
        if (auto r = reader.open(path); !r)
            return r.error();
        if (!reader.next())
            return reader.error() ? *reader.error()
                                  : Error{tr("%1: the file is empty, not even a header").arg(path)};
        ImportMapping bound = mapping;
        if (auto r = bound.bind(reader); !r)
            return r.error();
        Outage outage;
        Survey survey;
        RowProblem problem;
        while (reader.next()) {
            if (options.progress && (report.rowsRead & 0xffff) == 0)
                options.progress(reader.position(), reader.size());
            const bool good = kind == RecordKind::Outage ? bound.map(reader, outage, problem)
                                                         : bound.map(reader, survey, problem);
            if (!good) {
                problem.record = reader.rawRecord().toByteArray();
                onProblem(problem);
                continue;
            }
            ++report.rowsRead;
            if (doomed())
                continue;
            if (kind == RecordKind::Outage)
                write({outage.service, text(outage.customer), text(outage.region), outage.startAt,
                       optionalInstant(outage.endAt), qint64(outage.planned ? 1 : 0)},
                      reader.line());
            else
                write({text(survey.ticketId), text(survey.customer), survey.answeredAt,
                       qint64(survey.score)},
                      reader.line());
        }
        if (reader.error())
            return *reader.error();
    }
    if (cancelled)
        return Error{tr("%1: the import was cancelled, nothing was imported").arg(path)};
    if (writeError)
        return *writeError;
    if (report.rejected > 0 && !skipBad)
        return Error{
            tr("%1: nothing was imported, %n row(s) are bad:", nullptr, int(report.rejected))
                .arg(path)
            + u'\n' + describeProblems(path, report)};
    if (skipBad) {
        QFile rejects(options.rejectsPath);
        if (!rejects.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error{
                tr("%1: cannot be written: %2").arg(options.rejectsPath, rejects.errorString())};
        rejects.write("line,field,reason,record\n");
        for (const RowProblem &problem : report.problems) {
            rejects.write(QByteArray::number(problem.line) + ',' + csvField(problem.field) + ','
                          + csvField(problem.reason) + ','
                          + csvField(QString::fromUtf8(problem.record)) + '\n');
        }
    }
    QSqlQuery counts(db);
    counts.prepare(u"UPDATE import_batches SET rows_read = ?, inserted = ?, updated = ?, "
                   "unchanged = ?, rejected = ? WHERE id = ?"_s);
    for (const QVariant &v : QVariantList{report.rowsRead, report.inserted, report.updated,
                                          report.unchanged, report.rejected, report.batchId})
        counts.addBindValue(v);
    if (!counts.exec())
        return Error{counts.lastError().text()};
    if (kind == RecordKind::Ticket && report.records > 0) {
        if (auto r = WorkspaceMeta::set(db, u"ticket_results_stale"_s, u"1"_s); !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return Error{tr("%1: the import could not be committed: %2").arg(path, r.errorString())};
    return report;
}

} // namespace Accordo
