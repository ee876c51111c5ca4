#include "offeringcommands.h"

#include "clicommands.h"
#include "cliio.h"
#include "openworkspace.h"
#include "targetspec.h"
#include "useroption.h"

#include "change/whatif.h"
#include "data/offeringstore.h"
#include "data/workspace.h"
#include "domain/targetvalue.h"
#include "io/tablewriter.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QHash>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

namespace {

Result<Service> serviceByCode(const Workspace &workspace, const QString &code)
{
    auto services = workspace.services();
    if (!services)
        return services.error();
    for (const Service &s : std::as_const(*services)) {
        if (s.code.compare(code, Qt::CaseInsensitive) == 0)
            return s;
    }
    return Error{OfferingCommands::tr("--service: there is no service with code \"%1\"").arg(code)};
}

// "METRIC:THRESHOLD:GOAL[:PRIORITY[:TIERS]]", TIERS "95=5,90=10": below 95 % credit 5 %.
Result<Target> parseTarget(const QString &spec)
{
    enum Part { MetricPart, ThresholdPart, GoalPart, PriorityPart, TiersPart };
    const QStringList parts = spec.split(u':');
    if (parts.size() < 3 || parts.size() > 5)
        return Error{
            OfferingCommands::tr("--target \"%1\": write METRIC:THRESHOLD:GOAL"
                                 "[:PRIORITY[:TIERS]], e.g. resolution:4h:95:P1:95=5,90=10")
                .arg(spec)};
    auto terms = TargetSpec::terms(spec, parts, MetricPart, false);
    if (!terms)
        return terms;
    Target &t = *terms;
    t.priority = parts.value(PriorityPart);
    const QString tiers = parts.value(TiersPart);
    for (const QString &tier : tiers.split(u',', Qt::SkipEmptyParts)) {
        const QStringList pair = tier.split(u'=');
        auto below = TargetValue::parseMilli(pair.constFirst());
        auto credit = TargetValue::parseMilli(pair.constLast());
        if (pair.size() != 2 || !below || !credit)
            return Error{OfferingCommands::tr("--target \"%1\", credit tier \"%2\": write "
                                              "BELOW=CREDIT in percent, e.g. 95=5")
                             .arg(spec, tier)};
        t.creditTiers.append({*below, *credit / 10});
    }
    return terms;
}

QString money(const Money &amount)
{
    return u"%1 %2"_s.arg(amount.currency(), amount.toPlainString());
}

// What apply and whatif are about: an agreement, one of its services, and a level offered for
// that service in the agreement's currency.
struct OfferingChoice
{
    QCommandLineOption number{u"number"_s,
                              OfferingCommands::tr("The agreement number (its newest version)."),
                              OfferingCommands::tr("NUMBER")};
    QCommandLineOption service{u"service"_s, OfferingCommands::tr("The service code."),
                               OfferingCommands::tr("CODE")};
    QCommandLineOption level{u"level"_s, OfferingCommands::tr("The offering's name, e.g. Gold."),
                             OfferingCommands::tr("NAME")};

    struct Chosen
    {
        qint64 agreementId = 0;
        Agreement agreement;
        Service service;
        Offering offering;
    };

    bool given(const QCommandLineParser &parser) const
    {
        return parser.isSet(number) && parser.isSet(service) && parser.isSet(level);
    }

    // The agreement, service and offering the options name in `workspace`.
    Result<Chosen> read(const QCommandLineParser &parser, const Workspace &workspace) const
    {
        auto id = workspace.agreementIdByNumber(parser.value(number));
        if (!id)
            return id.error();
        auto agreement = workspace.agreement(*id);
        auto s = serviceByCode(workspace, parser.value(service));
        if (!agreement || !s)
            return agreement ? s.error() : agreement.error();
        auto chosen = OfferingStore(workspace).byName(s->id, parser.value(level),
                                                      agreement->price.currency());
        if (!chosen)
            return chosen.error();
        return Chosen{*id, *agreement, *s, *chosen};
    }
};

} // namespace

int OfferingCommands::offering(const QStringList &arguments)
{
    return runSubcommand(
        arguments,
        {{u"list"_s, &list}, {u"add"_s, &add}, {u"apply"_s, &apply}, {u"whatif"_s, &whatIf}},
        u"offering"_s, tr("say list, add, apply or whatif (not \"%1\")"));
}

