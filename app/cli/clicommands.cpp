#include "clicommands.h"

#include "cliio.h"

#include "calendarcommand.h"
#include "dbcommands.h"
#include "kpicommands.h"
#include "measurementcommands.h"
#include "reportcommands.h"

#include "audit/auditlog.h"
#include "demo/demodata.h"
#include "io/listings.h"
#include "io/tablewriter.h"
#include "lifecycle/agreementworkflow.h"
#include "data/userdirectory.h"
#include "lifecycle/versiondiff.h"
#include "storage/database.h"
#include "data/supportlinks.h"
#include "storage/transaction.h"
#include "data/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

namespace {

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
        out() << helpText(parser, arguments.value(0));
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
                 "  calendar  due|elapsed|import|export\n"
                 "            Business-time arithmetic; calendars between JSON and a workspace\n"
                 "  agreement show|transition|diff|due|charter|approvers|supports\n"
                 "            An agreement's lifecycle, a workflow step, a version comparison,\n"
                 "            reviews and renewals coming up, the OLAs and underpinning\n"
                 "            contracts behind an SLA (--user NAME is the acting user)\n"
                 "  audit     verify: check the hash chain of the audit trail\n"
                 "  user      add|list: the users of a workspace and their roles\n"
                 "  import    tickets|outages|surveys: read a CSV file into a workspace\n"
                 "  evaluate  Judge the tickets against their targets and store the results\n"
                 "  backtest  Judge proposed targets against a ticket file (no workspace)\n"
                 "  kpi       KPIs per agreement, target and period (compliance, status, credit)\n"
                 "  credits   Service credit statements per agreement and period\n"
                 "  forecast  Ticket volume per service, region and month, with a forecast\n"
                 "  check     consistency|coverage|reviews|watermelon: portfolio checks\n"
                 "            (exit code 3 when problems are found)\n"
                 "  db        copy: move a workspace between a SQLite file and PostgreSQL\n"
                 "  report    service|portfolio: PDF service report of an agreement, or the\n"
                 "            portfolio report for executives (--lang en|it)\n"
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
    if (command == u"calendar"_s)
        return runCalendarCommand(arguments);
    if (command == u"agreement"_s)
        return agreement(arguments);
    if (command == u"audit"_s)
        return audit(arguments);
    if (command == u"user"_s)
        return user(arguments);
    if (command == u"import"_s)
        return MeasurementCommands::import(arguments);
    if (command == u"evaluate"_s)
        return MeasurementCommands::evaluate(arguments);
    if (command == u"backtest"_s)
        return MeasurementCommands::backtest(arguments);
    if (command == u"kpi"_s)
        return KpiCommands::kpi(arguments);
    if (command == u"report"_s)
        return ReportCommands::run(arguments);
    if (command == u"credits"_s)
        return KpiCommands::credits(arguments);
    if (command == u"forecast"_s)
        return KpiCommands::forecast(arguments);
    if (command == u"check"_s)
        return KpiCommands::check(arguments);
    if (command == u"db"_s)
        return DbCommands::run(arguments);
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
    if (!parse(parser, withProgram(u"accordo-cli init"_s, arguments), exitCode))
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
        if (!parties->isEmpty() || !services->isEmpty())
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

namespace {

QCommandLineOption userOption()
{
    return QCommandLineOption(u"user"_s, Commands::tr("The acting user."), Commands::tr("NAME"));
}

QCommandLineOption numberOption()
{
    return QCommandLineOption(u"number"_s,
                              Commands::tr("The agreement number, e.g. SLA-2026-0001."),
                              Commands::tr("NUMBER"));
}

// The requested version of a number, or its newest one.
Result<qint64> resolveAgreement(Workspace &workspace, AgreementWorkflow &workflow,
                                const QString &number, const QString &version)
{
    if (version.isEmpty())
        return workspace.agreementIdByNumber(number);
    bool ok = false;
    const int value = version.toInt(&ok);
    if (!ok || value < 1)
        return Error{
            Commands::tr("--version must be a positive whole number, not \"%1\"").arg(version)};
    return workflow.versionId(number, value);
}

Result<QDate> parseDate(const QString &text, const QString &option)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return Error{
            Commands::tr("--%1 must be a date like 2026-03-31, not \"%2\"").arg(option, text)};
    return date;
}

QString sideName(Side side)
{
    return AgreementWorkflow::sideKey(side);
}

// One agreement version opened for a command: its workspace, workflow and id.
struct OpenAgreement
{
    std::unique_ptr<Database> database;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<AgreementWorkflow> workflow;
    qint64 id = 0;
};

Result<OpenAgreement> openAgreement(const QString &location, const QString &number,
                                    const QString &version)
{
    auto database = Database::open(location, Database::OpenMode::MustExist);
    if (!database)
        return database.error();
    OpenAgreement opened;
    opened.database = std::move(*database);
    opened.workspace = std::make_unique<Workspace>(*opened.database);
    opened.workflow = std::make_unique<AgreementWorkflow>(*opened.workspace);
    auto id = resolveAgreement(*opened.workspace, *opened.workflow, number, version);
    if (!id)
        return id.error();
    opened.id = *id;
    return opened;
}

} // namespace

