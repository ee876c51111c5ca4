#include "kpinodata.h"

#include "data/workspacemeta.h"
#include "kpi/kpicalculator.h"
#include "kpi/kpirecompute.h"
#include "kpi/kpisql.h"
#include "storage/transaction.h"

#include <QSet>
#include <QSqlError>

using namespace Qt::StringLiterals;

// The "nothing measured" periods of ticket and satisfaction targets, derived for the readers
// of the stored KPIs (the recompute does not store them).

namespace Accordo::Kpi {

namespace {

// Created once per connection, emptied for each read: SQLite drops no table while another
// statement of the connection still reads (a caller's open query would fail the read).
const auto CreateNoData = u"CREATE TEMP TABLE IF NOT EXISTS kpi_no_data AS "
                          "SELECT * FROM kpi_periods WHERE 1 = 0"_s;
const auto IndexNoData =
    u"CREATE INDEX IF NOT EXISTS kpi_no_data_agreement ON kpi_no_data(agreement_id)"_s;
const auto ClearNoData = u"DELETE FROM kpi_no_data"_s;

// The stored periods of the targets a derivation may complete.
const auto SelectStored = uR"(SELECT target_id, period FROM kpi_periods
    WHERE metric IN ('first_response', 'resolution', 'satisfaction'))"_s;
const auto NumberCondition = u" AND agreement_id IN (SELECT id FROM agreements WHERE number = ?)"_s;
const auto AgreementCondition = u" AND agreement_id = ?"_s;

const auto AgreementTargets = u" AND a.id = ?"_s;
const auto NumberTargets = u" AND a.number = ?"_s;

} // namespace

bool Recompute::isNoData(const Work &w, const KpiRow &row)
{
    if (w.metric == Metric::FirstResponse || w.metric == Metric::Resolution)
        return row.tickets == 0;
    return w.metric == Metric::Satisfaction && row.answers.value_or(0) == 0;
}

Result<void> Recompute::createNoDataTable()
{
    for (const QString &sql : {CreateNoData, IndexNoData, ClearNoData}) {
        if (auto r = execDirect(mDb, sql); !r)
            return r;
    }
    return {};
}

Result<QSet<QPair<qint64, QString>>> Recompute::storedPeriods(const NoDataScope &scope) const
{
    QString sql = SelectStored;
    QVariantList values;
    if (scope.agreementId) {
        sql += AgreementCondition;
        values.append(*scope.agreementId);
    } else if (!scope.agreementNumber.isEmpty()) {
        sql += NumberCondition;
        values.append(scope.agreementNumber);
    }
    if (!scope.periods.isEmpty()) {
        sql += u" AND period IN (%1)"_s.arg(Sql::placeholders(scope.periods.size()));
        for (const QString &period : scope.periods)
            values.append(period);
    }
    auto q = stream(mDb, sql, values);
    if (!q)
        return q.error();
    QSet<QPair<qint64, QString>> stored;
    const int target = q->column("target_id");
    const int period = q->column("period");
    while (q->next())
        stored.insert({q->value(target).toLongLong(), q->value(period).toString()});
    if (!q->errorText().isEmpty())
        return failed(q->errorText(), sql);
    return stored;
}

Result<void> Recompute::fillNoData(const NoDataScope &scope, const QSet<qint64> &agreements)
{
    Result<QSet<QPair<qint64, QString>>> stored = QSet<QPair<qint64, QString>>();
    if (agreements.isEmpty()) {
        stored = storedPeriods(scope);
    } else {
        for (qint64 agreement : agreements) {
            NoDataScope one = scope;
            one.agreementId = agreement;
            auto some = storedPeriods(one);
            if (!some)
                return some.error();
            stored->unite(*some);
        }
    }
    if (!stored)
        return stored.error();
    const QSet<QString> periods(scope.periods.cbegin(), scope.periods.cend());
    Statement insert(mDb);
    if (auto r = insert.prepare(insertPeriodSql(u"kpi_no_data"_s)); !r)
        return r;
    // The rows come from noDataRows, as the streaming reads get them; here they fill the
    // table the dashboard and the service report read.
    Result<void> inserted;
    QString current;
    for (const Work &w : std::as_const(mWork)) {
        if ((scope.agreementId && w.agreementId != *scope.agreementId)
            || (!agreements.isEmpty() && !agreements.contains(w.agreementId)))
            continue;
        const auto accept = [&](const QString &name) {
            current = name;
            return inserted.ok() && (periods.isEmpty() || periods.contains(name))
                   && !stored->contains({w.targetId, name});
        };
        const auto sink = [&](QVariantList &&values) {
            if (auto r = insert.run(values); !r)
                inserted = Error{
                    Accordo::KpiEngine::tr("KPIs of target %1 in %2 cannot be read: %3")
                        .arg(w.targetId)
                        .arg(current, r.error().message)};
        };
        if (auto r = noDataRows(w, accept, sink); !r)
            return r;
        if (!inserted)
            return inserted;
    }
    return {};
}

Result<void> Recompute::deriveNoData(const NoDataScope &scope)
{
    QString condition;
    QVariantList values;
    if (scope.agreementId) {
        condition = AgreementTargets;
        values.append(*scope.agreementId);
    } else if (!scope.agreementNumber.isEmpty()) {
        condition = NumberTargets;
        values.append(scope.agreementNumber);
    }
    if (auto r = loadTerms(condition, values, Tiers::Skip); !r)
        return r;
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    if (auto r = createNoDataTable(); !r)
        return r;
    if (auto r = fillNoData(scope); !r)
        return r;
    return transaction.commit();
}

