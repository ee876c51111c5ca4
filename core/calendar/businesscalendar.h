#pragma once

#include "calendar/holidayrule.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <memory>
#include <optional>

namespace Accordo {

/// Working hours of one weekday in local wall time: [start, end) in seconds after midnight.
struct WorkingInterval
{
    int start = 0;
    int end = 0; ///< Up to 86400, which is 24:00.

    friend bool operator==(const WorkingInterval &, const WorkingInterval &) = default;
};

/// A span [start, end) of epoch seconds (UTC) during which the clock is stopped.
struct Pause
{
    qint64 start = 0;
    qint64 end = 0;
};

/// Business time of one region: weekly working hours in an IANA zone, minus holidays.
///
/// Instants are epoch seconds (UTC). Working hours are local wall times, so a DST change
/// inside a working interval makes that day an hour shorter or longer. Each interval's
/// opening and closing time is turned into an instant by IsoTime::localToUtc(): a doubled
/// time takes the occurrence Qt 6.4 picks (the standard-time one), a time in a spring gap
/// is moved forward by the gap. Business time is the union of the resulting [open, close)
/// spans; an interval whose close does not come after its open (02:30-03:15 on a spring
/// day in Europe/Rome) is empty.
///
/// Queries cost O(log n) whatever the span: the open/close instants and their running
/// business totals are built lazily for the years in use and shared by copies. Const
/// members may be called from several threads at once. Instants are clamped to the years
/// kFirstYear to kLastYear.
class BusinessCalendar
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::BusinessCalendar)

public:
    static constexpr int kFirstYear = 1900;
    static constexpr int kLastYear = 9990;

    BusinessCalendar();
    explicit BusinessCalendar(QString name, QTimeZone zone = QTimeZone::utc());

    QString name() const { return mName; }
    void setName(const QString &name) { mName = name; }
    QTimeZone timeZone() const { return mZone; }
    void setTimeZone(const QTimeZone &zone);

    QList<WorkingInterval> workingIntervals(Qt::DayOfWeek day) const;
    /// Sorts the intervals; refuses empty, out-of-day or overlapping ones (touching is fine).
    Result<void> setWorkingIntervals(Qt::DayOfWeek day, QList<WorkingInterval> intervals);
    /// Working seconds of a week without holidays, as written (DST ignored).
    qint64 weeklyWorkingSeconds() const;

    QList<HolidayRule> holidays() const { return mHolidays; }
    void setHolidays(const QList<HolidayRule> &holidays);
    void addHoliday(const HolidayRule &holiday);
    /// Whether the local day is closed by a holiday rule (observed days included).
    bool isHoliday(QDate localDate) const;

    /// Business seconds in [from, to); negative when to comes before from.
    qint64 elapsed(qint64 from, qint64 to) const;
    /// The same with the clock stopped during the pauses, which may overlap each other.
    qint64 elapsed(qint64 from, qint64 to, const QList<Pause> &pauses) const;
    /// The earliest instant t >= start with elapsed(start, t) == duration: with 08:00-17:00,
    /// Friday 16:00 + 1 h is Friday 17:00. Empty if the calendar never accumulates that
    /// much business time before the end of IsoTime::LastSupportedYear (the year after it
    /// may still be reached).
    std::optional<qint64> due(qint64 start, qint64 duration) const;
    std::optional<qint64> due(qint64 start, qint64 duration, const QList<Pause> &pauses) const;

    qint64 elapsed(const QDateTime &from, const QDateTime &to) const;
    /// A UTC QDateTime, or an invalid one when there is no due instant.
    QDateTime due(const QDateTime &start, qint64 duration) const;

    /// The instant of a local wall time in this calendar's zone (see the class comment).
    qint64 localToUtc(QDate date, int secondOfDay) const;

    friend bool operator==(const BusinessCalendar &a, const BusinessCalendar &b);

private:
    struct Table;
    struct Cache;

    const Table *tableFor(qint64 from, qint64 to) const;
    const Table *coverYears(int firstYear, int lastYear) const;
    std::unique_ptr<Table> buildTable(Cache &cache, int firstYear, int lastYear) const;
    std::optional<qint64> dueWithoutPauses(qint64 start, qint64 duration) const;
    void resetCache();

    QString mName;
    QTimeZone mZone;
    std::array<QList<WorkingInterval>, 7> mWeek; // Monday first
    QList<HolidayRule> mHolidays;
    // Shared by copies, which have the same rules; every change of rules starts a new one.
    std::shared_ptr<Cache> mCache;
};

} // namespace Accordo