int Commands::agreement(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (sub == u"show"_s)
        return agreementShow(rest);
    if (sub == u"transition"_s)
        return agreementTransition(rest);
    if (sub == u"diff"_s)
        return agreementDiff(rest);
    if (sub == u"due"_s)
        return agreementDue(rest);
    if (sub == u"charter"_s)
        return agreementCharter(rest);
    if (sub == u"approvers"_s)
        return agreementApprovers(rest);
    if (sub == u"supports"_s)
        return agreementSupports(rest);
    return fail(tr("agreement: say show, transition, diff, due, charter, approvers or supports "
                   "(not \"%1\")")
                    .arg(sub));
}

int Commands::agreementShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show an agreement version with its lifecycle, and what "
                                        "the acting user may do with it."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption number = numberOption();
    const QCommandLineOption version(u"version"_s, tr("The version (default: the newest)."),
                                     tr("N"));
    const QCommandLineOption userName = userOption();
    parser.addOptions({db, number, version, userName});
    int exitCode = 0;
    if (!parse(parser, withProgram(u"accordo-cli agreement show"_s, arguments), exitCode))
        return exitCode;
    if (!parser.isSet(db) || !parser.isSet(number))
        return fail(tr("agreement show: --db FILE and --number NUMBER are required"));
    auto opened = openAgreement(parser.value(db), parser.value(number), parser.value(version));
    if (!opened)
        return fail(opened.errorString());
    Workspace &workspace = *opened->workspace;
    AgreementWorkflow &workflow = *opened->workflow;
    const qint64 agreementId = opened->id;
    auto a = workspace.agreement(agreementId);
    auto lc = workflow.lifecycle(agreementId);
    if (!a || !lc)
        return fail(a ? lc.errorString() : a.errorString());
    auto party = workspace.party(a->partyId);

    QTextStream &o = out();
    o << tr("Agreement %1 version %2: %3").arg(a->number).arg(a->version).arg(a->title) << '\n';
    o << tr("  status:        %1").arg(Enums::key(a->status)) << '\n';
    o << tr("  counterparty:  %1").arg(party ? party->name : QString()) << '\n';
    o << tr("  term:          %1 to %2, review every %3 months, notice %4 days")
             .arg(a->startDate.toString(Qt::ISODate),
                  a->endDate.isValid() ? a->endDate.toString(Qt::ISODate) : tr("open end"))
             .arg(a->reviewMonths)
             .arg(a->noticeDays)
      << '\n';
    o << tr("  price:         %1 %2").arg(a->price.toPlainString(), a->price.currency()) << '\n';
    QStringList services;
    for (qint64 serviceId : a->serviceIds) {
        auto s = workspace.service(serviceId);
        services.append(s ? s->code : QString::number(serviceId));
    }
    o << tr("  services:      %1").arg(services.join(u", "_s)) << '\n';
    o << tr("  targets:       %1").arg(a->targets.size()) << '\n';
    if (!lc->charter.needs.isEmpty())
        o << tr("  needs:         %1").arg(lc->charter.needs) << '\n';
    for (const QString &item : lc->charter.requirements)
        o << tr("  requirement:   %1").arg(item) << '\n';
    for (const QString &item : lc->charter.deliveryOptions)
        o << tr("  delivery:      %1").arg(item) << '\n';
    for (const RequiredApprover &r : lc->approvers) {
        QString decision = tr("pending");
        for (const ApprovalDecision &d : lc->decisions) {
            if (d.approverId == r.id)
                decision =
                    (d.approved ? tr("approved by %1") : tr("rejected by %1")).arg(d.userName);
        }
        o << tr("  approver:      %1 %2%3 — %4")
                 .arg(sideName(r.side), r.title,
                      r.userName.isEmpty() ? QString() : u" ("_s + r.userName + u")"_s, decision)
          << '\n';
    }
    if (lc->signing) {
        QStringList names;
        for (const Signatory &s : lc->signing->signatories)
            names.append(u"%1 (%2)"_s.arg(s.name, sideName(s.side)));
        o << tr("  signed:        %1, %2, registered as %3, by %4")
                 .arg(lc->signing->signedOn.toString(Qt::ISODate), lc->signing->method,
                      lc->signing->registeredNumber, names.join(u", "_s))
          << '\n';
    }
    if (lc->terminatedOn.isValid())
        o << tr("  terminated:    effective %1: %2")
                 .arg(lc->terminatedOn.toString(Qt::ISODate), lc->terminationReason)
          << '\n';
    if (lc->supersedesId > 0) {
        auto previous = workspace.agreement(lc->supersedesId);
        o << tr("  amends:        version %1").arg(previous ? previous->version : 0) << '\n';
    }
    if (lc->supersededById > 0) {
        auto next = workspace.agreement(lc->supersededById);
        o << tr("  superseded by: version %1").arg(next ? next->version : 0) << '\n';
    }
    if (auto links = SupportLinks(workspace).of(a->number); links) {
        for (const LinkedAgreement &l : std::as_const(*links))
            o << (l.supports ? tr("  supported by:  %1 (%2)") : tr("  supports:      %1 (%2)"))
                     .arg(l.number, l.title)
              << '\n';
    }
    if (lc->nextReview.isValid())
        o << tr("  next review:   %1").arg(lc->nextReview.toString(Qt::ISODate)) << '\n';
    if (lc->noticeDeadline.isValid())
        o << tr("  notice by:     %1").arg(lc->noticeDeadline.toString(Qt::ISODate)) << '\n';
    if (!lc->editors.isEmpty())
        o << tr("  edited by:     %1").arg(lc->editors.join(u", "_s)) << '\n';
    for (const TransitionLogEntry &t : lc->transitions) {
        o << tr("  history:       %1 %2 %3 -> %4 by %5%6")
                 .arg(t.at, t.transition, Enums::key(t.from), Enums::key(t.to), t.userName,
                      t.reason.isEmpty() ? QString() : u": "_s + t.reason)
          << '\n';
    }
    if (parser.isSet(userName)) {
        for (const TransitionOption &option :
             workflow.availableTransitions(agreementId, parser.value(userName))) {
            if (option.allowed)
                o << tr("  may:           %1").arg(Transitions::key(option.transition)) << '\n';
        }
    }
    o.flush();
    return 0;
}

