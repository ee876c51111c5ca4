#pragma once

#include "calendar/businesscalendar.h"
#include "domain/entities.h"

#include <QDialog>

#include <array>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Accordo {

class DateTimeEdit;

class HolidayRulesModel;

/// Adds or edits a business calendar: name, time zone, the working hours of each weekday,
/// the holiday rules, and a due-date calculator that previews the calendar as it is edited.
class CalendarDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Result<void>(const CalendarRecord &)>;

    explicit CalendarDialog(Save save, QWidget *parent = nullptr);

    /// Loads a stored calendar; a definition that does not read is shown as the error.
    void setCalendar(const CalendarRecord &record);
    void setBusinessCalendar(const BusinessCalendar &calendar);
    /// The calendar the fields describe, or the first problem, naming the field.
    Result<BusinessCalendar> businessCalendar() const;
    /// What OK stores: the columns and the calendar's JSON.
    Result<CalendarRecord> record() const;

    /// The file round trip behind Import JSON… and Export JSON…; errors name the file.
    Result<void> importJson(const QString &path);
    Result<void> exportJson(const QString &path) const;
    /// Adds the all-day events of an iCalendar file as holidays; returns how many were new.
    Result<int> importIcs(const QString &path);

    /// "08:00-12:30, 13:30-17:00" for the intervals of a weekday.
    static QString formatIntervals(const QList<WorkingInterval> &intervals);
    /// Reads what formatIntervals() writes (commas or semicolons, 24:00 allowed, empty for
    /// a closed day); refuses malformed, reversed and overlapping intervals.
    static Result<QList<WorkingInterval>> parseIntervals(const QString &text);

    void accept() override;

private:
    QWidget *createWeek();
    QWidget *createHolidays();
    QWidget *createCalculator();
    void refresh();
    void updatePreview(const BusinessCalendar &calendar);
    void clearPreview(const QString &reason);
    void addHoliday();
    void editHoliday();
    void removeHoliday();
    void chooseImportJson();
    void chooseExportJson();
    void chooseImportIcs();
    QTimeZone zone() const;

    Save mSave;
    qint64 mId = 0;
    int mRowVersion = 0; // what was read, so that a save over a newer one is refused
    QLineEdit *mName = nullptr;
    QComboBox *mZone = nullptr;
    std::array<QLineEdit *, 7> mDays{};
    std::array<QLabel *, 7> mDayTotals{};
    QLabel *mWeekTotal = nullptr;
    QLabel *mWeekErrors = nullptr;
    HolidayRulesModel *mHolidays = nullptr;
    QTableView *mHolidayView = nullptr;
    QPushButton *mEditHoliday = nullptr;
    QPushButton *mRemoveHoliday = nullptr;
    QLabel *mHolidayStatus = nullptr;
    DateTimeEdit *mDueStart = nullptr;
    QLineEdit *mDueDuration = nullptr;
    QLabel *mDueLocal = nullptr;
    QLabel *mDueUtc = nullptr;
    DateTimeEdit *mFrom = nullptr;
    DateTimeEdit *mTo = nullptr;
    QLabel *mElapsed = nullptr;
    QList<QLabel *> mZoneLabels;
    QLabel *mError = nullptr;
    QPushButton *mExport = nullptr;
    QDialogButtonBox *mButtons = nullptr;
};

} // namespace Accordo
