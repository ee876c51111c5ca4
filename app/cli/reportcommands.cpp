#include "reportcommands.h"

#include "clicommands.h"
#include "cliio.h"

#include "kpi/kpiengine.h"
#include "openworkspace.h"
#include "report/portfolioreport.h"
#include "report/reportlanguage.h"
#include "report/reviewpack.h"
#include "report/servicereport.h"
#include "reportdata/servicereportdata.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>

#include <memory>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

namespace {

struct Common
{
    QCommandLineOption db = Commands::dbOption();
    QCommandLineOption period{u"period"_s, ReportCommands::tr("The period: YYYY-MM or YYYY-Qn."),
                              ReportCommands::tr("PERIOD")};
    QCommandLineOption out{u"out"_s, ReportCommands::tr("The PDF file to write."),
                           ReportCommands::tr("FILE")};
    QCommandLineOption lang{u"lang"_s, ReportCommands::tr("The report's language: en or it."),
                            ReportCommands::tr("LANG"), u"en"_s};
};

// Parses, checks the common options; returns -1 when the command should go on.
int parse(QCommandLineParser &parser, const Common &common, const QStringList &arguments,
          const QString &program)
{
    if (int exitCode = Success;
        !Cli::parse(parser, program, arguments.mid(2), exitCode, u"report"_s, UsageError))
        return exitCode;
    for (const QCommandLineOption &o : {common.db, common.period, common.out})
        if (!parser.isSet(o))
            return fail(u"report"_s, ReportCommands::tr("--%1 is required").arg(o.names().first()),
                        2);
    if (!ReportLanguage::isSupported(parser.value(common.lang)))
        return fail(u"report"_s,
                    ReportCommands::tr("--lang: \"%1\" is not a report language (en or it)")
                        .arg(parser.value(common.lang)),
                    2);
    return -1;
}

// The report reads the stored KPIs; bring them up to date first, as `accordo-cli kpi` does,
// so that both print the same figures.
// A workspace brought up to date, with the terms its recompute loaded (null when nothing had to
// be recomputed, or only some agreements' terms were loaded).
struct FreshWorkspace
{
    std::unique_ptr<Database> database;
    std::shared_ptr<const Kpi::Recompute> terms; // declared last: dropped before the database
};

Result<FreshWorkspace> openFresh(const QString &path)
{
    auto database = openForResults(path);
    if (!database)
        return database.error();
    KpiOptions options;
    options.asOf = QDateTime::currentSecsSinceEpoch();
    FreshWorkspace fresh{std::move(*database), {}};
    if (auto r = KpiEngine::bringUpToDate(fresh.database->connection(), options, fresh.terms); !r)
        return r.error();
    return fresh;
}

// Checks --period of the reports on one agreement; returns -1 when it is a month or a quarter.
int checkPeriod(const QCommandLineParser &parser, const Common &common)
{
    if (ServiceReportData::isPeriod(parser.value(common.period)))
        return -1;
    return fail(
        u"report"_s,
        ReportCommands::tr("--period: \"%1\" is not a month (2026-10) or a quarter (2026-Q4)")
            .arg(parser.value(common.period)),
        2);
}

// Writes the PDF of `Report` (ServiceReport, PortfolioReport or ReviewPack) in the language and
// to the file the common options name, from the workspace brought up to date.
template<typename Report>
int writeReport(const QCommandLineParser &parser, const Common &common,
                typename Report::Options options)
{
    auto fresh = openFresh(parser.value(common.db));
    if (!fresh)
        return fail(u"report"_s, fresh.errorString());
    options.language = parser.value(common.lang);
    // The portfolio reads every target's terms again unless the recompute hands its own over.
    if constexpr (std::is_same_v<Report, PortfolioReport>)
        options.terms = std::move(fresh->terms);
    auto pages = Report::writePdf(fresh->database->connection(), options, parser.value(common.out));
    // The terms hold the connection, which closes with `fresh`, before `options` goes.
    if constexpr (std::is_same_v<Report, PortfolioReport>)
        options.terms.reset();
    if (!pages)
        return fail(u"report"_s, pages.errorString());
    out() << ReportCommands::tr("%1: %n page(s)", nullptr, *pages).arg(parser.value(common.out))
          << Qt::endl;
    return 0;
}

// The reports on one agreement and period (ServiceReport, ReviewPack): `number` names the
// agreement, and `missing` says that it is not given.
template<typename Report>
int agreementReport(const QStringList &arguments, const QString &program,
                    const QString &description, const QCommandLineOption &number,
                    const QString &missing)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    Common common;
    parser.addOptions({common.db, number, common.period, common.out, common.lang});
    if (int code = parse(parser, common, arguments, program); code >= 0)
        return code;
    if (!parser.isSet(number))
        return fail(u"report"_s, missing, 2);
    if (int code = checkPeriod(parser, common); code >= 0)
        return code;
    typename Report::Options options;
    options.number = parser.value(number);
    options.period = parser.value(common.period);
    return writeReport<Report>(parser, common, options);
}

} // namespace

