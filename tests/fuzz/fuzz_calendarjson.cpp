// The JSON exchange format of business calendars: whatever it accepts must write back to
// JSON that reads as the same calendar, and a week of business time must be computable.

#include "fuzzsupport.h"

#include "calendar/calendarjson.h"
#include "calendar/isotime.h"

using namespace Accordo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 8192)
        return 0;
    const Result<BusinessCalendar> calendar = CalendarJson::fromJson(FuzzSupport::bytes(data, size),
                                                                     QStringLiteral("fuzz.json"));
    if (!calendar) {
        FUZZ_CHECK(!calendar.errorString().isEmpty());
        return 0;
    }
    const QByteArray written = CalendarJson::toJson(*calendar);
    const Result<BusinessCalendar> again = CalendarJson::fromJson(written);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(CalendarJson::toJson(*again) == written);
    // 2026-11-30T00:00:00Z, a Monday, and the week after it.
    const qint64 start = IsoTime::daysFromCivil(2026, 11, 30) * 86400;
    const qint64 week = calendar->elapsed(start, start + 7 * 86400);
    FUZZ_CHECK(week >= 0 && week <= 7 * 86400);
    return 0;
}
