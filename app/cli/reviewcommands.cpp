#include "reviewcommands.h"

#include "clicommands.h"
#include "cliio.h"
#include "openworkspace.h"

#include "data/actionstore.h"
#include "data/reviewstore.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "io/tablewriter.h"
#include "kpi/kpiengine.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>

#include <initializer_list>
#include <memory>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

namespace {

QCommandLineOption numberOption()
{
    return {u"number"_s, ReviewCommands::tr("The agreement number."), ReviewCommands::tr("NUMBER")};
}

// What every write on an agreement takes: --db, --user and --number.
std::tuple<QCommandLineOption, QCommandLineOption, QCommandLineOption> agreementWriteOptions()
{
    return {Commands::dbOption(), Commands::userOption(), numberOption()};
}

Result<QDate> parseDate(const QString &text, const QString &option)
{
    return isoDate(text, option, ReviewCommands::tr("--%1: \"%2\" is not a date (YYYY-MM-DD)"));
}

// The first of `options` that was not given, named in a usage error; Success when all were.
int requireAll(const QCommandLineParser &parser, const QString &command,
               std::initializer_list<QCommandLineOption> options)
{
    for (const QCommandLineOption &o : options)
        if (!parser.isSet(o))
            return fail(command, ReviewCommands::tr("--%1 is required").arg(o.names().first()),
                        UsageError);
    return Success;
}

// The version an action or review of `number` is recorded against: the one in force, else
// the newest.
Result<qint64> versionOf(Workspace &workspace, const QString &number)
{
    if (auto inForce = AgreementWorkflow(workspace).inForce(number))
        return *inForce;
    return workspace.agreementIdByNumber(number);
}

Result<qint64> userId(Workspace &workspace, const QString &name, const QString &option)
{
    auto user = UserDirectory(workspace.connection()).user(name);
    if (!user || !user->active)
        return Error{ReviewCommands::tr("--%1: \"%2\" is not an active user of the workspace")
                         .arg(option, name)};
    return user->id;
}

// What a command says when no subcommand of it is named: which words there are.
std::function<int(const QString &)> usageOf(const QString &command, const QString &words)
{
    return [=](const QString &) {
        return fail(command, ReviewCommands::tr("say what to do: %1").arg(words), UsageError);
    };
}

TextTable actionTable(const QList<ImprovementAction> &actions)
{
    TextTable table;
    table.headers = {u"id"_s,    u"number"_s, u"title"_s,  u"owner"_s,  u"due"_s,
                     u"state"_s, u"source"_s, u"period"_s, u"reason"_s, u"notes"_s};
    for (const ImprovementAction &a : actions)
        table.rows.append({QString::number(a.id), a.number, a.title, a.ownerName,
                           a.dueDate.toString(Qt::ISODate), Improvement::key(a.state), a.source,
                           a.period, a.reason, a.notes});
    return table;
}

} // namespace

int ReviewCommands::review(const QStringList &arguments)
{
    return runSubcommand(arguments, {{u"add"_s, &reviewAdd}, {u"list"_s, &reviewList}},
                         usageOf(u"review"_s, u"add or list"_s));
}

int ReviewCommands::action(const QStringList &arguments)
{
    return runSubcommand(
        arguments, {{u"add"_s, &actionAdd}, {u"list"_s, &actionList}, {u"update"_s, &actionUpdate}},
        usageOf(u"action"_s, u"add, list or update"_s));
}

int ReviewCommands::owner(const QStringList &arguments)
{
    return runSubcommand(arguments, {{u"set"_s, &ownerSet}, {u"list"_s, &ownerList}},
                         usageOf(u"owner"_s, u"set or list"_s));
}

