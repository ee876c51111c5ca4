#include "datefield.h"
#include "widgets/namedwidget.h"

#include "calendar/isotime.h"
#include "widgets/errorlabel.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace Accordo {

DateField::DateField(const QString &name, QWidget *parent) : QWidget(parent)
{
    mEdit = newNamed<QLineEdit>(name + u"Text"_s, this);
    mCalendarButton = newNamed<QToolButton>(u"calendarButton"_s, this);
    mCalendarButton->setText(u"▾"_s);
    mCalendarButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(mCalendarButton);
    auto *calendar = newNamed<QCalendarWidget>(u"calendar"_s, menu);
    calendar->setDateRange(QDate(IsoTime::FirstSupportedYear, 1, 1),
                           QDate(IsoTime::LastSupportedYear, 12, 31));
    auto *calendarAction = new QWidgetAction(menu);
    calendarAction->setDefaultWidget(calendar);
    menu->addAction(calendarAction);
    mCalendarButton->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, calendar, [this, calendar] {
        const QDate shown = shownDay();
        calendar->setSelectedDate(shown.isValid() ? shown : QDate::currentDate());
    });
    const auto pick = [this, menu](const QDate &picked) {
        menu->close();
        pickDay(picked);
    };
    connect(calendar, &QCalendarWidget::clicked, this, pick);
    connect(calendar, &QCalendarWidget::activated, this, pick);

    mError = newErrorLabel(this, name + u"Error"_s);

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
}

DateField::~DateField()
{
    // QWidget's destructor takes the focus from the line edit, whose editingFinished would
    // call interpret() on a subclass already destroyed.
    mEdit->disconnect(this);
}

QString DateField::errorText() const
{
    return mError->isHidden() ? QString() : mError->text();
}

bool DateField::errorShown() const
{
    return !mError->isHidden();
}

void DateField::showError(const QString &message)
{
    mError->setText(message);
    mError->setVisible(!message.isEmpty());
    mEdit->setStyleSheet(message.isEmpty() ? QString() : u"border: 1px solid #b00020"_s);
}

void DateField::showOutsideSupportedYears(const QString &text)
{
    showError(tr("%1 is outside the supported years %2 to %3.")
                  .arg(text.trimmed())
                  .arg(IsoTime::FirstSupportedYear)
                  .arg(IsoTime::LastSupportedYear));
}

void DateField::showHeld(const Held &held)
{
    if (held.valid)
        redisplay();
    else
        mEdit->setText(QString());
    showError({});
    if (held.changed)
        emitChanged();
}

void DateField::interpret(bool finished)
{
    const QString text = mEdit->text();
    const Held held = holdText(text);
    if (held.valid) {
        showError({});
        // Once typed, the value reads as every other value of the form.
        if (finished)
            redisplay();
    } else if (finished || errorShown()) {
        if (held.parsed)
            showOutsideSupportedYears(text);
        else if (text.trimmed().isEmpty())
            showError(neededText());
        else
            showError(notAValueText(text.trimmed()));
    }
    if (held.changed)
        emitChanged();
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        updateTexts();
        redisplay();
    }
    QWidget::changeEvent(event);
}

} // namespace Accordo
