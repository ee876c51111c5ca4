// Dashboard and report speed on a large workspace: the demo portfolio at scale 2 (136
// agreements), its measurements grown to N tickets (default 1,000,000), evaluated and turned
// into KPIs; the agreements of the second copy, which the demo leaves unmeasured, get copies of
// the first copy's KPI rows so that the portfolio has over 100 measured agreements. Then:
// DashboardData::load and a full DashboardView refresh (charts, tiles, grid), one service
// report per agreement, and the portfolio report. Exits 2 when a goal is missed (dashboard
// 300 ms, service report 1 s, portfolio 10 s). See bench/README.md.

#include "dashboard/dashboardview.h"
#include "data/workspace.h"
#include "demo/demodata.h"
#include "demo/demomeasurements.h"
#include "kpi/kpiengine.h"
#include "measurement/evaluator.h"
#include "report/portfolioreport.h"
#include "report/servicereport.h"
#include "reportdata/dashboarddata.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include "benchsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace Accordo;
using namespace Qt::StringLiterals;
using namespace Accordo::Bench;

namespace {

// The unmeasured agreements borrow the KPI rows of a measured target with the same metric and
// period, so that the portfolio report has every agreement to list.
bool copyKpis(QSqlDatabase db)
{
    QSqlQuery q(db);
    QStringList columns;
    q.exec(u"PRAGMA table_info(kpi_periods)"_s);
    while (q.next())
        columns.append(q.value(1).toString());
    QStringList picked;
    for (const QString &c : columns)
        picked.append(c == u"agreement_id"_s ? u"t.agreement_id"_s
                      : c == u"target_id"_s  ? u"t.id"_s
                                             : u"k."_s + c);
    const QString sql = uR"(INSERT INTO kpi_periods (%1) SELECT %2 FROM targets t
        JOIN kpi_periods k ON k.target_id = (SELECT MIN(k2.target_id) FROM kpi_periods k2
            JOIN targets t2 ON t2.id = k2.target_id
            WHERE t2.metric = t.metric AND t2.period = t.period)
        WHERE t.agreement_id NOT IN (SELECT DISTINCT agreement_id FROM kpi_periods))"_s.arg(
        columns.join(u", "_s), picked.join(u", "_s));
    if (!q.exec(sql)) {
        std::fprintf(stderr, "copy KPIs: %s\n", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 target = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.accordo"_s);
    {
        auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!database) {
            std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
            return 1;
        }
        QSqlDatabase db = (*database)->connection();
        QSqlQuery q(db);
        q.exec(u"PRAGMA cache_size = -262144"_s);
        Workspace workspace(**database);
        if (auto counts = DemoData::populate(workspace, 2); !counts) {
            std::fprintf(stderr, "%s\n", qPrintable(counts.errorString()));
            return 1;
        }
        const std::vector<TicketLine> lines = ticketLines(db);
        q.exec(u"SELECT count(*) FROM tickets"_s);
        q.next();
        const qint64 now = DemoMeasurements::now();
        std::mt19937_64 random(7);
        qint64 serial = -1;
        if (!insertTickets(db, lines, std::max<qint64>(0, target - q.value(0).toLongLong()),
                           now - 730 * 86400, now, now, LateTickets::ResolveAtNow, random, serial))
            return 1;
        QElapsedTimer timer;
        timer.start();
        if (auto r = Evaluator::evaluate(db, now); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errorString()));
            return 1;
        }
        KpiOptions options;
        options.asOf = now;
        if (auto r = KpiEngine::recompute(db, options); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errorString()));
            return 1;
        }
        if (!copyKpis(db))
            return 1;
        q.exec(u"SELECT (SELECT count(*) FROM tickets), (SELECT count(*) FROM kpi_periods), "
               "(SELECT count(DISTINCT agreement_id) FROM kpi_periods)"_s);
        q.next();
        std::printf("workspace: %lld tickets, %lld KPI rows, %lld measured agreements "
                    "(evaluate + KPIs %.1f s)\n",
                    q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    ms(timer) / 1000);
    }

    auto database = Database::open(path, Database::OpenMode::MustExist);
    if (!database)
        return 1;
    WorkspaceSession session(std::move(*database));
    QSqlDatabase db = session.database().connection();
    int failures = 0;

    QList<double> loads, refreshes;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto snapshot = DashboardData::load(db, {});
        loads.append(ms(timer));
        if (!snapshot)
            return 1;
    }
    DashboardView view;
    view.resize(1600, 1000);
    view.setSession(&session);
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        view.refresh();
        view.waitForLoaded();
        refreshes.append(ms(timer));
    }
    std::sort(loads.begin(), loads.end());
    std::sort(refreshes.begin(), refreshes.end());
    std::printf("DashboardData::load (tiles, trends, breakdowns, grid): median %.1f ms\n",
                loads[2]);
    std::printf("DashboardView::refresh (load, tiles, 7 charts, grid): median %.1f ms\n",
                refreshes[2]);
    failures += refreshes[2] >= 300;

    // The last full month of the demo (its "now" is 2026-10-31 18:00 UTC).
    const QString month = u"2026-10"_s;
    QList<QString> numbers;
    for (const AgreementStanding &a : view.snapshot().agreements)
        numbers.append(a.number);
    QList<double> services;
    for (const QString &number : numbers) {
        ServiceReport::Options options;
        options.number = number;
        options.period = month;
        QElapsedTimer timer;
        timer.start();
        auto pages = ServiceReport::writePdf(db, options, dir.filePath(u"service.pdf"_s));
        services.append(ms(timer));
        if (!pages) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(number), qPrintable(pages.errorString()));
            return 1;
        }
    }
    std::sort(services.begin(), services.end());
    std::printf("service report, %lld agreements of %s: median %.0f ms, slowest %.0f ms\n",
                qint64(services.size()), qPrintable(month), services[services.size() / 2],
                services.last());
    failures += services.last() >= 1000;

    PortfolioReport::Options options;
    options.filter.toMonth = month;
    QElapsedTimer timer;
    timer.start();
    auto pages = PortfolioReport::writePdf(db, options, dir.filePath(u"portfolio.pdf"_s));
    if (!pages)
        return 1;
    std::printf("portfolio report, %lld agreements, %d pages: %.0f ms\n", qint64(numbers.size()),
                *pages, ms(timer));
    failures += ms(timer) >= 10000;
    return failures ? 2 : 0;
}
