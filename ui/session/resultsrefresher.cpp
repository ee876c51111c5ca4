#include "resultsrefresher.h"

#include "session/workerthread.h"
#include "storage/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QThread>

namespace Accordo {

ResultsRefresher::ResultsRefresher(QString location, QObject *parent)
    : QObject(parent), mLocation(std::move(location))
{
    mDelay.setSingleShot(true);
    connect(&mDelay, &QTimer::timeout, this, &ResultsRefresher::start);
    // Time passing turns pending tickets into breaches: a check now and then keeps the window's
    // "now" from going stale while nobody edits anything.
    mNowMoves.setInterval(std::chrono::seconds(kNowTolerance));
    connect(&mNowMoves, &QTimer::timeout, this, [this] { schedule(0); });
    mNowMoves.start();
}

ResultsRefresher::~ResultsRefresher()
{
    mDelay.stop();
    finishWorker(mThread);
}

void ResultsRefresher::schedule(int delayMs)
{
    if (mThread) {
        mAgain = true;
        return;
    }
    mDelay.start(delayMs);
}

void ResultsRefresher::refreshNow()
{
    schedule(0);
}

void ResultsRefresher::recomputeEverything()
{
    mEverything = true;
    schedule(0);
}

void ResultsRefresher::start()
{
    if (mThread) {
        mAgain = true;
        return;
    }
    mAgain = false;
    mOutcome.reset();
    const bool everything = std::exchange(mEverything, false);
    emit started();
    const auto work = [this, everything] {
        QElapsedTimer timer;
        timer.start();
        {
            // A connection belongs to the thread that opens it: this one lives and dies here.
            auto database = Database::open(mLocation, Database::OpenMode::MustExist);
            if (!database) {
                mOutcome = Result<ResultsUpdate>(database.error());
            } else if (everything) {
                KpiOptions options;
                options.asOf = QDateTime::currentSecsSinceEpoch();
                mOutcome = KpiEngine::recomputeEverything((*database)->connection(), options);
            } else {
                mOutcome = bringUpToDate((*database)->connection(),
                                         QDateTime::currentSecsSinceEpoch());
            }
        }
        mElapsedMs = timer.elapsed();
    };
    mThread = startWorker(
        this, work,
        [this](QThread *thread) {
            if (mThread == thread) // not delivered by waitForIdle() already
                deliver();
        },
        QThread::LowPriority);
}

std::optional<Result<ResultsUpdate>> ResultsRefresher::bringUpToDate(QSqlDatabase db, qint64 now)
{
    if (KpiEngine::isUpToDate(db, now, kNowTolerance))
        return std::nullopt;
    KpiOptions options;
    options.asOf = KpiEngine::asOfForNow(db, now, kNowTolerance);
    return KpiEngine::bringUpToDate(db, options);
}

void ResultsRefresher::deliver()
{
    if (!finishWorker(mThread))
        return;
    const std::optional<Result<ResultsUpdate>> outcome = std::move(mOutcome);
    mOutcome.reset();
    if (!outcome) {
        emit finished(false, tr("Results are up to date."));
    } else if (!*outcome) {
        emit failed(
            tr("The results could not be brought up to date: %1").arg(outcome->errorString()));
    } else {
        const QLocale locale;
        const ResultsUpdate &update = **outcome;
        const QString seconds = locale.toString(double(mElapsedMs) / 1000, 'f', 1);
        const QString kpis = tr("%Ln KPI period(s)", nullptr, update.kpis.periods);
        emit finished(
            true,
            update.evaluation
                ? tr("Results recomputed in %1 s: %2 and %3.")
                      .arg(seconds,
                           tr("%Ln ticket verdict(s)", nullptr, update.evaluation->results), kpis)
                : tr("KPIs recomputed in %1 s: %2.").arg(seconds, kpis));
    }
    if (mAgain)
        schedule();
}

bool ResultsRefresher::waitForIdle(int timeoutMs)
{
    if (mDelay.isActive()) {
        mDelay.stop();
        start();
    }
    if (!mThread)
        return true;
    if (!mThread->wait(QDeadlineTimer(timeoutMs)))
        return false;
    deliver();
    return true;
}

} // namespace Accordo
