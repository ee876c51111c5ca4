// ISO 8601 instants, as ASCII and as text, in UTC and in a zone with summer time: both
// overloads agree, and an instant in the supported range writes back to itself.

#include "fuzzsupport.h"

#include "calendar/isotime.h"

using namespace Accordo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256)
        return 0;
    static const QTimeZone zones[] = {QTimeZone::utc(), QTimeZone("Europe/Rome"),
                                      QTimeZone("America/New_York")};
    const QByteArray input = FuzzSupport::bytes(data, size);
    for (const QTimeZone &zone : zones) {
        const Result<qint64> parsed = IsoTime::parse(input.constData(),
                                                     input.constData() + input.size(), zone);
        const Result<qint64> asText = IsoTime::parse(QString::fromLatin1(input), zone);
        if (!parsed) {
            FuzzSupport::consume(parsed.errorString());
            continue;
        }
        FUZZ_CHECK(asText.ok() || input.trimmed() != input);
        if (asText)
            FUZZ_CHECK(*asText == *parsed);
        if (!IsoTime::isSupported(*parsed))
            continue;
        const QString written = IsoTime::formatUtc(*parsed);
        const Result<qint64> again = IsoTime::parse(written, zone);
        FUZZ_CHECK(again.ok() && *again == *parsed);
        const CivilDate date = IsoTime::civilFromDays(IsoTime::floorDiv(*parsed, 86400));
        FUZZ_CHECK(IsoTime::daysFromCivil(date.year, date.month, date.day)
                   == IsoTime::floorDiv(*parsed, 86400));
    }
    return 0;
}
