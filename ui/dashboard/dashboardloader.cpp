#include "dashboardloader.h"

#include "report/valuesection.h"
#include "session/workerthread.h"
#include "storage/database.h"

#include <QDeadlineTimer>
#include <QThread>

namespace Accordo {

DashboardLoader::DashboardLoader(QObject *parent) : QObject(parent) {}

DashboardLoader::~DashboardLoader()
{
    finishWorker(mThread);
}

void DashboardLoader::load(const QString &location, const DashboardFilter &filter)
{
    mWaiting = Request{location, filter};
    if (mThread)
        mDiscard = true; // its figures are for an earlier request
    else
        start();
}

void DashboardLoader::cancel()
{
    mWaiting.reset();
    if (mThread)
        mDiscard = true;
}

void DashboardLoader::forget()
{
    cancel();
    if (mThread)
        mForget = true;
    else
        mCache.clear();
}

void DashboardLoader::start()
{
    const Request request = *std::exchange(mWaiting, std::nullopt);
    mDiscard = false;
    mOutcome.reset();
    const auto work = [this, request] {
        // A connection belongs to the thread that opens it: this one lives and dies here.
        auto database = Database::open(request.location, Database::OpenMode::MustExist);
        if (!database) {
            mOutcome = Result<DashboardFigures>(database.error());
            return;
        }
        QSqlDatabase db = (*database)->connection();
        auto reading = DashboardData::loadWithValue(db, request.filter,
                                                    DashboardData::ValueMonths::LastMonth,
                                                    QDate::currentDate(), {}, &mCache);
        if (!reading) {
            mOutcome = Result<DashboardFigures>(reading.error());
            return;
        }
        QList<ValueCost> value = ValueSection::shown(*reading); // before the snapshot moves
        DashboardFigures figures{std::move(reading->snapshot), std::move(value)};
        // The terms were read for the two readings alone: the dashboard keeps the figures.
        figures.snapshot.allTerms.reset();
        mOutcome = std::move(figures);
    };
    mThread = startWorker(this, work, [this](QThread *thread) {
        if (mThread == thread) // not delivered by waitForIdle() already
            deliver();
    });
    emit busyChanged(true);
}

void DashboardLoader::deliver()
{
    if (!finishWorker(mThread))
        return;
    if (std::exchange(mForget, false))
        mCache.clear();
    std::optional<Result<DashboardFigures>> outcome = std::exchange(mOutcome, std::nullopt);
    if (mWaiting) {
        start(); // a newer request: this outcome is not what is wanted now
        return;
    }
    emit busyChanged(false);
    if (std::exchange(mDiscard, false) || !outcome)
        return;
    if (*outcome)
        emit loaded(**outcome);
    else
        emit failed(outcome->errorString());
}

bool DashboardLoader::waitForIdle(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (mThread) {
        if (!mThread->wait(deadline))
            return false;
        deliver();
    }
    return true;
}

} // namespace Accordo
