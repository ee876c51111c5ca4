#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Accordo {

/// Reads business-time durations such as "90m", "4h", "1h30m", "45s", "PT4H" or "P1DT2H".
///
/// A day ("2d", "P1D") is 24 hours of business time, not a working day: "P1D" on an
/// 08:00-17:00 calendar spans more than two working days.
class DurationParser
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DurationParser)

public:
    /// Whole seconds, never negative.
    static Result<qint64> parse(QStringView text);
    static Result<qint64> parse(const char *begin, const char *end);

    /// The compact form parse() accepts: 5400 -> "1h30m", 0 -> "0s".
    static QString format(qint64 seconds);
};

} // namespace Accordo
