#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace Accordo {

/// The rule that ties a target's credit tiers to its status: a tier that starts above the
/// level at which the target is met owes a credit in periods reported as "Met".
class CreditTiers
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::CreditTiers)

public:
    /// The achieved value (thousandths of a percent) from which the target is met and the
    /// tiers are read against: the goal for ticket metrics, the threshold for availability.
    /// Nothing for satisfaction, which carries no credit.
    static std::optional<qint64> metFrom(Metric metric, qint64 threshold, qint64 goalMilli);
    /// Whether the first (highest) tier owes a credit at a compliance that meets the target.
    static bool owesWhileMet(Metric metric, qint64 threshold, qint64 goalMilli,
                             const QList<CreditTier> &tiers);
    static bool owesWhileMet(const Target &target);
    /// What the user reads about such a target, or an empty text when its tiers are sound.
    static QString warning(const Target &target, const QLocale &locale = QLocale());
    /// `tiers` moved down by as much as the first one starts above the met level, so that
    /// the first credit is owed only once the target is missed.
    static QList<CreditTier> startingAt(const QList<CreditTier> &tiers, qint64 metFrom);
};

} // namespace Accordo
