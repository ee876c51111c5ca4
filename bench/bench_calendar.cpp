// Business-calendar throughput: due() and elapsed() on random inputs, against a naive
// day-by-day walk over the same inputs. Run a Release build; see bench/README.md.

#include "calendar/businesscalendar.h"
#include "calendar/calendarjson.h"
#include "calendar/isotime.h"

#include "benchsupport.h"

#include <QElapsedTimer>

#include <cstdio>
#include <random>
#include <set>
#include <vector>

using namespace Accordo;
using Accordo::Bench::kItalyOffice;

namespace {

// What a straightforward implementation does: walk the local days, converting each working
// interval's wall times to instants. Holidays are looked up in a precomputed set so that the
// walk, not the rule evaluation, is what gets measured.
class NaiveWalk
{
public:
    explicit NaiveWalk(const BusinessCalendar &calendar) : mCalendar(calendar)
    {
        for (QDate day(2020, 1, 1); day.year() < 2040; day = day.addDays(1)) {
            if (calendar.isHoliday(day))
                mHolidays.insert(day.toJulianDay());
        }
    }

    qint64 elapsed(qint64 from, qint64 to) const
    {
        qint64 total = 0;
        for (QDate day = localDate(from).addDays(-1); day <= localDate(to).addDays(1);
             day = day.addDays(1)) {
            forEachSpan(day, [&](qint64 open, qint64 close) {
                total += std::max<qint64>(0, std::min(close, to) - std::max(open, from));
                return false;
            });
        }
        return total;
    }

    qint64 due(qint64 start, qint64 duration) const
    {
        qint64 remaining = duration;
        qint64 result = 0;
        for (QDate day = localDate(start).addDays(-1);; day = day.addDays(1)) {
            const bool done = forEachSpan(day, [&](qint64 open, qint64 close) {
                const qint64 available = close - std::max(open, start);
                if (available <= 0)
                    return false;
                if (remaining <= available) {
                    result = std::max(open, start) + remaining;
                    return true;
                }
                remaining -= available;
                return false;
            });
            if (done)
                return result;
        }
    }

private:
    QDate localDate(qint64 instant) const
    {
        return QDateTime::fromSecsSinceEpoch(instant, mCalendar.timeZone()).date();
    }

    template<typename Visit>
    bool forEachSpan(QDate day, Visit visit) const
    {
        if (mHolidays.count(day.toJulianDay()))
            return false;
        for (const WorkingInterval &interval :
             mCalendar.workingIntervals(Qt::DayOfWeek(day.dayOfWeek()))) {
            if (visit(mCalendar.localToUtc(day, interval.start),
                      mCalendar.localToUtc(day, interval.end)))
                return true;
        }
        return false;
    }

    const BusinessCalendar &mCalendar;
    std::set<qint64> mHolidays;
};

struct Input
{
    qint64 start;
    qint64 second; // a duration for due, an end instant for elapsed
};

double callsPerSecond(qint64 calls, qint64 nanoseconds)
{
    return double(calls) * 1e9 / double(nanoseconds);
}

} // namespace