int Commands::agreementTransition(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Move an agreement along its workflow. --to takes the target state (negotiation, "
           "draft, approval, active, terminated, expired) or a step (submit, rework, "
           "request_approval, approve, reject, sign, amend, terminate, expire)."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption number = numberOption();
    const QCommandLineOption version(u"version"_s, tr("The version (default: the newest)."),
                                     tr("N"));
    const QCommandLineOption to(u"to"_s, tr("The target state or the step."), tr("STATE"));
    const QCommandLineOption userName = userOption();
    const QCommandLineOption reason(u"reason"_s, tr("Why (required to reject or terminate)."),
                                    tr("TEXT"));
    const QCommandLineOption date(u"date"_s,
                                  tr("Signing date, or effective date of a "
                                     "termination (YYYY-MM-DD)."),
                                  tr("DATE"));
    const QCommandLineOption method(u"method"_s,
                                    tr("Signing method: handwritten, electronic "
                                       "or qualified_electronic."),
                                    tr("METHOD"));
    const QCommandLineOption signatory(u"signatory"_s,
                                       tr("A signatory as provider:NAME[:TITLE] or "
                                          "counterparty:NAME[:TITLE]; repeat for each."),
                                       tr("SIDE:NAME"));
    const QCommandLineOption today(u"today"_s, tr("Evaluate the guards as of this date."),
                                   tr("DATE"));
    parser.addOptions({db, number, version, to, userName, reason, date, method, signatory, today});
    int exitCode = 0;
    if (!parse(parser, withProgram(u"accordo-cli agreement transition"_s, arguments), exitCode))
        return exitCode;
    if (!parser.isSet(db) || !parser.isSet(number) || !parser.isSet(to) || !parser.isSet(userName))
        return fail(tr("agreement transition: --db, --number, --to and --user are required"));

    TransitionRequest request;
    request.reason = parser.value(reason);
    request.method = parser.value(method);
    if (parser.isSet(date)) {
        auto parsed = parseDate(parser.value(date), u"date"_s);
        if (!parsed)
            return fail(parsed.errorString());
        request.date = *parsed;
    }
    for (const QString &text : parser.values(signatory)) {
        const auto side = AgreementWorkflow::sideFromKey(text.section(u':', 0, 0));
        if (!side || text.section(u':', 1, 1).trimmed().isEmpty())
            return fail(tr("--signatory must look like provider:NAME or counterparty:NAME, not "
                           "\"%1\"")
                            .arg(text));
        request.signatories.append({*side, text.section(u':', 1, 1), text.section(u':', 2)});
    }

    auto database = Database::open(parser.value(db), Database::OpenMode::MustExist);
    if (!database)
        return fail(database.errorString());
    Workspace workspace(**database);
    AgreementWorkflow workflow(workspace);
    if (parser.isSet(today)) {
        auto parsed = parseDate(parser.value(today), u"today"_s);
        if (!parsed)
            return fail(parsed.errorString());
        workflow.setToday(*parsed);
    }
    auto id = resolveAgreement(workspace, workflow, parser.value(number), parser.value(version));
    if (!id)
        return fail(id.errorString());
    auto current = workspace.agreement(*id);
    if (!current)
        return fail(current.errorString());

    const QString target = parser.value(to);
    if (auto step = Transitions::fromKey(target)) {
        request.transition = *step;
    } else if (auto state = Enums::fromKey<AgreementStatus>(target)) {
        auto step = Transitions::leadingTo(current->status, *state);
        if (!step)
            return fail(tr("%1 version %2 is in %3: no step leads from there to %4")
                            .arg(current->number)
                            .arg(current->version)
                            .arg(Enums::key(current->status), target));
        request.transition = *step;
    } else {
        return fail(
            tr("agreement transition: --to \"%1\" is neither a state nor a step").arg(target));
    }
    if (request.transition == Transition::Sign && !request.date.isValid())
        request.date = workflow.today();

    auto result = workflow.transition(*id, request, parser.value(userName));
    if (!result)
        return fail(result.errorString());
    auto after = workspace.agreement(*result);
    if (!after)
        return fail(after.errorString());
    out() << tr("%1 version %2 is now %3.")
                 .arg(after->number)
                 .arg(after->version)
                 .arg(Enums::key(after->status))
          << Qt::endl;
    return 0;
}

int Commands::agreementDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Compare two versions of an agreement field by field "
                                        "and target by target."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption number = numberOption();
    const QCommandLineOption from(u"from"_s,
                                  tr("The older version (default: the one before "
                                     "--to)."),
                                  tr("N"));
    const QCommandLineOption to(u"to"_s, tr("The newer version (default: the newest)."), tr("N"));
    parser.addOptions({db, number, from, to});
    int exitCode = 0;
    if (!parse(parser, withProgram(u"accordo-cli agreement diff"_s, arguments), exitCode))
        return exitCode;
    if (!parser.isSet(db) || !parser.isSet(number))
        return fail(tr("agreement diff: --db FILE and --number NUMBER are required"));
    auto database = Database::open(parser.value(db), Database::OpenMode::MustExist);
    if (!database)
        return fail(database.errorString());
    Workspace workspace(**database);
    AgreementWorkflow workflow(workspace);
    auto toId = resolveAgreement(workspace, workflow, parser.value(number), parser.value(to));
    if (!toId)
        return fail(toId.errorString());
    auto toVersion = workspace.agreement(*toId);
    if (!toVersion)
        return fail(toVersion.errorString());
    const QString fromText = parser.isSet(from) ? parser.value(from)
                                                : QString::number(toVersion->version - 1);
    auto fromId = resolveAgreement(workspace, workflow, parser.value(number), fromText);
    if (!fromId)
        return fail(fromId.errorString());
    auto diff = workflow.diff(*fromId, *toId);
    if (!diff)
        return fail(diff.errorString());
    for (const QString &line : diff->toLines())
        out() << line << '\n';
    if (diff->isEmpty())
        out() << tr("no differences") << '\n';
    out().flush();
    return 0;
}

