#include "clicommands.h"
#include "crmcommands.h"

#include "cliio.h"
#include "documentcommands.h"

#include "calendarcommand.h"
#include "changecommands.h"
#include "dbcommands.h"
#include "kpicommands.h"
#include "measurementcommands.h"
#include "offeringcommands.h"
#include "reportcommands.h"
#include "reviewcommands.h"
#include "useroption.h"

#include "audit/auditlog.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "demo/demodata.h"
#include "io/listings.h"
#include "io/tablewriter.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

namespace {

// Parses the words after a subcommand's own word as PROGRAM's (see Commands::parse()) and opens
// the workspace given with `db` in `mode`; nothing, with exitCode set, when the command ends
// there: `dbRequired` says that --db is missing.
std::unique_ptr<Database> parseAndOpen(QCommandLineParser &parser, const QString &program,
                                       const QStringList &arguments, const QCommandLineOption &db,
                                       Database::OpenMode mode, const QString &dbRequired,
                                       int &exitCode)
{
    if (!Cli::parse(parser, program, arguments.mid(2), exitCode, QString(), DataError))
        return nullptr;
    if (!parser.isSet(db)) {
        exitCode = fail(dbRequired);
        return nullptr;
    }
    auto database = Database::open(parser.value(db), mode);
    if (!database) {
        exitCode = fail(database.errorString());
        return nullptr;
    }
    return std::move(*database);
}

} // namespace

bool Commands::parse(QCommandLineParser &parser, const QString &program,
                     const QStringList &arguments, int &exitCode)
{
    // The first word names the subcommand; the program name takes its place. A refused option
    // fails as a data error without a command name, as these commands always have.
    return Cli::parse(parser, program, arguments.mid(1), exitCode, QString(), DataError);
}

QCommandLineOption Commands::dbOption()
{
    return QCommandLineOption(u"db"_s, tr("The workspace file."), tr("FILE"));
}

QCommandLineOption Commands::userOption()
{
    return QCommandLineOption(u"user"_s, UserOption::help(), tr("NAME"));
}

QCommandLineOption Commands::formatOption()
{
    return QCommandLineOption(u"format"_s, tr("Output format: table, csv or json."), tr("FORMAT"),
                              u"table"_s);
}

QCommandLineOption Commands::textFormatOption()
{
    return QCommandLineOption(u"format"_s, tr("Output format: text, csv or json."), tr("FORMAT"),
                              u"text"_s);
}

QString Commands::tableFormat(const QString &format)
{
    return format == u"text"_s ? u"table"_s : format;
}

QCommandLineOption Commands::numberOption()
{
    return QCommandLineOption(u"number"_s, tr("The agreement number, e.g. SLA-2026-0001."),
                              tr("NUMBER"));
}

