#pragma once

#include "widgets/datefield.h"

#include <QDateTime>
#include <QLocale>

namespace Accordo {

/// A wall-clock date and time field that takes what people type ("1 Jan 2027 08:00",
/// "2027-01-01T08:00", the locale's short form "01/01/2027 08:00") or a day picked from a
/// calendar pop-up (the time stays), and says beneath itself what is wrong with text that is
/// not a supported date and time. Its values are wall-clock times held in UTC, so that no
/// local daylight-saving gap makes a time impossible to enter.
class DateTimeEdit : public DateField
{
    Q_OBJECT

public:
    explicit DateTimeEdit(QWidget *parent = nullptr);

    /// The date and time the text stands for (Qt::UTC); invalid while the text is not one.
    QDateTime dateTime() const { return mDateTime; }
    void setDateTime(const QDateTime &dateTime);

    /// The wall-clock date and time `text` stands for in `locale` (as Qt::UTC), or an invalid
    /// one. Takes ISO 8601 ("2027-01-01T08:00", "2027-01-01 08:00"), the locale's short form,
    /// and any date DateEdit reads followed by a time ("08:00", "8.00", "8:00 AM"); a date
    /// alone means midnight. A leading weekday name ("Fri") is skipped.
    static QDateTime parse(const QString &text, const QLocale &locale);
    /// How the field shows a value: weekday, the locale's short date with four-digit years,
    /// and 24-hour time.
    static QString displayFormat(const QLocale &locale);

signals:
    void dateTimeChanged(const QDateTime &dateTime);

protected:
    QDate shownDay() const override { return mDateTime.date(); }
    void pickDay(const QDate &day) override;
    Held holdText(const QString &text) override;
    QString neededText() const override;
    QString notAValueText(const QString &text) const override;
    void emitChanged() override;
    void updateTexts() override;
    void redisplay() override;

private:
    Held hold(const QDateTime &dateTime);
    QString display(const QDateTime &dateTime) const;

    QDateTime mDateTime;
};

} // namespace Accordo
