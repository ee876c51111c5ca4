#pragma once

#include "result.h"

#include <QCoreApplication>

namespace Accordo {

class Workspace;

/// What followed the demo portfolio's problems up to its "today" (2026-10-31): owners for
/// every active agreement, reviews held for most of the overdue ones (no change, or actions
/// agreed), and improvement actions raised at those reviews and on recent breaches, some
/// done, some dropped, some open and some overdue. Run after the demo's KPIs exist.
class DemoReviews
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DemoReviews)

public:
    static Result<void> add(Workspace &workspace);
};

} // namespace Accordo
