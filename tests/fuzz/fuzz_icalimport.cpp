// iCalendar files read as holidays via libical, over the years the calendar dialog asks for.

#include "fuzzsupport.h"

#include "calendar/icalimport.h"

using namespace Accordo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 8192)
        return 0;
    const Result<IcalImport::Imported> imported = IcalImport::fromIcs(
        FuzzSupport::bytes(data, size), 2025, 2030, QStringLiteral("fuzz.ics"));
    if (!imported) {
        FUZZ_CHECK(!imported.errorString().isEmpty());
        return 0;
    }
    // One holiday per day, sorted, inside the years asked for.
    QDate previous;
    for (const HolidayRule &holiday : imported->holidays) {
        FUZZ_CHECK(holiday.date().isValid());
        FUZZ_CHECK(holiday.date().year() >= 2025 && holiday.date().year() <= 2030);
        FUZZ_CHECK(!previous.isValid() || previous < holiday.date());
        previous = holiday.date();
        FuzzSupport::consume(holiday.name());
    }
    FUZZ_CHECK(imported->skippedEvents >= 0);
    return 0;
}
