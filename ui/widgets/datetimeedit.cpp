#include "datetimeedit.h"

#include "calendar/isotime.h"
#include "widgets/dateedit.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidgetAction>

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

DateTimeEdit::DateTimeEdit(QWidget *parent) : QWidget(parent)
{
    mEdit = new QLineEdit(this);
    mEdit->setObjectName(u"dateTimeText"_s);
    mCalendarButton = new QToolButton(this);
    mCalendarButton->setObjectName(u"calendarButton"_s);
    mCalendarButton->setText(u"▾"_s);
    mCalendarButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(mCalendarButton);
    auto *calendar = new QCalendarWidget(menu);
    calendar->setObjectName(u"calendar"_s);
    calendar->setDateRange(QDate(IsoTime::FirstSupportedYear, 1, 1),
                           QDate(IsoTime::LastSupportedYear, 12, 31));
    auto *calendarAction = new QWidgetAction(menu);
    calendarAction->setDefaultWidget(calendar);
    menu->addAction(calendarAction);
    mCalendarButton->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, calendar, [this, calendar] {
        calendar->setSelectedDate(mDateTime.isValid() ? mDateTime.date() : QDate::currentDate());
    });
    // A day picked keeps the time of day typed.
    const auto pick = [this, menu](const QDate &picked) {
        menu->close();
        setDateTime(
            QDateTime(picked, mDateTime.isValid() ? mDateTime.time() : QTime(0, 0), Qt::UTC));
    };
    connect(calendar, &QCalendarWidget::clicked, this, pick);
    connect(calendar, &QCalendarWidget::activated, this, pick);

    mError = new QLabel(this);
    mError->setObjectName(u"dateTimeError"_s);
    mError->setWordWrap(true);
    mError->setStyleSheet(u"color: #b00020"_s);
    mError->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(2);
    layout->setVerticalSpacing(2);
    layout->addWidget(mEdit, 0, 0);
    layout->addWidget(mCalendarButton, 0, 1);
    layout->addWidget(mError, 1, 0, 1, 2);
    setFocusProxy(mEdit);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(mEdit, &QLineEdit::textEdited, this, [this] { interpret(false); });
    connect(mEdit, &QLineEdit::editingFinished, this, [this] { interpret(true); });
    updateTexts();
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
    const QDateTime previous = mDateTime;
    const QDateTime wall(dateTime.date(), dateTime.time(), Qt::UTC);
    mDateTime = isSupported(wall) ? wall : QDateTime();
    mEdit->setText(mDateTime.isValid() ? display(mDateTime) : QString());
    showError({});
    if (mDateTime != previous && mDateTime.isValid())
        emit dateTimeChanged(mDateTime);
}

QString DateTimeEdit::errorText() const
{
    return mError->isHidden() ? QString() : mError->text();
}

void DateTimeEdit::interpret(bool finished)
{
    const QString text = mEdit->text();
    const QDateTime parsed = parse(text, locale());
    const QDateTime previous = mDateTime;
    mDateTime = isSupported(parsed) ? parsed : QDateTime();
    if (mDateTime.isValid()) {
        showError({});
        if (finished)
            mEdit->setText(display(mDateTime));
    } else if (finished || !mError->isHidden()) {
        const QDateTime example(QDate(2027, 1, 31), QTime(8, 0), Qt::UTC);
        if (parsed.isValid())
            showError(tr("%1 is outside the supported years %2 to %3.")
                          .arg(text.trimmed())
                          .arg(IsoTime::FirstSupportedYear)
                          .arg(IsoTime::LastSupportedYear));
        else if (text.trimmed().isEmpty())
            showError(tr("A date and time is needed here, e.g. %1.").arg(display(example)));
        else
            showError(tr("“%1” is not a date and time. Type it as %2, %3 or %4.")
                          .arg(text.trimmed(), u"2027-01-31T08:00"_s,
                               locale().toString(example,
                                                 DateEdit::displayFormat(locale()) + u" HH:mm"_s),
                               locale().toString(example, u"d MMM yyyy HH:mm"_s)));
    }
    if (mDateTime != previous && mDateTime.isValid())
        emit dateTimeChanged(mDateTime);
}

void DateTimeEdit::showError(const QString &message)
{
    mError->setText(message);
    mError->setVisible(!message.isEmpty());
    mEdit->setStyleSheet(message.isEmpty() ? QString() : u"border: 1px solid #b00020"_s);
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

void DateTimeEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        updateTexts();
        if (mDateTime.isValid())
            mEdit->setText(display(mDateTime));
    }
    QWidget::changeEvent(event);
}

} // namespace Accordo
