// Business-time durations: DurationParser (calendar commands, batch lines) and the target
// thresholds of TargetValue (durations and thousandths). What is accepted writes back to
// itself.

#include "fuzzsupport.h"

#include "calendar/durationparser.h"
#include "domain/targetvalue.h"

using namespace Accordo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256)
        return 0;
    const QByteArray input = FuzzSupport::bytes(data, size);
    const Result<qint64> parsed = DurationParser::parse(input.constData(),
                                                        input.constData() + input.size());
    if (parsed) {
        FUZZ_CHECK(*parsed >= 0);
        const Result<qint64> again = DurationParser::parse(DurationParser::format(*parsed));
        FUZZ_CHECK(again.ok() && *again == *parsed);
    } else {
        FuzzSupport::consume(parsed.errorString());
    }
    const QString text = QString::fromUtf8(input);
    const Result<qint64> asText = DurationParser::parse(text);
    if (asText)
        FUZZ_CHECK(*asText >= 0);

    const Result<qint64> threshold = TargetValue::parseDuration(text);
    if (threshold) {
        FUZZ_CHECK(*threshold > 0);
        const Result<qint64> again = TargetValue::parseDuration(
            TargetValue::formatDuration(*threshold));
        FUZZ_CHECK(again.ok() && *again == *threshold);
    } else {
        FuzzSupport::consume(threshold.errorString());
    }

    // The other thresholds: thousandths of a percent, a point or a custom unit.
    const Result<qint64> milli = TargetValue::parseMilli(text);
    if (milli) {
        FUZZ_CHECK(*milli >= 0);
        const Result<qint64> again = TargetValue::parseMilli(TargetValue::formatMilli(*milli));
        FUZZ_CHECK(again.ok() && *again == *milli);
    } else {
        FuzzSupport::consume(milli.errorString());
    }
    return 0;
}
