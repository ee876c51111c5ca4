// Portfolio scale: a provider with many agreements. Builds the demo portfolio at SCALE (68
// agreements per unit, default 1500 = 102,000 agreements) with `accordo-cli init --demo`, grows
// its measurements to TICKETS tickets (default 1,000,000) spread over every customer's services
// through `accordo-cli import`, then times each operation of the portfolio-scale goals (median
// of several runs): the up-to-date check, `kpi` and `credits` for one agreement and month, the
// whole portfolio as CSV, a change of one target, calendar or agreement and the recompute that
// follows, an import of new tickets and its recompute, a full recompute, the dashboard for a
// few filters, the Agreements tab, the portfolio report, and the import beside the sqlite3
// shell's `.import` of the same file.
// Usage: bench_portfolio [SCALE=1500] [TICKETS=1000000] [WORKSPACE]
// An existing WORKSPACE is reused as built by an earlier run. See bench/README.md.

#include "calendar/isotime.h"
#include "dashboard/dashboardview.h"
#include "demo/demomeasurements.h"
#include "kpi/kpiengine.h"
#include "mainwindow.h"
#include "models/agreementsmodel.h"
#include "reportdata/dashboarddata.h"
#include "session/resultsrefresher.h"
#include "session/workspacesession.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

QString cliPath()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {u"accordo-cli"_s, u"../bin/accordo-cli"_s}) {
        if (QFileInfo::exists(here.filePath(candidate)))
            return here.filePath(candidate);
    }
    return u"accordo-cli"_s;
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Runs accordo-cli (or another program) and returns its wall time, process start included.
double run(const QString &program, const QStringList &arguments, QByteArray *out = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed: %s\n", qPrintable(program),
                     qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        std::exit(1);
    }
    const double s = seconds(timer);
    if (out)
        *out = process.readAllStandardOutput();
    return s;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The median of `runs` timed runs of `work`, printed as one line of the table.
// The median of `runs` runs; a step that takes over 20 s is run once only (the table says how
// many runs each figure is the median of), so that a slow step does not hold up the rest.
double timed(const QByteArray &what, int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(seconds(timer));
        if (times.back() > 20.0)
            break;
    }
    const double m = median(times);
    std::printf("| %s | %.3f s | %zu |\n", what.constData(), m, times.size());
    std::fflush(stdout);
    return m;
}

qint64 count(QSqlDatabase db, const QString &sql);

// The target the changes of terms change: the first of SLA-2024-0017.
qint64 changedTarget(QSqlDatabase db)
{
    return count(db, u"SELECT min(id) FROM targets WHERE agreement_id = (SELECT id "
                     "FROM agreements WHERE number = 'SLA-2024-0017')"_s);
}

// That target's goal changed by one thousandth, back and forth.
QString goalChange(qint64 target)
{
    return u"UPDATE targets SET goal_milli = goal_milli + 1 - 2 * (goal_milli % 2) WHERE id = %1"_s
        .arg(target);
}

// The goal changed, then `upToDate`: a change of one agreement's results, as the window's
// background recompute leaves it.
void changeOneGoal(QSqlDatabase db, const std::function<void()> &upToDate)
{
    if (QSqlQuery change(db); !change.exec(goalChange(changedTarget(db)))) {
        std::fprintf(stderr, "the change failed\n");
        std::exit(1);
    }
    upToDate();
}

// The median of `runs` timings of `timedPart`, each after `before` (not timed).
void timedAfter(const QByteArray &what, int runs, const std::function<void()> &before,
                const std::function<void()> &timedPart)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        before();
        QElapsedTimer timer;
        timer.start();
        timedPart();
        times.push_back(seconds(timer));
    }
    std::printf("| %s | %.3f s | %zu |\n", what.constData(), median(times), times.size());
    std::fflush(stdout);
}

