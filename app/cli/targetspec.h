#pragma once

#include "domain/entities.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Accordo::Cli {

/// The terms a --target SPEC gives as "METRIC:THRESHOLD:GOAL", which each command that takes
/// one surrounds with its own parts (a service before them, a priority and tiers after them).
class TargetSpec
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Cli::TargetSpec)

public:
    /// A target with the metric, threshold and goal of `spec`, read from its `parts` (split at
    /// the colons) from the one at `first` on; a custom metric only where `customMetric` allows.
    static Result<Target> terms(const QString &spec, const QStringList &parts, qsizetype first,
                                bool customMetric);
};

} // namespace Accordo::Cli
