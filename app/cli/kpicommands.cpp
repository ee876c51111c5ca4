#include "kpicommands.h"

#include "calendar/isotime.h"
#include "clicommands.h"
#include "cliio.h"
#include "io/tablewriter.h"
#include "kpi/kpiengine.h"
#include "kpi/kpireads.h"
#include "kpi/portfoliochecks.h"
#include "kpi/resultsscope.h"
#include "openworkspace.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <future>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

namespace {

QCommandLineOption asOfOption()
{
    return {u"as-of"_s,
            KpiCommands::tr("What \"now\" is, as an ISO 8601 date or instant "
                            "(default: now). Results as of another instant are "
                            "computed for this command only: the stored ones "
                            "keep answering for now."),
            KpiCommands::tr("ISO")};
}

Result<qint64> parseAnyAsOf(const QString &text)
{
    if (text.isEmpty())
        return QDateTime::currentSecsSinceEpoch();
    // A bare date means the end of that day.
    if (QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}$"_s).match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return Error{KpiCommands::tr("--as-of: \"%1\" is not a date").arg(text)};
        auto end = IsoTime::requireSupported((date.toJulianDay() - 2440588 + 1) * 86400 - 1,
                                             u"--as-of \"%1\""_s.arg(text));
        if (!end)
            return end.error();
        return *end;
    }
    auto instant = IsoTime::parse(text, QTimeZone::utc());
    if (!instant)
        return Error{KpiCommands::tr("--as-of: %1").arg(instant.errorString())};
    return *instant;
}

// An as-of outside the supported years is refused before anything is opened: no result is
// computed for it, and none stored is touched.
Result<qint64> parseAsOf(const QString &text)
{
    auto instant = parseAnyAsOf(text);
    if (!instant)
        return instant;
    return IsoTime::requireSupported(*instant, u"--as-of \"%1\""_s.arg(text));
}

// What kpi and credits select: an agreement, a range of months, and what "now" is.
struct Selection
{
    QCommandLineOption agreement{u"agreement"_s, KpiCommands::tr("Only this agreement number."),
                                 KpiCommands::tr("NUMBER")};
    QCommandLineOption from{u"from"_s, KpiCommands::tr("First month, YYYY-MM."),
                            KpiCommands::tr("YYYY-MM")};
    QCommandLineOption to{u"to"_s, KpiCommands::tr("Last month, YYYY-MM."),
                          KpiCommands::tr("YYYY-MM")};
    QCommandLineOption asOf = asOfOption();

    QList<QCommandLineOption> options() const { return {agreement, from, to, asOf}; }

    // The filter and "now" given, or the usage error naming the option at fault.
    Result<std::pair<KpiFilter, KpiOptions>> read(const QCommandLineParser &parser) const
    {
        const QRegularExpression monthPattern(u"^\\d{4}-(0[1-9]|1[0-2])$"_s);
        KpiFilter filter;
        filter.agreementNumber = parser.value(agreement);
        for (const auto &[option, target] :
             {std::pair{&from, &filter.fromMonth}, std::pair{&to, &filter.toMonth}}) {
            const QString text = parser.value(*option);
            if (!text.isEmpty() && !monthPattern.match(text).hasMatch())
                return Error{KpiCommands::tr("--%1: \"%2\" is not a month (YYYY-MM)")
                                 .arg(option->names().first(), text)};
            *target = text;
        }
        auto instant = parseAsOf(parser.value(asOf));
        if (!instant)
            return instant.error();
        KpiOptions kpiOptions;
        kpiOptions.asOf = *instant;
        return std::pair{filter, kpiOptions};
    }
};

QDate dayOf(qint64 instant)
{
    return QDate::fromJulianDay(IsoTime::floorDiv(instant, 86400) + 2440588);
}

QString percent(const std::optional<qint64> &milli)
{
    if (!milli)
        return {};
    const qint64 m = *milli;
    return u"%1.%2"_s.arg(m / 1000).arg(m % 1000, 3, 10, QChar(u'0'));
}

QString hundredths(qint64 value)
{
    return u"%1.%2"_s.arg(value / 100).arg(value % 100, 2, 10, QChar(u'0'));
}

