#include "businesscalendar.h"

#include "calendar/clocktime.h"
#include "calendar/durationparser.h"
#include "calendar/isotime.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr qint64 kSecondsPerDay = 86400;

struct Span
{
    qint64 open;
    qint64 close;
};

int yearOf(qint64 instant)
{
    return IsoTime::civilFromDays(IsoTime::floorDiv(instant, kSecondsPerDay)).year;
}

// Index of the last element <= value, or -1. Branch-free so the compiler emits conditional
// moves: random queries would otherwise mispredict at every level.
qsizetype lastNotAfter(const qint64 *data, qsizetype size, qint64 value)
{
    if (size == 0)
        return -1;
    const qint64 *base = data;
    qsizetype length = size;
    while (length > 1) {
        const qsizetype half = length / 2;
        base = base[half] <= value ? base + half : base;
        length -= half;
    }
    return *base <= value ? base - data : -1;
}

// Index of the first element >= value, or size.
qsizetype firstNotBefore(const qint64 *data, qsizetype size, qint64 value)
{
    if (size == 0)
        return 0;
    const qint64 *base = data;
    qsizetype length = size;
    while (length > 1) {
        const qsizetype half = length / 2;
        base = base[half - 1] < value ? base + half : base;
        length -= half;
    }
    return (*base < value ? base + 1 : base) - data;
}

QList<Pause> mergedPauses(const QList<Pause> &pauses)
{
    QList<Pause> sorted;
    sorted.reserve(pauses.size());
    for (const Pause &pause : pauses) {
        if (pause.end > pause.start)
            sorted.append(pause);
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const Pause &a, const Pause &b) { return a.start < b.start; });
    QList<Pause> merged;
    for (const Pause &pause : std::as_const(sorted)) {
        if (!merged.isEmpty() && pause.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, pause.end);
        else
            merged.append(pause);
    }
    return merged;
}

} // namespace

// Business time of the local years [firstYear, lastYear]: the merged open/close instants
// and the business seconds from `low` to each opening and closing.
struct BusinessCalendar::Table
{
    int firstYear = 0;
    int lastYear = 0;
    qint64 low = 0;  // local midnight starting firstYear
    qint64 high = 0; // local midnight after lastYear
    std::vector<qint64> open;
    std::vector<qint64> close;
    std::vector<qint64> totalAtOpen;
    std::vector<qint64> totalAtClose;

    qint64 total() const { return totalAtClose.empty() ? 0 : totalAtClose.back(); }

    bool covers(qint64 from, qint64 to) const { return from >= low && to <= high; }

    // Business seconds in [low, instant).
    qint64 before(qint64 instant) const
    {
        const qsizetype i = lastNotAfter(open.data(), qsizetype(open.size()), instant);
        if (i < 0)
            return 0;
        return totalAtOpen[i] + std::min(instant, close[i]) - open[i];
    }

    // The earliest instant with before() == target, for 0 < target <= total().
    qint64 reach(qint64 target) const
    {
        const qsizetype i = firstNotBefore(totalAtClose.data(), qsizetype(totalAtClose.size()),
                                           target);
        return open[i] + (target - totalAtOpen[i]);
    }
};

struct BusinessCalendar::Cache
{
    std::mutex mutex;
    std::atomic<const Table *> current{nullptr};
    // Every table ever published stays alive: a reader may still be using an older one.
    // Tables grow geometrically, so together they hold at most a few times the newest.
    std::vector<std::unique_ptr<const Table>> tables;
    std::map<int, std::vector<Span>> years;
};

BusinessCalendar::BusinessCalendar() : BusinessCalendar(QString()) {}

BusinessCalendar::BusinessCalendar(QString name, QTimeZone zone)
    : mName(std::move(name)), mZone(std::move(zone)), mCache(std::make_shared<Cache>())
{}

void BusinessCalendar::setTimeZone(const QTimeZone &zone)
{
    mZone = zone;
    resetCache();
}

QList<WorkingInterval> BusinessCalendar::workingIntervals(Qt::DayOfWeek day) const
{
    if (day < Qt::Monday || day > Qt::Sunday)
        return {};
    return mWeek[day - 1];
}