int Commands::agreementCharter(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Record the requirements charter of a draft or "
                                        "negotiation: the customer's needs, the structured "
                                        "requirements and the delivery options discussed."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption number = numberOption();
    const QCommandLineOption userName = userOption();
    const QCommandLineOption needs(u"needs"_s, tr("The customer's needs in words."), tr("TEXT"));
    const QCommandLineOption requirement(u"requirement"_s, tr("A requirement; repeat for each."),
                                         tr("TEXT"));
    const QCommandLineOption option(
        u"delivery-option"_s, tr("A delivery option discussed; repeat for each."), tr("TEXT"));
    parser.addOptions({db, number, userName, needs, requirement, option});
    int exitCode = 0;
    if (!parse(parser, withProgram(u"accordo-cli agreement charter"_s, arguments), exitCode))
        return exitCode;
    if (!parser.isSet(db) || !parser.isSet(number) || !parser.isSet(userName))
        return fail(tr("agreement charter: --db FILE, --number NUMBER and --user NAME are "
                       "required"));
    auto opened = openAgreement(parser.value(db), parser.value(number), QString());
    if (!opened)
        return fail(opened.errorString());
    Workspace &workspace = *opened->workspace;
    AgreementWorkflow &workflow = *opened->workflow;
    const qint64 agreementId = opened->id;
    const Charter charter{parser.value(needs).trimmed(), parser.values(requirement),
                          parser.values(option)};
    if (auto r = workflow.setCharter(agreementId, charter, parser.value(userName)); !r)
        return fail(r.errorString());
    out() << tr("%1: requirements charter recorded.").arg(parser.value(number)) << Qt::endl;
    return 0;
}