QString number(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

void appendNumber(QByteArray &line, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    line.append(digits, end - digits);
}

// "12.345" for 12345 thousandths, as percent() writes it.
void appendPercent(QByteArray &line, const std::optional<qint64> &milli)
{
    if (!milli)
        return;
    if (*milli < 0) {
        line += percent(milli).toLatin1();
        return;
    }
    appendNumber(line, *milli / 1000);
    const qint64 rest = *milli % 1000;
    const char decimals[] = {'.', char('0' + rest / 100), char('0' + rest / 10 % 10),
                             char('0' + rest % 10)};
    line.append(decimals, sizeof decimals);
}

// "-12.05" for -1205 hundredths, as Money::toPlainString() writes it.
void appendMoney(QByteArray &line, qint64 minor)
{
    if (minor < 0)
        line += '-';
    const qint64 absolute = minor < 0 ? -minor : minor;
    appendNumber(line, absolute / 100);
    const char decimals[] = {'.', char('0' + absolute % 100 / 10), char('0' + absolute % 10)};
    line.append(decimals, sizeof decimals);
}

// A field as UTF-8, quoted as TableWriter::csvField() quotes it. Most fields are short ASCII
// codes and names, copied a byte per character without a conversion or a copy of the string.
void appendText(QByteArray &line, const QString &text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x80 && c != u',' && c != u'"' && c != u'\n' && c != u'\r';
    });
    if (!ascii) {
        line += TableWriter::csvField(text).toUtf8();
        return;
    }
    const qsizetype at = line.size();
    line.resize(at + text.size());
    std::transform(text.cbegin(), text.cend(), line.data() + at,
                   [](QChar c) { return char(c.unicode()); });
}

// One KPI row as a CSV line, field by field as fields() and TableWriter::appendCsvLine() give
// it, without a list of strings for each of the portfolio's millions of rows.
void appendCsvRow(QByteArray &text, const KpiRow &r)
{
    appendText(text, r.number);
    text += ',';
    appendText(text, r.target);
    text += ',';
    appendText(text, r.period);
    for (const qint64 count : {r.tickets, r.met, r.breached, r.pending}) {
        text += ',';
        appendNumber(text, count);
    }
    text += ',';
    appendPercent(text, r.achievedMilli);
    text += ',';
    appendPercent(text, r.goalMilli);
    text += ',';
    appendText(text, r.status);
    text += ',';
    if (r.errorBudget)
        appendNumber(text, *r.errorBudget);
    text += ',';
    appendMoney(text, r.credit.minorUnits());
    text += ',';
    appendText(text, r.credit.currency());
    text += '\n';
}

// Writes KPI rows as CSV lines in a second thread while the caller reads the next ones: on two
// cores the reading and the formatting overlap. Rows go out in the order they were added.
class CsvRowWriter
{
public:
    CsvRowWriter() { mBatch.reserve(BatchRows); }
    ~CsvRowWriter() { finish(); }
    CsvRowWriter(const CsvRowWriter &) = delete;
    CsvRowWriter &operator=(const CsvRowWriter &) = delete;

    void add(KpiRow &&row)
    {
        mBatch.push_back(std::move(row));
        if (mBatch.size() == BatchRows)
            hand();
    }
    // Writes what is left and waits for the writer.
    void finish()
    {
        hand();
        if (mWriting.valid())
            mWriting.get();
        std::fflush(stdout);
    }

private:
    static constexpr std::size_t BatchRows = 8192;

    void hand()
    {
        if (mWriting.valid())
            mWriting.get(); // one batch in writing at a time, so that the order holds
        if (mBatch.empty())
            return;
        mWriting = std::async(std::launch::async, [batch = std::move(mBatch)]() mutable {
            // Freed here, in the writer's thread, not when the reader takes the future.
            const std::vector<KpiRow> rows = std::move(batch);
            QByteArray text;
            text.reserve(qsizetype(rows.size()) * 96);
            for (const KpiRow &r : rows)
                appendCsvRow(text, r);
            std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        });
        mBatch = {};
        mBatch.reserve(BatchRows);
    }

    std::vector<KpiRow> mBatch;
    std::future<void> mWriting;
};

// The workspace with its results brought to the as-of: the stored ones for "now", or, for
// an --as-of given on the command line, results computed aside that vanish when the command
// ends, so that a look at another instant never changes what others read (ResultsScope).
struct FreshDatabase
{
    std::unique_ptr<Database> database;
    std::unique_ptr<ResultsScope> results; // goes before the connection it uses

