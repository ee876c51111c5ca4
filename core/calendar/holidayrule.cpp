#include "holidayrule.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace Accordo {

namespace {

namespace bg = boost::gregorian;

QDate toQDate(const bg::date &date)
{
    const auto ymd = date.year_month_day();
    return QDate(ymd.year, ymd.month, ymd.day);
}

// Boost counts weekdays from Sunday = 0, Qt from Monday = 1.
bg::greg_weekday toBoostWeekday(Qt::DayOfWeek weekday)
{
    return bg::greg_weekday(static_cast<unsigned short>(weekday % 7));
}

} // namespace

HolidayRule HolidayRule::oneOff(QDate date, QString name)
{
    HolidayRule rule(Kind::Date, std::move(name));
    rule.mDate = date;
    return rule;
}

HolidayRule HolidayRule::fixed(int month, int day, Observed observed, QString name)
{
    HolidayRule rule(Kind::Fixed, std::move(name));
    rule.mMonth = month;
    rule.mDay = day;
    rule.mObserved = observed;
    return rule;
}

HolidayRule HolidayRule::nthWeekday(int nth, Qt::DayOfWeek weekday, int month, QString name)
{
    HolidayRule rule(Kind::NthWeekday, std::move(name));
    rule.mNth = nth;
    rule.mWeekday = weekday;
    rule.mMonth = month;
    return rule;
}

HolidayRule HolidayRule::easterRelative(int offsetDays, QString name)
{
    HolidayRule rule(Kind::Easter, std::move(name));
    rule.mEasterOffset = offsetDays;
    return rule;
}

Result<void> HolidayRule::validate() const
{
    switch (mKind) {
    case Kind::Date:
        if (!mDate.isValid() || mDate.year() < 1400 || mDate.year() > 9999)
            return Error{tr("the date is not valid")};
        break;
    case Kind::Fixed:
        // 2000 is a leap year, so 02-29 is accepted here and skipped in other years.
        if (mMonth < 1 || mMonth > 12 || !QDate::isValid(2000, mMonth, mDay))
            return Error{tr("%1-%2 is not a day of the year")
                             .arg(mMonth, 2, 10, QLatin1Char('0'))
                             .arg(mDay, 2, 10, QLatin1Char('0'))};
        break;
    case Kind::NthWeekday:
        if (mMonth < 1 || mMonth > 12)
            return Error{tr("month %1 is not between 1 and 12").arg(mMonth)};
        if (mNth != -1 && (mNth < 1 || mNth > 4))
            return Error{tr("nth %1 is not 1 to 4, or -1 for the last").arg(mNth)};
        if (mWeekday < Qt::Monday || mWeekday > Qt::Sunday)
            return Error{tr("the weekday is not valid")};
        break;
    case Kind::Easter:
        // Keeps Easter-relative days in the spring of their own year.
        if (mEasterOffset < -60 || mEasterOffset > 60)
            return Error{tr("Easter offset %1 is not between -60 and 60").arg(mEasterOffset)};
        break;
    }
    return {};
}

QList<QDate> HolidayRule::closedDays(int year) const
{
    if (year < 1583 || year > 9998 || !validate())
        return {};
    switch (mKind) {
    case Kind::Date:
        return mDate.year() == year ? QList<QDate>{mDate} : QList<QDate>{};
    case Kind::Fixed: {
        if (bg::gregorian_calendar::end_of_month_day(year, mMonth) < mDay)
            return {};
        const bg::partial_date generator(mDay, mMonth);
        const bg::date actual = generator.get_date(year);
        QList<QDate> days{toQDate(actual)};
        const int weekday = actual.day_of_week();
        if (mObserved == Observed::Nearest && weekday == bg::Saturday)
            days.append(toQDate(actual - bg::days(1)));
        else if (weekday == bg::Sunday && mObserved != Observed::None)
            days.append(toQDate(actual + bg::days(1)));
        else if (mObserved == Observed::Monday && weekday == bg::Saturday)
            days.append(toQDate(actual + bg::days(2)));
        return days;
    }
    case Kind::NthWeekday: {
        const auto month = static_cast<unsigned short>(mMonth);
        if (mNth == -1) {
            const bg::last_day_of_the_week_in_month generator(toBoostWeekday(mWeekday), month);
            return {toQDate(generator.get_date(year))};
        }
        const auto nth = static_cast<bg::nth_day_of_the_week_in_month::week_num>(mNth);
        const bg::nth_day_of_the_week_in_month generator(nth, toBoostWeekday(mWeekday), month);
        return {toQDate(generator.get_date(year))};
    }
    case Kind::Easter:
        return {easterSunday(year).addDays(mEasterOffset)};
    }
    return {};
}

QDate HolidayRule::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

} // namespace Accordo
