#include "datetimeedit.h"

#include "calendar/isotime.h"
#include "widgets/dateedit.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

bool isSupported(const QDateTime &dateTime)
{
    return dateTime.isValid() && dateTime.date().year() >= IsoTime::FirstSupportedYear
           && dateTime.date().year() <= IsoTime::LastSupportedYear;
}

// "08:00", "8.00", "8:00:30", "8:00 AM": the time at the end of the text, and what is before.
std::optional<std::pair<QString, QTime>> splitTime(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(.*?)[\\sT,]+(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    int hour = match.captured(2).toInt();
    const QString half = match.captured(5).toLower().remove(u'.');
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (half == u"pm"_s ? 12 : 0);
    }
    const QTime time(hour, match.captured(3).toInt(), match.captured(4).toInt());
    if (!time.isValid())
        return std::nullopt;
    return std::pair{match.captured(1).trimmed(), time};
}

QDateTime parseOnce(const QString &text, const QLocale &locale)
{
    if (QDateTime iso = QDateTime::fromString(text, Qt::ISODate); iso.isValid())
        return QDateTime(iso.date(), iso.time(), Qt::UTC);
    if (const auto split = splitTime(text)) {
        const QDate date = DateEdit::parse(split->first, locale);
        return date.isValid() ? QDateTime(date, split->second, Qt::UTC) : QDateTime();
    }
    const QDate date = DateEdit::parse(text, locale);
    return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
}

} // namespace

DateTimeEdit::DateTimeEdit(QWidget *parent) : DateField(u"dateTime"_s, parent)
{
    updateTexts();
}

// A day picked keeps the time of day typed.
void DateTimeEdit::pickDay(const QDate &day)
{
    setDateTime(QDateTime(day, mDateTime.isValid() ? mDateTime.time() : QTime(0, 0), Qt::UTC));
}

QString DateTimeEdit::displayFormat(const QLocale &locale)
{
    return u"ddd "_s + DateEdit::displayFormat(locale) + u" HH:mm"_s;
}

QDateTime DateTimeEdit::parse(const QString &input, const QLocale &locale)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    const QString text = input.trimmed().replace(spaces, u" "_s);
    if (text.isEmpty())
        return {};
    if (QDateTime dateTime = parseOnce(text, locale); dateTime.isValid())
        return dateTime;
    // What the field shows starts with the weekday: "Fri 01/01/2027 08:00".
    static const QRegularExpression weekday(u"^\\p{L}+\\.?,?\\s+(?=\\d)"_s);
    if (const auto match = weekday.match(text); match.hasMatch())
        return parseOnce(text.mid(match.capturedLength()), locale);
    return {};
}

QString DateTimeEdit::display(const QDateTime &dateTime) const
{
    return locale().toString(dateTime, displayFormat(locale()));
}

void DateTimeEdit::setDateTime(const QDateTime &dateTime)
{
    showHeld(hold(dateTime));
}

DateField::Held DateTimeEdit::hold(const QDateTime &dateTime)
{
    const QDateTime previous = mDateTime;
    const QDateTime wall(dateTime.date(), dateTime.time(), Qt::UTC);
    mDateTime = isSupported(wall) ? wall : QDateTime();
    return {wall.isValid(), mDateTime.isValid(), mDateTime != previous && mDateTime.isValid()};
}

DateField::Held DateTimeEdit::holdText(const QString &text)
{
    return hold(parse(text, locale()));
}

QString DateTimeEdit::neededText() const
{
    const QDateTime example(QDate(2027, 1, 31), QTime(8, 0), Qt::UTC);
    return tr("A date and time is needed here, e.g. %1.").arg(display(example));
}

QString DateTimeEdit::notAValueText(const QString &text) const
{
    const QDateTime example(QDate(2027, 1, 31), QTime(8, 0), Qt::UTC);
    return tr("“%1” is not a date and time. Type it as %2, %3 or %4.")
        .arg(text, u"2027-01-31T08:00"_s,
             locale().toString(example, DateEdit::displayFormat(locale()) + u" HH:mm"_s),
             locale().toString(example, u"d MMM yyyy HH:mm"_s));
}

void DateTimeEdit::emitChanged()
{
    emit dateTimeChanged(mDateTime);
}

void DateTimeEdit::updateTexts()
{
    const QDateTime example(QDate(2027, 1, 31), QTime(8, 0), Qt::UTC);
    mCalendarButton->setToolTip(tr("Pick the day from a calendar"));
    mEdit->setToolTip(
        tr("Type a date and time, e.g. %1, %2 or %3")
            .arg(u"2027-01-31T08:00"_s,
                 locale().toString(example, DateEdit::displayFormat(locale()) + u" HH:mm"_s),
                 locale().toString(example, u"d MMM yyyy HH:mm"_s)));
}

void DateTimeEdit::redisplay()
{
    if (mDateTime.isValid())
        mEdit->setText(display(mDateTime));
}

} // namespace Accordo
