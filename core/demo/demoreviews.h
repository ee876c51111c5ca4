#pragma once

#include "demo/demodata.h"
#include "result.h"

#include <QCoreApplication>

namespace Accordo {

class Workspace;
struct ImprovementAction;
struct ServiceReview;

/// What followed the demo portfolio's problems up to its "today" (2026-10-31): owners for
/// every active agreement, reviews held for most of the overdue ones (no change, or actions
/// agreed), and improvement actions raised at those reviews and on recent breaches, some
/// done, some dropped, some open and some overdue. Run after the demo's KPIs exist.
class DemoReviews
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DemoReviews)

public:
    /// Writes in bulk (DemoFollowUpWriter) or one by one through the stores: both give the
    /// same workspace.
    static Result<void> add(Workspace &workspace, DemoData::Path path = DemoData::Path::Bulk);

private:
    struct Context;
    static Result<void> assignOwners(const Context &context);
    static Result<void> holdReviews(const Context &context);
    static Result<qint64> record(const Context &context, ServiceReview review,
                                 const QString &number);
    static Result<qint64> insert(const Context &context, const ImprovementAction &action);
    static Result<void> raiseBreachActions(const Context &context);
    // Due date, state and notes of the index-th action raised on a breach: overdue, late,
    // done, dropped, then open.
    static void stage(ImprovementAction &action, int index);
};

} // namespace Accordo