    Database *operator->() const { return database.get(); }
};

// `agreementNumber`, for an aside look: only that agreement's results are brought to the
// as-of, and only they may be read.
Result<FreshDatabase> openFresh(const QString &path, const KpiOptions &options, bool aside,
                                const QString &agreementNumber = {})
{
    auto database = openForResults(path);
    if (!database)
        return database.error();
    FreshDatabase fresh;
    fresh.database = std::move(*database);
    auto results = ResultsScope::open(fresh.database->connection(), options,
                                      aside ? ResultsScope::Mode::Aside : ResultsScope::Mode::Keep,
                                      agreementNumber);
    if (!results)
        return results.error();
    fresh.results = std::move(*results);
    return fresh;
}

// The table of `findings`, or their error: `headers`, and one row for each as `row` writes it.
template<typename Findings, typename Row>
Result<TextTable> findingsTable(const Findings &findings, QStringList headers, Row row)
{
    if (!findings)
        return findings.error();
    TextTable table;
    table.headers = std::move(headers);
    for (const auto &f : std::as_const(*findings))
        table.rows.append(row(f));
    return table;
}

// check watermelon, metrics or actions (`what`), read from results brought to the check's
// instant: agreements all green while their customer is unhappy, the custom metric targets
// nothing measures, and the breaches read from the KPIs.
Result<TextTable> freshFindings(const QString &path, const KpiOptions &options, bool aside,
                                const QString &what, const QDate &today, int csat)
{
    auto database = openFresh(path, options, aside);
    if (!database)
        return database.error();
    QSqlDatabase connection = (*database)->connection();
    if (what == u"watermelon"_s) {
        const auto reason = [csat](const WatermelonFlag &f) {
            return f.reason == u"low"_s ? KpiCommands::tr("CSAT below %1 %").arg(csat)
                                        : KpiCommands::tr("CSAT down more than 10 points");
        };
        return findingsTable(KpiEngine::watermelons(connection),
                             {u"number"_s, u"customer"_s, u"period"_s, u"csat_pct"_s,
                              u"previous_csat_pct"_s, u"reason"_s},
                             [&](const WatermelonFlag &f) -> QStringList {
                                 return {f.number,
                                         f.customer,
                                         f.period,
                                         percent(f.csatMilli),
                                         percent(f.previousCsatMilli),
                                         reason(f)};
                             });
    }
    if (what == u"metrics"_s)
        return findingsTable(
            PortfolioChecks::metrics(connection, today),
            {u"finding"_s, u"number"_s, u"target"_s, u"metric"_s, u"from"_s, u"to"_s, u"problem"_s},
            [](const MetricFinding &f) -> QStringList {
                return {f.kind,        f.number,     f.target, f.metric,
                        f.firstPeriod, f.lastPeriod, f.text()};
            });
    const auto actionId = [](const ActionFinding &f) {
        return f.actionId ? QString::number(f.actionId) : QString();
    };
    return findingsTable(
        PortfolioChecks::actions(connection, today),
        {u"finding"_s, u"number"_s, u"subject"_s, u"period"_s, u"owner"_s, u"due"_s, u"action"_s},
        [&](const ActionFinding &f) -> QStringList {
            return {f.kind,     f.number, f.subject, f.period, f.owner, f.due.toString(Qt::ISODate),
                    actionId(f)};
        });
}

// check consistency: OLAs and UCs looser than what they support, targets on undefined
// metrics, and tiers that owe a credit while the target is met (inconsistent terms too).
Result<TextTable> consistencyFindings(QSqlDatabase connection)
{
    auto violations = PortfolioChecks::consistency(connection);
    if (!violations)
        return violations.error();
    auto undefined = PortfolioChecks::undefinedMetrics(connection);
    if (!undefined)
        return undefined.error();
    violations->append(*undefined);
    auto tiers = PortfolioChecks::creditTiers(connection);
    if (!tiers)
        return tiers.error();
    violations->append(*tiers);
    return findingsTable(
        violations,
        {u"supporting"_s, u"supporting_title"_s, u"supported"_s, u"supported_title"_s, u"service"_s,
         u"metric"_s, u"priority"_s, u"aspect"_s, u"supporting_value"_s, u"supported_value"_s},
        [](const ConsistencyViolation &v) -> QStringList {
            return {v.supportingNumber, v.supportingTitle, v.supportedNumber, v.supportedTitle,
                    v.service,          v.metric,          v.priority,        v.aspect,
                    v.supportingValue,  v.supportedValue};
        });
}

