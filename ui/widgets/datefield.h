#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Accordo {

/// What DateEdit and DateTimeEdit share: a line edit to type in, a button with a calendar
/// pop-up, and a line beneath that says what is wrong with the text. Subclasses read the text
/// and show their value; this class lays the parts out and passes the events on.
class DateField : public QWidget
{
    Q_OBJECT

public:
    ~DateField() override;

    /// What is wrong with the text, empty when it stands for a value.
    QString errorText() const;

    QLineEdit *lineEdit() const { return mEdit; }
    QToolButton *calendarButton() const { return mCalendarButton; }

protected:
    /// What holding a value did: whether there was one at all, whether the field holds it (it
    /// is within the supported years), and whether that changed the value held.
    struct Held
    {
        bool parsed = false;
        bool valid = false;
        bool changed = false;
    };

    /// `name` prefixes the object names of the parts ("date" → "dateText", "dateError").
    DateField(const QString &name, QWidget *parent);

    void showError(const QString &message);
    /// Says that `text`, which stands for a value, stands for one outside the supported years.
    void showOutsideSupportedYears(const QString &text);
    bool errorShown() const;
    void changeEvent(QEvent *event) override;
    /// Shows the value just held (or an empty text without one), clears the error and tells
    /// of a change.
    void showHeld(const Held &held);

    /// The day the calendar opens on.
    virtual QDate shownDay() const = 0;
    /// Takes the day picked in the calendar.
    virtual void pickDay(const QDate &day) = 0;
    /// Holds the value `text` stands for, or no value when it stands for none or for one
    /// outside the supported years.
    virtual Held holdText(const QString &text) = 0;
    /// What the line beneath says for an empty text, and for `text` that is no value.
    virtual QString neededText() const = 0;
    virtual QString notAValueText(const QString &text) const = 0;
    /// Emits the subclass's signal for the value held.
    virtual void emitChanged() = 0;
    /// Sets the tool tips in the current language and locale.
    virtual void updateTexts() = 0;
    /// Shows the value again in the current locale's form.
    virtual void redisplay() = 0;

    QLineEdit *mEdit;
    QToolButton *mCalendarButton;
    QLabel *mError;

private:
    /// Reads the text typed; `finished` when the field has lost focus or Return was pressed.
    void interpret(bool finished);
};

} // namespace Accordo