Result<void> BusinessCalendar::setWorkingIntervals(Qt::DayOfWeek day,
                                                   QList<WorkingInterval> intervals)
{
    if (day < Qt::Monday || day > Qt::Sunday)
        return Error{tr("%1 is not a day of the week").arg(int(day))};
    for (const WorkingInterval &interval : std::as_const(intervals)) {
        if (interval.start < 0 || interval.end > kSecondsPerDay || interval.start >= interval.end)
            return Error{
                tr("%1-%2 is not a working interval within a day")
                    .arg(ClockTime::format(interval.start), ClockTime::format(interval.end))};
    }
    std::sort(intervals.begin(), intervals.end(),
              [](const WorkingInterval &a, const WorkingInterval &b) { return a.start < b.start; });
    for (qsizetype i = 1; i < intervals.size(); ++i) {
        if (intervals[i].start < intervals[i - 1].end)
            return Error{tr("%1-%2 overlaps %3-%4")
                             .arg(ClockTime::format(intervals[i].start),
                                  ClockTime::format(intervals[i].end),
                                  ClockTime::format(intervals[i - 1].start),
                                  ClockTime::format(intervals[i - 1].end))};
    }
    mWeek[day - 1] = std::move(intervals);
    resetCache();
    return {};
}

qint64 BusinessCalendar::weeklyWorkingSeconds() const
{
    qint64 total = 0;
    for (const QList<WorkingInterval> &day : mWeek) {
        for (const WorkingInterval &interval : day)
            total += interval.end - interval.start;
    }
    return total;
}

void BusinessCalendar::setHolidays(const QList<HolidayRule> &holidays)
{
    mHolidays = holidays;
    resetCache();
}

void BusinessCalendar::addHoliday(const HolidayRule &holiday)
{
    mHolidays.append(holiday);
    resetCache();
}

bool BusinessCalendar::isHoliday(QDate localDate) const
{
    // Observed days can cross a year boundary, so the neighbouring years' rules count too.
    for (int year = localDate.year() - 1; year <= localDate.year() + 1; ++year) {
        for (const HolidayRule &rule : mHolidays) {
            if (rule.closedDays(year).contains(localDate))
                return true;
        }
    }
    return false;
}

qint64 BusinessCalendar::localToUtc(QDate date, int secondOfDay) const
{
    return IsoTime::localToUtc(mZone, date, secondOfDay);
}

void BusinessCalendar::resetCache()
{
    mCache = std::make_shared<Cache>();
}

std::unique_ptr<BusinessCalendar::Table> BusinessCalendar::buildTable(Cache &cache, int firstYear,
                                                                      int lastYear) const
{
    std::vector<Span> spans;
    for (int year = firstYear; year <= lastYear; ++year) {
        auto found = cache.years.find(year);
        if (found == cache.years.end()) {
            std::vector<qint64> closed;
            for (int ruleYear = year - 1; ruleYear <= year + 1; ++ruleYear) {
                for (const HolidayRule &rule : mHolidays) {
                    for (const QDate &day : rule.closedDays(ruleYear)) {
                        if (day.year() == year)
                            closed.push_back(day.toJulianDay());
                    }
                }
            }
            std::sort(closed.begin(), closed.end());
            std::vector<Span> yearSpans;
            const qint64 firstDay = QDate(year, 1, 1).toJulianDay();
            const qint64 lastDay = QDate(year, 12, 31).toJulianDay();
            for (qint64 julianDay = firstDay; julianDay <= lastDay; ++julianDay) {
                // Julian day 0 was a Monday.
                const QList<WorkingInterval> &intervals = mWeek[julianDay % 7];
                if (intervals.isEmpty()
                    || std::binary_search(closed.begin(), closed.end(), julianDay))
                    continue;
                const QDate date = QDate::fromJulianDay(julianDay);
                for (const WorkingInterval &interval : intervals) {
                    const qint64 open = localToUtc(date, interval.start);
                    const qint64 close = localToUtc(date, interval.end);
                    if (close > open)
                        yearSpans.push_back({open, close});
                }
            }
            found = cache.years.emplace(year, std::move(yearSpans)).first;
        }
        spans.insert(spans.end(), found->second.begin(), found->second.end());
    }
    // Spans are in local order; a spring gap can put a later opening before an earlier
    // closing, so sort and take the union.
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.open < b.open; });

    auto table = std::make_unique<Table>();
    table->firstYear = firstYear;
    table->lastYear = lastYear;
    table->low = localToUtc(QDate(firstYear, 1, 1), 0);
    table->high = localToUtc(QDate(lastYear + 1, 1, 1), 0);
    qint64 total = 0;
    for (const Span &span : spans) {
        const qint64 open = std::max(span.open, table->low);
        const qint64 close = std::min(span.close, table->high);
        if (close <= open)
            continue;
        if (!table->close.empty() && open <= table->close.back()) {
            if (close > table->close.back()) {
                total += close - table->close.back();
                table->close.back() = close;
                table->totalAtClose.back() = total;
            }
            continue;
        }
        table->open.push_back(open);
        table->close.push_back(close);
        table->totalAtOpen.push_back(total);
        total += close - open;
        table->totalAtClose.push_back(total);
    }
    return table;
}

