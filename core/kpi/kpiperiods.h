#pragma once

#include <QString>
#include <QTimeZone>

#include <limits>
#include <utility>
#include <vector>

namespace Accordo {

struct KpiFilter;
class BusinessCalendar;
} // namespace Accordo

namespace Accordo::Kpi {

constexpr qint64 kWhole = 100000;
constexpr qint64 kForever = std::numeric_limits<qint64>::max() / 4;

/// Period boundaries of one zone as instants: a binary search per ticket instead of a zone
/// conversion, which would dominate a million-ticket recompute.
struct PeriodTable
{
    bool quarter = false;
    // starts[i]: period i, counted from January 1970, up to December 2199 (the supported
    // years), then the end of that last period.
    std::vector<qint64> starts;
    // names[i]: period i's name ("YYYY-MM" or "YYYY-Qn"), made once: every row names one.
    std::vector<QString> names;

    void build(const QTimeZone &zone, bool byQuarter);
    int indexOf(qint64 instant) const;
    qint64 start(int index) const { return starts[size_t(index)]; }
    qint64 end(int index) const { return starts[size_t(index) + 1]; }
    const QString &name(int index) const { return names[size_t(index)]; }
    /// Narrows the indices [first, last] to the periods that lie in the months from
    /// `fromMonth` to `toMonth` ("YYYY-MM"; empty: open), as inMonths() decides: a quarter
    /// does when one of its months does.
    void narrow(const QString &fromMonth, const QString &toMonth, int &first, int &last) const;
};

struct Interval
{
    qint64 from = 0;
    qint64 to = 0;
};

/// The first instant of a "YYYY-MM" month in UTC.
qint64 utcMonthStart(const QString &month);
/// "YYYY-MM" of the month `months` after (or before, when negative) `month`.
QString addMonths(const QString &month, int months);
/// The months ("YYYY-MM") of a period name: a month, or the three of a quarter "YYYY-Qn".
QStringList monthsOf(const QString &period);
/// Whether a period ("2026-03", "2026-Q1") lies in the filter's months: a quarter does when
/// one of its months does.
bool inMonths(const KpiFilter &filter, const QString &period);

/// Sorted, merged copies of intervals, clipped to [from, to).
std::vector<Interval> merged(std::vector<Interval> spans, qint64 from, qint64 to);
/// The calendar's business time inside sorted, disjoint intervals.
qint64 businessTime(const BusinessCalendar &calendar, const std::vector<Interval> &spans);
/// Where two sorted, disjoint interval lists overlap.
std::vector<Interval> intersection(const std::vector<Interval> &a, const std::vector<Interval> &b);

} // namespace Accordo::Kpi