int ReviewCommands::reviewAdd(const QStringList &arguments)
{
    const QString command = u"review add"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record a service review held with the customer: its date, who took part, the "
           "periods reviewed (their KPIs are kept with the review), notes and the outcome. "
           "A held review answers the scheduled review it was due for."));
    const auto [db, user, number] = agreementWriteOptions();
    const QCommandLineOption date(u"date"_s, tr("The day the review was held (YYYY-MM-DD)."),
                                  tr("DATE"));
    const QCommandLineOption period(
        u"period"_s, tr("The periods reviewed: 2026-Q3, 2026-09 or 2026."), tr("PERIOD"));
    const QCommandLineOption provider(
        u"provider"_s, tr("A participant on the provider's side; repeat."), tr("NAME"));
    const QCommandLineOption customer(
        u"customer"_s, tr("A participant on the customer's side; repeat."), tr("NAME"));
    const QCommandLineOption outcome(
        u"outcome"_s, tr("no_change, actions_agreed or amendment_needed."), tr("OUTCOME"));
    const QCommandLineOption notes(u"notes"_s, tr("What was said and decided."), tr("TEXT"));
    const QCommandLineOption amend(u"open-amendment"_s,
                                   tr("With amendment_needed: open the amendment (a new draft "
                                      "version) at once."));
    parser.addOptions({db, user, number, date, period, provider, customer, outcome, notes, amend});
    int exitCode = Success;
    if (!parse(parser, u"accordo-cli review add"_s, arguments, exitCode))
        return exitCode;
    if (const int code = requireAll(parser, command, {db, user, number, date, period, outcome});
        code != Success)
        return code;
    ServiceReview review;
    auto held = parseDate(parser.value(date), u"date"_s);
    if (!held)
        return fail(command, held.errorString(), UsageError);
    review.heldOn = *held;
    review.periods = parser.value(period);
    const auto result = Improvement::outcomeFromKey(parser.value(outcome));
    if (!result)
        return fail(command,
                    tr("--outcome: \"%1\" is not no_change, actions_agreed or amendment_needed")
                        .arg(parser.value(outcome)),
                    UsageError);
    review.outcome = *result;
    review.notes = parser.value(notes);
    for (const QString &name : parser.values(provider))
        review.participants.append({u"provider"_s, name});
    for (const QString &name : parser.values(customer))
        review.participants.append({u"customer"_s, name});

    auto opened = OpenWorkspace::openAs(parser, db, user);
    if (!opened)
        return fail(command, opened.errorString());
    Workspace &workspace = *opened->workspace;
    auto id = AgreementWorkflow(workspace).inForce(parser.value(number));
    if (!id)
        return fail(command, tr("%1 has no active version to review").arg(parser.value(number)));
    review.agreementId = *id;
    // The KPIs the review keeps are those of the review's day, brought up to date first.
    KpiOptions options;
    options.asOf = QDateTime::currentSecsSinceEpoch();
    if (auto r = KpiEngine::bringUpToDate(workspace.connection(), options); !r)
        return fail(command, r.errorString());
    auto summary = ReviewStore::kpiSummary(workspace.connection(), parser.value(number),
                                           review.periods);
    if (!summary)
        return fail(command, tr("--period: %1").arg(summary.errorString()), UsageError);
    review.kpiSummary = *summary;
    auto recorded = ReviewStore(workspace).record(review, parser.isSet(amend));
    if (!recorded)
        return fail(command, recorded.errorString());
    auto stored = ReviewStore(workspace).review(*recorded);
    if (!stored)
        return fail(command, stored.errorString());
    out() << tr("review %1 of %2 recorded (%3)")
                 .arg(*recorded)
                 .arg(parser.value(number), Improvement::key(stored->outcome));
    if (stored->amendmentId != 0)
        out() << tr("; amendment opened as version id %1").arg(stored->amendmentId);
    out() << Qt::endl;
    return Success;
}

int ReviewCommands::reviewList(const QStringList &arguments)
{
    const QCommandLineOption number = numberOption();
    const ListCommand list{.command = u"review list"_s,
                           .description = tr("List the service reviews held, newest first."),
                           .options = {number}};
    return list.run(
        arguments,
        [&](const OpenWorkspace &opened, const QCommandLineParser &parser) -> Result<TextTable> {
            auto reviews = ReviewStore(*opened.workspace).reviews(parser.value(number));
            if (!reviews)
                return reviews.error();
            TextTable table;
            table.headers = {u"id"_s,      u"number"_s,   u"held_on"_s,  u"periods"_s,
                             u"outcome"_s, u"provider"_s, u"customer"_s, u"notes"_s};
            for (const ServiceReview &r : *reviews) {
                QStringList provider, customer;
                for (const ReviewParticipant &p : r.participants)
                    (p.side == u"provider"_s ? provider : customer).append(p.name);
                table.rows.append({QString::number(r.id), r.number, r.heldOn.toString(Qt::ISODate),
                                   r.periods, Improvement::key(r.outcome), provider.join(u", "_s),
                                   customer.join(u", "_s), r.notes});
            }
            return table;
        });
}

