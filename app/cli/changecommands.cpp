#include "changecommands.h"

#include "clicommands.h"
#include "cliio.h"
#include "openworkspace.h"
#include "targetspec.h"
#include "useroption.h"

#include "alerts/alertscanner.h"
#include "calendar/isotime.h"
#include "change/changerequests.h"
#include "data/workspace.h"
#include "domain/enums.h"
#include "domain/money.h"
#include "domain/targetvalue.h"
#include "io/tablewriter.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QRegularExpression>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

namespace {

QCommandLineOption idOption()
{
    return {u"id"_s, ChangeCommands::tr("The change request's id."), ChangeCommands::tr("ID")};
}

QString money(qint64 minor, const QString &currency)
{
    return u"%1 %2"_s.arg(currency, Money(minor, currency).toPlainString());
}

// "SERVICE:METRIC:THRESHOLD:GOAL[:PRIORITY]", e.g. "DESK:resolution:4h:95:P1".
Result<Target> parseTarget(const QString &spec, const QList<Service> &services)
{
    const QStringList parts = spec.split(u':');
    if (parts.size() < 4 || parts.size() > 5)
        return Error{ChangeCommands::tr("--target \"%1\": write SERVICE:METRIC:THRESHOLD:GOAL"
                                        "[:PRIORITY], e.g. DESK:resolution:4h:95:P1")
                         .arg(spec)};
    const auto service = std::find_if(services.cbegin(), services.cend(), [&](const Service &s) {
        return s.code.compare(parts.at(0), Qt::CaseInsensitive) == 0;
    });
    if (service == services.cend())
        return Error{ChangeCommands::tr("--target \"%1\": there is no service with code \"%2\"")
                         .arg(spec, parts.at(0))};
    auto terms = TargetSpec::terms(spec, parts, 1, true);
    if (!terms)
        return terms;
    terms->serviceId = service->id;
    terms->priority = parts.size() > 4 ? parts.at(4) : QString();
    return terms;
}

Result<qint64> parseSince(const QString &text)
{
    if (QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}$"_s).match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return Error{ChangeCommands::tr("--since: \"%1\" is not a date").arg(text)};
        return IsoTime::requireSupported(
            QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch(),
            u"--since \"%1\""_s.arg(text));
    }
    auto instant = IsoTime::parse(text, QTimeZone::utc());
    if (!instant)
        return Error{ChangeCommands::tr("--since: %1").arg(instant.errorString())};
    return IsoTime::requireSupported(*instant, u"--since \"%1\""_s.arg(text));
}

} // namespace

int ChangeCommands::change(const QStringList &arguments)
{
    const auto decide = [](const QString &step) {
        return [step](const QStringList &words) { return changeDecide(step, words); };
    };
    return runSubcommand(arguments,
                         {{u"list"_s, &changeList},
                          {u"submit"_s, &changeSubmit},
                          {u"assess"_s, decide(u"assess"_s)},
                          {u"accept"_s, decide(u"accept"_s)},
                          {u"reject"_s, decide(u"reject"_s)}},
                         u"change"_s,
                         tr("say list, submit, assess, accept or reject (not \"%1\")"));
}

int ChangeCommands::changeList(const QStringList &arguments)
{
    const QCommandLineOption number(u"number"_s, tr("Only this agreement number."), tr("NUMBER"));
    const ListCommand list{
        .command = u"change list"_s,
        .description = tr("List the change requests: all of them, or those of one agreement."),
        .options = {number},
        .textFormat = true};
    return list.run(
        arguments,
        [&](const OpenWorkspace &opened, const QCommandLineParser &parser) -> Result<TextTable> {
            auto requests =
                ChangeRequestStore(opened.database->connection()).list(parser.value(number));
            if (!requests)
                return requests.error();
            TextTable table{{u"id"_s, u"agreement"_s, u"customer"_s, u"status"_s, u"origin"_s,
                             u"requested_by"_s, u"requested_on"_s, u"description"_s,
                             u"proposed_targets"_s, u"price_effect"_s, u"decided_by"_s, u"reason"_s,
                             u"amendment"_s},
                            {}};
            for (const ChangeRequestListing &l : std::as_const(*requests)) {
                const ChangeRequest &r = l.request;
                table.rows.append(
                    {QString::number(r.id),
                     u"%1 v%2"_s.arg(l.agreementNumber).arg(l.agreementVersion), l.customer,
                     ChangeRequestStore::statusKey(r.status),
                     ChangeRequestStore::originKey(r.origin), r.requestedBy,
                     r.requestedOn.toString(Qt::ISODate), r.description,
                     QString::number(r.proposedTargets.size()),
                     r.assessedBy.isEmpty() ? QString() : money(r.priceEffectMinor, l.currency),
                     r.decidedBy, r.reason,
                     r.amendmentId ? QString::number(r.amendmentId) : QString()});
            }
            return table;
        });
}