// The dashboard's data for a few filters: read from the workspace each time, then as the
// window's dashboard reads it, through a cache that a first load fills, also after a change;
// then the dashboard itself, filled, then refreshed with other filters and after a change.
bool timeDashboardData(QSqlDatabase db, const QString &path, const std::function<void()> &upToDate)
{
    const QList<std::pair<QByteArray, DashboardFilter>> filters = {
        {"no filter", {}},
        {"one region", {{}, {}, u"EMEA-S"_s, 0, {}, {}}},
        {"one service", {{}, {}, {}, 0, u"SERVICE-DESK"_s, {}}},
        {"customer SLAs", {{}, {}, {}, 0, {}, u"customer_sla"_s}},
    };
    // ACCORDO_BENCH_ONLY_DASHBOARD=cache: the cache's rows alone.
    if (qEnvironmentVariable("ACCORDO_BENCH_ONLY_DASHBOARD") != u"cache"_s) {
        for (const auto &[what, filter] : filters)
            timed("dashboard data, " + what, 5, [&] { (void)DashboardData::load(db, filter); });
    }
    DashboardCache cache;
    const auto load = [&](const DashboardFilter &filter) {
        auto reading = DashboardData::loadWithValue(
            db, filter, DashboardData::ValueMonths::LastMonth, QDate::currentDate(), {}, &cache);
        if (!reading) {
            std::fprintf(stderr, "%s\n", qPrintable(reading.errorString()));
            std::exit(1);
        }
    };
    timed("dashboard data and value, filling the cache (no filter)", 1,
          [&] { load(filters.constFirst().second); });
    if (!cache.holdsResults())
        std::printf("| the cache holds no results: they do not fit it | | |\n");
    for (const auto &[what, filter] : filters) {
        timed("dashboard data and value from the cache, " + what, 5, [&] {
            load(filter);
            if (!cache.lastLoadReused())
                std::printf("| the cache was not used | | |\n");
        });
    }
    timedAfter(
        "dashboard data and value after one target's goal changed and recomputed (no filter)", 3,
        [&] { changeOneGoal(db, upToDate); },
        [&] {
            load(filters.constFirst().second);
            if (!cache.lastLoadPatched())
                std::printf("| the cache was read whole again | | |\n");
        });
    {
        auto session = Database::open(path, Database::OpenMode::MustExist);
        if (!session)
            return false;
        WorkspaceSession workspace(std::move(*session));
        DashboardView view;
        view.resize(1600, 1000);
        view.setFilter({});
        timed("dashboard refresh, first: read, and the cache filled (load, tiles, charts, grid)", 1,
              [&] {
                  view.setSession(&workspace);
                  view.waitForLoaded(600000);
              });
        const QList<DashboardFilter> others = {
            {{}, {}, u"EMEA-S"_s, 0, {}, {}},
            {{}, {}, {}, 0, u"SERVICE-DESK"_s, {}},
            {{}, {}, {}, 0, {}, u"customer_sla"_s},
            {},
        };
        qsizetype next = 0;
        timed("dashboard refresh, another filter from the cache (tiles, charts, grid)", 8, [&] {
            view.setFilter(others.at(next++ % others.size()));
            view.waitForLoaded(600000);
        });
        timedAfter(
            "dashboard refresh after one target's goal changed and recomputed (tiles, charts, "
            "grid)",
            3, [&] { changeOneGoal(db, upToDate); },
            [&] {
                view.refresh();
                view.waitForLoaded(600000);
            });
    }
    return true;
}

struct Line
{
    QByteArray customer, service, region;
};

// Every customer's services, as the tickets of a real portfolio would name them.
std::vector<Line> ticketLines(QSqlDatabase db)
{
    std::vector<Line> lines;
    QSqlQuery q(db);
    q.exec(uR"(SELECT DISTINCT p.name, v.code, coalesce(r.code, '')
               FROM targets t JOIN agreements a ON a.id = t.agreement_id
               JOIN parties p ON p.id = a.party_id JOIN services v ON v.id = t.service_id
               LEFT JOIN regions r ON r.id = p.region_id ORDER BY 1, 2, 3)"_s);
    while (q.next())
        lines.push_back({q.value(0).toString().toUtf8(), q.value(1).toString().toUtf8(),
                         q.value(2).toString().toUtf8()});
    return lines;
}

