#include "resultsscope.h"

#include "kpi/kpirecompute.h"
#include "measurement/evaluator.h"

#include "storage/transaction.h"

namespace Accordo {

Result<std::unique_ptr<ResultsScope>> ResultsScope::open(QSqlDatabase db, const KpiOptions &options,
                                                         Mode mode, const QString &agreementNumber)
{
    std::unique_ptr<ResultsScope> scope(new ResultsScope);
    if (mode == Mode::Aside) {
        scope->mAside = std::make_unique<Transaction>(db);
        if (!scope->mAside->isActive())
            return Error{scope->mAside->errorString()};
    }
    if (scope->mAside && !agreementNumber.isEmpty()) {
        if (KpiEngine::isUpToDate(db, options.asOf))
            return scope;
        auto judged = Evaluator::judgeAgreement(db, options.asOf, agreementNumber);
        if (!judged)
            return judged.error();
        auto kpis = Kpi::Recompute(db, options).executeFor(agreementNumber);
        if (!kpis)
            return kpis.error();
        scope->mUpdate.evaluation = *judged;
        scope->mUpdate.kpis = *kpis;
        return scope;
    }
    auto update = KpiEngine::bringUpToDate(db, options);
    if (!update)
        return update.error();
    scope->mUpdate = *update;
    return scope;
}

// The aside transaction is never committed: its guard rolls it back here.
ResultsScope::~ResultsScope() = default;

} // namespace Accordo