int ChangeCommands::changeSubmit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Record a change request on an agreement."));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption user = Commands::userOption();
    const QCommandLineOption number(u"number"_s, tr("The agreement number (its newest version)."),
                                    tr("NUMBER"));
    const QCommandLineOption origin(u"origin"_s, tr("customer (default) or internal."),
                                    tr("ORIGIN"), u"customer"_s);
    const QCommandLineOption requestedBy(u"requested-by"_s, tr("Who asked for the change."),
                                         tr("NAME"));
    const QCommandLineOption on(u"on"_s, tr("When it was asked (default: today)."),
                                tr("YYYY-MM-DD"));
    const QCommandLineOption description(u"description"_s, tr("What is asked."), tr("TEXT"));
    const QCommandLineOption target(
        u"target"_s,
        tr("A proposed target, SERVICE:METRIC:THRESHOLD:GOAL[:PRIORITY] (repeatable)."),
        tr("SPEC"));
    parser.addOptions({db, user, number, origin, requestedBy, on, description, target});
    int exitCode = 0;
    if (!parse(parser, u"accordo-cli change submit"_s, arguments, exitCode))
        return exitCode;
    const QString command = u"change submit"_s;
    if (!parser.isSet(db) || !parser.isSet(number))
        return fail(command, tr("--db FILE and --number NUMBER are required"), UsageError);
    auto opened = OpenWorkspace::openAs(parser, db, user);
    if (!opened)
        return fail(command, opened.errorString());
    Workspace &workspace = *opened->workspace;
    auto agreementId = workspace.agreementIdByNumber(parser.value(number));
    if (!agreementId)
        return fail(command, agreementId.errorString());
    ChangeRequest request;
    request.agreementId = *agreementId;
    const auto originValue = ChangeRequestStore::originFromKey(parser.value(origin));
    if (!originValue)
        return fail(command,
                    tr("--origin: say customer or internal, not \"%1\"").arg(parser.value(origin)),
                    UsageError);
    request.origin = *originValue;
    request.requestedBy = parser.value(requestedBy);
    request.requestedOn = parser.isSet(on) ? QDate::fromString(parser.value(on), Qt::ISODate)
                                           : QDate::currentDate();
    if (!request.requestedOn.isValid())
        return fail(command, tr("--on: \"%1\" is not a date like 2026-03-31").arg(parser.value(on)),
                    UsageError);
    request.description = parser.value(description);
    const QList<Service> services = orEmpty(workspace.services());
    for (const QString &spec : parser.values(target)) {
        auto t = parseTarget(spec, services);
        if (!t)
            return fail(command, t.errorString(), UsageError);
        request.proposedTargets.append(*t);
    }
    auto id = ChangeRequests(workspace).submit(request);
    if (!id)
        return fail(command, id.errorString());
    out() << tr("Change request %1 submitted on %2.").arg(*id).arg(parser.value(number)) << '\n';
    out().flush();
    return Success;
}