// Canonical ticket CSV: `count` tickets opened in [from, to), resolved by `now` or still open.
bool writeTickets(const QString &path, const std::vector<Line> &lines, qint64 count, qint64 from,
                  qint64 to, qint64 now, const QByteArray &prefix, std::mt19937_64 &random)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray csv = "id,customer,service,region,priority,opened_at,first_response_at,"
                     "resolved_at,closed_at,status,satisfaction,pauses\n";
    char instant[21];
    const auto iso = [&](qint64 t) {
        IsoTime::formatUtc(t, instant);
        return QByteArrayView(instant, 20);
    };
    for (qint64 i = 0; i < count; ++i) {
        const Line &line = lines[random() % lines.size()];
        const qint64 opened = from + qint64(random() % quint64(to - from));
        const qint64 response = opened + 60 + qint64(random() % (4 * 3600));
        const qint64 resolved = response + 600 + qint64(random() % (2 * 86400));
        csv += prefix + QByteArray::number(i) + ',';
        csv += '"' + line.customer + "\"," + line.service + ',' + line.region + ",P"
               + QByteArray::number(1 + random() % 4) + ',';
        csv += iso(opened);
        csv += ',';
        if (response < now)
            csv += iso(response);
        csv += ',';
        if (resolved < now)
            csv += iso(resolved);
        csv += resolved < now ? ",,resolved," : ",,open,";
        if (i % 7 == 0)
            csv += QByteArray::number(1 + random() % 5);
        csv += ",\n";
        if (csv.size() > (8 << 20)) {
            file.write(csv);
            csv.clear();
        }
    }
    file.write(csv);
    return true;
}

