#include "measurementcommands.h"

#include "clicommands.h"
#include "cliio.h"
#include "openworkspace.h"
#include "useroption.h"

#include "calendar/isotime.h"
#include "io/tablewriter.h"
#include "measurement/backtest.h"
#include "measurement/csvreader.h"
#include "measurement/evaluator.h"
#include "measurement/importmapping.h"
#include "measurement/measurementimporter.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

namespace {

// A percentage on stderr, rewritten in place, only when a person is watching.
std::function<void(qint64, qint64)> progressReporter(const QString &what)
{
    if (!isatty(fileno(stderr)))
        return {};
    return [what, last = -1](qint64 done, qint64 total) mutable {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent == last)
            return;
        last = percent;
        err() << u"\r"_s << MeasurementCommands::tr("%1: %2 %").arg(what).arg(percent);
        if (percent >= 100)
            err() << u"\n"_s;
        err().flush();
    };
}

// Without a mapping, columns named like the canonical fields are read as they are.
Result<ImportMapping> loadMapping(const QString &path, RecordKind kind)
{
    if (path.isEmpty())
        return ImportMapping(kind);
    return ImportMapping::readFile(path, kind);
}

Result<qint64> parseAsOf(const QString &text)
{
    if (text.isEmpty())
        return QDateTime::currentSecsSinceEpoch();
    auto instant = IsoTime::parse(text, QTimeZone::utc());
    if (!instant)
        return Error{MeasurementCommands::tr("--as-of: %1").arg(instant.errorString())};
    // Outside the supported years nothing is judged, and nothing stored is touched.
    return IsoTime::requireSupported(*instant, u"--as-of \"%1\""_s.arg(text));
}

} // namespace

int MeasurementCommands::undoBatch(const QString &location, const QStringList &what,
                                   const QString &userName)
{
    const QString command = u"import"_s;
    bool ok = false;
    const qint64 batch = what.constLast().toLongLong(&ok);
    if (what.size() != 2 || !ok || batch <= 0)
        return fail(command,
                    tr("say which batch to roll back: import undo BATCH (its "
                       "number in \"import history\")"),
                    UsageError);
    auto database = Database::open(location, Database::OpenMode::MustExist);
    if (!database)
        return fail(command, database.errorString());
    if (auto acting = UserOption::existing(userName, (*database)->connection()); !acting)
        return fail(command, acting.errorString());
    auto undone = MeasurementImporter::rollBack((*database)->connection(), batch, userName);
    if (!undone)
        return fail(command, undone.errorString());
    out() << tr("Batch %1 rolled back: %2 added row(s) removed, %3 changed row(s) "
                "restored.")
                 .arg(batch)
                 .arg(undone->removed)
                 .arg(undone->restored)
          << Qt::endl;
    return Success;
}

int MeasurementCommands::listBatches(const QString &location, const QStringList &what,
                                     const QString &format)
{
    const QString command = u"import"_s;
    if (what.size() != 1)
        return fail(command, tr("import history takes no further words"), UsageError);
    if (!TableWriter::parseFormat(format))
        return printTable(command, format, {});
    auto database = Database::open(location, Database::OpenMode::MustExist);
    if (!database)
        return fail(command, database.errorString());
    auto batches = MeasurementImporter::batches((*database)->connection());
    if (!batches)
        return fail(command, batches.errorString());
    TextTable table;
    table.headers = {u"batch"_s,       u"kind"_s,      u"source"_s,   u"file"_s,
                     u"imported_at"_s, u"user"_s,      u"rows"_s,     u"new"_s,
                     u"updated"_s,     u"unchanged"_s, u"rejected"_s, u"rolled_back_at"_s,
                     u"sha256"_s};
    for (const ImportBatch &b : *batches)
        table.rows.append(
            {QString::number(b.id), b.kind, b.source, b.fileName, IsoTime::formatUtc(b.importedAt),
             b.userName, QString::number(b.rowsRead), QString::number(b.inserted),
             QString::number(b.updated), QString::number(b.unchanged), QString::number(b.rejected),
             b.rolledBackAt ? IsoTime::formatUtc(*b.rolledBackAt) : QString(), b.sha256});
    return printTable(command, format, table);
}