// check consistency, coverage or reviews: read from the stored terms and tickets, no results
// needed.
Result<TextTable> storedFindings(const QString &path, const QString &what, const QDate &today,
                                 int dayCount)
{
    auto database = Database::open(path, Database::OpenMode::MustExist);
    if (!database)
        return database.error();
    QSqlDatabase connection = (*database)->connection();
    if (what == u"consistency"_s)
        return consistencyFindings(connection);
    if (what == u"coverage"_s)
        return findingsTable(PortfolioChecks::coverage(connection, today, dayCount),
                             {u"customer"_s, u"service"_s, u"tickets"_s, u"delivered"_s},
                             [](const CoverageGap &g) -> QStringList {
                                 return {g.customer, g.service, QString::number(g.tickets),
                                         g.delivered ? KpiCommands::tr("yes")
                                                     : KpiCommands::tr("no")};
                             });
    return findingsTable(PortfolioChecks::reviews(connection, today),
                         {u"number"_s, u"title"_s, u"kind"_s, u"due"_s, u"notice_deadline"_s},
                         [](const DueAgreement &d) -> QStringList {
                             return {d.number, d.title, d.kind, d.due.toString(Qt::ISODate),
                                     d.noticeDeadline.toString(Qt::ISODate)};
                         });
}

// kpi's and credits' words read (--db, --format and the selection) and the workspace opened
// with its results up to date; nothing, with exitCode set, when the command ends there.
struct SelectedResults
{
    FreshDatabase database;
    KpiFilter filter;
    QString format;
};

std::optional<SelectedResults> openSelected(QCommandLineParser &parser, const QString &command,
                                            const QStringList &arguments, int &exitCode)
{
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption format = Commands::formatOption();
    const Selection selection;
    parser.addOptions(QList<QCommandLineOption>{db, format} + selection.options());
    if (!parseWithDb(parser, db, command, arguments.mid(1), exitCode))
        return std::nullopt;
    auto selected = selection.read(parser);
    if (!selected) {
        exitCode = fail(command, selected.errorString(), UsageError);
        return std::nullopt;
    }
    const auto &[filter, options] = *selected;
    // A look at one agreement, for "now" as for another instant, brings only its results to
    // the as-of, aside: its cost follows that agreement's tickets, not the portfolio's.
    const bool aside = parser.isSet(selection.asOf) || !filter.agreementNumber.isEmpty();
    auto database = openFresh(parser.value(db), options, aside, filter.agreementNumber);
    if (!database) {
        exitCode = fail(command, database.errorString());
        return std::nullopt;
    }
    return SelectedResults{std::move(*database), filter, parser.value(format)};
}

int print(const QString &command, const QCommandLineParser &parser,
          const QCommandLineOption &format, const TextTable &table)
{
    return printTable(command, parser.value(format), table);
}

} // namespace