Result<void> Recompute::loadForReads(const QString &agreementNumber)
{
    return loadNumbered(agreementNumber, Tiers::Skip);
}

Result<void> Recompute::loadNumbered(const QString &agreementNumber, Tiers tiers)
{
    if (agreementNumber.isEmpty())
        return loadTerms({}, {}, tiers);
    return loadTerms(NumberTargets, {agreementNumber}, tiers);
}

Result<void> Recompute::forEachNoData(const Work &w, const KpiFilter &months,
                                      const std::function<bool(const QString &)> &accept,
                                      const NoDataVisit &visit) const
{
    if (w.metric != Metric::FirstResponse && w.metric != Metric::Resolution
        && w.metric != Metric::Satisfaction)
        return {};
    int first = 0, last = -1;
    if (!span(w, first, last))
        return {};
    // Years in force, a range of a few months asked: the periods outside are not visited.
    w.table->narrow(months.fromMonth, months.toMonth, first, last);
    const auto failed = [&w](const QString &name, const Error &error) {
        return Error{Accordo::KpiEngine::tr("KPIs of target %1 in %2 cannot be read: %3")
                         .arg(w.targetId)
                         .arg(name, error.message)};
    };
    // Millions of periods at scale, two rows to work out per target (NoDataShown).
    std::optional<NoDataShown> shown[2]; // open, closed
    for (int index = first; index <= last; ++index) {
        const QString name = w.table->name(index);
        if (!accept(name))
            continue;
        const Window period = window(w, index);
        std::optional<NoDataShown> &s = shown[period.closed ? 1 : 0];
        if (!s) {
            Bucket nothing;
            s.emplace();
            s->closed = period.closed;
            s->status = measure(w, nothing, period, Scores(), s->row);
            s->verdict = KpiCalculator::verdictKey(KpiCalculator::statusKey(s->status),
                                                   s->row.achievedMilli);
            const Result<Money> credit = KpiCalculator::credit(w.price, w.period,
                                                               s->row.creditHundredths);
            if (!credit)
                return failed(name, credit.error());
            s->credit = *credit;
        }
        if (!isNoData(w, s->row))
            continue;
        if (auto r = visit(index, *s); !r)
            return failed(name, r.error());
    }
    return {};
}

Result<void> Recompute::noDataRows(const Work &w,
                                   const std::function<bool(const QString &)> &accept,
                                   const std::function<void(QVariantList &&)> &sink) const
{
    return forEachNoData(w, {}, accept, [&](int index, const NoDataShown &shown) {
        auto values = storedValues(w, index, shown.row, shown.status, shown.closed);
        if (!values)
            return Result<void>(values.error());
        sink(std::move(*values));
        return Result<void>();
    });
}

Result<void> Recompute::noDataStatuses(
    const Work &w,
    const std::function<void(const QString &period, KpiStatus status, bool closed)> &sink) const
{
    const auto all = [](const QString &) { return true; };
    return forEachNoData(w, {}, all, [&](int index, const NoDataShown &shown) {
        sink(w.table->name(index), shown.status, shown.closed);
        return Result<void>();
    });
}

Result<void> Recompute::noDataKpiRows(const Work &w, const KpiFilter &months,
                                      const std::function<bool(const QString &)> &accept,
                                      const std::function<void(KpiRow &&)> &sink) const
{
    const QString metric = Enums::key(w.metric);
    return forEachNoData(w, months, accept, [&](int index, const NoDataShown &shown) {
        KpiRow row = shown.row;
        row.agreementId = w.agreementId;
        row.targetId = w.targetId;
        row.metric = metric;
        row.period = w.table->name(index);
        row.periodStart = w.table->start(index);
        row.periodEnd = w.table->end(index);
        row.closed = shown.closed;
        row.status = shown.verdict;
        row.credit = shown.credit;
        sink(std::move(row));
        return Result<void>();
    });
}

Result<void> Recompute::noDataResults(const Work &w, const KpiFilter &months,
                                      const std::function<bool(const QString &)> &accept,
                                      const std::function<void(const NoDataResult &)> &sink) const
{
    return forEachNoData(w, months, accept, [&](int index, const NoDataShown &shown) {
        sink({w.table->name(index), shown.verdict, shown.credit});
        return Result<void>();
    });
}

Result<void> Recompute::loadTermsWhere(const QString &condition, const QVariantList &values)
{
    return loadTerms(condition, values, Tiers::Skip);
}

Result<void> prepareResults(QSqlDatabase db, const NoDataScope &scope)
{
    bool ok = false;
    const qint64 asOf = WorkspaceMeta::value(db, u"kpi_as_of"_s).toLongLong(&ok);
    KpiOptions options;
    options.asOf = asOf;
    Recompute recompute(db, options);
    if (!ok) {
        // Never computed: nothing stored, nothing derived.
        Transaction transaction(db);
        if (!transaction.isActive())
            return Error{transaction.errorString()};
        if (auto r = recompute.createEmptyResults(); !r)
            return r;
        return transaction.commit();
    }
    return recompute.deriveNoData(scope);
}

Result<void> Recompute::createEmptyResults()
{
    return createNoDataTable();
}

// A literal, not a namespace-scope QString: other files build their statements from it while
// the program starts.
QString resultsTable()
{
    return u"(SELECT * FROM kpi_periods UNION ALL SELECT * FROM kpi_no_data)"_s;
}

} // namespace Accordo::Kpi