int Commands::agreementApprovers(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Set who must approve an agreement: at least one provider "
                                        "role and the counterparty's representative."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption number = numberOption();
    const QCommandLineOption userName = userOption();
    const QCommandLineOption approver(u"approver"_s,
                                      tr("A required approver as provider:TITLE[:USER] or "
                                         "counterparty:TITLE[:USER]; repeat for each."),
                                      tr("SIDE:TITLE"));
    parser.addOptions({db, number, userName, approver});
    int exitCode = 0;
    if (!parse(parser, withProgram(u"accordo-cli agreement approvers"_s, arguments), exitCode))
        return exitCode;
    if (!parser.isSet(db) || !parser.isSet(number) || !parser.isSet(userName))
        return fail(tr("agreement approvers: --db FILE, --number NUMBER and --user NAME are "
                       "required"));
    QList<RequiredApprover> approvers;
    for (const QString &text : parser.values(approver)) {
        const auto side = AgreementWorkflow::sideFromKey(text.section(u':', 0, 0));
        const QString title = text.section(u':', 1, 1).trimmed();
        if (!side || title.isEmpty())
            return fail(tr("--approver must look like provider:TITLE or counterparty:TITLE, not "
                           "\"%1\"")
                            .arg(text));
        approvers.append({0, *side, title, text.section(u':', 2).trimmed()});
    }
    auto opened = openAgreement(parser.value(db), parser.value(number), QString());
    if (!opened)
        return fail(opened.errorString());
    Workspace &workspace = *opened->workspace;
    AgreementWorkflow &workflow = *opened->workflow;
    const qint64 agreementId = opened->id;
    if (auto r = workflow.setRequiredApprovers(agreementId, approvers, parser.value(userName)); !r)
        return fail(r.errorString());
    out() << tr("%1: %n required approver(s) set.", nullptr, int(approvers.size()))
                 .arg(parser.value(number))
          << Qt::endl;
    return 0;
}

