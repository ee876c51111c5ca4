#include "clicommands.h"
#include "reportdata/duelistdata.h"

#include "cliio.h"
#include "documentcommands.h"
#include "openworkspace.h"
#include "useroption.h"

#include "data/supportlinks.h"
#include "data/workspace.h"
#include "domain/pricing.h"
#include "lifecycle/agreementworkflow.h"
#include "lifecycle/versiondiff.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

namespace {

// The options of the subcommands that act on one agreement for a user.
struct AgreementOptions
{
    QCommandLineOption db = Commands::dbOption();
    QCommandLineOption number = Commands::numberOption();
    QCommandLineOption user = Commands::userOption();
};

// The requested version of a number, or its newest one.
Result<qint64> resolveAgreement(const OpenWorkflow &opened, const QString &number,
                                const QString &version)
{
    return opened.versionId(number, version,
                            Commands::tr("--version must be a positive whole number, not \"%1\""));
}

Result<QDate> parseDate(const QString &text, const QString &option)
{
    return isoDate(text, option, Commands::tr("--%1 must be a date like 2026-03-31, not \"%2\""));
}

QString sideName(Side side)
{
    return AgreementWorkflow::sideKey(side);
}

// One agreement version opened for a command: its workspace (where nobody may write until a
// command names its user with --user), workflow and id.
struct OpenAgreement : OpenWorkflow
{
    qint64 id = 0;
};

// The workspace at location with its workflow, whose "today" is the date given, if one is.
Result<OpenAgreement> openWorkflow(const QString &location, const std::optional<QString> &today)
{
    auto workflow = OpenWorkflow::open(location);
    if (!workflow)
        return workflow.error();
    OpenAgreement opened{std::move(*workflow), 0};
    if (today) {
        auto parsed = parseDate(*today, u"today"_s);
        if (!parsed)
            return parsed.error();
        opened.workflow->setToday(*parsed);
    }
    return opened;
}

std::optional<QString> todayOption(const QCommandLineParser &parser,
                                   const QCommandLineOption &today)
{
    return parser.isSet(today) ? std::optional(parser.value(today)) : std::nullopt;
}

Result<OpenAgreement> openAgreement(const QString &location, const QString &number,
                                    const QString &version)
{
    auto opened = openWorkflow(location, std::nullopt);
    if (!opened)
        return opened.error();
    auto id = resolveAgreement(*opened, number, version);
    if (!id)
        return id.error();
    opened->id = *id;
    return opened;
}

// The lines of the agreement's price breakdown, one a line, after its total.
void printBreakdown(QTextStream &o, const Workspace &workspace, const Agreement &a)
{
    for (const PriceLine &line : a.priceLines) {
        const auto amount = Pricing::amount(line);
        const QString total = amount ? amount->toPlainString() : amount.errorString();
        if (line.isDiscount()) {
            o << Commands::tr("  price line:    %1 %2").arg(line.label, total) << '\n';
            continue;
        }
        auto s = workspace.service(line.serviceId);
        o << Commands::tr("  price line:    %1 %2, %3 × %4 %5 = %6")
                 .arg(s ? s->code : QString::number(line.serviceId), line.label)
                 .arg(line.quantity)
                 .arg(line.unitPrice.toPlainString(), Pricing::displayName(line.basis), total)
          << '\n';
    }
}

} // namespace

int Commands::agreement(const QStringList &arguments)
{
    return runSubcommand(arguments,
                         {{u"show"_s, &agreementShow},
                          {u"transition"_s, &agreementTransition},
                          {u"diff"_s, &agreementDiff},
                          {u"due"_s, &agreementDue},
                          {u"charter"_s, &agreementCharter},
                          {u"approvers"_s, &agreementApprovers},
                          {u"supports"_s, &agreementSupports},
                          {u"document"_s, &DocumentCommands::document},
                          {u"verify-document"_s, &DocumentCommands::verifyDocument}},
                         [](const QString &word) {
                             return fail(tr("agreement: say show, transition, diff, due, charter, "
                                            "approvers, supports, document or verify-document "
                                            "(not \"%1\")")
                                             .arg(word));
                         });
}