int ReviewCommands::actionAdd(const QStringList &arguments)
{
    const QString command = u"action add"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Raise an improvement action on an agreement. The owner defaults to the "
           "agreement's owner."));
    const auto [db, user, number] = agreementWriteOptions();
    const QCommandLineOption title(u"title"_s, tr("What is to be done."), tr("TEXT"));
    const QCommandLineOption owner(u"owner"_s, tr("The user who answers for it."), tr("NAME"));
    const QCommandLineOption due(u"due"_s, tr("The due date (YYYY-MM-DD)."), tr("DATE"));
    const QCommandLineOption source(u"source"_s,
                                    tr("What raised it: manual, breach, at_risk, watermelon, "
                                       "check or review (default manual)."),
                                    tr("SOURCE"), u"manual"_s);
    const QCommandLineOption target(u"target-id"_s, tr("The target it is about (its id)."),
                                    tr("ID"));
    const QCommandLineOption period(u"period"_s, tr("The period it is about (2026-09 or 2026-Q3)."),
                                    tr("PERIOD"));
    const QCommandLineOption finding(u"finding"_s, tr("The check finding that raised it."),
                                     tr("TEXT"));
    const QCommandLineOption notes(u"notes"_s, tr("Notes."), tr("TEXT"));
    parser.addOptions(
        {db, user, number, title, owner, due, source, target, period, finding, notes});
    int exitCode = Success;
    if (!parse(parser, u"accordo-cli action add"_s, arguments, exitCode))
        return exitCode;
    if (const int code = requireAll(parser, command, {db, user, number, title, due});
        code != Success)
        return code;
    ImprovementAction action;
    auto dueDate = parseDate(parser.value(due), u"due"_s);
    if (!dueDate)
        return fail(command, dueDate.errorString(), UsageError);
    action.dueDate = *dueDate;
    action.title = parser.value(title);
    action.source = parser.value(source);
    action.period = parser.value(period);
    action.finding = parser.value(finding);
    action.notes = parser.value(notes);
    if (parser.isSet(target)) {
        bool ok = false;
        action.targetId = parser.value(target).toLongLong(&ok);
        if (!ok || action.targetId <= 0)
            return fail(command,
                        tr("--target-id: \"%1\" is not a target id").arg(parser.value(target)),
                        UsageError);
    }
    auto opened = OpenWorkspace::openAs(parser, db, user);
    if (!opened)
        return fail(command, opened.errorString());
    Workspace &workspace = *opened->workspace;
    auto agreement = versionOf(workspace, parser.value(number));
    if (!agreement)
        return fail(command, agreement.errorString());
    action.agreementId = *agreement;
    QString ownerName = parser.value(owner);
    if (ownerName.isEmpty()) {
        auto accountOwner = AgreementOwners(workspace).ownerOf(parser.value(number));
        if (!accountOwner)
            return fail(command, accountOwner.errorString());
        if (accountOwner->isEmpty())
            return fail(command,
                        tr("%1 has no owner: name the action's owner with --owner")
                            .arg(parser.value(number)),
                        UsageError);
        ownerName = *accountOwner;
    }
    auto ownerId = userId(workspace, ownerName, u"owner"_s);
    if (!ownerId)
        return fail(command, ownerId.errorString());
    action.ownerId = *ownerId;
    auto id = ActionStore(workspace).insert(action);
    if (!id)
        return fail(command, id.errorString());
    out() << tr("action %1 raised on %2, owned by %3, due %4")
                 .arg(*id)
                 .arg(parser.value(number), ownerName, action.dueDate.toString(Qt::ISODate))
          << Qt::endl;
    return Success;
}

int ReviewCommands::actionList(const QStringList &arguments)
{
    const QString command = u"action list"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the improvement actions by due date."));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption number = numberOption();
    const QCommandLineOption owner(u"owner"_s, tr("Only this owner's actions."), tr("NAME"));
    const QCommandLineOption state(u"state"_s,
                                   tr("Only actions in this state: open, in_progress, done or "
                                      "dropped."),
                                   tr("STATE"));
    const QCommandLineOption openOnly(u"open"_s, tr("Only actions still open or in progress."));
    const QCommandLineOption format = Commands::formatOption();
    parser.addOptions({db, number, owner, state, openOnly, format});
    int exitCode = Success;
    if (!parse(parser, u"accordo-cli action list"_s, arguments, exitCode))
        return exitCode;
    ActionFilter filter;
    filter.agreementNumber = parser.value(number);
    filter.ownerName = parser.value(owner);
    filter.openOnly = parser.isSet(openOnly);
    if (parser.isSet(state)) {
        filter.state = Improvement::stateFromKey(parser.value(state));
        if (!filter.state)
            return fail(command,
                        tr("--state: \"%1\" is not open, in_progress, done or dropped")
                            .arg(parser.value(state)),
                        UsageError);
    }
    auto opened = OpenWorkspace::given(parser, db, command, exitCode);
    if (!opened)
        return exitCode;
    auto actions = ActionStore(*opened->workspace).actions(filter);
    if (!actions)
        return fail(command, actions.errorString());
    return printTable(command, parser.value(format), actionTable(*actions));
}

