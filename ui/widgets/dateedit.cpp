#include "dateedit.h"

#include "calendar/isotime.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

bool isSupportedDate(const QDate &date)
{
    return date.isValid() && date.year() >= IsoTime::FirstSupportedYear
           && date.year() <= IsoTime::LastSupportedYear;
}

// A locale format with its year as four digits ("dd/MM/yy" → "dd/MM/yyyy").
QString withFullYear(QString format)
{
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

// A two-digit year is read as 19yy by Qt; dates in this application are from 1970 onwards, so
// "1/1/27" means 2027 and "1/1/99" means 1999.
QDate fromTwoDigitYear(QDate date)
{
    if (date.isValid() && date.year() < IsoTime::FirstSupportedYear)
        date = date.addYears(100);
    return date;
}

} // namespace

DateEdit::DateEdit(const QDate &date, QWidget *parent) : DateField(u"date"_s, parent)
{
    updateTexts();
    setDate(date);
}

QString DateEdit::displayFormat(const QLocale &locale)
{
    return withFullYear(locale.dateFormat(QLocale::ShortFormat));
}

QDate DateEdit::parse(const QString &input, const QLocale &locale)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    const QString text = input.trimmed().replace(spaces, u" "_s);
    if (text.isEmpty())
        return {};
    if (QDate date = QDate::fromString(text, Qt::ISODate); date.isValid())
        return date;
    const QLocale english(QLocale::English);
    for (const QLocale &language : {locale, english}) {
        for (const QLocale::FormatType type : {QLocale::ShortFormat, QLocale::LongFormat}) {
            const QString format = language.dateFormat(type);
            if (QDate date = language.toDate(text, withFullYear(format)); date.isValid())
                return date;
            if (QDate date = fromTwoDigitYear(language.toDate(text, format)); date.isValid())
                return date;
        }
        for (const QString &format : {u"d MMM yyyy"_s, u"d MMMM yyyy"_s, u"MMM d yyyy"_s,
                                      u"MMM d, yyyy"_s, u"MMMM d, yyyy"_s, u"d MMM. yyyy"_s}) {
            if (QDate date = language.toDate(text, format); date.isValid())
                return date;
        }
    }
    return {};
}

void DateEdit::setDate(const QDate &date)
{
    showHeld(hold(date));
}

DateField::Held DateEdit::hold(const QDate &date)
{
    const QDate previous = mDate;
    mDate = isSupportedDate(date) ? date : QDate();
    return {date.isValid(), mDate.isValid(), mDate != previous && mDate.isValid()};
}

DateField::Held DateEdit::holdText(const QString &text)
{
    return hold(parse(text, locale()));
}

QString DateEdit::neededText() const
{
    return tr("A date is needed here, e.g. %1.")
        .arg(locale().toString(QDate(2027, 1, 31), displayFormat(locale())));
}

QString DateEdit::notAValueText(const QString &text) const
{
    const QDate example(2027, 1, 31);
    return tr("“%1” is not a date. Type it as %2, %3 or %4.")
        .arg(text, example.toString(Qt::ISODate),
             locale().toString(example, displayFormat(locale())),
             locale().toString(example, u"d MMM yyyy"_s));
}

void DateEdit::emitChanged()
{
    emit dateChanged(mDate);
}

void DateEdit::updateTexts()
{
    mCalendarButton->setToolTip(tr("Pick the date from a calendar"));
    mEdit->setToolTip(tr("Type a date, e.g. %1, %2 or %3")
                          .arg(u"2027-01-31"_s,
                               locale().toString(QDate(2027, 1, 31), displayFormat(locale())),
                               locale().toString(QDate(2027, 1, 31), u"d MMM yyyy"_s)));
}

void DateEdit::redisplay()
{
    if (mDate.isValid())
        mEdit->setText(locale().toString(mDate, displayFormat(locale())));
}

} // namespace Accordo