QCommandLineOption Commands::versionOption()
{
    return QCommandLineOption(u"version"_s, tr("The version (default: the newest)."), tr("N"));
}

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
                 "  calendar  due|elapsed|import|export\n"
                 "            Business-time arithmetic; calendars between JSON and a workspace\n"
                 "  agreement show|transition|diff|due|charter|approvers|supports|document|\n"
                 "            verify-document\n"
                 "            An agreement's lifecycle, a workflow step, a version comparison,\n"
                 "            reviews and renewals coming up, the OLAs and underpinning\n"
                 "            contracts behind an SLA, its document (PDF, ODT, HTML, redline)\n"
                 "            and whether a file is the signed document\n"
                 "  clause    list|show: the clause library the documents are drafted from\n"
                 "  template  list|show: the document template of each agreement kind\n"
                 "  audit     verify|head: check the audit trail and the tables it covers;\n"
                 "            print its head to keep elsewhere (verify --expect-head HASH)\n"
                 "  user      add|list: the users of a workspace and their roles\n"
                 "  offering  list|add|apply|whatif: service levels with their targets and\n"
                 "            prices, applied to an agreement being negotiated\n"
                 "  import    tickets|outages|surveys|observations: read a CSV file into a\n"
                 "            workspace; parties: customers and contacts from a CRM (CSV or\n"
                 "            vCard)\n"
                 "  evaluate  Judge the tickets against their targets and store the results\n"
                 "  backtest  Judge proposed targets against a ticket file (no workspace)\n"
                 "  kpi       KPIs per agreement, target and period (compliance, status, credit)\n"
                 "  credits   Service credit statements per agreement and period\n"
                 "  forecast  Ticket volume per service, region and month, with a forecast\n"
                 "  check     consistency|coverage|reviews|watermelon|actions: portfolio\n"
                 "            checks (exit code 3 when problems are found)\n"
                 "  review    add|list: service reviews held with the customer\n"
                 "  action    add|list|update: improvement actions, their owners and states\n"
                 "  owner     set|list: who owns each agreement on the provider's side\n"
                 "  db        copy: move a workspace between a SQLite file and PostgreSQL\n"
                 "  report    service|portfolio|review: PDF service report of an agreement,\n"
                 "            the portfolio report for executives, or a review pack\n"
                 "            (--lang en|it)\n"
                 "  change    list|submit|assess|accept|reject: change requests on agreements\n"
                 "  alerts    The alerts a user's rules raised (exit code 3 when there are any)\n"
                 "  alert-rule add|list|remove: which events each user is told of\n"
                 "\n"
                 "Every command that changes a workspace needs --user NAME: on a local\n"
                 "workspace file it records who made each change (it is not a password\n"
                 "check); on PostgreSQL it must be the server login.\n"
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
    if (command == u"import"_s && arguments.mid(1, 1) == QStringList{u"parties"_s})
        return CrmCommands::importParties(arguments);
    if (const std::optional<int> code = runNamed(
            command, arguments,
            {{u"init"_s, &init},
             {u"list"_s, &list},
             {u"calendar"_s, &runCalendarCommand},
             {u"agreement"_s, &agreement},
             {u"audit"_s, &audit},
             {u"clause"_s, &DocumentCommands::clause},
             {u"template"_s, &DocumentCommands::documentTemplate},
             {u"user"_s, &user},
             {u"import"_s, &MeasurementCommands::import},
             {u"evaluate"_s, &MeasurementCommands::evaluate},
             {u"backtest"_s, &MeasurementCommands::backtest},
             {u"kpi"_s, &KpiCommands::kpi},
             {u"offering"_s, &OfferingCommands::offering},
             {u"report"_s, &ReportCommands::run},
             {u"credits"_s, &KpiCommands::credits},
             {u"forecast"_s, &KpiCommands::forecast},
             {u"check"_s, &KpiCommands::check},
             {u"review"_s, &ReviewCommands::review},
             {u"action"_s, &ReviewCommands::action},
             {u"owner"_s, &ReviewCommands::owner},
             {u"db"_s, &DbCommands::run},
             {u"change"_s, &ChangeCommands::change},
             {u"alerts"_s, &ChangeCommands::alerts},
             {u"alert-rule"_s, &ChangeCommands::alertRule}}))
        return *code;
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
                                      "agreements)."),
                                   tr("N"), u"1"_s);
    parser.addOptions({db, demo, scale});
    int exitCode = 0;
    if (!parse(parser, u"accordo-cli init"_s, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return fail(
            tr("init: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
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
        auto parties = workspace.parties();
        auto services = workspace.services();
        if (!parties || !services)
            return fail(parties ? services.errorString() : parties.errorString());
        // Demo users are added by Accordo itself: never into a workspace that has users.
        auto users = UserDirectory((*database)->connection()).hasUsers();
        if (!users)
            return fail(users.errorString());
        if (!parties->isEmpty() || !services->isEmpty() || *users)
            return fail(tr("%1: the workspace already holds data; demo data goes into a new, "
                           "empty workspace")
                            .arg(path));
        const bool terminal = isatty(fileno(stderr));
        auto counts = DemoData::populate(
            workspace, scaleValue, [terminal](qint64 done, qint64 total) {
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
            return fail(
                tr("%1: demo data could not be created: %2").arg(path, counts.errorString()));
        }
        out() << tr("Created %1 with %2 customers, %3 services, %4 agreements and %5 targets.")
                     .arg(path)
                     .arg(counts->customers)
                     .arg(counts->services)
                     .arg(counts->agreements)
                     .arg(counts->targets)
              << Qt::endl;
    } else {
        out() << tr("Workspace %1 is ready (schema version %2).")
                     .arg(path)
                     .arg((*database)->schemaVersion())
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
    const QCommandLineOption format = formatOption();
    parser.addOptions({db, format});
    int exitCode = 0;
    if (!parse(parser, u"accordo-cli list"_s, arguments, exitCode))
        return exitCode;
    const QStringList what = parser.positionalArguments();
    if (what.size() != 1)
        return fail(tr("list: say what to list: customers, services or agreements"));
    const auto writerFormat = TableWriter::parseFormat(parser.value(format));
    if (!writerFormat)
        return fail(
            tr("list: unknown format \"%1\" (use table, csv or json)").arg(parser.value(format)));
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

    auto database = Database::open(parser.value(db), Database::OpenMode::ReadOnly);
    if (!database)
        return fail(database.errorString());
    auto table = listing((*database)->connection());
    if (!table)
        return fail(table.errorString());
    out() << TableWriter::write(*writerFormat, *table);
    out().flush();
    return 0;
}

int Commands::audit(const QStringList &arguments)
{
    const QString sub = subcommandOf(arguments);
    if (sub != u"verify"_s && sub != u"head"_s)
        return fail(tr("audit: say verify or head (not \"%1\")").arg(sub));
    const bool verify = sub == u"verify"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        verify ? tr("Check that no audit record was edited or deleted, that the audited tables "
                    "hold what the trail says they do, and (with --expect-head) that the trail "
                    "still extends a head taken earlier.")
               : tr("Print the hash of the newest audit record and the number of records: keep "
                    "it outside the workspace and check it later with audit verify "
                    "--expect-head."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption expectHead(
        u"expect-head"_s,
        tr("A head printed earlier by audit head: fail unless the trail still holds it."),
        tr("HASH"));
    parser.addOption(db);
    if (verify)
        parser.addOption(expectHead);
    int exitCode = 0;
    const auto database = parseAndOpen(parser, u"accordo-cli audit "_s + sub, arguments, db,
                                       Database::OpenMode::ReadOnly,
                                       tr("audit %1: --db FILE is required").arg(sub), exitCode);
    if (!database)
        return exitCode;
    AuditLog::VerifyOptions options;
    // The head is taken from a trail whose chain holds; its tables are another matter.
    options.checkData = verify;
    if (verify)
        options.expectHead = parser.value(expectHead);
    auto verification = AuditLog(database->connection()).verify(options);
    if (!verification)
        return fail(verification.errorString());
    if (!verification->intact) {
        out() << tr("broken: %1").arg(verification->problem) << Qt::endl;
        return 1;
    }
    if (verify)
        out() << u"ok"_s << Qt::endl;
    else
        out() << u"head %1 records %2"_s.arg(verification->headHash).arg(verification->records)
              << Qt::endl;
    return 0;
}

int Commands::user(const QStringList &arguments)
{
    const QString sub = subcommandOf(arguments);
    if (sub != u"add"_s && sub != u"list"_s)
        return fail(tr("user: say add or list (not \"%1\")").arg(sub));
    QCommandLineParser parser;
    parser.setApplicationDescription(sub == u"add"_s ? tr("Add a user to the workspace.")
                                                     : tr("List the users of the workspace."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption name(u"name"_s, tr("The new user's login name."), tr("NAME"));
    const QCommandLineOption displayName(u"display-name"_s, tr("The name people read."),
                                         tr("TEXT"));
    const QCommandLineOption role(u"role"_s,
                                  tr("A role: sla_manager, approver, executive, "
                                     "analyst or administrator; repeat or separate "
                                     "with commas."),
                                  tr("ROLE"));
    const QCommandLineOption userName = userOption();
    if (sub == u"add"_s)
        parser.addOptions({db, name, displayName, role, userName});
    else
        parser.addOption(db);
    int exitCode = 0;
    const auto database = parseAndOpen(parser, u"accordo-cli user "_s + sub, arguments, db,
                                       Database::OpenMode::MustExist,
                                       tr("user %1: --db FILE is required").arg(sub), exitCode);
    if (!database)
        return exitCode;
    UserDirectory directory(database->connection());
    if (sub == u"list"_s) {
        auto users = directory.users();
        if (!users)
            return fail(users.errorString());
        for (const User &u : std::as_const(*users)) {
            QStringList roles;
            for (Role r : u.roles)
                roles.append(Roles::key(r));
            out() << u.name << '\t' << u.displayName << '\t' << roles.join(u","_s) << '\n';
        }
        out().flush();
        return 0;
    }
    if (!parser.isSet(name) || !parser.isSet(role))
        return fail(tr("user add: --name NAME and --role ROLE are required"));
    User user;
    user.name = parser.value(name);
    user.displayName = parser.value(displayName);
    for (const QString &value : parser.values(role)) {
        for (const QString &key : value.split(u',', Qt::SkipEmptyParts)) {
            auto r = Roles::fromKey(key.trimmed());
            if (!r)
                return fail(tr("user add: unknown role \"%1\"").arg(key));
            if (!user.roles.contains(*r))
                user.roles.append(*r);
        }
    }
    // Without passwords the only safeguard is that an administrator vouches for new users; the
    // first administrator of a workspace without users names themself.
    auto acting = UserOption::of(parser, userName, database->connection());
    if (!acting)
        return fail(tr("user add: %1").arg(acting.errorString()));
    auto id = directory.add(user, *acting);
    if (!id)
        return fail(id.errorString());
    out() << tr("User %1 added.").arg(user.name) << Qt::endl;
    return 0;
}

} // namespace Accordo::Cli