int OfferingCommands::list(const QStringList &arguments)
{
    const QCommandLineOption service(u"service"_s, tr("Only this service code."), tr("CODE"));
    const ListCommand list{
        .command = u"offering list"_s,
        .description = tr("List the service level offerings: every service's, or one service's."),
        .options = {service},
        .textFormat = true};
    return list.run(
        arguments,
        [&](const OpenWorkspace &opened, const QCommandLineParser &parser) -> Result<TextTable> {
            qint64 serviceId = 0;
            if (parser.isSet(service)) {
                auto s = serviceByCode(*opened.workspace, parser.value(service));
                if (!s)
                    return s.error();
                serviceId = s->id;
            }
            auto services = opened.workspace->services();
            auto offerings = OfferingStore(*opened.workspace).offerings(serviceId);
            if (!services || !offerings)
                return services ? offerings.error() : services.error();
            QHash<qint64, QString> codes;
            for (const Service &s : std::as_const(*services))
                codes.insert(s.id, s.code);
            TextTable table{{u"id"_s, u"service"_s, u"level"_s, u"price"_s, u"per"_s, u"targets"_s},
                            {}};
            for (const Offering &o : std::as_const(*offerings)) {
                QStringList targets;
                for (const Target &t : o.targets)
                    targets.append(u"%1 %2 %3%%4"_s.arg(
                        Enums::key(t.metric), TargetValue::format(t.metric, t.threshold),
                        TargetValue::formatMilli(t.goalMilli),
                        t.priority.isEmpty() ? QString() : u" "_s + t.priority));
                table.rows.append({QString::number(o.id), codes.value(o.serviceId), o.name,
                                   money(o.price), Pricing::key(o.basis), targets.join(u"; "_s)});
            }
            return table;
        });
}

int OfferingCommands::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add a service level offering to the catalogue."));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption user = Commands::userOption();
    const QCommandLineOption service(u"service"_s, tr("The service code."), tr("CODE"));
    const QCommandLineOption name(u"name"_s, tr("The level, e.g. Gold."), tr("NAME"));
    const QCommandLineOption price(u"price"_s, tr("The price per month, e.g. \"EUR 1200.00\"."),
                                   tr("AMOUNT"));
    const QCommandLineOption per(u"per"_s,
                                 tr("What the price counts: month (default), user or "
                                    "unit."),
                                 tr("BASIS"), u"month"_s);
    const QCommandLineOption description(u"description"_s, tr("What the level promises."),
                                         tr("TEXT"));
    const QCommandLineOption target(u"target"_s,
                                    tr("A default target, METRIC:THRESHOLD:GOAL[:PRIORITY"
                                       "[:TIERS]], e.g. resolution:4h:95:P1:95=5,90=10; "
                                       "repeat for more."),
                                    tr("SPEC"));
    parser.addOptions({db, service, name, price, per, description, target, user});
    int exitCode = 0;
    if (!parse(parser, u"accordo-cli offering add"_s, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(db) || !parser.isSet(service) || !parser.isSet(name) || !parser.isSet(price))
        return fail(u"offering add"_s,
                    tr("--db, --service, --name, --price and --user are required"), UsageError);
    auto opened = OpenWorkspace::openAs(parser, db, user);
    if (!opened)
        return fail(u"offering add"_s, opened.errorString());
    Offering o;
    auto s = serviceByCode(*opened->workspace, parser.value(service));
    if (!s)
        return fail(u"offering add"_s, s.errorString());
    o.serviceId = s->id;
    o.name = parser.value(name);
    o.description = parser.value(description);
    auto amount = Money::parse(parser.value(price));
    if (!amount)
        return fail(u"offering add"_s, tr("--price: %1").arg(amount.errorString()));
    if (amount->currency().isEmpty())
        return fail(
            u"offering add"_s,
            tr("--price \"%1\": name the currency, e.g. \"EUR 1200.00\"").arg(parser.value(price)));
    o.price = *amount;
    const auto basis = Pricing::basisFromKey(parser.value(per));
    if (!basis)
        return fail(u"offering add"_s,
                    tr("--per \"%1\": say month, user or unit").arg(parser.value(per)));
    o.basis = *basis;
    for (const QString &spec : parser.values(target)) {
        auto t = parseTarget(spec);
        if (!t)
            return fail(u"offering add"_s, t.errorString());
        o.targets.append(*t);
    }
    auto id = OfferingStore(*opened->workspace).insert(o);
    if (!id)
        return fail(u"offering add"_s, id.errorString());
    out() << tr("offering %1: %2 %3 at %4 %5")
                 .arg(*id)
                 .arg(s->code, o.name, money(o.price), Pricing::displayName(o.basis))
          << '\n';
    return Success;
}

