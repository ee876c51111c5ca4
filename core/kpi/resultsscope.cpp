#include "resultsscope.h"

#include "storage/transaction.h"

namespace Accordo {

Result<std::unique_ptr<ResultsScope>> ResultsScope::open(QSqlDatabase db, const KpiOptions &options,
                                                         Mode mode)
{
    std::unique_ptr<ResultsScope> scope(new ResultsScope);
    if (mode == Mode::Aside) {
        scope->mAside = std::make_unique<Transaction>(db);
        if (!scope->mAside->isActive())
            return Error{scope->mAside->errorString()};
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
