#pragma once

#include "kpi/kpiengine.h"

#include <QObject>
#include <QTimer>

class QThread;

namespace Accordo {

/// Keeps the stored verdicts and KPIs in step with the terms while a workspace is open. A
/// change of targets, calendars, regions or measurements marks them stale (database
/// triggers); a moment after the last such change the refresher recomputes what is stale in
/// a worker thread, on a connection of its own, so that the window stays responsive and the
/// dashboard never shows results of terms that no longer hold. One run at a time: a change
/// during a run schedules another after it.
class ResultsRefresher : public QObject
{
    Q_OBJECT

public:
    /// The window shows results as of "now": results computed for an instant at most this
    /// many seconds ago count as current; older ones, or results for another as-of (an
    /// `accordo-cli evaluate --as-of` on the same workspace), are brought to now.
    static constexpr qint64 kNowTolerance = 300;

    explicit ResultsRefresher(QString location, QObject *parent = nullptr);
    ~ResultsRefresher() override; // waits for a run in progress

    /// Recomputes what is stale after `delayMs` without further changes (the default lets a
    /// burst of edits or an undo series settle first).
    void schedule(int delayMs = 1500);
    /// Recomputes what is stale at once, or right after the run in progress.
    void refreshNow();
    /// Judges every ticket and computes every KPI period again, stale or not (on demand).
    void recomputeEverything();
    bool isRunning() const { return mThread != nullptr; }
    /// Waits for the run in progress, if any, and delivers its outcome (tests, closing).
    bool waitForIdle(int timeoutMs = 60000);

    /// What a run does on `db`: nothing (empty) when the results are current for `now`; else
    /// brings them up to date, at the stored as-of while it is current (KpiEngine::asOfForNow),
    /// so that a change is recomputed alone, else at `now`.
    static std::optional<Result<ResultsUpdate>> bringUpToDate(QSqlDatabase db, qint64 now);

signals:
    void started();
    /// `summary` is a translated sentence for the status bar; `changed` says whether anything
    /// had to be recomputed.
    void finished(bool changed, const QString &summary);
    void failed(const QString &message);

private:
    void start();
    void deliver();

    QString mLocation;
    QTimer mDelay;
    QTimer mNowMoves; // brings results to "now" when they grow older than kNowTolerance
    QThread *mThread = nullptr;
    bool mAgain = false;
    bool mEverything = false;
    // Written by the worker before it ends, read on the GUI thread after.
    std::optional<Result<ResultsUpdate>> mOutcome;
    qint64 mElapsedMs = 0;
};

} // namespace Accordo