int ChangeCommands::changeDecide(const QString &step, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString command = u"change "_s + step;
    parser.setApplicationDescription(
        step == u"assess"_s   ? tr("Assess a change request: feasibility, the effect on the "
                                     "monthly price, and a backtest of its proposed targets on "
                                     "the stored tickets of the last twelve months.")
        : step == u"accept"_s ? tr("Accept an assessed change request: the agreement is "
                                   "amended and the new draft version holds the proposed "
                                   "targets.")
                              : tr("Reject a change request, with the reason."));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption user = Commands::userOption();
    const QCommandLineOption id = idOption();
    const QCommandLineOption feasibility(u"feasibility"_s, tr("The feasibility assessment."),
                                         tr("TEXT"));
    const QCommandLineOption priceEffect(
        u"price-effect"_s, tr("The change of the monthly price, e.g. 150.00 or -20 (default 0)."),
        tr("AMOUNT"));
    const QCommandLineOption reason(u"reason"_s, tr("Why it is rejected."), tr("TEXT"));
    const QCommandLineOption today(u"today"_s, tr("The date of the step (default: today)."),
                                   tr("YYYY-MM-DD"));
    parser.addOptions({db, user, id, today});
    if (step == u"assess"_s)
        parser.addOptions({feasibility, priceEffect});
    if (step == u"reject"_s)
        parser.addOption(reason);
    int exitCode = 0;
    if (!parse(parser, u"accordo-cli "_s + command, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(db) || !parser.isSet(id))
        return fail(command, tr("--db FILE and --id ID are required"), UsageError);
    bool ok = false;
    const qint64 requestId = parser.value(id).toLongLong(&ok);
    if (!ok || requestId < 1)
        return fail(command, tr("--id: \"%1\" is not an id").arg(parser.value(id)), UsageError);
    auto opened = OpenWorkspace::openAs(parser, db, user);
    if (!opened)
        return fail(command, opened.errorString());
    Workspace &workspace = *opened->workspace;
    ChangeRequests requests(workspace);
    if (parser.isSet(today)) {
        const QDate date = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!date.isValid())
            return fail(
                command,
                tr("--today: \"%1\" is not a date like 2026-03-31").arg(parser.value(today)),
                UsageError);
        requests.setToday(date);
    }
    if (step == u"assess"_s) {
        auto request = ChangeRequestStore(workspace.connection()).request(requestId);
        if (!request)
            return fail(command, request.errorString());
        auto agreement = workspace.agreement(request->agreementId);
        if (!agreement)
            return fail(command, agreement.errorString());
        qint64 effect = 0;
        if (parser.isSet(priceEffect)) {
            auto amount = Money::parse(parser.value(priceEffect), agreement->price.currency());
            if (!amount)
                return fail(command, tr("--price-effect: %1").arg(amount.errorString()),
                            UsageError);
            if (amount->currency() != agreement->price.currency())
                return fail(command,
                            tr("--price-effect: the agreement is priced in %1, not %2")
                                .arg(agreement->price.currency(), amount->currency()),
                            UsageError);
            effect = amount->minorUnits();
        }
        if (auto r = requests.assess(requestId, parser.value(feasibility), effect); !r)
            return fail(command, r.errorString());
        auto assessed = ChangeRequestStore(workspace.connection()).request(requestId);
        if (!assessed)
            return fail(command, assessed.errorString());
        QTextStream &o = out();
        o << tr("Change request %1 assessed.").arg(requestId) << '\n';
        for (const BacktestFigure &f : assessed->backtest) {
            const qint64 decided = f.met + f.breached;
            o << tr("  backtest: %1: %2 of %3 decided tickets met (%4 %), goal %5 %")
                     .arg(f.target)
                     .arg(f.met)
                     .arg(decided)
                     .arg(decided ? TargetValue::formatMilli(f.met * 100000 / decided) : tr("n/a"))
                     .arg(TargetValue::formatMilli(f.goalMilli))
              << '\n';
        }
        o.flush();
        return Success;
    }
    if (step == u"accept"_s) {
        auto amendment = requests.accept(requestId);
        if (!amendment)
            return fail(command, amendment.errorString());
        auto draft = workspace.agreement(*amendment);
        out() << tr("Change request %1 accepted: %2 version %3 is the amendment draft.")
                     .arg(requestId)
                     .arg(draft ? draft->number : QString())
                     .arg(draft ? draft->version : 0)
              << '\n';
        out().flush();
        return Success;
    }
    if (auto r = requests.reject(requestId, parser.value(reason)); !r)
        return fail(command, r.errorString());
    out() << tr("Change request %1 rejected.").arg(requestId) << '\n';
    out().flush();
    return Success;
}

