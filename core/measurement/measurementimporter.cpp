#include "measurementimporter.h"

#include "audit/auditlog.h"
#include "data/userdirectory.h"
#include "data/workspacemeta.h"
#include "measurement/csvreader.h"
#include "measurement/importbatchwriter.h"
#include "measurement/observationcatalogue.h"
#include "measurement/verdictscope.h"
#include "storage/bulkwrite.h"
#include "storage/rowfields.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString kUnmatchedTickets = uR"(SELECT count(*) AS n FROM tickets k
    WHERE (k.batch_id = ? OR k.id IN (SELECT row_id FROM import_batch_rows WHERE batch_id = ?))
      AND NOT EXISTS (SELECT 1 FROM targets t
                      JOIN agreements a ON a.id = t.agreement_id
                      JOIN parties p ON p.id = a.party_id
                      JOIN services s ON s.id = t.service_id
                      WHERE p.name = k.customer AND k.service IN (s.code, s.name)))"_s;
const QString kBatches = uR"(SELECT id, kind, source, file_name, sha256, user_name, imported_at,
                                    rows_read, inserted, updated, unchanged, rejected,
                                    rolled_back_at, coalesce(rolled_back_by, '') AS rolled_back_by
                             FROM import_batches ORDER BY id DESC)"_s;
const QString kBatchState = uR"(SELECT kind, file_name, rolled_back_at,
                                       coalesce(rolled_back_by, '') AS rolled_back_by
                                FROM import_batches WHERE id = ?)"_s;
// %1: the batch's table (ImportTable::table).
const QString kLaterBatch = uR"(SELECT later.id, later.file_name FROM import_batch_rows theirs
    JOIN import_batches later ON later.id = theirs.batch_id
    WHERE theirs.batch_id > ? AND later.kind = ? AND later.rolled_back_at IS NULL
      AND (theirs.row_id IN (SELECT row_id FROM import_batch_rows WHERE batch_id = ?)
           OR theirs.row_id IN (SELECT id FROM %1 WHERE batch_id = ?))
    ORDER BY later.id DESC LIMIT 1)"_s;
const QString kBatchRows =
    uR"(SELECT row_id, previous FROM import_batch_rows WHERE batch_id = ?)"_s;
const QString kRestoreRow = u"UPDATE %1 SET %2 WHERE id = ?"_s;
constexpr qint64 kBytesPerRow = 100;
const QString kRemoveAdded = u"DELETE FROM %1 WHERE batch_id = ?"_s;
// The page cache of an import's transaction: 256 MB, taken only as it is needed.
constexpr int kImportCacheKiB = 262144;
const QString kMarkRolledBack =
    uR"(UPDATE import_batches SET rolled_back_at = ?, rolled_back_by = ? WHERE id = ?)"_s;

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
    if (path == CsvReader::StandardInput) {
        auto data = CsvReader::standardInput();
        if (!data)
            return {};
        return QString::fromLatin1(
            QCryptographicHash::hash(*data, QCryptographicHash::Sha256).toHex());
    }
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

// What reading a file feeds into: the rows to write, the bad rows, and whether the import is
// doomed (cancelled, failed, or strict with a bad row), after which only counting goes on.
struct Feed
{
    ImportReport &report;
    ImportBatchWriter &writer;
    const ImportOptions &options;
    bool skipBad = false;
    bool cancelled = false;

    void problem(const RowProblem &problem)
    {
        ++report.rowsRead;
        ++report.rejected;
        if (skipBad || report.problems.size() < 100)
            report.problems.append(problem);
        ++report.reasons[problem.field.isEmpty() ? problem.reason
                                                 : problem.field + u": "_s + problem.reason];
    }

    bool doomed()
    {
        if (!cancelled && options.cancelled)
            cancelled = options.cancelled();
        return cancelled || writer.error() || (!skipBad && report.rejected > 0);
    }
};

Result<void> readTickets(const QString &path, const ImportMapping &mapping, const QString &source,
                         Feed &feed)
{
    auto read = TicketReader::read(
        path, mapping, feed.options.preset,
        [&](const Ticket &ticket, qint64 line, QByteArrayView) {
            ++feed.report.rowsRead;
            if (feed.doomed())
                return;
            feed.writer.write({source, ticket.id, importText(ticket.customer),
                               importText(ticket.service), importText(ticket.region),
                               importText(ticket.priority), importText(ticket.status),
                               ticket.openedAt, optionalInstant(ticket.firstResponseAt),
                               optionalInstant(ticket.resolvedAt), optionalInstant(ticket.closedAt),
                               ticket.satisfaction ? QVariant(qint64(ticket.satisfaction))
                                                   : QVariant(QMetaType::fromType<qint64>()),
                               importText(packPauses(ticket.pauses))},
                              line);
        },
        [&feed](const RowProblem &problem) { feed.problem(problem); }, feed.options.progress,
        feed.options.encoding);
    if (!read)
        return read.error();
    return {};
}

