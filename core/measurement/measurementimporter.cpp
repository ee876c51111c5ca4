#include "measurementimporter.h"

#include "measurement/csvreader.h"
#include "storage/transaction.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const auto kUpsertTicket = uR"(
    INSERT INTO tickets (number, customer, service, region, priority, status, opened_at,
                         first_response_at, resolved_at, closed_at, satisfaction, pauses)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (number) DO UPDATE SET
        customer = excluded.customer, service = excluded.service, region = excluded.region,
        priority = excluded.priority, status = excluded.status, opened_at = excluded.opened_at,
        first_response_at = excluded.first_response_at, resolved_at = excluded.resolved_at,
        closed_at = excluded.closed_at, satisfaction = excluded.satisfaction,
        pauses = excluded.pauses)"_s;

const auto kUpsertOutage = uR"(
    INSERT INTO outages (service, customer, region, start_at, end_at, planned)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (service, customer, region, start_at) DO UPDATE SET
        end_at = excluded.end_at, planned = excluded.planned)"_s;

const auto kUpsertSurvey = uR"(
    INSERT INTO surveys (ticket_number, customer, answered_at, score)
    VALUES (?, ?, ?, ?)
    ON CONFLICT (ticket_number, customer, answered_at) DO UPDATE SET score = excluded.score)"_s;

const auto kMarkStale = uR"(
    INSERT INTO accordo_meta (key, value) VALUES ('ticket_results_stale', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value)"_s;

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

qint64 count(QSqlDatabase db, const QString &table)
{
    QSqlQuery query(db);
    if (query.exec(u"SELECT count(*) FROM "_s + table) && query.next())
        return query.value(0).toLongLong();
    return 0;
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

QString MeasurementImporter::describeProblems(const QString &path, const ImportReport &report)
{
    QStringList lines;
    for (const RowProblem &problem : report.problems.mid(0, 10)) {
        lines << tr("%1:%2: %3: %4").arg(path).arg(problem.line)
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
    const QString table = kind == RecordKind::Ticket ? u"tickets"_s
                          : kind == RecordKind::Outage ? u"outages"_s : u"surveys"_s;
    ImportReport report;
    const qint64 before = count(db, table);

    // The whole import is one transaction; with SQLite's default 2 MB page cache its pages
    // would spill to the WAL and be read back for every index update. A larger cache for the
    // duration keeps them in memory until the commit writes each page once.
    QSqlQuery pragma(db);
    int previousCache = 0;
    if (pragma.exec(u"PRAGMA cache_size"_s) && pragma.next())
        previousCache = pragma.value(0).toInt();
    pragma.exec(u"PRAGMA cache_size = -262144"_s);
    const auto restoreCache = qScopeGuard([&] {
        QSqlQuery(db).exec(u"PRAGMA cache_size = %1"_s.arg(previousCache));
    });

    Transaction transaction(db);
    if (!transaction.isActive())
        return Error{tr("%1: the import cannot start a transaction: %2")
                         .arg(db.databaseName(), transaction.errorString())};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql = kind == RecordKind::Ticket ? kUpsertTicket
                        : kind == RecordKind::Outage ? kUpsertOutage : kUpsertSurvey;
    if (!query.prepare(sql))
        return Error{tr("%1: %2").arg(db.databaseName(), query.lastError().text())};

    std::optional<Error> writeError;
    const auto onProblem = [&](const RowProblem &problem) {
        ++report.rowsRead;
        ++report.rejected;
        if (skipBad || report.problems.size() < 100)
            report.problems.append(problem);
        ++report.reasons[problem.field.isEmpty() ? problem.reason
                                                 : problem.field + u": "_s + problem.reason];
    };
    const auto execute = [&](qint64 line) {
        if (!query.exec() && !writeError)
            writeError = Error{tr("%1:%2: the record cannot be written: %3")
                                   .arg(path).arg(line).arg(query.lastError().text())};
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
                if (options.preset != TicketReader::Preset::ServiceNow)
                    ++report.rowsRead;
                if (doomed())
                    return;
                query.bindValue(0, ticket.id);
                query.bindValue(1, text(ticket.customer));
                query.bindValue(2, text(ticket.service));
                query.bindValue(3, text(ticket.region));
                query.bindValue(4, text(ticket.priority));
                query.bindValue(5, text(ticket.status));
                query.bindValue(6, ticket.openedAt);
                query.bindValue(7, optionalInstant(ticket.firstResponseAt));
                query.bindValue(8, optionalInstant(ticket.resolvedAt));
                query.bindValue(9, optionalInstant(ticket.closedAt));
                query.bindValue(10, ticket.satisfaction ? QVariant(ticket.satisfaction)
                                                        : QVariant(QMetaType::fromType<int>()));
                query.bindValue(11, text(packPauses(ticket.pauses)));
                execute(line);
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
            if (kind == RecordKind::Outage) {
                query.bindValue(0, outage.service);
                query.bindValue(1, text(outage.customer));
                query.bindValue(2, text(outage.region));
                query.bindValue(3, outage.startAt);
                query.bindValue(4, optionalInstant(outage.endAt));
                query.bindValue(5, outage.planned ? 1 : 0);
            } else {
                query.bindValue(0, text(survey.ticketId));
                query.bindValue(1, text(survey.customer));
                query.bindValue(2, survey.answeredAt);
                query.bindValue(3, survey.score);
            }
            execute(reader.line());
        }
        if (reader.error())
            return *reader.error();
    }
    if (cancelled)
        return Error{tr("%1: the import was cancelled, nothing was imported").arg(path)};
    if (writeError)
        return *writeError;
    if (report.rejected > 0 && !skipBad)
        return Error{tr("%1: nothing was imported, %n row(s) are bad:", nullptr,
                        int(report.rejected)).arg(path)
                     + u'\n' + describeProblems(path, report)};
    if (skipBad) {
        QFile rejects(options.rejectsPath);
        if (!rejects.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error{tr("%1: cannot be written: %2").arg(options.rejectsPath,
                                                              rejects.errorString())};
        rejects.write("line,field,reason,record\n");
        for (const RowProblem &problem : report.problems) {
            rejects.write(QByteArray::number(problem.line) + ',' + csvField(problem.field) + ','
                          + csvField(problem.reason) + ','
                          + csvField(QString::fromUtf8(problem.record)) + '\n');
        }
    }
    if (kind == RecordKind::Ticket && report.records > 0) {
        QSqlQuery stale(db);
        if (!stale.exec(kMarkStale))
            return Error{stale.lastError().text()};
    }
    if (auto r = transaction.commit(); !r)
        return Error{tr("%1: the import could not be committed: %2").arg(path, r.errorString())};
    const qint64 after = count(db, table);
    report.inserted = after - before;
    report.updated = report.records - report.inserted;
    return report;
}

} // namespace Accordo
