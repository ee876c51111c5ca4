#pragma once

#include "widgets/datefield.h"

#include <QDate>
#include <QLocale>

namespace Accordo {

/// A date field that takes a date typed in full ("2027-01-31", the locale's short form,
/// "31 Jan 2027" in English or the locale's language) or picked from a calendar pop-up, and says
/// beneath itself what is wrong with text that is not a supported date.
class DateEdit : public DateField
{
    Q_OBJECT

public:
    explicit DateEdit(const QDate &date = {}, QWidget *parent = nullptr);

    /// The date the text stands for; invalid while the text is not a supported date.
    QDate date() const { return mDate; }
    void setDate(const QDate &date);

    /// The date `text` stands for in `locale`, or an invalid date. Accepts ISO dates, the
    /// locale's short and long forms (two- or four-digit years) and day, month name and year in
    /// the locale's language or in English.
    static QDate parse(const QString &text, const QLocale &locale);
    /// How the field shows a date: the locale's short form, always with four-digit years.
    static QString displayFormat(const QLocale &locale);

signals:
    void dateChanged(const QDate &date);

protected:
    QDate shownDay() const override { return mDate; }
    void pickDay(const QDate &day) override { setDate(day); }
    Held holdText(const QString &text) override;
    QString neededText() const override;
    QString notAValueText(const QString &text) const override;
    void emitChanged() override;
    void updateTexts() override;
    void redisplay() override;

private:
    Held hold(const QDate &date);

    QDate mDate;
};

} // namespace Accordo
