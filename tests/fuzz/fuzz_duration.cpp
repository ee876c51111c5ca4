// Business-time durations: DurationParser (calendar commands, batch lines) and the target
// thresholds of TargetValue (durations and thousandths). What is accepted writes back to
// itself.

#include "fuzzsupport.h"

#include "calendar/durationparser.h"
#include "domain/targetvalue.h"

using namespace Accordo;

namespace {

// A value read is at least `least` and is read back the same from the text `reread` writes of
// it and reads again; a refusal says why.
template<typename Reread>
void checkReadsBack(const Result<qint64> &read, qint64 least, Reread reread)
{
    if (!read) {
        FuzzSupport::consume(read.errorString());
        return;
    }
    FUZZ_CHECK(*read >= least);
    const Result<qint64> again = reread(*read);
    FUZZ_CHECK(again.ok() && *again == *read);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256)
        return 0;
    const QByteArray input = FuzzSupport::bytes(data, size);
    const Result<qint64> parsed = DurationParser::parse(input.constData(),
                                                        input.constData() + input.size());
    checkReadsBack(parsed, 0, [](qint64 seconds) {
        return DurationParser::parse(DurationParser::format(seconds));
    });
    const QString text = QString::fromUtf8(input);
    const Result<qint64> asText = DurationParser::parse(text);
    if (asText)
        FUZZ_CHECK(*asText >= 0);

    const Result<qint64> threshold = TargetValue::parseDuration(text);
    checkReadsBack(threshold, 1, [](qint64 seconds) {
        return TargetValue::parseDuration(TargetValue::formatDuration(seconds));
    });

    // The other thresholds: thousandths of a percent, a point or a custom unit.
    const Result<qint64> milli = TargetValue::parseMilli(text);
    checkReadsBack(milli, 0, [](qint64 thousandths) {
        return TargetValue::parseMilli(TargetValue::formatMilli(thousandths));
    });
    return 0;
}
