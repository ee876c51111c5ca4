#include "kpiperiods.h"

#include "kpi/kpiengine.h"

#include "calendar/businesscalendar.h"
#include "calendar/isotime.h"

#include <QDate>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo::Kpi {

namespace {

// The supported years (IsoTime), whose instants are the only ones let in.
constexpr int kFirstYear = IsoTime::FirstSupportedYear;
constexpr int kYears = IsoTime::LastSupportedYear - IsoTime::FirstSupportedYear + 1;

QString monthName(int year, int month)
{
    return u"%1-%2"_s.arg(year).arg(month, 2, 10, QChar(u'0'));
}

QDate firstDay(const QString &month)
{
    return QDate(month.left(4).toInt(), month.mid(5, 2).toInt(), 1);
}

} // namespace

void PeriodTable::build(const QTimeZone &zone, bool byQuarter)
{
    quarter = byQuarter;
    const int step = byQuarter ? 3 : 1;
    for (int year = kFirstYear; year < kFirstYear + kYears; ++year) {
        for (int month = 1; month <= 12; month += step) {
            starts.push_back(IsoTime::localToUtc(zone, QDate(year, month, 1), 0));
            names.push_back(byQuarter ? u"%1-Q%2"_s.arg(year).arg(month / 3 + 1)
                                      : monthName(year, month));
        }
    }
    // The end of the last period, December (or the fourth quarter) of the last year.
    starts.push_back(IsoTime::localToUtc(zone, QDate(kFirstYear + kYears, 1, 1), 0));
}

int PeriodTable::indexOf(qint64 instant) const
{
    const auto it = std::upper_bound(starts.begin(), starts.end(), instant);
    return std::clamp(int(it - starts.begin()) - 1, 0, int(starts.size()) - 2);
}

void PeriodTable::narrow(const QString &fromMonth, const QString &toMonth, int &first,
                         int &last) const
{
    // The names sort as their periods do; a month is compared with the name of its period.
    const auto nameOf = [this](const QString &month) -> QString {
        if (!quarter)
            return month;
        const int quarterOfMonth = (QStringView(month).mid(5, 2).toInt() + 2) / 3;
        return month.left(4) + u"-Q"_s + QString::number(quarterOfMonth);
    };
    if (!fromMonth.isEmpty()) {
        const auto it = std::lower_bound(names.cbegin(), names.cend(), nameOf(fromMonth));
        first = std::max(first, int(it - names.cbegin()));
    }
    if (!toMonth.isEmpty()) {
        const auto it = std::upper_bound(names.cbegin(), names.cend(), nameOf(toMonth));
        last = std::min(last, int(it - names.cbegin()) - 1);
    }
}

qint64 utcMonthStart(const QString &month)
{
    return (firstDay(month).toJulianDay() - 2440588) * 86400;
}

QString addMonths(const QString &month, int months)
{
    const QDate d = firstDay(month).addMonths(months);
    return monthName(d.year(), d.month());
}

QStringList monthsOf(const QString &period)
{
    if (!period.contains(u'Q'))
        return {period};
    const int first = (period.mid(6).toInt() - 1) * 3 + 1;
    const int year = period.left(4).toInt();
    return {monthName(year, first), monthName(year, first + 1), monthName(year, first + 2)};
}

bool inMonths(const KpiFilter &filter, const QString &period)
{
    // Asked of every period of every target: a month, its own first and last, is compared as
    // it is.
    if (filter.fromMonth.isEmpty() && filter.toMonth.isEmpty())
        return true;
    if (!period.contains(u'Q'))
        return (filter.fromMonth.isEmpty() || period >= filter.fromMonth)
               && (filter.toMonth.isEmpty() || period <= filter.toMonth);
    const QStringList months = monthsOf(period);
    return (filter.fromMonth.isEmpty() || months.last() >= filter.fromMonth)
           && (filter.toMonth.isEmpty() || months.first() <= filter.toMonth);
}

std::vector<Interval> merged(std::vector<Interval> spans, qint64 from, qint64 to)
{
    std::vector<Interval> result;
    std::sort(spans.begin(), spans.end(),
              [](const Interval &a, const Interval &b) { return a.from < b.from; });
    for (Interval span : spans) {
        span.from = std::max(span.from, from);
        span.to = std::min(span.to, to);
        if (span.to <= span.from)
            continue;
        if (!result.empty() && span.from <= result.back().to)
            result.back().to = std::max(result.back().to, span.to);
        else
            result.push_back(span);
    }
    return result;
}

qint64 businessTime(const BusinessCalendar &calendar, const std::vector<Interval> &spans)
{
    qint64 total = 0;
    for (const Interval &span : spans)
        total += calendar.elapsed(span.from, span.to);
    return total;
}

std::vector<Interval> intersection(const std::vector<Interval> &a, const std::vector<Interval> &b)
{
    std::vector<Interval> result;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 from = std::max(a[i].from, b[j].from);
        const qint64 to = std::min(a[i].to, b[j].to);
        if (from < to)
            result.push_back({from, to});
        (a[i].to < b[j].to) ? ++i : ++j;
    }
    return result;
}

} // namespace Accordo::Kpi