int KpiCommands::kpi(const QStringList &arguments)
{
    const QString command = u"kpi"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Service level KPIs: one row per agreement, target and period (the target's month "
           "or quarter), brought up to date first. Compliance is met / (met + breached); for "
           "availability targets it is the availability and the goal the agreed level; for "
           "satisfaction targets the average score and the threshold (1 to 5); for custom "
           "metrics the period's value and the threshold in the metric's unit (a rate in "
           "percent; tickets counts the observations, met and breached those at or beyond the "
           "threshold and the others; for a rate, the attempts, successes and failures). "
           "error_budget counts breaches the period can still absorb (seconds of "
           "downtime for availability)."));
    int exitCode = Success;
    auto selected = openSelected(parser, command, arguments, exitCode);
    if (!selected)
        return exitCode;
    const KpiFilter &filter = selected->filter;
    QSqlDatabase db = selected->database->connection();
    const QStringList headers = {
        u"number"_s,       u"target"_s,  u"period"_s,         u"tickets"_s,  u"met"_s,
        u"breached"_s,     u"pending"_s, u"compliance_pct"_s, u"goal_pct"_s, u"status"_s,
        u"error_budget"_s, u"credit"_s,  u"currency"_s};
    // Every metric fills the same columns, with the figures the reports show.
    const auto fields = [](const KpiRow &r) {
        return QStringList{r.number,
                           r.target,
                           r.period,
                           QString::number(r.tickets),
                           QString::number(r.met),
                           QString::number(r.breached),
                           QString::number(r.pending),
                           percent(r.achievedMilli),
                           percent(r.goalMilli),
                           r.status,
                           number(r.errorBudget),
                           r.credit.toPlainString(),
                           r.credit.currency()};
    };
    // The whole portfolio as CSV is written row by row as the rows are read: its millions of
    // rows are never held in memory at once.
    if (filter.agreementNumber.isEmpty()
        && TableWriter::parseFormat(selected->format) == TableWriter::Format::Csv) {
        QString header;
        TableWriter::appendCsvLine(header, headers);
        out() << header;
        out().flush(); // the rows are written to stdout as UTF-8 bytes, after the header
        CsvRowWriter writer;
        auto streamed = KpiReads::forEachRow(db, filter,
                                             [&writer](KpiRow &&r) { writer.add(std::move(r)); });
        writer.finish();
        if (!streamed)
            return fail(command, streamed.errorString());
        return Success;
    }
    auto rows = KpiEngine::rows(db, filter);
    if (!rows)
        return fail(command, rows.errorString());
    if (!filter.agreementNumber.isEmpty() && rows->isEmpty()) {
        auto any = KpiEngine::rows(db, {filter.agreementNumber, {}, {}});
        if (any && any->isEmpty())
            return fail(command, tr("no KPIs for agreement \"%1\": it does not exist or was "
                                    "never in force")
                                     .arg(filter.agreementNumber));
    }
    TextTable table;
    table.headers = headers;
    for (const KpiRow &r : *rows)
        table.rows.append(fields(r));
    return printTable(command, selected->format, table);
}

int KpiCommands::credits(const QStringList &arguments)
{
    const QString command = u"credits"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Service credit statements: per agreement and closed period, each credit earned "
           "under a target's credit rule and the total, in exact money."));
    int exitCode = Success;
    auto selected = openSelected(parser, command, arguments, exitCode);
    if (!selected)
        return exitCode;
    const KpiFilter &filter = selected->filter;
    auto statements = KpiEngine::statements(selected->database->connection(), filter);
    if (!statements)
        return fail(command, statements.errorString());
    TextTable table;
    table.headers = {u"number"_s,     u"period"_s, u"target"_s,  u"achieved_pct"_s,
                     u"credit_pct"_s, u"credit"_s, u"currency"_s};
    for (const CreditStatement &s : *statements) {
        for (const KpiRow &r : s.credits)
            table.rows.append({s.number, s.period, r.target, percent(r.achievedMilli),
                               hundredths(r.creditHundredths), r.credit.toPlainString(),
                               r.credit.currency()});
        table.rows.append({s.number, s.period, tr("total"), QString(), QString(),
                           s.total.toPlainString(), s.total.currency()});
    }
    return printTable(command, selected->format, table);
}

int KpiCommands::forecast(const QStringList &arguments)
{
    const QString command = u"forecast"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Ticket volume per service, region and month (UTC), with a forecast of the next "
           "three months for capacity planning; the method column says how each was made."));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption format = Commands::formatOption();
    const QCommandLineOption asOf = asOfOption();
    const QCommandLineOption onlyForecast(u"forecast-only"_s, tr("Only the forecast months."));
    parser.addOptions({db, format, asOf, onlyForecast});
    int exitCode = Success;
    if (!parseWithDb(parser, db, command, arguments.mid(1), exitCode))
        return exitCode;
    auto instant = parseAsOf(parser.value(asOf));
    if (!instant)
        return fail(command, instant.errorString(), UsageError);
    KpiOptions options;
    options.asOf = *instant;
    auto database = openFresh(parser.value(db), options, parser.isSet(asOf));
    if (!database)
        return fail(command, database.errorString());
    auto volumes = KpiEngine::volumes((*database)->connection());
    if (!volumes)
        return fail(command, volumes.errorString());
    TextTable table;
    table.headers = {u"service"_s, u"region"_s, u"period"_s, u"tickets"_s, u"kind"_s, u"method"_s};
    for (const VolumeRow &v : *volumes) {
        if (parser.isSet(onlyForecast) && !v.forecast)
            continue;
        table.rows.append({v.service, v.region, v.period, QString::number(v.tickets),
                           v.forecast ? u"forecast"_s : u"actual"_s, v.method});
    }
    return print(command, parser, format, table);
}