int Commands::agreementSupports(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List, add or remove the links between an SLA and the OLAs and underpinning "
           "contracts that support it; the consistency check holds their targets against the "
           "SLA's. Given an OLA or UC, --add and --remove name SLAs; given an SLA, OLAs or UCs."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption number = numberOption();
    const QCommandLineOption userName = userOption();
    const QCommandLineOption add(u"add"_s, tr("Link this agreement; repeat for each."),
                                 tr("NUMBER"));
    const QCommandLineOption remove(u"remove"_s, tr("Unlink this agreement; repeat for each."),
                                    tr("NUMBER"));
    parser.addOptions({db, number, userName, add, remove});
    int exitCode = 0;
    if (!parse(parser, withProgram(u"accordo-cli agreement supports"_s, arguments), exitCode))
        return exitCode;
    if (!parser.isSet(db) || !parser.isSet(number))
        return fail(tr("agreement supports: --db FILE and --number NUMBER are required"));
    const bool changes = parser.isSet(add) || parser.isSet(remove);
    if (changes && !parser.isSet(userName))
        return fail(tr("agreement supports: --user NAME is required to add or remove links"));
    auto opened = openAgreement(parser.value(db), parser.value(number), QString());
    if (!opened)
        return fail(opened.errorString());
    Workspace &workspace = *opened->workspace;
    auto a = workspace.agreement(opened->id);
    if (!a)
        return fail(a.errorString());
    const bool supporting = a->kind == AgreementKind::Ola
                            || a->kind == AgreementKind::UnderpinningContract;
    if (changes) {
        workspace.setActingUser(parser.value(userName));
        SupportLinks links(workspace);
        // All the changes in one transaction: a refused one leaves none of them made.
        Transaction transaction(workspace.connection());
        if (!transaction.isActive())
            return fail(transaction.errorString());
        for (const auto &[option, adding] : {std::pair{&add, true}, std::pair{&remove, false}}) {
            for (const QString &other : parser.values(*option)) {
                const QString &from = supporting ? a->number : other;
                const QString &to = supporting ? other : a->number;
                if (auto r = adding ? links.add(from, to) : links.remove(from, to); !r)
                    return fail(r.errorString());
            }
        }
        if (auto r = transaction.commit(); !r)
            return fail(r.errorString());
    }
    auto linked = SupportLinks(workspace).of(a->number);
    if (!linked)
        return fail(linked.errorString());
    if (linked->isEmpty())
        out() << (supporting ? tr("%1 supports no SLA.")
                             : tr("%1 is supported by no OLA or "
                                  "underpinning contract."))
                     .arg(a->number)
              << Qt::endl;
    for (const LinkedAgreement &l : std::as_const(*linked))
        out() << (l.supports ? tr("%1 is supported by %2 (%3, %4): %5")
                             : tr("%1 supports %2 (%3, %4): %5"))
                     .arg(a->number, l.number, l.kind, l.status, l.title)
              << Qt::endl;
    return 0;
}

