#include "targetvalue.h"

#include "calendar/isotime.h"

#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace Accordo {

Result<qint64> TargetValue::parseDuration(const QString &text)
{
    static const QRegularExpression pattern(
        u"^\\s*(?:(\\d+)\\s*d)?\\s*(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m)?\\s*(?:(\\d+)\\s*s)?\\s*$"_s);
    const auto match = pattern.match(text.toLower());
    const auto notADuration = [&] {
        return Error{tr("\"%1\" is not a duration (expected e.g. 4h, 1h30m, 90m, 45s)").arg(text)};
    };
    if (text.trimmed().isEmpty() || !match.hasMatch())
        return notADuration();
    // No target spans more than the supported years; the bound also keeps the sum exact.
    constexpr qint64 kLongest = IsoTime::EndOfSupportedRange - IsoTime::FirstSupportedInstant;
    constexpr qint64 kUnitSeconds[] = {86400, 3600, 60, 1};
    qint64 seconds = 0;
    for (int unit = 0; unit < 4; ++unit) {
        const QStringView digits = match.capturedView(unit + 1);
        if (digits.isEmpty())
            continue;
        bool ok = false; // \d is ASCII digits only, so this fails only on overflow
        const qint64 count = digits.toLongLong(&ok);
        if (!ok || count > kLongest / kUnitSeconds[unit]
            || seconds + count * kUnitSeconds[unit] > kLongest)
            return Error{tr("\"%1\": the duration is longer than the %2 years Accordo supports")
                             .arg(text)
                             .arg(IsoTime::LastSupportedYear - IsoTime::FirstSupportedYear + 1)};
        seconds += count * kUnitSeconds[unit];
    }
    if (seconds <= 0)
        return Error{tr("\"%1\": the duration must be positive").arg(text)};
    return seconds;
}

QString TargetValue::formatDuration(qint64 seconds)
{
    QString out;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (hours)
        out += QString::number(hours) + u'h';
    if (minutes)
        out += QString::number(minutes) + u'm';
    if (rest || out.isEmpty())
        out += QString::number(rest) + u's';
    return out;
}

Result<qint64> TargetValue::parseMilli(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d+)(?:\\.(\\d{1,3}))?\\s*%?\\s*$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return Error{tr("\"%1\" is not a number with at most three decimals").arg(text)};
    bool ok = false; // \d is ASCII digits only, so this fails only on overflow
    const qint64 whole = match.capturedView(1).toLongLong(&ok);
    // Thousandths of the largest whole number still fit in 64 bits, with room for the sum.
    constexpr qint64 kLargestWhole = std::numeric_limits<qint64>::max() / 1000 - 1;
    if (!ok || whole > kLargestWhole)
        return Error{tr("\"%1\" is too large (at most %2)").arg(text).arg(kLargestWhole)};
    return whole * 1000 + match.captured(2).leftJustified(3, u'0').toLongLong();
}

QString TargetValue::formatMilli(qint64 milli)
{
    QString out = QString::number(milli / 1000);
    const qint64 fraction = milli % 1000;
    if (fraction) {
        QString digits = QString::number(fraction).rightJustified(3, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        out += u'.' + digits;
    }
    return out;
}

Result<qint64> TargetValue::parse(Metric metric, const QString &text)
{
    if (isDuration(metric))
        return parseDuration(text);
    auto value = parseMilli(text);
    if (!value)
        return value;
    if (metric == Metric::Availability && (*value <= 0 || *value > 100000))
        return Error{tr("availability must be above 0 and at most 100 %, not %1").arg(text)};
    if (metric == Metric::Satisfaction && (*value < 1000 || *value > 5000))
        return Error{tr("satisfaction is scored from 1 to 5, not %1").arg(text)};
    return value;
}

QString TargetValue::format(Metric metric, qint64 threshold, const QString &customUnit)
{
    switch (metric) {
    case Metric::FirstResponse:
    case Metric::Resolution:
        return formatDuration(threshold);
    case Metric::Availability:
        return formatMilli(threshold) + u" %"_s;
    case Metric::Satisfaction:
        return formatMilli(threshold) + u" / 5"_s;
    case Metric::Custom:
        return customUnit.isEmpty() ? formatMilli(threshold)
                                    : formatMilli(threshold) + u' ' + customUnit;
    }
    return {};
}

} // namespace Accordo
