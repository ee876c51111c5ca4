// The lines of `accordo-cli calendar due|elapsed --batch`, parsed and answered as the command
// answers them, on a calendar with split working days and holidays in a summer-time zone.
// The first byte chooses due or elapsed.

#include "fuzzsupport.h"

#include "calendar/batchline.h"
#include "calendar/calendarjson.h"
#include "calendar/isotime.h"

#include <cstdlib>

using namespace Accordo;

namespace {

const BusinessCalendar &calendar()
{
    static const BusinessCalendar calendar = *CalendarJson::fromJson(QByteArrayLiteral(R"({
        "name": "Italy office", "timezone": "Europe/Rome",
        "week": { "mon": ["08:00-12:30", "13:30-17:00"], "tue": ["08:00-17:00"],
                  "wed": ["08:00-17:00"], "thu": ["08:00-17:00"], "fri": ["08:00-16:00"] },
        "holidays": [ {"date": "2026-12-07", "name": "Sant'Ambrogio"},
                      {"fixed": "12-25", "observed": "nearest", "name": "Christmas"},
                      {"easter": 1, "name": "Easter Monday"} ] })"));
    return calendar;
}

} // namespace

// The calendar keeps one table of the years it was asked about, grown as queries reach
// further (tens of milliseconds a year under the sanitizers): build it once for all the
// supported years before fuzzing, so that no input pays for it.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    calendar().elapsed(IsoTime::FirstSupportedInstant, IsoTime::EndOfSupportedRange - 1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 1024)
        return 0;
    const BusinessCalendar &calendar = ::calendar();
    const bool due = data[0] & 1;
    const char *begin = reinterpret_cast<const char *>(data + 1);
    const char *end = reinterpret_cast<const char *>(data + size);
    CalendarBatchLine::Fields fields;
    CalendarBatchLine::Problem problem;
    QList<Pause> pauses;
    if (!CalendarBatchLine::parse(begin, end, due, calendar.timeZone(), fields, pauses, problem)) {
        FUZZ_CHECK(problem.field >= 1 && !problem.message.isEmpty());
        FuzzSupport::consume(problem.message);
        return 0;
    }
    const auto supported = [](qint64 instant) { return IsoTime::isSupported(instant); };
    FUZZ_CHECK(supported(fields.first));
    FUZZ_CHECK(due ? fields.second >= 0
                         && fields.first + fields.second <= IsoTime::EndOfSupportedRange
                   : supported(fields.second));
    for (const Pause &pause : std::as_const(pauses)) {
        FUZZ_CHECK(pause.start <= pause.end);
        FUZZ_CHECK(supported(pause.start) && supported(pause.end));
    }
    if (due) {
        const Result<qint64> at = calendar.due(fields.first, fields.second, pauses);
        if (at)
            FUZZ_CHECK(*at >= fields.first);
    } else {
        const qint64 elapsed = calendar.elapsed(fields.first, fields.second, pauses);
        FUZZ_CHECK((elapsed >= 0) == (fields.second >= fields.first) || elapsed == 0);
        FUZZ_CHECK(std::abs(elapsed) <= std::abs(fields.second - fields.first));
    }
    return 0;
}