QVariant optionalNumber(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

// Outages, surveys and observations, read with the CSV reader and the mapping; observations
// must name what the workspace defines.
Result<void> readRecords(RecordKind kind, const QString &path, const ImportMapping &mapping,
                         Feed &feed, QSqlDatabase db)
{
    std::optional<ObservationCatalogue> catalogue;
    if (kind == RecordKind::Observation) {
        auto read = ObservationCatalogue::read(db);
        if (!read)
            return read.error();
        catalogue = std::move(*read);
    }
    CsvReader reader;
    if (auto r = reader.setEncoding(feed.options.encoding); !r)
        return r.error();
    if (auto r = reader.open(path); !r)
        return r.error();
    if (!reader.next())
        return reader.error()
                   ? *reader.error()
                   : Error{MeasurementImporter::tr("%1: the file is empty, not even a header")
                               .arg(reader.sourceName())};
    ImportMapping bound = mapping;
    if (auto r = bound.bind(reader); !r)
        return r.error();
    Outage outage;
    Survey survey;
    Observation observation;
    RowProblem problem;
    while (reader.next()) {
        if (feed.options.progress && (feed.report.rowsRead & 0xffff) == 0)
            feed.options.progress(reader.position(), reader.size());
        const bool good = kind == RecordKind::Outage ? bound.map(reader, outage, problem)
                          : kind == RecordKind::Survey
                              ? bound.map(reader, survey, problem)
                              : bound.map(reader, observation, problem)
                                    && catalogue->check(observation, problem);
        if (!good) {
            problem.record = reader.rawRecord().toByteArray();
            feed.problem(problem);
            continue;
        }
        ++feed.report.rowsRead;
        if (feed.doomed())
            continue;
        if (kind == RecordKind::Outage)
            feed.writer.write({outage.service, importText(outage.customer),
                               importText(outage.region), outage.startAt,
                               optionalInstant(outage.endAt), qint64(outage.planned ? 1 : 0)},
                              reader.line());
        else if (kind == RecordKind::Observation)
            feed.writer.write(
                {observation.metric, importText(observation.customer),
                 importText(observation.service), importText(observation.region),
                 importText(observation.reference), optionalNumber(observation.observedAt),
                 importText(observation.period), optionalNumber(observation.valueMilli),
                 optionalNumber(observation.successes), optionalNumber(observation.attempts)},
                reader.line());
        else
            feed.writer.write({importText(survey.ticketId), importText(survey.customer),
                               survey.answeredAt, qint64(survey.score)},
                              reader.line());
    }
    if (reader.error())
        return *reader.error();
    return {};
}

// The bad rows of an import that skips them, as CSV, written aside: the file takes its name
// only with commit(), after the import's own commit, so that a failed import leaves none.
Result<void> writeRejects(QSaveFile &rejects, const QList<RowProblem> &problems)
{
    if (!rejects.open(QIODevice::WriteOnly))
        return Error{MeasurementImporter::tr("%1: cannot be written: %2")
                         .arg(rejects.fileName(), rejects.errorString())};
    rejects.write("line,field,reason,record\n");
    for (const RowProblem &problem : problems) {
        rejects.write(QByteArray::number(problem.line) + ',' + csvField(problem.field) + ','
                      + csvField(problem.reason) + ',' + csvField(QString::fromUtf8(problem.record))
                      + '\n');
    }
    return {};
}

// Why the rejects cannot go to `rejects`: it is the file being imported.
QString rejectsProblem(const QString &path, const QString &rejects)
{
    if (rejects.isEmpty() || path == CsvReader::StandardInput)
        return {};
    const QString input = QFileInfo(path).canonicalFilePath();
    const QFileInfo target(rejects);
    if (!input.isEmpty()
        && (target.canonicalFilePath() == input || target.absoluteFilePath() == input))
        return MeasurementImporter::tr("%1: the bad rows cannot be written to the file being "
                                       "imported")
            .arg(rejects);
    return {};
}

// Restores the rows a batch changed and removes those it added.
Result<RollbackReport> undo(QSqlDatabase db, const ImportTable &table, qint64 batchId)
{
    QStringList assignments;
    for (const QString &column : table.columns)
        assignments.append(column + u" = ?"_s);
    QSqlQuery restore(db);
    if (!restore.prepare(kRestoreRow.arg(table.table, assignments.join(u", "_s))))
        return Error{restore.lastError().text()};
    using Changed = std::pair<qint64, QString>;
    auto changed = Sql::list(db, kBatchRows, {batchId}, [](const Sql::Rows &r) {
        return Changed{r.integer("row_id"), r.text("previous")};
    });
    if (!changed)
        return changed.error();
    RollbackReport report;
    for (const auto &[id, previous] : std::as_const(*changed)) {
        const QVariantList values = table.unpackRow(previous);
        for (int i = 0; i < values.size(); ++i)
            restore.bindValue(i, values.at(i));
        restore.bindValue(int(values.size()), id);
        if (!restore.exec())
            return Error{MeasurementImporter::tr("batch %1: row %2 cannot be restored: %3")
                             .arg(batchId)
                             .arg(id)
                             .arg(restore.lastError().text())};
        ++report.restored;
    }
    auto removed = Sql::exec(db, kRemoveAdded.arg(table.table), {batchId});
    if (!removed)
        return removed.error();
    report.removed = removed->numRowsAffected();
    return report;
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
    // Set before the transaction: inside it, SQLite keeps temporary storage as it is.
    const Sql::BulkWrite bulk(db, kImportCacheKiB);
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
        auto unmatched = Sql::scalar(db, kUnmatchedTickets, {report->batchId, report->batchId});
        if (!unmatched || !unmatched->isValid())
            return Error{unmatched.errorString()};
        preview.unmatched = unmatched->toLongLong();
    }
    return preview;
}

