#pragma once

#include "measurement/importmapping.h"
#include "measurement/ticketreader.h"
#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>

#include <functional>

namespace Accordo {

struct ImportOptions
{
    TicketReader::Preset preset = TicketReader::Preset::None;
    /// Import the good rows and write the bad ones here; empty: refuse the whole file when a
    /// row is bad.
    QString rejectsPath;
    std::function<void(qint64 done, qint64 total)> progress;
    /// Polled while reading; true abandons the import and keeps nothing.
    std::function<bool()> cancelled;
};

struct ImportReport
{
    qint64 rowsRead = 0;        // good and bad rows (ServiceNow: tickets and bad rows)
    qint64 records = 0;         // tickets, outages or surveys written
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 rejected = 0;        // bad rows
    QList<RowProblem> problems; // all with rejectsPath, else the first 100
    QMap<QString, qint64> reasons; // "field: reason" without the value, with counts
};

/// Imports tickets, outages or surveys from a CSV file into a workspace in one transaction:
/// records are upserted by their natural key (a ticket by its id), so re-importing a file
/// updates and never duplicates; a kill mid-way leaves the database as it was.
class MeasurementImporter
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::MeasurementImporter)

public:
    static Result<ImportReport> importFile(QSqlDatabase db, RecordKind kind, const QString &path,
                                           const ImportMapping &mapping,
                                           const ImportOptions &options = {});

    /// The error message for a refused import: the first bad rows, each with line and field.
    static QString describeProblems(const QString &path, const ImportReport &report);
};

} // namespace Accordo