const BusinessCalendar::Table *BusinessCalendar::coverYears(int firstYear, int lastYear) const
{
    Cache &cache = *mCache;
    std::lock_guard lock(cache.mutex);
    const Table *current = cache.current.load(std::memory_order_acquire);
    firstYear = std::max(firstYear, kFirstYear);
    lastYear = std::min(lastYear, kLastYear);
    if (current) {
        if (firstYear >= current->firstYear && lastYear <= current->lastYear)
            return current;
        // Grow by at least half the current span so that a query creeping forward does
        // not rebuild the table once per year.
        const int half = (current->lastYear - current->firstYear + 2) / 2;
        firstYear = firstYear < current->firstYear
                        ? std::max(kFirstYear, std::min(firstYear, current->firstYear - half))
                        : current->firstYear;
        lastYear = lastYear > current->lastYear
                       ? std::min(kLastYear, std::max(lastYear, current->lastYear + half))
                       : current->lastYear;
    }
    std::unique_ptr<Table> table = buildTable(cache, firstYear, lastYear);
    const Table *published = table.get();
    cache.tables.push_back(std::move(table));
    cache.current.store(published, std::memory_order_release);
    return published;
}

const BusinessCalendar::Table *BusinessCalendar::tableFor(qint64 from, qint64 to) const
{
    const Table *table = mCache->current.load(std::memory_order_acquire);
    if (table && table->covers(from, to))
        return table;
    // A local date is within a day of the UTC one.
    return coverYears(yearOf(from - 2 * kSecondsPerDay), yearOf(to + 2 * kSecondsPerDay));
}

namespace {

// elapsed() counts business time within the supported years only. Every instant coming in
// is refused outside them; open ends (an agreement without an end date) stand for "after
// them" and count as their end.
qint64 clampInstant(qint64 instant)
{
    return std::clamp(instant, IsoTime::FirstSupportedInstant, IsoTime::EndOfSupportedRange);
}

} // namespace

qint64 BusinessCalendar::elapsed(qint64 from, qint64 to) const
{
    from = clampInstant(from);
    to = clampInstant(to);
    if (to < from)
        return -elapsed(to, from);
    const Table *table = tableFor(from, to);
    return table->before(to) - table->before(from);
}

qint64 BusinessCalendar::elapsed(qint64 from, qint64 to, const QList<Pause> &pauses) const
{
    if (pauses.isEmpty())
        return elapsed(from, to);
    from = clampInstant(from);
    to = clampInstant(to);
    if (to < from)
        return -elapsed(to, from, pauses);
    const Table *table = tableFor(from, to);
    qint64 total = table->before(to) - table->before(from);
    for (const Pause &pause : mergedPauses(pauses)) {
        const qint64 start = std::max(pause.start, from);
        const qint64 end = std::min(pause.end, to);
        if (start < end)
            total -= table->before(end) - table->before(start);
    }
    return total;
}