Result<QList<ImportBatch>> MeasurementImporter::batches(QSqlDatabase db)
{
    return Sql::list(db, kBatches, {}, [](const Sql::Rows &r) {
        ImportBatch b;
        Sql::readFields(r, b, "id", &ImportBatch::id, "kind", &ImportBatch::kind, "source",
                        &ImportBatch::source, "file_name", &ImportBatch::fileName, "sha256",
                        &ImportBatch::sha256, "user_name", &ImportBatch::userName, "imported_at",
                        &ImportBatch::importedAt, "rows_read", &ImportBatch::rowsRead, "inserted",
                        &ImportBatch::inserted, "updated", &ImportBatch::updated, "unchanged",
                        &ImportBatch::unchanged, "rejected", &ImportBatch::rejected,
                        "rolled_back_by", &ImportBatch::rolledBackBy, "rolled_back_at",
                        &ImportBatch::rolledBackAt);
        return b;
    });
}

Result<RollbackReport> MeasurementImporter::rollBack(QSqlDatabase db, qint64 batchId,
                                                     const QString &userName)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    // Who rolls back is recorded with the batch and on the audit trail: only an active user
    // of the workspace (on PostgreSQL, the server login) may do it.
    if (auto acting = UserDirectory(db).actingUser(userName); !acting)
        return acting.error();
    auto batch = Sql::select(db, kBatchState, {batchId});
    if (!batch)
        return batch.error();
    if (!batch->next())
        return Error{tr("there is no import batch %1").arg(batchId)};
    const QString kind = batch->text("kind");
    const QString fileName = batch->text("file_name");
    if (!batch->isNull("rolled_back_at"))
        return Error{tr("batch %1 (%2) was rolled back already, on %3 by %4")
                         .arg(batchId)
                         .arg(fileName,
                              QDateTime::fromSecsSinceEpoch(batch->integer("rolled_back_at"),
                                                            QTimeZone::utc())
                                  .toString(Qt::ISODate),
                              batch->text("rolled_back_by"))};
    const ImportTable &table = ImportTable::of(kind == u"tickets"_s        ? RecordKind::Ticket
                                               : kind == u"outages"_s      ? RecordKind::Outage
                                               : kind == u"observations"_s ? RecordKind::Observation
                                                                           : RecordKind::Survey);
    // A later batch in force that changed one of these rows (one it changed or added) would
    // lose its change.
    auto later = Sql::select(db, kLaterBatch.arg(table.table), {batchId, kind, batchId, batchId});
    if (!later)
        return later.error();
    if (later->next())
        return Error{tr("batch %1 (%2) changed rows of batch %3 (%4) since: roll it back first")
                         .arg(later->integer("id"))
                         .arg(later->text("file_name"))
                         .arg(batchId)
                         .arg(fileName)};
    later->query().finish();
    auto report = undo(db, table, batchId);
    if (!report)
        return report.error();
    const qint64 rolledBackAt = QDateTime::currentSecsSinceEpoch();
    if (auto r = Sql::exec(db, kMarkRolledBack, {rolledBackAt, importText(userName), batchId}); !r)
        return r.error();
    // The undo is on the audit trail too, in the same transaction.
    if (auto r = AuditLog(db).append(
            importText(userName), u"import_batch"_s, batchId, u"rollback"_s,
            QJsonObject{{u"rolled_back_at"_s, QJsonValue()}, {u"rolled_back_by"_s, QJsonValue()}},
            QJsonObject{{u"rolled_back_at"_s, QString::number(rolledBackAt)},
                        {u"rolled_back_by"_s, importText(userName)},
                        {u"removed"_s, QString::number(report->removed)},
                        {u"restored"_s, QString::number(report->restored)}});
        !r)
        return r.error();
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
    const QString shown = CsvReader::displayName(path);
    if (mapping.kind() != kind)
        return Error{tr("the mapping is not one for this kind of record")};
    // Only tickets carry their source: outages and surveys are keyed by what they describe.
    const QString source = kind == RecordKind::Ticket ? importText(options.source) : QString();
    if (kind == RecordKind::Ticket) {
        if (const QString problem = sourceProblem(source); !problem.isEmpty())
            return Error{tr("%1: %2").arg(shown, problem)};
    }
    if (const QString problem = rejectsProblem(path, options.rejectsPath); !problem.isEmpty())
        return Error{problem};
    if (path == CsvReader::StandardInput) {
        if (auto input = CsvReader::standardInput(); !input)
            return input.error();
    }
    const QString sha256 = sha256Of(path);
    if (sha256.isEmpty())
        return Error{tr("%1: the file cannot be read").arg(shown)};
    ImportReport report;

    // The whole import is one transaction of many rows (Sql::BulkWrite).
    const Sql::BulkWrite bulk(db, kImportCacheKiB);
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error{tr("%1: the import cannot start a transaction: %2")
                         .arg(db.databaseName(), transaction.errorString())};
    // The batch is recorded under the importing user, who must be an active user of the
    // workspace (on PostgreSQL, the server login), whichever program asks.
    if (auto acting = UserDirectory(db).actingUser(options.userName); !acting)
        return Error{tr("%1: nothing was imported: %2").arg(shown, acting.errorString())};
    // The tickets this import adds come after the last one stored (VerdictScope::noteBatch).
    qint64 lastTicket = 0;
    if (kind == RecordKind::Ticket) {
        auto last = VerdictScope::lastTicket(db);
        if (!last)
            return Error{tr("%1: %2").arg(shown, last.errorString())};
        lastTicket = *last;
    }
    ImportBatchWriter writer(db, kind, shown, report);
    // About how many rows the file holds (a canonical ticket line takes about a hundred bytes):
    // a small import into a large source looks its tickets up one by one.
    const qint64 expectedRows = path == CsvReader::StandardInput
                                    ? -1
                                    : QFileInfo(path).size() / kBytesPerRow;
    if (auto r = writer.begin(source, sha256, options.userName, expectedRows); !r)
        return r.error();
    Feed feed{report, writer, options, !options.rejectsPath.isEmpty()};
    if (auto r = kind == RecordKind::Ticket ? readTickets(path, mapping, source, feed)
                                            : readRecords(kind, path, mapping, feed, db);
        !r)
        return r.error();
    if (feed.cancelled)
        return Error{tr("%1: the import was cancelled, nothing was imported").arg(shown)};
    if (writer.error())
        return *writer.error();
    if (report.rejected > 0 && !feed.skipBad)
        return Error{
            tr("%1: nothing was imported, %n row(s) are bad:", nullptr, int(report.rejected))
                .arg(shown)
            + u'\n' + describeProblems(shown, report)};
    QSaveFile rejects(options.rejectsPath);
    if (feed.skipBad) {
        if (auto r = writeRejects(rejects, report.problems); !r)
            return r.error();
    }
    if (auto r = writer.finish(); !r)
        return r.error();
    // The evaluator judges the tickets this batch added or changed, and no other.
    if (kind == RecordKind::Ticket && report.inserted + report.updated > 0) {
        if (auto r = VerdictScope::noteBatch(db, report.batchId, lastTicket); !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return Error{tr("%1: the import could not be committed: %2").arg(shown, r.errorString())};
    if (feed.skipBad && !rejects.commit())
        return Error{tr("%1: imported as batch %2, but the bad rows could not be written to %3: "
                        "%4")
                         .arg(shown)
                         .arg(report.batchId)
                         .arg(options.rejectsPath, rejects.errorString())};
    return report;
}

} // namespace Accordo
