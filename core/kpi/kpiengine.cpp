#include "kpiengine.h"

#include "data/workspacemeta.h"
#include "kpi/kpiforecast.h"
#include "kpi/kpireads.h"
#include "kpi/kpirecompute.h"
#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

// The engine's entry points: the recompute lives in kpirecompute.cpp, kpistore.cpp and
// kpiderived.cpp, the reads in kpireads.cpp, the volume forecast in kpiforecast.cpp.

namespace Accordo {

namespace {

// Anything noted as changed since the last recompute: three lookups of a first row.
const auto SelectAnythingDirty = uR"(
    SELECT 1 AS dirty WHERE EXISTS (SELECT 1 FROM kpi_dirty_months)
        OR EXISTS (SELECT 1 FROM kpi_dirty_targets) OR EXISTS (SELECT 1 FROM kpi_dirty_periods))"_s;

// Tickets and surveys note their months when they change; outages mark everything stale.
const auto SelectMeasurementsWaiting =
    uR"(SELECT 1 AS waiting WHERE EXISTS (SELECT 1 FROM kpi_dirty_months))"_s;

Result<ResultsUpdate> updateResults(QSqlDatabase db, const KpiOptions &options, bool everything,
                                    std::shared_ptr<const Kpi::Recompute> *terms = nullptr)
{
    ResultsUpdate update;
    // Nothing changed and the same as-of: what is stored is the answer. The check reads a few
    // rows whatever the size of the portfolio.
    if (!everything && KpiEngine::isUpToDate(db, options.asOf)
        && WorkspaceMeta::value(db, u"kpi_options"_s) == Kpi::optionsKey(options))
        return update;
    if (everything || !Evaluator::isUpToDate(db, options.asOf)) {
        auto evaluation = everything ? Evaluator::evaluate(db, options.asOf)
                                     : Evaluator::update(db, options.asOf);
        if (!evaluation)
            return evaluation.error();
        update.evaluation = *evaluation;
    }
    // As KpiEngine::recompute() and refresh() do, keeping the terms it loaded for a reader.
    auto recompute = std::make_shared<Kpi::Recompute>(db, options);
    auto kpis = recompute->execute(everything || KpiEngine::isStale(db));
    if (!kpis)
        return kpis.error();
    update.kpis = *kpis;
    if (terms && recompute->heldEveryTarget())
        *terms = std::move(recompute);
    return update;
}

} // namespace

Result<KpiSummary> KpiEngine::recompute(QSqlDatabase db, const KpiOptions &options)
{
    return Kpi::Recompute(db, options).execute(true);
}

Result<KpiSummary> KpiEngine::refresh(QSqlDatabase db, const KpiOptions &options)
{
    return Kpi::Recompute(db, options).execute(isStale(db));
}

bool KpiEngine::isStale(QSqlDatabase db)
{
    return WorkspaceMeta::value(db, u"kpi_stale"_s) != u"0"_s;
}

std::optional<qint64> KpiEngine::storedAsOf(QSqlDatabase db)
{
    bool ok = false;
    const qint64 asOf = WorkspaceMeta::value(db, u"kpi_as_of"_s).toLongLong(&ok);
    return ok ? std::optional(asOf) : std::nullopt;
}

namespace {

// The as-of verdicts and KPIs both answer for, when it is at most `tolerance` seconds before
// `now`.
std::optional<qint64> currentAsOf(QSqlDatabase db, qint64 now, qint64 tolerance)
{
    const std::optional<qint64> kpiAsOf = KpiEngine::storedAsOf(db);
    if (!kpiAsOf || kpiAsOf != Evaluator::storedAsOf(db) || *kpiAsOf > now
        || now - *kpiAsOf > tolerance)
        return std::nullopt;
    return kpiAsOf;
}

} // namespace

qint64 KpiEngine::asOfForNow(QSqlDatabase db, qint64 now, qint64 tolerance)
{
    const std::optional<qint64> current = currentAsOf(db, now, tolerance);
    if (!current)
        return now;
    // New measurements (tickets, surveys, outages, an import rolled back) are read at now: a
    // ticket resolved a minute ago must not show as open.
    const auto measured = Sql::scalar(db, SelectMeasurementsWaiting);
    if (isStale(db) || !measured || measured->isValid())
        return now;
    return *current;
}

bool KpiEngine::isUpToDate(QSqlDatabase db, qint64 asOf, qint64 tolerance)
{
    if (Evaluator::isStale(db) || isStale(db) || !currentAsOf(db, asOf, tolerance))
        return false;
    // Up to date when no change is waiting (and the check ran).
    const auto dirty = Sql::scalar(db, SelectAnythingDirty);
    return dirty && !dirty->isValid();
}

Result<ResultsUpdate> KpiEngine::recomputeEverything(QSqlDatabase db, const KpiOptions &options)
{
    return updateResults(db, options, true);
}

Result<ResultsUpdate> KpiEngine::bringUpToDate(QSqlDatabase db, const KpiOptions &options)
{
    return updateResults(db, options, false);
}

Result<ResultsUpdate> KpiEngine::bringUpToDate(QSqlDatabase db, const KpiOptions &options,
                                               std::shared_ptr<const Kpi::Recompute> &terms)
{
    terms.reset();
    return updateResults(db, options, false, &terms);
}

Result<QList<KpiRow>> KpiEngine::rows(QSqlDatabase db, const KpiFilter &filter)
{
    return KpiReads::rows(db, filter);
}

Result<QList<CreditStatement>> KpiEngine::statements(QSqlDatabase db, const KpiFilter &filter)
{
    return KpiReads::statements(db, filter);
}

Result<QList<WatermelonFlag>> KpiEngine::watermelons(QSqlDatabase db)
{
    return KpiReads::watermelons(db);
}

Result<QList<VolumeRow>> KpiEngine::volumes(QSqlDatabase db)
{
    return KpiReads::volumes(db);
}

QList<qint64> KpiEngine::forecast(const QList<qint64> &history, int horizon, QString *method)
{
    return KpiForecast::forecast(history, horizon, method);
}

} // namespace Accordo