int MeasurementCommands::import(const QStringList &arguments)
{
    const QString command = u"import"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import tickets, outages, satisfaction surveys or custom metric observations from "
           "a CSV file as one batch. Records are updated by their key (a ticket by its source "
           "and id), never duplicated; nothing is imported if a row is bad, unless --skip-bad "
           "is given. An observation names a defined metric, a customer, service and region "
           "of the workspace (or none), an instant (observed_at) or a month (period, "
           "YYYY-MM), and a value or successes and attempts. \"import history\" lists the "
           "batches, \"import undo BATCH\" rolls one back."));
    parser.addPositionalArgument(u"what"_s,
                                 tr("tickets, outages, surveys, observations, history or undo"));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption file(u"file"_s,
                                  tr("The CSV file to import; - reads standard input (at most "
                                     "2 GiB)."),
                                  tr("FILE"));
    const QCommandLineOption encoding(u"encoding"_s,
                                      tr("The file's text encoding: utf-8 (default), latin1 "
                                         "(iso-8859-1) or windows-1252."),
                                      tr("NAME"));
    const QCommandLineOption mapping(u"mapping"_s, tr("JSON mapping of columns onto fields."),
                                     tr("FILE"));
    const QCommandLineOption preset(u"preset"_s,
                                    tr("A known source format: servicenow "
                                       "(tickets only)."),
                                    tr("NAME"));
    const QCommandLineOption skipBad(u"skip-bad"_s,
                                     tr("Import the good rows and write the bad "
                                        "ones with their reasons to FILE."),
                                     tr("FILE"));
    const QCommandLineOption source(u"source"_s,
                                    tr("Which system the tickets come from, e.g. "
                                       "servicenow-prod (default: the preset's "
                                       "name, else the mapping file's, else csv)."),
                                    tr("NAME"));
    const QCommandLineOption user = Commands::userOption();
    const QCommandLineOption format(u"format"_s, tr("history: table, csv or json."), tr("FORMAT"),
                                    u"table"_s);
    parser.addOptions({db, file, mapping, preset, skipBad, source, user, format, encoding});
    int exitCode = Success;
    if (!parse(parser, u"accordo-cli import"_s, arguments.mid(1), exitCode))
        return exitCode;
    const QStringList what = parser.positionalArguments();
    const QString action = what.isEmpty() ? QString() : what.constFirst();
    if (action == u"history"_s || action == u"undo"_s) {
        if (!parser.isSet(db))
            return dbMissing(command);
        if (what.first() == u"undo"_s)
            return undoBatch(parser.value(db), what, parser.value(user));
        return listBatches(parser.value(db), what, parser.value(format));
    }
    if (what.size() != 1)
        return fail(command, tr("say what to import: tickets, outages, surveys or observations"),
                    UsageError);
    RecordKind kind;
    if (what.first() == u"tickets"_s)
        kind = RecordKind::Ticket;
    else if (what.first() == u"outages"_s)
        kind = RecordKind::Outage;
    else if (what.first() == u"surveys"_s)
        kind = RecordKind::Survey;
    else if (what.first() == u"observations"_s)
        kind = RecordKind::Observation;
    else
        return fail(command,
                    tr("\"%1\" is not tickets, outages, surveys or observations").arg(what.first()),
                    UsageError);
    if (!parser.isSet(db) || !parser.isSet(file))
        return fail(command, tr("--db FILE and --file FILE are required"), UsageError);
    ImportOptions options;
    if (parser.isSet(preset)) {
        const auto p = TicketReader::presetFromName(parser.value(preset));
        if (!p)
            return fail(
                command,
                tr("--preset: \"%1\" is not a known preset (servicenow)").arg(parser.value(preset)),
                UsageError);
        if (kind != RecordKind::Ticket)
            return fail(command, tr("--preset servicenow reads tickets only"), UsageError);
        options.preset = *p;
    }
    options.userName = parser.value(user);
    options.source = parser.isSet(source)    ? parser.value(source)
                     : parser.isSet(preset)  ? parser.value(preset).toLower()
                     : parser.isSet(mapping) ? QFileInfo(parser.value(mapping)).completeBaseName()
                                             : u"csv"_s;
    if (kind == RecordKind::Ticket) {
        if (const QString problem = MeasurementImporter::sourceProblem(options.source);
            !problem.isEmpty())
            return fail(command, u"--source: "_s + problem, UsageError);
    }
    if (parser.isSet(encoding) && !CsvReader::isKnownEncoding(parser.value(encoding)))
        return fail(command,
                    tr("--encoding: \"%1\" is not a known encoding (use utf-8, latin1 or "
                       "windows-1252)")
                        .arg(parser.value(encoding)),
                    UsageError);
    options.encoding = parser.value(encoding);
    auto map = loadMapping(parser.value(mapping), kind);
    if (!map)
        return fail(command, map.errorString());
    auto database = Database::open(parser.value(db), Database::OpenMode::MustExist);
    if (!database)
        return fail(command, database.errorString());
    if (auto acting = UserOption::existing(parser, user, (*database)->connection()); !acting)
        return fail(command, acting.errorString());
    options.rejectsPath = parser.value(skipBad);
    if (parser.isSet(skipBad)
        && QFileInfo(options.rejectsPath).absoluteFilePath()
               == QFileInfo(parser.value(db)).absoluteFilePath())
        return fail(command, tr("--skip-bad: %1 is the workspace itself").arg(options.rejectsPath),
                    UsageError);
    const QString shownFile = CsvReader::displayName(parser.value(file));
    options.progress = progressReporter(tr("Importing %1").arg(shownFile));
    QElapsedTimer timer;
    timer.start();
    auto report = MeasurementImporter::importFile((*database)->connection(), kind,
                                                  parser.value(file), *map, options);
    if (!report)
        return fail(command, report.errorString());
    out() << tr("Imported %n record(s) from %1 in %2 s as batch %3: %4 new, %5 updated, "
                "%6 unchanged;",
                nullptr, int(report->records))
                 .arg(shownFile)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
                 .arg(report->batchId)
                 .arg(report->inserted)
                 .arg(report->updated)
                 .arg(report->unchanged)
          << ' ' << tr("%n bad row(s) rejected.", nullptr, int(report->rejected)) << Qt::endl;
    for (auto it = report->reasons.cbegin(); it != report->reasons.cend(); ++it)
        out() << u"  "_s << tr("%1 × %2").arg(it.value()).arg(it.key()) << Qt::endl;
    if (report->rejected > 0)
        out() << tr("The rejected rows and their reasons are in %1.").arg(options.rejectsPath)
              << Qt::endl;
    return Success;
}