int main()
{
    const Result<BusinessCalendar> parsed = CalendarJson::fromJson(kItalyOffice);
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.errorString()));
        return 1;
    }
    const BusinessCalendar &calendar = *parsed;

    // Starts uniform over 2024-2030; durations 1 minute to 80 business hours (SLA-like);
    // elapsed spans 0 to 60 days.
    std::mt19937_64 random(20260301);
    const qint64 low = IsoTime::daysFromCivil(2024, 1, 1) * 86400;
    const qint64 high = IsoTime::daysFromCivil(2030, 12, 31) * 86400;
    std::uniform_int_distribution<qint64> instant(low, high);
    std::uniform_int_distribution<qint64> duration(60, 80 * 3600);
    std::uniform_int_distribution<qint64> span(0, 60 * 86400);
    constexpr int kCount = 4'000'000;
    std::vector<Input> dueInputs(kCount);
    std::vector<Input> elapsedInputs(kCount);
    for (int i = 0; i < kCount; ++i) {
        dueInputs[i] = {instant(random), duration(random)};
        const qint64 from = instant(random);
        elapsedInputs[i] = {from, from + span(random)};
    }

    QElapsedTimer timer;
    timer.start();
    (void)calendar.due(low, 1);
    (void)calendar.elapsed(low - 86400 * 3, high + 86400 * 70);
    std::printf("tables for 2023-2031 built in %.1f ms (once per calendar)\n",
                double(timer.nsecsElapsed()) / 1e6);

    qint64 checksum = 0;
    timer.restart();
    for (const Input &input : dueInputs)
        checksum += *calendar.due(input.start, input.second);
    const qint64 dueNs = timer.nsecsElapsed();
    timer.restart();
    for (const Input &input : elapsedInputs)
        checksum += calendar.elapsed(input.start, input.second);
    const qint64 elapsedNs = timer.nsecsElapsed();
    const double dueRate = callsPerSecond(kCount, dueNs);
    const double elapsedRate = callsPerSecond(kCount, elapsedNs);
    std::printf("due:     %12.0f calls/s (%d calls, %.1f ns/call)\n", dueRate, kCount,
                double(dueNs) / kCount);
    std::printf("elapsed: %12.0f calls/s (%d calls, %.1f ns/call)\n", elapsedRate, kCount,
                double(elapsedNs) / kCount);

    // The naive walk is thousands of times slower: time a prefix of the same inputs.
    const NaiveWalk naive(calendar);
    constexpr int kNaiveCount = 20'000;
    int disagreements = 0;
    timer.restart();
    for (int i = 0; i < kNaiveCount; ++i)
        disagreements += naive.due(dueInputs[i].start, dueInputs[i].second)
                         != *calendar.due(dueInputs[i].start, dueInputs[i].second);
    const qint64 naiveDueNs = timer.nsecsElapsed();
    timer.restart();
    for (int i = 0; i < kNaiveCount; ++i)
        disagreements += naive.elapsed(elapsedInputs[i].start, elapsedInputs[i].second)
                         != calendar.elapsed(elapsedInputs[i].start, elapsedInputs[i].second);
    const qint64 naiveElapsedNs = timer.nsecsElapsed();
    const double naiveDueRate = callsPerSecond(kNaiveCount, naiveDueNs);
    const double naiveElapsedRate = callsPerSecond(kNaiveCount, naiveElapsedNs);
    std::printf("naive due:     %10.0f calls/s (%d calls) -> table is %.0fx faster\n", naiveDueRate,
                kNaiveCount, dueRate / naiveDueRate);
    std::printf("naive elapsed: %10.0f calls/s (%d calls) -> table is %.0fx faster\n",
                naiveElapsedRate, kNaiveCount, elapsedRate / naiveElapsedRate);
    // Cost must not grow with the duration: the same starts with 1 to 2 years of business time.
    std::uniform_int_distribution<qint64> longDuration(2000 * 3600, 4000 * 3600);
    for (Input &input : dueInputs)
        input.second = longDuration(random);
    (void)calendar.due(high, 4000 * 3600);
    timer.restart();
    for (const Input &input : dueInputs)
        checksum += *calendar.due(input.start, input.second);
    const qint64 longNs = timer.nsecsElapsed();
    constexpr int kNaiveLongCount = 1'000;
    timer.restart();
    for (int i = 0; i < kNaiveLongCount; ++i)
        disagreements += naive.due(dueInputs[i].start, dueInputs[i].second)
                         != *calendar.due(dueInputs[i].start, dueInputs[i].second);
    const qint64 naiveLongNs = timer.nsecsElapsed();
    const double longRate = callsPerSecond(kCount, longNs);
    std::printf("due, 1-2 years of business time: %10.0f calls/s; naive %.0f calls/s -> %.0fx\n",
                longRate, callsPerSecond(kNaiveLongCount, naiveLongNs),
                longRate / callsPerSecond(kNaiveLongCount, naiveLongNs));
    std::printf("naive and table disagree on %d of %d inputs (checksum %lld)\n", disagreements,
                2 * kNaiveCount + kNaiveLongCount, static_cast<long long>(checksum));
    return disagreements == 0 ? 0 : 1;
}