int KpiCommands::check(const QStringList &arguments)
{
    const QString command = u"check"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Portfolio checks; the exit code is 3 when problems are found.\n"
           "  consistency  OLAs and underpinning contracts looser than the SLAs they support, "
           "and credit tiers owed while a target is met\n"
           "  coverage     customers and services with tickets or deliveries but no signed "
           "customer SLA in force\n"
           "  reviews      reviews overdue, renewals within the notice period\n"
           "  watermelon   agreements all green while their customer is unhappy\n"
           "  actions      improvement actions overdue, breached targets no action follows\n"
           "  metrics      targets on a custom metric without a definition, or without "
           "observations for periods that have ended"));
    parser.addPositionalArgument(
        u"what"_s, tr("consistency, coverage, reviews, watermelon, actions or metrics"));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption format = Commands::formatOption();
    const QCommandLineOption asOf = asOfOption();
    const QCommandLineOption days(u"days"_s,
                                  tr("coverage: tickets of the last N days count "
                                     "(default 90)."),
                                  tr("N"), u"90"_s);
    const QCommandLineOption threshold(u"csat-threshold"_s,
                                       tr("watermelon: CSAT below this percentage is poor "
                                          "(default 70)."),
                                       tr("PCT"), u"70"_s);
    parser.addOptions({db, format, asOf, days, threshold});
    int exitCode = Success;
    if (!parse(parser, u"accordo-cli check"_s, arguments.mid(1), exitCode))
        return exitCode;
    const QStringList what = parser.positionalArguments();
    static const QStringList checks = {u"consistency"_s, u"coverage"_s, u"reviews"_s,
                                       u"watermelon"_s,  u"actions"_s,  u"metrics"_s};
    if (what.size() == 1 && !checks.contains(what.first()))
        return fail(command,
                    tr("\"%1\" is not a check: use consistency, coverage, reviews, "
                       "watermelon, actions or metrics")
                        .arg(what.first()),
                    UsageError);
    if (what.size() != 1)
        return fail(command,
                    tr("say what to check: consistency, coverage, reviews, watermelon, "
                       "actions or metrics"),
                    UsageError);
    if (!parser.isSet(db))
        return dbMissing(command);
    auto instant = parseAsOf(parser.value(asOf));
    if (!instant)
        return fail(command, instant.errorString(), UsageError);
    bool ok = false;
    const int dayCount = parser.value(days).toInt(&ok);
    if (!ok || dayCount < 1)
        return fail(command, tr("--days: \"%1\" is not a positive number").arg(parser.value(days)),
                    UsageError);
    const int csat = parser.value(threshold).toInt(&ok);
    if (!ok || csat < 0 || csat > 100)
        return fail(command,
                    tr("--csat-threshold: \"%1\" is not a percentage from 0 to 100")
                        .arg(parser.value(threshold)),
                    UsageError);

    KpiOptions options;
    options.asOf = *instant;
    options.watermelonCsatMilli = qint64(csat) * 1000;
    const QDate today = dayOf(*instant);
    const QString path = parser.value(db);
    const bool aside = parser.isSet(asOf);
    const bool fresh = what.first() == u"watermelon"_s || what.first() == u"metrics"_s
                       || what.first() == u"actions"_s;
    Result<TextTable> found = fresh ? freshFindings(path, options, aside, what.first(), today, csat)
                                    : storedFindings(path, what.first(), today, dayCount);
    if (!found)
        return fail(command, found.errorString());
    const TextTable &table = *found;
    if (int code = print(command, parser, format, table); code != Success)
        return code;
    if (!table.rows.isEmpty()) {
        err() << tr("%n problem(s) found.", nullptr, int(table.rows.size())) << Qt::endl;
        return ProblemsFound;
    }
    return Success;
}

} // namespace Accordo::Cli