int ReviewCommands::actionUpdate(const QStringList &arguments)
{
    const QString command = u"action update"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Change an improvement action: its state (open → in_progress → done, or dropped "
           "with a reason), owner, due date, title or notes. SLA managers and administrators "
           "change any action, its owner their own."));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption user = Commands::userOption();
    const QCommandLineOption id(u"id"_s, tr("The action's id."), tr("ID"));
    const QCommandLineOption state(u"state"_s, tr("open, in_progress, done or dropped."),
                                   tr("STATE"));
    const QCommandLineOption reason(u"reason"_s, tr("Why it is dropped."), tr("TEXT"));
    const QCommandLineOption title(u"title"_s, tr("A new title."), tr("TEXT"));
    const QCommandLineOption owner(u"owner"_s, tr("A new owner."), tr("NAME"));
    const QCommandLineOption due(u"due"_s, tr("A new due date (YYYY-MM-DD)."), tr("DATE"));
    const QCommandLineOption notes(u"notes"_s, tr("New notes."), tr("TEXT"));
    parser.addOptions({db, user, id, state, reason, title, owner, due, notes});
    int exitCode = Success;
    if (!parse(parser, u"accordo-cli action update"_s, arguments, exitCode))
        return exitCode;
    if (const int code = requireAll(parser, command, {db, user, id}); code != Success)
        return code;
    bool ok = false;
    const qint64 actionId = parser.value(id).toLongLong(&ok);
    if (!ok || actionId <= 0)
        return fail(command, tr("--id: \"%1\" is not an action id").arg(parser.value(id)),
                    UsageError);
    std::optional<ActionState> newState;
    if (parser.isSet(state)) {
        newState = Improvement::stateFromKey(parser.value(state));
        if (!newState)
            return fail(command,
                        tr("--state: \"%1\" is not open, in_progress, done or dropped")
                            .arg(parser.value(state)),
                        UsageError);
    }
    std::optional<QDate> newDue;
    if (parser.isSet(due)) {
        auto parsed = parseDate(parser.value(due), u"due"_s);
        if (!parsed)
            return fail(command, parsed.errorString(), UsageError);
        newDue = *parsed;
    }
    auto opened = OpenWorkspace::openAs(parser, db, user);
    if (!opened)
        return fail(command, opened.errorString());
    Workspace &workspace = *opened->workspace;
    ActionStore store(workspace);
    auto action = store.action(actionId);
    if (!action)
        return fail(command, action.errorString());
    if (newState)
        action->state = *newState;
    if (parser.isSet(reason))
        action->reason = parser.value(reason);
    if (parser.isSet(title))
        action->title = parser.value(title);
    if (parser.isSet(notes))
        action->notes = parser.value(notes);
    if (newDue)
        action->dueDate = *newDue;
    if (parser.isSet(owner)) {
        auto ownerId = userId(workspace, parser.value(owner), u"owner"_s);
        if (!ownerId)
            return fail(command, ownerId.errorString());
        action->ownerId = *ownerId;
    }
    if (auto r = store.update(*action); !r)
        return fail(command, r.errorString());
    out() << tr("action %1 is %2").arg(actionId).arg(Improvement::key(action->state)) << Qt::endl;
    return Success;
}

int ReviewCommands::ownerSet(const QStringList &arguments)
{
    const QString command = u"owner set"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Make a user the owner of an agreement: the provider's representative who talks "
           "to the customer."));
    const auto [db, user, number] = agreementWriteOptions();
    const QCommandLineOption owner(u"owner"_s, tr("The owner's user name."), tr("NAME"));
    parser.addOptions({db, user, number, owner});
    int exitCode = Success;
    if (!parse(parser, u"accordo-cli owner set"_s, arguments, exitCode))
        return exitCode;
    if (const int code = requireAll(parser, command, {db, user, number, owner}); code != Success)
        return code;
    auto opened = OpenWorkspace::openAs(parser, db, user);
    if (!opened)
        return fail(command, opened.errorString());
    if (auto r = AgreementOwners(*opened->workspace).set(parser.value(number), parser.value(owner));
        !r)
        return fail(command, r.errorString());
    out() << tr("%1 is owned by %2").arg(parser.value(number), parser.value(owner)) << Qt::endl;
    return Success;
}

int ReviewCommands::ownerList(const QStringList &arguments)
{
    const ListCommand list{.command = u"owner list"_s,
                           .description = tr("List the agreements' owners.")};
    return list.run(
        arguments,
        [](const OpenWorkspace &opened, const QCommandLineParser &) -> Result<TextTable> {
            auto owners = AgreementOwners(*opened.workspace).owners();
            if (!owners)
                return owners.error();
            TextTable table;
            table.headers = {u"number"_s, u"owner"_s};
            QStringList numbers = owners->keys();
            numbers.sort();
            for (const QString &n : numbers)
                table.rows.append({n, owners->value(n)});
            return table;
        });
}

} // namespace Accordo::Cli