int Commands::agreementShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show an agreement version with its lifecycle, and what "
                                        "the acting user may do with it."));
    const AgreementOptions common;
    const QCommandLineOption version = versionOption();
    parser.addOptions({common.db, common.number, version, common.user});
    int exitCode = 0;
    if (!parse(parser, u"accordo-cli agreement show"_s, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(common.db) || !parser.isSet(common.number))
        return fail(tr("agreement show: --db FILE and --number NUMBER are required"));
    auto opened = openAgreement(parser.value(common.db), parser.value(common.number),
                                parser.value(version));
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
    o << (a->priceLines.isEmpty() ? tr("  price:         %1 %2")
                                  : tr("  price:         %1 %2 a month, the total of:"))
             .arg(Pricing::monthlyFee(*a).toPlainString(), a->price.currency())
      << '\n';
    QStringList services;
    for (qint64 serviceId : a->serviceIds) {
        auto s = workspace.service(serviceId);
        services.append(s ? s->code : QString::number(serviceId));
    }
    o << tr("  services:      %1").arg(services.join(u", "_s)) << '\n';
    printBreakdown(o, workspace, *a);
    int fromOfferings = 0;
    for (const Target &t : a->targets)
        fromOfferings += t.offeringId != 0 ? 1 : 0;
    o << (fromOfferings > 0 ? tr("  targets:       %1, %2 as an offering states them")
                                  .arg(a->targets.size())
                                  .arg(fromOfferings)
                            : tr("  targets:       %1").arg(a->targets.size()))
      << '\n';
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
    if (parser.isSet(common.user)) {
        for (const TransitionOption &option :
             workflow.availableTransitions(agreementId, parser.value(common.user))) {
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
    const QCommandLineOption version = versionOption();
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
    if (!parse(parser, u"accordo-cli agreement transition"_s, arguments, exitCode))
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

    auto opened = openWorkflow(parser.value(db), todayOption(parser, today));
    if (!opened)
        return fail(opened.errorString());
    if (auto acting = UserOption::of(parser, userName, opened->database->connection()); !acting)
        return fail(tr("agreement transition: %1").arg(acting.errorString()));
    Workspace &workspace = *opened->workspace;
    AgreementWorkflow &workflow = *opened->workflow;
    auto id = resolveAgreement(*opened, parser.value(number), parser.value(version));
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
    if (!parse(parser, u"accordo-cli agreement diff"_s, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(db) || !parser.isSet(number))
        return fail(tr("agreement diff: --db FILE and --number NUMBER are required"));
    auto opened = openWorkflow(parser.value(db), std::nullopt);
    if (!opened)
        return fail(opened.errorString());
    Workspace &workspace = *opened->workspace;
    AgreementWorkflow &workflow = *opened->workflow;
    auto toId = resolveAgreement(*opened, parser.value(number), parser.value(to));
    if (!toId)
        return fail(toId.errorString());
    auto toVersion = workspace.agreement(*toId);
    if (!toVersion)
        return fail(toVersion.errorString());
    const QString fromText = parser.isSet(from) ? parser.value(from)
                                                : QString::number(toVersion->version - 1);
    auto fromId = resolveAgreement(*opened, parser.value(number), fromText);
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
    const AgreementOptions common;
    const QCommandLineOption needs(u"needs"_s, tr("The customer's needs in words."), tr("TEXT"));
    const QCommandLineOption requirement(u"requirement"_s, tr("A requirement; repeat for each."),
                                         tr("TEXT"));
    const QCommandLineOption option(
        u"delivery-option"_s, tr("A delivery option discussed; repeat for each."), tr("TEXT"));
    parser.addOptions({common.db, common.number, common.user, needs, requirement, option});
    int exitCode = 0;
    if (!parse(parser, u"accordo-cli agreement charter"_s, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(common.db) || !parser.isSet(common.number) || !parser.isSet(common.user))
        return fail(tr("agreement charter: --db FILE, --number NUMBER and --user NAME are "
                       "required"));
    auto opened = openAgreement(parser.value(common.db), parser.value(common.number), QString());
    if (!opened)
        return fail(opened.errorString());
    if (auto acting = UserOption::of(parser, common.user, opened->database->connection()); !acting)
        return fail(tr("agreement charter: %1").arg(acting.errorString()));
    const Charter charter{parser.value(needs).trimmed(), parser.values(requirement),
                          parser.values(option)};
    if (auto r = opened->workflow->setCharter(opened->id, charter, parser.value(common.user)); !r)
        return fail(r.errorString());
    out() << tr("%1: requirements charter recorded.").arg(parser.value(common.number)) << Qt::endl;
    return 0;
}

int Commands::agreementApprovers(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Set who must approve an agreement: at least one provider "
                                        "role and the counterparty's representative."));
    const AgreementOptions common;
    const QCommandLineOption approver(u"approver"_s,
                                      tr("A required approver as provider:TITLE[:USER] or "
                                         "counterparty:TITLE[:USER]; repeat for each."),
                                      tr("SIDE:TITLE"));
    parser.addOptions({common.db, common.number, common.user, approver});
    int exitCode = 0;
    if (!parse(parser, u"accordo-cli agreement approvers"_s, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(common.db) || !parser.isSet(common.number) || !parser.isSet(common.user))
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
    auto opened = openAgreement(parser.value(common.db), parser.value(common.number), QString());
    if (!opened)
        return fail(opened.errorString());
    if (auto acting = UserOption::of(parser, common.user, opened->database->connection()); !acting)
        return fail(tr("agreement approvers: %1").arg(acting.errorString()));
    if (auto r = opened->workflow->setRequiredApprovers(opened->id, approvers,
                                                        parser.value(common.user));
        !r)
        return fail(r.errorString());
    out() << tr("%1: %n required approver(s) set.", nullptr, int(approvers.size()))
                 .arg(parser.value(common.number))
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
    const AgreementOptions common;
    const QCommandLineOption add(u"add"_s, tr("Link this agreement; repeat for each."),
                                 tr("NUMBER"));
    const QCommandLineOption remove(u"remove"_s, tr("Unlink this agreement; repeat for each."),
                                    tr("NUMBER"));
    parser.addOptions({common.db, common.number, common.user, add, remove});
    int exitCode = 0;
    if (!parse(parser, u"accordo-cli agreement supports"_s, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(common.db) || !parser.isSet(common.number))
        return fail(tr("agreement supports: --db FILE and --number NUMBER are required"));
    const bool changes = parser.isSet(add) || parser.isSet(remove);
    if (changes && !parser.isSet(common.user))
        return fail(tr("agreement supports: --user NAME is required to add or remove links"));
    auto opened = openAgreement(parser.value(common.db), parser.value(common.number), QString());
    if (!opened)
        return fail(opened.errorString());
    Workspace &workspace = *opened->workspace;
    auto a = workspace.agreement(opened->id);
    if (!a)
        return fail(a.errorString());
    const bool supporting = a->kind == AgreementKind::Ola
                            || a->kind == AgreementKind::UnderpinningContract;
    if (changes) {
        auto acting = UserOption::of(parser, common.user, workspace.connection());
        if (!acting)
            return fail(tr("agreement supports: %1").arg(acting.errorString()));
        workspace.setActingUser(*acting);
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
    if (!parse(parser, u"accordo-cli agreement due"_s, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(db))
        return fail(tr("agreement due: --db FILE is required"));
    bool ok = false;
    const int days = parser.value(within).toInt(&ok);
    if (!ok || days < 0 || days > 3650)
        return fail(tr("--within must be a number of days from 0 to 3650"));
    auto opened = openWorkflow(parser.value(db), todayOption(parser, today));
    if (!opened)
        return fail(opened.errorString());
    AgreementWorkflow &workflow = *opened->workflow;
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
    auto ended = DueListData::customerEnded(opened->database->connection());
    if (!ended)
        return fail(ended.errorString());
    for (const DueItem &item : std::as_const(*ended))
        out() << tr("renewal  %1 v%2  %3  (%4)")
                     .arg(item.number)
                     .arg(item.version)
                     .arg(item.title, item.note)
              << '\n';
    out().flush();
    return 0;
}

} // namespace Accordo::Cli