qint64 count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The window on the workspace: how long until it answers, and what its results refresher says once
// the background recompute is done, or that the results were up to date. Screenshots with
// ACCORDO_SCREENSHOT_DIR.
int showWindow(const QString &path, const QString &user)
{
    const QString shots = qEnvironmentVariable("ACCORDO_SCREENSHOT_DIR");
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QElapsedTimer opening;
    opening.start();
    if (!window.openWorkspace(path, false, user))
        return 1;
    // "Results recomputed in 14.8 s: …", or "Results are up to date." when a command of the
    // last minutes brought them to "now" (the window then says nothing). The refresher reports
    // through the event loop, so nothing is missed by listening once the workspace is open.
    QString message;
    QObject::connect(window.resultsRefresher(), &ResultsRefresher::finished,
                     [&message](bool, const QString &summary) { message = summary; });
    QObject::connect(window.resultsRefresher(), &ResultsRefresher::failed,
                     [&message](const QString &error) { message = error; });
    QCoreApplication::processEvents();
    std::printf("| window: open the workspace, first screen painted | %.3f s | 1 |\n",
                seconds(opening));
    if (!shots.isEmpty())
        window.grab().save(shots + u"/portfolio-opened.png"_s);
    if (!QTest::qWaitFor([&] { return !message.isEmpty(); }, 600000))
        message = u"(no message within 10 minutes) "_s + message;
    std::printf("| window: the background recompute reports | %s | |\n", qPrintable(message));
    // The dashboard is filled when it is first shown, in the background: the page shows at
    // once with its progress bar, and the figures follow.
    QElapsedTimer dashboard;
    dashboard.start();
    window.showPage(MainWindow::DashboardPage);
    QCoreApplication::processEvents();
    std::printf(
        "| window: show the dashboard page (figures read in the background) | %.3f s | 1 |\n",
        seconds(dashboard));
    if (!shots.isEmpty())
        window.grab().save(shots + u"/portfolio-dashboard-reading.png"_s);
    window.dashboard()->waitForLoaded(600000);
    std::printf("| window: the dashboard's figures shown | %.3f s | 1 |\n", seconds(dashboard));
    if (!shots.isEmpty())
        window.grab().save(shots + u"/portfolio-dashboard.png"_s);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int scale = argc > 1 ? QByteArray(argv[1]).toInt() : 1500;
    const qint64 ticketTotal = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString path = argc > 3 ? QString::fromLocal8Bit(argv[3])
                                  : dir.filePath(u"portfolio.accordo"_s);
    const QString cli = cliPath();
    const qint64 now = DemoMeasurements::now();
    const QString asOf = IsoTime::formatUtc(now);
    const QString user = u"dave"_s; // an analyst of the demo
    std::mt19937_64 random(1500);

    // ACCORDO_BENCH_ONLY_IMPORT stops after the import beside sqlite3's `.import`;
    // ACCORDO_BENCH_KEEP_DIR=DIR keeps the workspace as init left it and the CSV there, to
    // time or profile the import again on copies.
    const bool onlyImport = qEnvironmentVariableIsSet("ACCORDO_BENCH_ONLY_IMPORT");
    const QString keep = qEnvironmentVariable("ACCORDO_BENCH_KEEP_DIR");
    std::printf("| operation | median | runs |\n| --- | ---: | ---: |\n");
    if (!QFileInfo::exists(path)) {
        const double init = run(
            cli, {u"init"_s, u"--db"_s, path, u"--demo"_s, u"--scale"_s, QString::number(scale)});
        std::printf("| `init --demo --scale %d` | %.1f s | 1 |\n", scale, init);
        if (!keep.isEmpty() && !QFile::copy(path, QDir(keep).filePath(u"initial.accordo"_s)))
            return 1;
        const QString csv = QDir(keep.isEmpty() ? dir.path() : keep).filePath(u"tickets.csv"_s);
        qint64 existing = 0;
        {
            // Closed before the import below: the connection goes with its last handle.
            auto database = Database::open(path, Database::OpenMode::MustExist);
            if (!database)
                return 1;
            QSqlDatabase db = (*database)->connection();
            existing = count(db, u"SELECT count(*) FROM tickets"_s);
            if (!writeTickets(csv, ticketLines(db), std::max<qint64>(0, ticketTotal - existing),
                              now - 730 * 86400, now, now, "BULK", random))
                return 1;
        }
        const double imported = run(
            cli, {u"import"_s, u"tickets"_s, u"--db"_s, path, u"--file"_s, csv, u"--user"_s, user});
        const double shell = run(
            u"sqlite3"_s, {dir.filePath(u"plain.db"_s), u".import --csv "_s + csv + u" plain"_s});
        std::printf("| import %lld tickets (accordo-cli) | %.2f s | 1 |\n", ticketTotal - existing,
                    imported);
        std::printf("| the same file, sqlite3 `.import` | %.2f s (ratio %.2f) | 1 |\n", shell,
                    imported / shell);
        if (onlyImport)
            return 0;
    }

    // ACCORDO_BENCH_ONLY_WINDOW opens the window alone (its screenshots, on a kept workspace).
    if (qEnvironmentVariableIsSet("ACCORDO_BENCH_ONLY_WINDOW"))
        return showWindow(path, user);
    auto database = Database::open(path, Database::OpenMode::MustExist);
    if (!database)
        return 1;
    QSqlDatabase db = (*database)->connection();
    std::printf("| workspace: %lld agreements, %lld targets, %lld tickets | | |\n",
                count(db, u"SELECT count(*) FROM agreements"_s),
                count(db, u"SELECT count(*) FROM targets"_s),
                count(db, u"SELECT count(*) FROM tickets"_s));
    KpiOptions options;
    options.asOf = now;
    const auto upToDate = [&] {
        if (auto r = KpiEngine::bringUpToDate(db, options); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errorString()));
            std::exit(1);
        }
    };
    const bool fromScratch = !KpiEngine::storedAsOf(db);
    // A reused workspace's results can be kept to time the rest alone.
    if (fromScratch || !qEnvironmentVariableIsSet("ACCORDO_BENCH_KEEP_RESULTS")) {
        timed("full recompute from scratch (evaluate + KPIs)", 1, [&] {
            if (!KpiEngine::recomputeEverything(db, options))
                std::exit(1);
        });
    }
    std::printf("| stored KPI rows: %lld (%s) | | |\n",
                count(db, u"SELECT count(*) FROM kpi_periods"_s),
                fromScratch ? "first computation" : "again");
    timed("up-to-date check, nothing changed (`isUpToDate`)", 5,
          [&] { KpiEngine::isUpToDate(db, now); });
    timed("bring up to date, nothing changed", 5, upToDate);

    // ACCORDO_BENCH_ONLY_CHANGES times the changes of terms alone (and ACCORDO_BENCH_RUNS how
    // many runs each): the rest takes an hour on a loaded machine.
    if (qEnvironmentVariableIsSet("ACCORDO_BENCH_ONLY_DASHBOARD")) {
        if (!timeDashboardData(db, path, upToDate))
            return 1;
        return 0;
    }
    const bool onlyChanges = qEnvironmentVariableIsSet("ACCORDO_BENCH_ONLY_CHANGES");
    // ACCORDO_BENCH_ONLY_READS times what reads the results alone: the commands, the dashboard,
    // the Agreements tab, the report and the window, without the changes and the imports.
    const bool onlyReads = qEnvironmentVariableIsSet("ACCORDO_BENCH_ONLY_READS");
    const int changeRuns = qEnvironmentVariableIsSet("ACCORDO_BENCH_RUNS")
                               ? std::max(1, qEnvironmentVariableIntValue("ACCORDO_BENCH_RUNS"))
                               : 3;
    const QString agreement = u"SLA-2024-0017"_s;
    const QStringList month = {u"--from"_s,  u"2026-10"_s, u"--to"_s,
                               u"2026-10"_s, u"--as-of"_s, asOf};
    if (!onlyChanges) {
        timed("`kpi --agreement SLA-2024-0017`, one month", 3, [&] {
            run(cli, QStringList{u"kpi"_s, u"--db"_s, path, u"--agreement"_s, agreement} + month);
        });
        timed("`credits --agreement SLA-2024-0017`, one month", 3, [&] {
            run(cli,
                QStringList{u"credits"_s, u"--db"_s, path, u"--agreement"_s, agreement} + month);
        });
        timed("`kpi --format csv`, whole portfolio", 3, [&] {
            run(cli, {u"kpi"_s, u"--db"_s, path, u"--format"_s, u"csv"_s, u"--as-of"_s, asOf});
        });
    }

    // One change of each kind, then the recompute the window runs in the background.
    const qint64 target = changedTarget(db);
    const qint64 calendar = count(db, u"SELECT max(id) FROM calendars"_s);
    const std::pair<const char *, QString> changes[] = {
        {"change one target's goal, then recompute", goalChange(target)},
        {"save one calendar unchanged (its row_version), then recompute",
         u"UPDATE calendars SET row_version = row_version + 1 WHERE id = %1"_s.arg(calendar)},
        {"change one agreement's title, then recompute",
         u"UPDATE agreements SET title = title || '.' WHERE number = 'SLA-2024-0017'"_s},
        // Changes that do move verdicts: a target's threshold, an agreement's end date (in force
        // until the end of 2199, or as signed), a calendar's Friday hours.
        {"change one target's threshold, then recompute",
         u"UPDATE targets SET threshold = threshold + 1 - 2 * (threshold % 2) WHERE id = %1"_s.arg(
             target)},
        {"change one agreement's end date, then recompute",
         uR"(UPDATE agreements SET end_date = CASE WHEN end_date = '2199-12-31'
                 THEN '2027-04-30' ELSE '2199-12-31' END WHERE number = 'SLA-2024-0017')"_s},
        {"change one calendar's working hours (Friday), then recompute",
         uR"(UPDATE calendars SET definition = CASE
                 WHEN definition LIKE '%"fri": ["09:00-18:00"]%'
                 THEN replace(definition, '"fri": ["09:00-18:00"]', '"fri": ["09:00-17:00"]')
                 ELSE replace(definition, '"fri": ["09:00-17:00"]', '"fri": ["09:00-18:00"]')
                 END WHERE id = %1)"_s.arg(calendar)},
    };
    // ACCORDO_BENCH_CHANGE times only the changes whose description holds its text.
    const QString onlyChange = qEnvironmentVariable("ACCORDO_BENCH_CHANGE");
    for (const auto &[what, sql] : changes) {
        if (onlyReads)
            break;
        if (!QString::fromUtf8(what).contains(onlyChange))
            continue;
        timed(what, changeRuns, [&] {
            if (QSqlQuery change(db); !change.exec(sql)) {
                std::fprintf(stderr, "%s failed\n", what);
                std::exit(1);
            }
            upToDate();
        });
    }
    // The window's as-of is "now": a change made a few minutes after the last recompute,
    // brought up to date at that minute, then as the window does (the stored as-of kept while
    // it is current). The stored as-of is put back after each.
    const std::pair<const char *, bool> later[] = {
        {"change one target's goal 4 minutes on, then recompute to that minute", false},
        {"change one target's goal 4 minutes on, then recompute as the window does", true},
    };
    for (const auto &[what, asWindow] : later) {
        if (onlyReads || !QString::fromUtf8(what).contains(onlyChange))
            continue;
        std::vector<double> times;
        for (int run = 0; run < changeRuns; ++run) {
            if (QSqlQuery change(db); !change.exec(changes[0].second))
                std::exit(1);
            QElapsedTimer timer;
            timer.start();
            KpiOptions moved = options;
            moved.asOf = now + 4 * 60;
            const auto done = asWindow ? ResultsRefresher::bringUpToDate(db, moved.asOf)
                                       : std::optional(KpiEngine::bringUpToDate(db, moved));
            times.push_back(seconds(timer));
            if (done && !*done) {
                std::fprintf(stderr, "%s\n", qPrintable(done->errorString()));
                std::exit(1);
            }
            upToDate(); // back to the bench's as-of, untimed
        }
        std::printf("| %s | %.3f s | %zu |\n", what, median(times), times.size());
        std::fflush(stdout);
    }
    // New tickets in the last three weeks, imported as a user would (a change too: with
    // ACCORDO_BENCH_ONLY_CHANGES, the last one timed).
    std::vector<Line> lines = ticketLines(db);
    int batch = 0;
    // Numbers no earlier run used, so that a kept workspace takes them as new tickets too.
    const QByteArray runStamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const char *newTickets = "import 10,000 new tickets (accordo-cli), then recompute";
    if (!onlyReads && QString::fromUtf8(newTickets).contains(onlyChange))
        timed(newTickets, 3, [&] {
            const QString csv = dir.filePath(u"new.csv"_s);
            writeTickets(csv, lines, 10000, now - 21 * 86400, now, now,
                         "NEW" + QByteArray::number(scale) + '-' + runStamp + '-'
                             + QByteArray::number(++batch) + '-',
                         random);
            run(cli,
                {u"import"_s, u"tickets"_s, u"--db"_s, path, u"--file"_s, csv, u"--user"_s, user});
            upToDate();
        });
    if (onlyChanges)
        return 0;

    if (!timeDashboardData(db, path, upToDate))
        return 1;
    AgreementsModel model(db);
    timed("Agreements tab: open", 5, [&] { model.refresh(); });
    timed("Agreements tab: sort by counterparty", 5,
          [&] { model.sort(AgreementsModel::Counterparty, Qt::DescendingOrder); });
    timed("Agreements tab: sort by title", 5,
          [&] { model.sort(AgreementsModel::Title, Qt::AscendingOrder); });
    timed("Agreements tab: search", 5, [&] {
        model.setSearchText(u"network 0042"_s);
        model.setSearchText(QString());
    });

    const QString pdf = dir.filePath(u"portfolio.pdf"_s);
    timed("`report portfolio --period 2026-10`", 3, [&] {
        run(cli, {u"report"_s, u"portfolio"_s, u"--db"_s, path, u"--period"_s, u"2026-10"_s,
                  u"--out"_s, pdf});
    });
    QByteArray info;
    run(u"pdfinfo"_s, {pdf}, &info);
    for (const QByteArray &line : info.split('\n')) {
        if (line.startsWith("Pages:"))
            std::printf("| portfolio report: %s | | |\n", line.simplified().constData());
    }
    db = QSqlDatabase(); // the connection goes with its last handle
    database->reset();
    std::printf("| workspace file: %.1f MB | | |\n", double(QFileInfo(path).size()) / 1e6);

    return showWindow(path, user);
}