int MeasurementCommands::evaluate(const QStringList &arguments)
{
    const QString command = u"evaluate"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Judge every ticket against the targets that govern it and store the results."));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption asOf(u"as-of"_s,
                                  tr("Judge the tickets as they stood at this ISO "
                                     "8601 instant and count the verdicts without "
                                     "storing them (default: now, stored)."),
                                  tr("ISO"));
    parser.addOptions({db, asOf});
    int exitCode = Success;
    if (!parseWithDb(parser, db, command, arguments.mid(1), exitCode))
        return exitCode;
    auto instant = parseAsOf(parser.value(asOf));
    if (!instant)
        return fail(command, instant.errorString(), UsageError);
    auto database = Database::open(parser.value(db), Database::OpenMode::MustExist);
    if (!database)
        return fail(command, database.errorString());
    if ((*database)->isReadOnly()) {
        // Verdicts for now are stored, which a read-only workspace refuses; a look at another
        // instant is judged in a private copy.
        if (!parser.isSet(asOf) || (*database)->isServer())
            return fail(command, tr("%1: %2").arg(parser.value(db), Database::readOnlyText()));
        database = (*database)->writableCopy();
        if (!database)
            return fail(command, database.errorString());
    }
    // The stored verdicts answer for now; a look at another instant is judged inside a
    // transaction that is rolled back, so that it never replaces them.
    std::optional<Transaction> aside;
    if (parser.isSet(asOf)) {
        aside.emplace((*database)->connection());
        if (!aside->isActive())
            return fail(command, aside->errorString());
    }
    auto summary = Evaluator::evaluate((*database)->connection(), *instant);
    if (!summary)
        return fail(command, summary.errorString());
    out() << tr("Evaluated %n ticket(s) as of %1: %2 governed by a target,", nullptr,
                int(summary->tickets))
                 .arg(IsoTime::formatUtc(*instant))
                 .arg(summary->governed)
          << ' '
          << tr("%n result(s): %1 met, %2 breached, %3 pending.", nullptr, int(summary->results))
                 .arg(summary->met)
                 .arg(summary->breached)
                 .arg(summary->pending)
          << Qt::endl;
    return Success;
}

