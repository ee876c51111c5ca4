// KPI recompute on a large workspace: the demo portfolio with its two years of measurements,
// grown to N tickets (default 1,000,000) over the same customers, services and regions; then
// Evaluator::evaluate(), a full KpiEngine::recompute() and, after 10,000 new tickets in the
// last month, the incremental KpiEngine::refresh(). Exits 2 if the full recompute takes 5 s
// or more, 3 if the refresh disagrees with a full recompute. See bench/README.md.

#include "data/workspace.h"
#include "demo/demodata.h"
#include "demo/demomeasurements.h"
#include "kpi/kpiengine.h"
#include "measurement/evaluator.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <random>
#include <thread>
#include <vector>

using namespace Accordo;
using namespace Qt::StringLiterals;
using namespace Accordo::Bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 target = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(u"bench.accordo"_s),
                                   Database::OpenMode::CreateIfMissing);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    QSqlDatabase db = (*database)->connection();
    QSqlQuery pragma(db);
    pragma.exec(u"PRAGMA cache_size = -262144"_s); // as the importer does for large imports
    QElapsedTimer timer;
    timer.start();
    Workspace workspace(**database);
    if (auto counts = DemoData::populate(workspace); !counts) {
        std::fprintf(stderr, "%s\n", qPrintable(counts.errorString()));
        return 1;
    }
    std::printf("demo workspace with measurements: %.2f s\n", seconds(timer));

    const std::vector<TicketLine> lines = ticketLines(db);
    QSqlQuery q(db);
    q.exec(u"SELECT count(*) FROM tickets"_s);
    q.next();
    const qint64 existing = q.value(0).toLongLong();
    const qint64 now = DemoMeasurements::now();
    const qint64 from = now - 730 * 86400;
    std::mt19937_64 random(6);
    qint64 serial = 0;

    // Half with the trigger that records changed months, half without: what it costs imports.
    const qint64 missing = std::max<qint64>(0, target - existing);
    timer.restart();
    if (!insertTickets(db, lines, missing / 2, from, now, now, LateTickets::StayOpen, random,
                       serial))
        return 1;
    const double withTrigger = seconds(timer);
    q.exec(u"SELECT sql FROM sqlite_master WHERE name = 'tickets_insert_kpi'"_s);
    q.next();
    const QString triggerSql = q.value(0).toString();
    q.exec(u"DROP TRIGGER tickets_insert_kpi"_s);
    timer.restart();
    if (!insertTickets(db, lines, missing - missing / 2, from, now, now, LateTickets::StayOpen,
                       random, serial))
        return 1;
    const double withoutTrigger = seconds(timer);
    q.exec(triggerSql);
    std::printf("insert %lld tickets with the changed-month trigger: %.2f s (%.0f rows/s)\n",
                missing / 2, withTrigger, double(missing / 2) / withTrigger);
    std::printf("insert %lld tickets without it:                  %.2f s (%.0f rows/s)\n",
                missing - missing / 2, withoutTrigger,
                double(missing - missing / 2) / withoutTrigger);

    timer.restart();
    auto evaluated = Evaluator::evaluate(db, now);
    if (!evaluated) {
        std::fprintf(stderr, "%s\n", qPrintable(evaluated.errorString()));
        return 1;
    }
    std::printf("evaluate %lld tickets, %lld verdicts: %.2f s\n", evaluated->tickets,
                evaluated->results, seconds(timer));

    KpiOptions options;
    options.asOf = now;
    double best = 1e9;
    KpiSummary full;
    for (int round = 0; round < 3; ++round) {
        timer.restart();
        auto summary = KpiEngine::recompute(db, options);
        if (!summary) {
            std::fprintf(stderr, "%s\n", qPrintable(summary.errorString()));
            return 1;
        }
        const double s = seconds(timer);
        best = std::min(best, s);
        full = *summary;
        std::printf("full KPI recompute, round %d: %.2f s (%lld verdicts read, %lld periods, "
                    "%lld volume rows, %lld watermelons)\n",
                    round + 1, s, summary->resultsRead, summary->periods, summary->volumeRows,
                    summary->watermelons);
    }

    // New tickets in the last month only: the refresh touches the periods around it.
    if (!insertTickets(db, lines, 10000, now - 20 * 86400, now, now, LateTickets::StayOpen, random,
                       serial))
        return 1;
    // Meanwhile another connection saves a small change every 20 ms, as the window does when
    // someone edits while the results are recomputed: how long does a save wait?
    std::atomic<bool> evaluating = true;
    std::atomic<qint64> longestWaitUs = 0;
    std::atomic<int> saves = 0, failedSaves = 0;
    std::thread writer([&] {
        auto other = Database::open(dir.filePath(u"bench.accordo"_s),
                                    Database::OpenMode::MustExist);
        if (!other)
            return;
        QSqlQuery save((*other)->connection());
        while (evaluating) {
            QElapsedTimer wait;
            wait.start();
            if (save.exec(u"UPDATE parties SET contact = contact WHERE id = 1"_s))
                ++saves;
            else
                ++failedSaves;
            longestWaitUs = std::max<qint64>(longestWaitUs, wait.nsecsElapsed() / 1000);
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
    timer.restart();
    const bool evaluatedAgain = Evaluator::evaluate(db, now).ok();
    const double again = seconds(timer);
    evaluating = false;
    writer.join();
    if (!evaluatedAgain)
        return 1;
    std::printf("evaluate after importing 10,000 new tickets: %.2f s; meanwhile %d saves from "
                "another connection, the longest waited %.0f ms, %d failed\n",
                again, saves.load(), double(longestWaitUs.load()) / 1000, failedSaves.load());
    timer.restart();
    auto refreshed = KpiEngine::refresh(db, options);
    if (!refreshed) {
        std::fprintf(stderr, "%s\n", qPrintable(refreshed.errorString()));
        return 1;
    }
    const double refreshSeconds = seconds(timer);
    std::printf("incremental refresh: %.2f s (%s, %lld of %lld periods, %lld verdicts read)\n",
                refreshSeconds, refreshed->full ? "full" : "partial", refreshed->periods,
                full.periods, refreshed->resultsRead);
    const auto incremental = KpiEngine::rows(db);
    if (!KpiEngine::recompute(db, options))
        return 1;
    const auto complete = KpiEngine::rows(db);
    if (!incremental || !complete || incremental->size() != complete->size())
        return 3;
    for (qsizetype i = 0; i < complete->size(); ++i) {
        const KpiRow &a = incremental->at(i);
        const KpiRow &b = complete->at(i);
        if (a.targetId != b.targetId || a.period != b.period || a.met != b.met
            || a.breached != b.breached || a.pending != b.pending || a.status != b.status
            || a.credit != b.credit) {
            std::fprintf(stderr, "refresh and recompute disagree on target %lld, %s\n", a.targetId,
                         qPrintable(a.period));
            return 3;
        }
    }
    std::printf("refresh agrees with a full recompute on all %lld rows\n",
                qint64(complete->size()));

    // Another as-of: a minute later (the window's "now" moving on), three months back (a look
    // at the past) and back again. Each re-judges only the tickets the two as-ofs read
    // differently and recomputes the periods they touch.
    if (!KpiEngine::bringUpToDate(db, options))
        return 1;
    QList<KpiRow> last;
    for (const auto &[label, asOf] :
         {std::pair{"a minute later", now + 60}, std::pair{"three months back", now - 92 * 86400},
          std::pair{"back to a minute later", now + 60}}) {
        KpiOptions moved = options;
        moved.asOf = asOf;
        timer.restart();
        auto update = KpiEngine::bringUpToDate(db, moved);
        if (!update) {
            std::fprintf(stderr, "%s\n", qPrintable(update.errorString()));
            return 1;
        }
        std::printf("as of %s: %.2f s (%lld tickets re-judged, %lld of %lld periods)\n", label,
                    seconds(timer), update->evaluation ? update->evaluation->tickets : 0,
                    update->kpis.periods, full.periods);
        auto rows = KpiEngine::rows(db);
        if (!rows)
            return 1;
        last = *rows;
        options = moved;
    }
    if (!Evaluator::evaluate(db, options.asOf) || !KpiEngine::recompute(db, options))
        return 1;
    const auto fresh = KpiEngine::rows(db);
    const auto same = [](const KpiRow &a, const KpiRow &b) {
        return a.targetId == b.targetId && a.period == b.period && a.tickets == b.tickets
               && a.met == b.met && a.breached == b.breached && a.pending == b.pending
               && a.nearDue == b.nearDue && a.status == b.status && a.credit == b.credit
               && a.achievedMilli == b.achievedMilli && a.closed == b.closed;
    };
    if (!fresh || fresh->size() != last.size()
        || !std::equal(fresh->begin(), fresh->end(), last.begin(), same)) {
        std::fprintf(stderr, "results after moving the as-of differ from a fresh computation\n");
        return 3;
    }
    std::printf("after the moves, all %lld rows agree with a fresh computation\n",
                qint64(fresh->size()));
    return best < 5.0 ? 0 : 2;
}
