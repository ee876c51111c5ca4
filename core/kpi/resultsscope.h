#pragma once

#include "kpi/kpiengine.h"
#include "result.h"

#include <QSqlDatabase>

#include <memory>

namespace Accordo {

class Transaction;

/// A workspace's verdicts and KPIs brought to one as-of, for reading while the scope lives.
///
/// The stored results answer for one as-of at a time. `Keep` brings them up to date and
/// leaves them so: what "now" does (the desktop application, a command without --as-of).
/// `Aside` brings them to the as-of inside a transaction that is rolled back when the scope
/// ends, so that no other session ever reads them and the stored answers for "now" stay as
/// they were: what a look at another instant (`--as-of`) or at one agreement does. On SQLite the aside
/// transaction holds the workspace's write lock while the scope lives.
///
/// An aside scope for one agreement number brings only that agreement's verdicts and KPI
/// periods to the as-of (Evaluator::judgeAgreement, Recompute::executeFor): its cost follows
/// the agreement's tickets, not the portfolio. Only that agreement's KPI rows and credit
/// statements may then be read; the derived tables (satisfaction, watermelon flags, volumes)
/// and the other agreements' rows still answer for the stored as-of.
class ResultsScope
{
public:
    enum class Mode { Keep, Aside };

    static Result<std::unique_ptr<ResultsScope>> open(QSqlDatabase db, const KpiOptions &options,
                                                      Mode mode,
                                                      const QString &agreementNumber = {});
    ~ResultsScope();
    ResultsScope(const ResultsScope &) = delete;
    ResultsScope &operator=(const ResultsScope &) = delete;

    const ResultsUpdate &update() const { return mUpdate; }

private:
    ResultsScope() = default;

    std::unique_ptr<Transaction> mAside;
    ResultsUpdate mUpdate;
};

} // namespace Accordo
