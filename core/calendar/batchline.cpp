#include "batchline.h"

#include "calendar/durationparser.h"
#include "calendar/isotime.h"

#include <cstring>

namespace Accordo {

namespace {

// An instant of the line, refused with its text when it is outside the years Accordo
// computes in: the calendar would otherwise build its tables up to the year 9990.
Result<qint64> parseInstant(const char *begin, const char *end, const QTimeZone &zone)
{
    const Result<qint64> instant = IsoTime::parse(begin, end, zone);
    if (!instant)
        return instant;
    return IsoTime::requireSupported(
        *instant, u'"' + QString::fromLatin1(begin, end - begin).trimmed() + u'"');
}

} // namespace

Result<Pause> CalendarBatchLine::parsePause(const char *begin, const char *end,
                                            const QTimeZone &zone)
{
    const char *slash = static_cast<const char *>(std::memchr(begin, '/', size_t(end - begin)));
    if (!slash)
        return Error{
            tr("\"%1\" is not a pause FROM/TO").arg(QString::fromLatin1(begin, end - begin))};
    const Result<qint64> from = parseInstant(begin, slash, zone);
    if (!from)
        return from.error();
    const Result<qint64> to = parseInstant(slash + 1, end, zone);
    if (!to)
        return to.error();
    if (*to < *from)
        return Error{
            tr("pause \"%1\" ends before it starts").arg(QString::fromLatin1(begin, end - begin))};
    return Pause{*from, *to};
}

bool CalendarBatchLine::parse(const char *begin, const char *end, bool due, const QTimeZone &zone,
                              Fields &fields, QList<Pause> &pauses, Problem &problem)
{
    const auto fail = [&](int field, const QString &message) {
        problem = Problem{field, message};
        return false;
    };
    const char *comma = static_cast<const char *>(std::memchr(begin, ',', size_t(end - begin)));
    if (!comma)
        return fail(1, due ? tr("expected START,DURATION") : tr("expected FROM,TO"));
    const char *secondEnd = static_cast<const char *>(
        std::memchr(comma + 1, ',', size_t(end - comma - 1)));
    if (!secondEnd)
        secondEnd = end;
    const Result<qint64> first = parseInstant(begin, comma, zone);
    if (!first)
        return fail(1, first.errorString());
    fields.first = *first;
    int field = 3;
    for (const char *p = secondEnd; p < end; ++field) {
        const char *next = static_cast<const char *>(std::memchr(p + 1, ',', size_t(end - p - 1)));
        if (!next)
            next = end;
        const Result<Pause> pause = parsePause(p + 1, next, zone);
        if (!pause)
            return fail(field, pause.errorString());
        pauses.append(*pause);
        p = next;
    }
    const Result<qint64> second = due ? DurationParser::parse(comma + 1, secondEnd)
                                      : parseInstant(comma + 1, secondEnd, zone);
    if (!second)
        return fail(2, second.errorString());
    // Business time passes no faster than the clock: a longer duration is due after the
    // supported years, and searching for it would only cost time.
    if (due && *second > IsoTime::EndOfSupportedRange - fields.first)
        return fail(2, tr("\"%1\" after %2 is due after the years Accordo supports (%3 to %4)")
                           .arg(QString::fromLatin1(comma + 1, secondEnd - comma - 1).trimmed(),
                                IsoTime::formatUtc(fields.first),
                                QString::number(IsoTime::FirstSupportedYear),
                                QString::number(IsoTime::LastSupportedYear)));
    fields.second = *second;
    return true;
}

} // namespace Accordo
