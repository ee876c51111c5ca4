#pragma once

#include "reportdata/dashboarddata.h"
#include "reportdata/valuevscost.h"

#include <QObject>

#include <optional>

class QThread;

namespace Accordo {

/// What the dashboard shows for a filter: the snapshot and the value against cost of its
/// tiles' period.
struct DashboardFigures
{
    DashboardSnapshot snapshot;
    QList<ValueCost> value;
};

/// Reads the dashboard's figures in a worker thread, on a connection of its own, so that the
/// window stays responsive while a large portfolio is read (seconds at 100,000 agreements).
/// One read at a time: a request made during a read starts when that read ends, and only the
/// latest request's figures are delivered. What a read finds of the whole portfolio is kept
/// (DashboardCache): another filter of the same range, with nothing changed in the workspace,
/// is added up from it instead of read again.
class DashboardLoader : public QObject
{
    Q_OBJECT

public:
    explicit DashboardLoader(QObject *parent = nullptr);
    ~DashboardLoader() override; // waits for a read in progress

    /// Reads the figures of `filter` in the workspace at `location` (Database::open()).
    void load(const QString &location, const DashboardFilter &filter);
    /// Forgets the waiting request and what the read in progress finds.
    void cancel();
    /// cancel(), and frees what the reads kept of the portfolio (once the read in progress
    /// ends): for a workspace no longer shown.
    void forget();
    bool isBusy() const { return mThread != nullptr; }
    /// Waits for the reads in progress and waiting, and delivers the last one's outcome
    /// (tests, benchmarks). False when `timeoutMs` passed first.
    bool waitForIdle(int timeoutMs = 120000);

signals:
    void busyChanged(bool busy);
    void loaded(const Accordo::DashboardFigures &figures);
    void failed(const QString &message);

private:
    struct Request
    {
        QString location;
        DashboardFilter filter;
    };

    void start();
    void deliver();

    QThread *mThread = nullptr;
    std::optional<Request> mWaiting;
    bool mDiscard = false; // the read in progress answers a request no longer wanted
    std::optional<Result<DashboardFigures>> mOutcome;
    DashboardCache mCache; // used by one read at a time, in its thread
    bool mForget = false;  // clear mCache when the read in progress ends
};

} // namespace Accordo
