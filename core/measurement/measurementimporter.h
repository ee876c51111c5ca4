#pragma once

#include "measurement/importmapping.h"
#include "measurement/ticketreader.h"
#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace Accordo {

struct ImportOptions
{
    TicketReader::Preset preset = TicketReader::Preset::None;
    /// Which system the tickets come from: a ticket is known by its source and its id, so that
    /// two systems' INC0000045 are two tickets. 1 to 64 letters, digits, '.', '_' or '-'.
    QString source = u"csv"_qs;
    /// Who imports, kept with the batch: an active user of the workspace (on PostgreSQL, the
    /// server login), or the import is refused.
    QString userName;
    /// Import the good rows and write the bad ones here, once the import is committed (never
    /// when it fails); empty: refuse the whole file when a row is bad. It may not be the file
    /// imported.
    QString rejectsPath;
    /// The file's text encoding (CsvReader::setEncoding); empty: UTF-8.
    QString encoding;
    std::function<void(qint64 done, qint64 total)> progress;
    /// Polled while reading; true abandons the import and keeps nothing.
    std::function<bool()> cancelled;
};

struct ImportReport
{
    qint64 rowsRead = 0; // good and bad rows (ServiceNow: tickets and bad rows)
    qint64 records = 0;  // tickets, outages or surveys written
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0; // found with the same values: left alone
    qint64 batchId = 0;
    qint64 rejected = 0;           // bad rows
    QList<RowProblem> problems;    // all with rejectsPath, else the first 100
    QMap<QString, qint64> reasons; // "field: reason" without the value, with counts
};

/// One import as the workspace keeps it (import_batches).
struct ImportBatch
{
    qint64 id = 0;
    QString kind; // tickets, outages, surveys or observations
    QString source;
    QString fileName;
    QString sha256;
    QString userName;
    qint64 importedAt = 0;
    qint64 rowsRead = 0, inserted = 0, updated = 0, unchanged = 0, rejected = 0;
    std::optional<qint64> rolledBackAt;
    QString rolledBackBy;
};

/// What an import would do, found by importing inside a transaction that is rolled back.
struct ImportPreview
{
    ImportReport report;
    /// Tickets that would be stored for which no target of the workspace names their customer
    /// and service: nothing would measure them. -1 for outages and surveys.
    qint64 unmatched = -1;
};

/// What rolling a batch back did.
struct RollbackReport
{
    qint64 removed = 0;  // rows the batch had added
    qint64 restored = 0; // rows the batch had changed, back as they were
};

/// Imports tickets, outages, surveys or custom metric observations from a CSV file (or standard input, path "-", read whole
/// up to CsvReader::MaxStandardInputBytes) into a workspace in one transaction, as
/// one batch: records are found by their natural key (a ticket by its source and id), so
/// re-importing a file updates and never duplicates; a kill mid-way leaves the database as it
/// was. The batch keeps the file's SHA-256, who and when, the counts, and every row it added
/// or changed with the row as it was, so that it can be rolled back.
class MeasurementImporter
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::MeasurementImporter)

public:
    static Result<ImportReport> importFile(QSqlDatabase db, RecordKind kind, const QString &path,
                                           const ImportMapping &mapping,
                                           const ImportOptions &options = {});

    /// Imports the file and rolls it back: the counts an import would report and the tickets
    /// nothing would measure, with nothing stored (not even a rejects file).
    static Result<ImportPreview> dryRun(QSqlDatabase db, RecordKind kind, const QString &path,
                                        const ImportMapping &mapping,
                                        const ImportOptions &options = {});
    /// Every batch, the latest first.
    static Result<QList<ImportBatch>> batches(QSqlDatabase db);
    /// Removes the rows a batch added and restores those it changed. Refused when the batch
    /// does not exist, was rolled back already, or a later batch still in force changed any
    /// of its rows (that one goes first), and when `userName` is not an active user of the
    /// workspace (on PostgreSQL, the server login).
    static Result<RollbackReport> rollBack(QSqlDatabase db, qint64 batchId,
                                           const QString &userName);
    /// Why `source` cannot name a source, or empty when it can.
    static QString sourceProblem(const QString &source);

    /// The error message for a refused import: the first bad rows, each with line and field.
    static QString describeProblems(const QString &path, const ImportReport &report);
};

} // namespace Accordo