int MeasurementCommands::backtest(const QStringList &arguments)
{
    const QString command = u"backtest"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Evaluate proposed targets against a ticket history, without a workspace."));
    const QCommandLineOption tickets(u"tickets"_s, tr("The ticket CSV file."), tr("FILE"));
    const QCommandLineOption mapping(u"mapping"_s, tr("JSON mapping of columns onto fields."),
                                     tr("FILE"));
    const QCommandLineOption preset(u"preset"_s, tr("A known source format: servicenow."),
                                    tr("NAME"));
    const QCommandLineOption targets(u"targets"_s, tr("The proposed targets (JSON)."), tr("FILE"));
    const QCommandLineOption asOf(u"as-of"_s,
                                  tr("Judge open tickets as of this ISO 8601 "
                                     "instant (default: now)."),
                                  tr("ISO"));
    const QCommandLineOption format(u"format"_s, tr("Output format: csv."), tr("FORMAT"), u"csv"_s);
    const QCommandLineOption compare(u"compare-made-sla"_s,
                                     tr("Report on stderr how often the verdicts agree with "
                                        "the file's own SLA verdict (ServiceNow made_sla)."));
    parser.addOptions({tickets, mapping, preset, targets, asOf, format, compare});
    int exitCode = Success;
    if (!parse(parser, u"accordo-cli backtest"_s, arguments.mid(1), exitCode))
        return exitCode;
    if (!parser.isSet(tickets) || !parser.isSet(targets))
        return fail(command, tr("--tickets FILE and --targets FILE are required"), UsageError);
    if (parser.value(format) != u"csv"_s)
        return fail(command, tr("--format: \"%1\" is not csv").arg(parser.value(format)),
                    UsageError);
    TicketReader::Preset presetValue = TicketReader::Preset::None;
    if (parser.isSet(preset)) {
        const auto p = TicketReader::presetFromName(parser.value(preset));
        if (!p)
            return fail(
                command,
                tr("--preset: \"%1\" is not a known preset (servicenow)").arg(parser.value(preset)),
                UsageError);
        presetValue = *p;
    }
    auto instant = parseAsOf(parser.value(asOf));
    if (!instant)
        return fail(command, instant.errorString(), UsageError);
    auto map = loadMapping(parser.value(mapping), RecordKind::Ticket);
    if (!map)
        return fail(command, map.errorString());
    auto test = Backtest::readTargets(parser.value(targets));
    if (!test)
        return fail(command, test.errorString());
    if (auto r = test->run(parser.value(tickets), *map, presetValue, *instant,
                           progressReporter(tr("Reading %1").arg(parser.value(tickets))));
        !r)
        return fail(command, r.errorString());
    const QByteArray csv = test->csv();
    std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
    std::fflush(stdout);
    if (test->rejected() > 0) {
        err() << tr("%n bad row(s) were skipped; the first: %1:%2: %3: %4", nullptr,
                    int(test->rejected()))
                     .arg(parser.value(tickets))
                     .arg(test->problems().first().line)
                     .arg(test->problems().first().field, test->problems().first().reason)
              << Qt::endl;
    }
    if (parser.isSet(compare)) {
        ReferenceComparison total;
        total.target = tr("all targets");
        QList<ReferenceComparison> comparisons = test->referenceComparison();
        for (const ReferenceComparison &c : std::as_const(comparisons)) {
            total.compared += c.compared;
            total.agreed += c.agreed;
            total.metButReferenceMissed += c.metButReferenceMissed;
            total.breachedButReferenceMade += c.breachedButReferenceMade;
        }
        if (comparisons.size() > 1)
            comparisons.append(total);
        for (const ReferenceComparison &c : std::as_const(comparisons)) {
            const QString pct = c.compared > 0 ? QString::number(
                                    100.0 * double(c.agreed) / double(c.compared), 'f', 2)
                                               : u"-"_s;
            err() << tr("made_sla agreement for \"%1\": %2 % of %n judged ticket(s) (met but "
                        "made_sla false: %3; breached but made_sla true: %4)",
                        nullptr, int(c.compared))
                         .arg(c.target, pct)
                         .arg(c.metButReferenceMissed)
                         .arg(c.breachedButReferenceMade)
                  << Qt::endl;
        }
    }
    return Success;
}

} // namespace Accordo::Cli