int ReportCommands::run(const QStringList &arguments)
{
    if (const std::optional<int> code = runNamed(
            subcommandOf(arguments), arguments,
            {{u"service"_s, &service}, {u"portfolio"_s, &portfolio}, {u"review"_s, &review}}))
        return *code;
    return fail(u"report"_s,
                tr("usage: accordo-cli report service|portfolio|review --db FILE --period PERIOD "
                   "--out F.pdf [--lang en|it] (service also needs --agreement NUMBER, review "
                   "--number NUMBER)"),
                2);
}

int ReportCommands::service(const QStringList &arguments)
{
    return agreementReport<ServiceReport>(
        arguments, u"accordo-cli report service"_s,
        tr("The service report of one agreement and period as a PDF: parties, summary, "
           "results per target, trends, breaches with their tickets, availability, "
           "satisfaction, service credits and the next review."),
        QCommandLineOption(u"agreement"_s, tr("The agreement number."), tr("NUMBER")),
        tr("--agreement is required"));
}

int ReportCommands::portfolio(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The portfolio report for executives as a PDF: the dashboard's tiles and charts, "
           "then the measured agreements most at risk, worst first."));
    Common common;
    const QCommandLineOption from(u"from"_s,
                                  tr("First month of the trends (default: eleven "
                                     "months before the period)."),
                                  tr("YYYY-MM"));
    const QCommandLineOption top(u"top"_s,
                                 tr("How many of the agreements most at risk to list (default "
                                    "50)."),
                                 tr("N"), u"50"_s);
    const QCommandLineOption all(u"all"_s, tr("List every measured agreement."));
    parser.addOptions({common.db, common.period, from, common.out, common.lang, top, all});
    if (int code = parse(parser, common, arguments, u"accordo-cli report portfolio"_s); code >= 0)
        return code;
    bool topOk = false;
    const int topCount = parser.value(top).toInt(&topOk);
    if (!topOk || topCount < 1)
        return fail(u"report"_s,
                    tr("--top: \"%1\" is not a positive whole number").arg(parser.value(top)), 2);
    if (parser.isSet(top) && parser.isSet(all))
        return fail(u"report"_s, tr("--top and --all exclude each other"), 2);
    if (!DashboardData::isMonth(parser.value(common.period)))
        return fail(
            u"report"_s,
            tr("--period: \"%1\" is not a month (2026-10)").arg(parser.value(common.period)), 2);
    PortfolioReport::Options options;
    options.filter.toMonth = parser.value(common.period);
    options.filter.fromMonth = parser.value(from);
    options.top = topCount;
    options.all = parser.isSet(all);
    return writeReport<PortfolioReport>(parser, common, options);
}

int ReportCommands::review(const QStringList &arguments)
{
    return agreementReport<ReviewPack>(
        arguments, u"accordo-cli report review"_s,
        tr("The pack for a service review meeting as a PDF: the service report of the period, "
           "the improvement actions and their state, the open change requests and room for "
           "the decisions."),
        QCommandLineOption(u"number"_s, tr("The agreement number."), tr("NUMBER")),
        tr("--number is required"));
}

} // namespace Accordo::Cli
