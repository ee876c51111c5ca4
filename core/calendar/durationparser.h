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
    /// The longest duration accepted: 100 years of 365.25 days (36525d, 3,155,760,000
    /// seconds). Longer ones are refused with a message naming the text.
    static constexpr qint64 MaxSeconds = qint64(36525) * 86400;

    /// Whole seconds, never negative, at most MaxSeconds.
    static Result<qint64> parse(QStringView text);
    static Result<qint64> parse(const char *begin, const char *end);

    /// The compact form parse() accepts: 5400 -> "1h30m", 0 -> "0s".
    static QString format(qint64 seconds);
    /// The message for a duration longer than MaxSeconds.
    static QString tooLong(const QString &text);
};

} // namespace Accordo