int ChangeCommands::alerts(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Raise the alerts that have arisen for the users' rules, then list the user's "
           "alerts: those raised since --since, or else those not seen yet. Exits with 3 when "
           "it lists any, so that a scheduled job can mail or post them."));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption user = Commands::userOption();
    const QCommandLineOption since(u"since"_s,
                                   tr("Only alerts raised at or after this ISO 8601 date or "
                                      "instant (UTC unless it names its offset)."),
                                   tr("ISO"));
    const QCommandLineOption format = Commands::textFormatOption();
    parser.addOptions({db, user, since, format});
    const QString command = u"alerts"_s;
    int exitCode = 0;
    if (!parseWithDb(parser, db, command, arguments, exitCode))
        return exitCode;
    const QString writer = Commands::tableFormat(parser.value(format));
    if (!TableWriter::parseFormat(writer))
        return fail(command,
                    tr("--format: say text, csv or json, not \"%1\"").arg(parser.value(format)),
                    UsageError);
    std::optional<qint64> from;
    if (parser.isSet(since)) {
        auto parsed = parseSince(parser.value(since));
        if (!parsed)
            return fail(command, parsed.errorString(), UsageError);
        from = *parsed;
    }
    auto opened = OpenWorkspace::open(parser.value(db));
    if (!opened)
        return fail(command, opened.errorString());
    Workspace &workspace = *opened->workspace;
    auto name = UserOption::existing(parser, user, workspace.connection());
    if (!name)
        return fail(command, name.errorString());
    workspace.setActingUser(*name);
    if (auto raised = AlertScanner(workspace).raise(); !raised)
        return fail(command, raised.errorString());
    auto list = AlertStore(workspace).alerts(*name, from, !from.has_value());
    if (!list)
        return fail(command, list.errorString());
    TextTable table{{u"raised_at"_s, u"event"_s, u"subject"_s, u"seen"_s}, {}};
    for (const Alert &a : std::as_const(*list))
        table.rows.append({IsoTime::formatUtc(a.raisedAt), AlertStore::eventKey(a.event), a.subject,
                           a.seenAt ? IsoTime::formatUtc(*a.seenAt) : QString()});
    if (const int printed = printTable(command, writer, table); printed != Success)
        return printed;
    return list->isEmpty() ? Success : ProblemsFound;
}

int ChangeCommands::alertRule(const QStringList &arguments)
{
    return runSubcommand(arguments,
                         {{u"add"_s, &ruleAdd}, {u"list"_s, &ruleList}, {u"remove"_s, &ruleRemove}},
                         u"alert-rule"_s, tr("say add, list or remove (not \"%1\")"));
}