int Commands::agreementDue(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the reviews and renewals of active agreements due "
                                        "within a number of days."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption within(u"within"_s, tr("The window in days (30, 60, 90, ...)."),
                                    tr("DAYS"), u"90"_s);
    const QCommandLineOption today(u"today"_s, tr("Count from this date."), tr("DATE"));
    parser.addOptions({db, within, today});
    int exitCode = 0;
    if (!parse(parser, withProgram(u"accordo-cli agreement due"_s, arguments), exitCode))
        return exitCode;
    if (!parser.isSet(db))
        return fail(tr("agreement due: --db FILE is required"));
    bool ok = false;
    const int days = parser.value(within).toInt(&ok);
    if (!ok || days < 0 || days > 3650)
        return fail(tr("--within must be a number of days from 0 to 3650"));
    auto database = Database::open(parser.value(db), Database::OpenMode::MustExist);
    if (!database)
        return fail(database.errorString());
    Workspace workspace(**database);
    AgreementWorkflow workflow(workspace);
    if (parser.isSet(today)) {
        auto parsed = parseDate(parser.value(today), u"today"_s);
        if (!parsed)
            return fail(parsed.errorString());
        workflow.setToday(*parsed);
    }
    for (const DueItem &item : workflow.reviewsDue(days))
        out() << tr("review   %1  %2 v%3  %4")
                     .arg(item.due.toString(Qt::ISODate), item.number)
                     .arg(item.version)
                     .arg(item.title)
              << '\n';
    for (const DueItem &item : workflow.renewalsDue(days))
        out() << tr("renewal  %1  %2 v%3  %4  (notice by %5)")
                     .arg(item.due.toString(Qt::ISODate), item.number)
                     .arg(item.version)
                     .arg(item.title, item.noticeDeadline.toString(Qt::ISODate))
              << '\n';
    out().flush();
    return 0;
}

int Commands::audit(const QStringList &arguments)
{
    if (arguments.value(1) != u"verify"_s)
        return fail(tr("audit: say verify (not \"%1\")").arg(arguments.value(1)));
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check that no audit record was edited or deleted."));
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    int exitCode = 0;
    if (!parse(parser, withProgram(u"accordo-cli audit verify"_s, arguments.mid(1)), exitCode))
        return exitCode;
    if (!parser.isSet(db))
        return fail(tr("audit verify: --db FILE is required"));
    auto database = Database::open(parser.value(db), Database::OpenMode::MustExist);
    if (!database)
        return fail(database.errorString());
    auto verification = AuditLog((*database)->connection()).verify();
    if (!verification)
        return fail(verification.errorString());
    if (verification->intact) {
        out() << u"ok"_s << Qt::endl;
        return 0;
    }
    out() << tr("broken: %1").arg(verification->problem) << Qt::endl;
    return 1;
}

int Commands::user(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
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
    if (!parse(parser, withProgram(u"accordo-cli user "_s + sub, arguments.mid(1)), exitCode))
        return exitCode;
    if (!parser.isSet(db))
        return fail(tr("user %1: --db FILE is required").arg(sub));
    auto database = Database::open(parser.value(db), Database::OpenMode::MustExist);
    if (!database)
        return fail(database.errorString());
    UserDirectory directory((*database)->connection());
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
    // Without passwords the only safeguard is that an administrator vouches for new users,
    // once there is one.
    if (!parser.isSet(userName) && directory.hasAdministrator())
        return fail(tr("user add: --user NAME of an administrator is required"));
    const QString acting = parser.isSet(userName) ? parser.value(userName)
                                                  : UserDirectory::systemUserName();
    auto id = directory.add(user, acting);
    if (!id)
        return fail(id.errorString());
    out() << tr("User %1 added.").arg(user.name) << Qt::endl;
    return 0;
}

} // namespace Accordo::Cli
