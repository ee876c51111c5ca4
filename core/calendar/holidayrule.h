#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Accordo {

/// One rule that closes whole local days of a business calendar.
///
/// Observed days do not cascade: when Christmas (Saturday, observed Friday) and Boxing Day
/// (Sunday, observed Monday) are both rules, each is moved on its own.
class HolidayRule
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::HolidayRule)

public:
    enum class Kind { Date, Fixed, NthWeekday, Easter };
    /// Where a fixed-day holiday falling on a weekend is observed as well.
    enum class Observed { None, Nearest, Monday };

    HolidayRule() = default;

    static HolidayRule oneOff(QDate date, QString name = {});
    /// Every year on month-day; 02-29 only closes leap years.
    static HolidayRule fixed(int month, int day, Observed observed = Observed::None,
                             QString name = {});
    /// The nth (1-4) or last (-1) weekday of a month.
    static HolidayRule nthWeekday(int nth, Qt::DayOfWeek weekday, int month, QString name = {});
    /// Easter Sunday plus offsetDays: Easter Monday = 1, Good Friday = -2.
    static HolidayRule easterRelative(int offsetDays, QString name = {});

    Kind kind() const { return mKind; }
    QString name() const { return mName; }
    void setName(const QString &name) { mName = name; }
    QDate date() const { return mDate; }
    int month() const { return mMonth; }
    int day() const { return mDay; }
    Observed observed() const { return mObserved; }
    int nth() const { return mNth; }
    Qt::DayOfWeek weekday() const { return mWeekday; }
    int easterOffset() const { return mEasterOffset; }

    /// Why the rule cannot be used (month 13, nth 0, ...), or success.
    Result<void> validate() const;

    /// The days the rule closes for its occurrence in year, observed day included. An
    /// observed day may fall in the neighbouring year (1 January on a Saturday, nearest).
    QList<QDate> closedDays(int year) const;

    /// Gregorian Easter Sunday (Meeus/Jones/Butcher), for years 1583 and later.
    static QDate easterSunday(int year);

    friend bool operator==(const HolidayRule &, const HolidayRule &) = default;

private:
    // The start of every factory: a rule of `kind` and `name`, its other fields defaulted.
    HolidayRule(Kind kind, QString name) : mKind(kind), mName(std::move(name)) {}

    Kind mKind = Kind::Date;
    QString mName;
    QDate mDate;
    int mMonth = 1;
    int mDay = 1;
    Observed mObserved = Observed::None;
    int mNth = 1;
    Qt::DayOfWeek mWeekday = Qt::Monday;
    int mEasterOffset = 0;
};

} // namespace Accordo