Error BusinessCalendar::beyondRange(qint64 start, qint64 duration) const
{
    return Error{tr("%1 of business time from %2 in calendar \"%3\" ends after %4, the last "
                    "year Accordo supports")
                     .arg(DurationParser::format(duration), IsoTime::formatUtc(start), mName)
                     .arg(kLastYear)};
}

Result<qint64> BusinessCalendar::dueWithoutPauses(qint64 start, qint64 duration) const
{
    if (auto supported = IsoTime::requireSupported(start,
                                                   tr("start %1").arg(IsoTime::formatUtc(start)));
        !supported)
        return supported.error();
    if (duration <= 0)
        return start;
    const qint64 weekly = weeklyWorkingSeconds();
    if (weekly == 0)
        return Error{
            tr("calendar \"%1\" has no working hours: no business time is ever due").arg(mName)};
    // Business time never runs faster than the clock, nor beyond the weekly hours (plus
    // an hour a day of DST) in any of the 53 weeks a year can touch: a duration beyond
    // either bound is refused without building a table.
    const qint64 yearsLeft = kLastYear - yearOf(start) + 1;
    if (duration > IsoTime::EndOfSupportedRange - start
        || duration > (weekly + 7 * 3600) * 53 * yearsLeft)
        return beyondRange(start, duration);
    const Table *table = tableFor(start, start);
    qint64 target = table->before(start) + duration;
    if (target > table->total()) {
        // Guess the years needed from the weekly hours; holidays may call for more.
        int lastYear = table->lastYear;
        while (target > table->total()) {
            if (table->lastYear >= kLastYear)
                return beyondRange(start, duration);
            const qint64 missing = target - table->total();
            lastYear += int(std::min<qint64>(kLastYear, missing / (weekly * 50) + 1));
            table = coverYears(table->firstYear, lastYear);
            lastYear = table->lastYear;
            target = table->before(start) + duration;
        }
    }
    const qint64 due = table->reach(target);
    if (due >= IsoTime::EndOfSupportedRange)
        return beyondRange(start, duration);
    return due;
}

Result<qint64> BusinessCalendar::due(qint64 start, qint64 duration) const
{
    return dueWithoutPauses(start, duration);
}

Result<qint64> BusinessCalendar::due(qint64 start, qint64 duration,
                                     const QList<Pause> &pauses) const
{
    if (pauses.isEmpty() || duration <= 0)
        return dueWithoutPauses(start, duration);
    if (auto supported = IsoTime::requireSupported(start,
                                                   tr("start %1").arg(IsoTime::formatUtc(start)));
        !supported)
        return supported.error();
    qint64 current = start;
    qint64 remaining = duration;
    for (const Pause &pause : mergedPauses(pauses)) {
        if (pause.end <= current)
            continue;
        if (pause.start <= current) {
            current = pause.end;
            if (current >= IsoTime::EndOfSupportedRange)
                return beyondRange(start, duration);
            continue;
        }
        const Result<qint64> candidate = dueWithoutPauses(current, remaining);
        if (!candidate || *candidate <= pause.start)
            return candidate;
        remaining -= elapsed(current, pause.start);
        current = pause.end;
        if (current >= IsoTime::EndOfSupportedRange)
            return beyondRange(start, duration);
    }
    return dueWithoutPauses(current, remaining);
}

qint64 BusinessCalendar::elapsed(const QDateTime &from, const QDateTime &to) const
{
    return elapsed(from.toSecsSinceEpoch(), to.toSecsSinceEpoch());
}

QDateTime BusinessCalendar::due(const QDateTime &start, qint64 duration) const
{
    const Result<qint64> result = due(start.toSecsSinceEpoch(), duration);
    if (!result)
        return {};
    return QDateTime::fromSecsSinceEpoch(*result, Qt::UTC);
}

bool operator==(const BusinessCalendar &a, const BusinessCalendar &b)
{
    return a.mName == b.mName && a.mZone.id() == b.mZone.id() && a.mWeek == b.mWeek
           && a.mHolidays == b.mHolidays;
}

} // namespace Accordo