int OfferingCommands::apply(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Apply an offering to a service of an agreement being drafted or negotiated: its "
           "targets replace the service's targets from an offering, and its price becomes the "
           "service's line of the price breakdown."));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption user = Commands::userOption();
    const OfferingChoice choice;
    const QCommandLineOption quantity(u"quantity"_s, tr("Users or units (default 1)."), tr("N"),
                                      u"1"_s);
    parser.addOptions({db, choice.number, choice.service, choice.level, quantity, user});
    int exitCode = 0;
    if (!parse(parser, u"accordo-cli offering apply"_s, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(db) || !choice.given(parser))
        return fail(u"offering apply"_s,
                    tr("--db, --number, --service, --level and --user are required"), UsageError);
    bool ok = false;
    const qint64 count = parser.value(quantity).toLongLong(&ok);
    if (!ok || count < 1)
        return fail(u"offering apply"_s,
                    tr("--quantity must be a whole number of at least 1, not \"%1\"")
                        .arg(parser.value(quantity)),
                    UsageError);
    auto opened = OpenWorkspace::openAs(parser, db, user);
    if (!opened)
        return fail(u"offering apply"_s, opened.errorString());
    Workspace &workspace = *opened->workspace;
    const auto chosen = choice.read(parser, workspace);
    if (!chosen)
        return fail(u"offering apply"_s, chosen.errorString());
    if (auto r = OfferingStore(workspace).apply(chosen->agreementId, chosen->offering.id, count);
        !r)
        return fail(u"offering apply"_s, r.errorString());
    auto after = workspace.agreement(chosen->agreementId);
    if (!after)
        return fail(u"offering apply"_s, after.errorString());
    out() << tr("%1 version %2: %3 at %4, %n target(s) from it; the fee is now %5", nullptr,
                int(chosen->offering.targets.size()))
                 .arg(after->number)
                 .arg(after->version)
                 .arg(chosen->service.code, chosen->offering.name,
                      money(Pricing::monthlyFee(*after)))
          << '\n';
    return Success;
}

int OfferingCommands::whatIf(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("What switching a service of an agreement in negotiation to another level would "
           "change: the monthly fee, and how its targets would have done on the customer's "
           "tickets of the last twelve months. Nothing is written."));
    const QCommandLineOption db = Commands::dbOption();
    const OfferingChoice choice;
    const QCommandLineOption today(u"today"_s, tr("The backtest runs up to this date."),
                                   tr("DATE"));
    parser.addOptions({db, choice.number, choice.service, choice.level, today});
    int exitCode = 0;
    if (!parse(parser, u"accordo-cli offering whatif"_s, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(db) || !choice.given(parser))
        return fail(u"offering whatif"_s, tr("--db, --number, --service and --level are required"),
                    UsageError);
    QDate day = QDate::currentDate();
    if (parser.isSet(today)) {
        day = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!day.isValid())
            return fail(
                u"offering whatif"_s,
                tr("--today must be a date like 2026-03-31, not \"%1\"").arg(parser.value(today)),
                UsageError);
    }
    auto opened = OpenWorkspace::open(parser.value(db));
    if (!opened)
        return fail(u"offering whatif"_s, opened.errorString());
    Workspace &workspace = *opened->workspace;
    const auto chosen = choice.read(parser, workspace);
    if (!chosen)
        return fail(u"offering whatif"_s, chosen.errorString());
    auto result = WhatIfAnalysis::compare(workspace, chosen->agreementId, chosen->offering.id, day);
    if (!result)
        return fail(u"offering whatif"_s, result.errorString());
    QTextStream &o = out();
    o << tr("%1 %2: %3 -> %4")
             .arg(chosen->agreement.number, chosen->service.code,
                  result->fromLevel.isEmpty() ? tr("(no level)") : result->fromLevel,
                  result->toLevel)
      << '\n';
    o << tr("  fee:        %1 -> %2 (%3%4 a month)")
             .arg(money(result->currentFee), money(result->proposedFee),
                  result->difference.minorUnits() > 0 ? u"+"_s : QString(),
                  money(result->difference))
      << '\n';
    auto print = [&o](const QString &which, const QList<BacktestFigure> &figures) {
        for (const BacktestFigure &f : figures) {
            const qint64 decided = f.met + f.breached;
            o << tr("  %1 %2: %3 of %4 tickets met (%5 %), goal %6 %")
                     .arg(which, f.target)
                     .arg(f.met)
                     .arg(decided)
                     .arg(decided ? TargetValue::formatMilli(f.met * 100000 / decided) : u"-"_s,
                          TargetValue::formatMilli(f.goalMilli))
              << '\n';
        }
    };
    print(tr("now:     "), result->current);
    print(tr("proposed:"), result->proposed);
    return Success;
}

} // namespace Accordo::Cli