int ChangeCommands::ruleAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    QStringList events;
    for (AlertEvent e : AlertStore::events())
        events.append(AlertStore::eventKey(e));
    parser.setApplicationDescription(
        tr("Add an alert rule: which events a user is told of, for which agreements. Events: "
           "%1.")
            .arg(events.join(u", "_s)));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption user = Commands::userOption();
    const QCommandLineOption forUser(u"for"_s, tr("Whose rule it is (default: --user)."),
                                     tr("NAME"));
    const QCommandLineOption event(u"event"_s, tr("The event."), tr("EVENT"));
    const QCommandLineOption scope(u"scope"_s, tr("all (default), owner or customer."), tr("SCOPE"),
                                   u"all"_s);
    const QCommandLineOption customer(u"customer"_s, tr("The customer, for --scope customer."),
                                      tr("NAME"));
    const QCommandLineOption within(u"within"_s,
                                    tr("Reviews and renewals due within this many days "
                                       "(default 30)."),
                                    tr("DAYS"), u"30"_s);
    parser.addOptions({db, user, forUser, event, scope, customer, within});
    int exitCode = 0;
    if (!parse(parser, u"accordo-cli alert-rule add"_s, arguments, exitCode))
        return exitCode;
    const QString command = u"alert-rule add"_s;
    if (!parser.isSet(db) || !parser.isSet(event))
        return fail(command, tr("--db FILE and --event EVENT are required"), UsageError);
    AlertRule rule;
    const auto eventValue = AlertStore::eventFromKey(parser.value(event));
    if (!eventValue)
        return fail(
            command,
            tr("--event: \"%1\" is not one of %2").arg(parser.value(event), events.join(u", "_s)),
            UsageError);
    rule.event = *eventValue;
    const auto scopeValue = AlertStore::scopeFromKey(parser.value(scope));
    if (!scopeValue)
        return fail(command,
                    tr("--scope: say all, owner or customer, not \"%1\"").arg(parser.value(scope)),
                    UsageError);
    rule.scope = *scopeValue;
    bool ok = false;
    rule.withinDays = parser.value(within).toInt(&ok);
    if (!ok)
        return fail(command,
                    tr("--within: \"%1\" is not a number of days").arg(parser.value(within)),
                    UsageError);
    auto opened = OpenWorkspace::openAs(parser, db, user);
    if (!opened)
        return fail(command, opened.errorString());
    Workspace &workspace = *opened->workspace;
    rule.userName = parser.isSet(forUser) ? parser.value(forUser) : workspace.actingUser();
    if (rule.scope == AlertScope::Customer) {
        const QList<Party> parties = orEmpty(workspace.parties(PartyKind::Customer));
        const auto found = std::find_if(parties.cbegin(), parties.cend(), [&](const Party &p) {
            return p.name == parser.value(customer);
        });
        if (found == parties.cend())
            return fail(command,
                        tr("--customer: there is no customer \"%1\"").arg(parser.value(customer)));
        rule.partyId = found->id;
    }
    auto id = AlertStore(workspace).addRule(rule);
    if (!id)
        return fail(command, id.errorString());
    out() << tr("Alert rule %1 added for %2.").arg(*id).arg(rule.userName) << '\n';
    out().flush();
    return Success;
}

int ChangeCommands::ruleList(const QStringList &arguments)
{
    const QCommandLineOption forUser(u"for"_s, tr("Only this user's rules."), tr("NAME"));
    const ListCommand list{.command = u"alert-rule list"_s,
                           .description = tr("List the alert rules, of everyone or of one user."),
                           .options = {forUser},
                           .textFormat = true};
    return list.run(
        arguments,
        [&](const OpenWorkspace &opened, const QCommandLineParser &parser) -> Result<TextTable> {
            auto rules = AlertStore(*opened.workspace).rules(parser.value(forUser));
            if (!rules)
                return rules.error();
            QHash<qint64, QString> partyNames;
            for (const Party &p : orEmpty(opened.workspace->parties()))
                partyNames.insert(p.id, p.name);
            TextTable table{
                {u"id"_s, u"user"_s, u"event"_s, u"scope"_s, u"customer"_s, u"within_days"_s}, {}};
            for (const AlertRule &r : std::as_const(*rules))
                table.rows.append({QString::number(r.id), r.userName, AlertStore::eventKey(r.event),
                                   AlertStore::scopeKey(r.scope), partyNames.value(r.partyId),
                                   QString::number(r.withinDays)});
            return table;
        });
}

int ChangeCommands::ruleRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Remove an alert rule."));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption user = Commands::userOption();
    const QCommandLineOption id(u"id"_s, tr("The rule's id."), tr("ID"));
    parser.addOptions({db, user, id});
    int exitCode = 0;
    if (!parse(parser, u"accordo-cli alert-rule remove"_s, arguments, exitCode))
        return exitCode;
    const QString command = u"alert-rule remove"_s;
    if (!parser.isSet(db) || !parser.isSet(id))
        return fail(command, tr("--db FILE and --id ID are required"), UsageError);
    auto opened = OpenWorkspace::openAs(parser, db, user);
    if (!opened)
        return fail(command, opened.errorString());
    Workspace &workspace = *opened->workspace;
    if (auto r = AlertStore(workspace).removeRule(parser.value(id).toLongLong()); !r)
        return fail(command, r.errorString());
    out() << tr("Alert rule %1 removed.").arg(parser.value(id)) << '\n';
    out().flush();
    return Success;
}

} // namespace Accordo::Cli
