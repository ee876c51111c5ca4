#include "clicommands.h"

#include "demo/demodata.h"
#include "io/listings.h"
#include "io/tablewriter.h"
#include "storage/database.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << u"accordo-cli: "_s << message << Qt::endl;
    return 1;
}

// Parses the options of one subcommand; prints help and errors the way users expect.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        exitCode = fail(parser.errorText());
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        out().flush();
        exitCode = 0;
        return false;
    }
    return true;
}

// QCommandLineParser expects the program name first; show the subcommand in its place.
QStringList withProgram(const QString &program, const QStringList &arguments)
{
    QStringList words = arguments.mid(1);
    words.prepend(program);
    return words;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(u"db"_s, Commands::tr("The workspace file."), Commands::tr("FILE"));
}

} // namespace

int Commands::usage(int exitCode)
{
    QTextStream &stream = exitCode == 0 ? out() : err();
    stream << tr("Usage: accordo-cli <command> [options]\n"
                 "\n"
                 "Accordo %1 — service level management on the command line.\n"
                 "\n"
                 "Commands:\n"
                 "  init      Create a workspace, optionally with demo data\n"
                 "  list      List customers, services or agreements\n"
                 "  calendar  Business-time arithmetic (due, elapsed)\n"
                 "\n"
                 "Run 'accordo-cli <command> --help' for the options of a command.\n"
                 "Options: --help, --version\n")
                  .arg(QCoreApplication::applicationVersion());
    stream.flush();
    return exitCode;
}

int Commands::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage(2);
    const QString command = arguments.first();
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s)
        return usage(0);
    if (command == u"--version"_s || command == u"-v"_s) {
        out() << u"accordo-cli "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command == u"init"_s)
        return init(arguments);
    if (command == u"list"_s)
        return list(arguments);
    fail(tr("unknown command \"%1\"").arg(command));
    return usage(2);
}

int Commands::init(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a new workspace (or upgrade an existing one)."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption demo(u"demo"_s, tr("Fill the new workspace with demo data."));
    const QCommandLineOption scale(u"scale"_s,
                                   tr("Multiply the demo volume by N (1000: about 68,000 "
                                      "agreements)."), tr("N"), u"1"_s);
    parser.addOptions({db, demo, scale});
    int exitCode = 0;
    if (!parse(parser, withProgram(u"accordo-cli init"_s, arguments), exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("init: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(db))
        return fail(tr("init: --db FILE is required"));
    bool scaleOk = false;
    const int scaleValue = parser.value(scale).toInt(&scaleOk);
    if (!scaleOk || scaleValue < 1 || scaleValue > 10000)
        return fail(tr("init: --scale must be a whole number from 1 to 10000, not \"%1\"")
                        .arg(parser.value(scale)));
    if (parser.isSet(scale) && !parser.isSet(demo))
        return fail(tr("init: --scale only applies with --demo"));

    const QString path = parser.value(db);
    const bool existed = QFileInfo::exists(path);
    auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!database)
        return fail(database.errorString());
    if (parser.isSet(demo)) {
        Workspace workspace(**database);
        if (!workspace.parties().isEmpty() || !workspace.services().isEmpty())
            return fail(tr("%1: the workspace already holds data; demo data goes into a new, "
                           "empty workspace").arg(path));
        const bool terminal = isatty(fileno(stderr));
        auto counts = DemoData::populate(workspace, scaleValue, [terminal](qint64 done, qint64 total) {
            if (terminal && total > 1000) {
                err() << u"\r"_s << tr("Creating demo data: %1 %").arg(done * 100 / total);
                err().flush();
            }
            return true;
        });
        if (terminal && scaleValue > 15)
            err() << Qt::endl;
        if (!counts) {
            database->reset();
            if (!existed)
                QFile::remove(path);
            return fail(tr("%1: demo data could not be created: %2").arg(path, counts.errorString()));
        }
        out() << tr("Created %1 with %2 customers, %3 services, %4 agreements and %5 targets.")
                     .arg(path).arg(counts->customers).arg(counts->services)
                     .arg(counts->agreements).arg(counts->targets)
              << Qt::endl;
    } else {
        out() << tr("Workspace %1 is ready (schema version %2).")
                     .arg(path).arg((*database)->schemaVersion())
              << Qt::endl;
    }
    return 0;
}

int Commands::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the records of a workspace."));
    parser.addPositionalArgument(u"what"_s, tr("customers, services or agreements"));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption format(u"format"_s, tr("Output format: table, csv or json."),
                                    tr("FORMAT"), u"table"_s);
    parser.addOptions({db, format});
    int exitCode = 0;
    if (!parse(parser, withProgram(u"accordo-cli list"_s, arguments), exitCode))
        return exitCode;
    const QStringList what = parser.positionalArguments();
    if (what.size() != 1)
        return fail(tr("list: say what to list: customers, services or agreements"));
    const auto writerFormat = TableWriter::parseFormat(parser.value(format));
    if (!writerFormat)
        return fail(tr("list: unknown format \"%1\" (use table, csv or json)")
                        .arg(parser.value(format)));
    if (!parser.isSet(db))
        return fail(tr("list: --db FILE is required"));

    std::function<Result<TextTable>(QSqlDatabase)> listing;
    if (what.first() == u"customers"_s)
        listing = &Listings::customers;
    else if (what.first() == u"services"_s)
        listing = &Listings::services;
    else if (what.first() == u"agreements"_s)
        listing = &Listings::agreements;
    else
        return fail(tr("list: unknown list \"%1\" (use customers, services or agreements)")
                        .arg(what.first()));

    auto database = Database::open(parser.value(db), Database::OpenMode::MustExist);
    if (!database)
        return fail(database.errorString());
    auto table = listing((*database)->connection());
    if (!table)
        return fail(table.errorString());
    out() << TableWriter::write(*writerFormat, *table);
    out().flush();
    return 0;
}

} // namespace Accordo::Cli
