#include "dialogs/calendardialog.h"
#include "uitestsupport.h"
#include "widgets/datetimeedit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

/// A date-time field in `locale`, from now on the default locale, showing another instant than
/// the tests type.
std::unique_ptr<DateTimeEdit> fieldIn(const QString &locale)
{
    QLocale::setDefault(QLocale(locale));
    auto edit = std::make_unique<DateTimeEdit>();
    edit->setDateTime(QDateTime(QDate(2026, 5, 5), QTime(9, 0), Qt::UTC));
    return edit;
}

} // namespace

/// The calendar dialog's date-time fields take what people type, as the date fields do: ISO
/// ("2027-01-01T08:00"), day, month name and year ("1 Jan 2027 08:00"), and the locale's
/// short form; text that is none of these is refused, saying how to type it.
class tst_DateTimeEdit : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void takesTypedDateTimes_data();
    void takesTypedDateTimes();
    void refusesTextThatIsNoDateTime_data();
    void refusesTextThatIsNoDateTime();
    void calendarPreviewCountsFromTheTypedStart_data();
    void calendarPreviewCountsFromTheTypedStart();
};

void tst_DateTimeEdit::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void tst_DateTimeEdit::takesTypedDateTimes_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime newYear(QDate(2027, 1, 1), QTime(8, 0), Qt::UTC);
    const QDateTime late(QDate(2027, 11, 23), QTime(17, 30), Qt::UTC);
    for (const QString &name : {u"en_US"_s, u"it_IT"_s}) {
        const QLocale locale(name);
        QTest::addRow("%s-iso", qPrintable(name)) << name << u"2027-01-01T08:00"_s << newYear;
        QTest::addRow("%s-iso-with-space", qPrintable(name))
            << name << u"2027-01-01 08:00"_s << newYear;
        QTest::addRow("%s-english-month", qPrintable(name))
            << name << u"1 Jan 2027 08:00"_s << newYear;
        QTest::addRow("%s-short", qPrintable(name))
            << name << locale.toString(late, QLocale::ShortFormat) << late;
        QTest::addRow("%s-as-shown", qPrintable(name))
            << name << locale.toString(late, DateTimeEdit::displayFormat(locale)) << late;
    }
    QTest::newRow("it-month-in-full") << u"it_IT"_s << u"23 novembre 2027 17.30"_s << late;
    QTest::newRow("en-afternoon") << u"en_US"_s << u"Nov 23, 2027 5:30 PM"_s << late;
    QTest::newRow("en-date-alone-is-midnight")
        << u"en_US"_s << u"2027-11-23"_s << QDateTime(QDate(2027, 11, 23), QTime(0, 0), Qt::UTC);
}

void tst_DateTimeEdit::takesTypedDateTimes()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    // Given a date-time field in the locale, showing another instant
    const auto edit = fieldIn(locale);
    QSignalSpy changed(edit.get(), &DateTimeEdit::dateTimeChanged);

    // When the user types it and presses Enter
    TestSupport::typeOver(edit->lineEdit(), text);

    // Then the field holds it, says nothing is wrong and shows it with a four-digit year
    QCOMPARE(edit->dateTime(), expected);
    QCOMPARE(edit->errorText(), QString());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().toDateTime(), expected);
    QCOMPARE(edit->lineEdit()->text(),
             QLocale().toString(expected, DateTimeEdit::displayFormat(QLocale())));
}

void tst_DateTimeEdit::refusesTextThatIsNoDateTime_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("en-words") << u"en_US"_s << u"next Friday"_s << u"is not a date and time"_s;
    QTest::newRow("it-hour-25") << u"it_IT"_s << u"01/01/2027 25:00"_s
                                << u"is not a date and time"_s;
    QTest::newRow("en-before-1970")
        << u"en_US"_s << u"1969-12-31T23:00"_s << u"outside the supported years"_s;
    QTest::newRow("en-empty") << u"en_US"_s << QString() << u"is needed here"_s;
}

void tst_DateTimeEdit::refusesTextThatIsNoDateTime()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, says);
    const auto edit = fieldIn(locale);
    TestSupport::typeOver(edit->lineEdit(), text);
    QVERIFY(!edit->dateTime().isValid());
    QVERIFY2(edit->errorText().contains(says), qPrintable(edit->errorText()));
    if (!text.isEmpty())
        QVERIFY2(edit->errorText().contains(text), qPrintable(edit->errorText()));
}

void tst_DateTimeEdit::calendarPreviewCountsFromTheTypedStart_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("start");
    const QDateTime friday(QDate(2026, 11, 27), QTime(16, 0), Qt::UTC);
    QTest::newRow("iso") << u"en_US"_s << u"2026-11-27T16:00"_s;
    QTest::newRow("month-name") << u"en_US"_s << u"27 Nov 2026 16:00"_s;
    QTest::newRow("italian-short")
        << u"it_IT"_s << QLocale(QLocale::Italian).toString(friday, QLocale::ShortFormat);
}

void tst_DateTimeEdit::calendarPreviewCountsFromTheTypedStart()
{
    QFETCH(QString, locale);
    QFETCH(QString, start);
    // Given the calendar dialog with an office week in Rome
    QLocale::setDefault(QLocale(locale));
    CalendarDialog dialog(nullptr);
    dialog.findChild<QLineEdit *>(u"calendarName"_s)->setText(u"Test office"_s);
    dialog.findChild<QComboBox *>(u"timeZone"_s)->setCurrentText(u"Europe/Rome"_s);
    for (const char *day : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}) {
        QLineEdit *edit = dialog.findChild<QLineEdit *>(u"week_"_s + QLatin1StringView(day));
        QVERIFY(edit);
        edit->clear();
        if (qstrcmp(day, "sat") != 0 && qstrcmp(day, "sun") != 0)
            QTest::keyClicks(edit, u"08:00-17:00"_s);
    }
    auto *duration = dialog.findChild<QLineEdit *>(u"dueDuration"_s);
    duration->clear();
    QTest::keyClicks(duration, u"2h"_s);

    // When the start is typed in one of the forms people use
    auto *field = dialog.findChild<DateTimeEdit *>(u"dueStart"_s);
    TestSupport::typeOver(field->lineEdit(), start);

    // Then the preview counts from it: Friday 16:00 plus two business hours is Monday 09:00
    QCOMPARE(field->errorText(), QString());
    QCOMPARE(dialog.findChild<QLabel *>(u"dueUtc"_s)->text(), u"2026-11-30T08:00:00Z"_s);
}

QTEST_MAIN(tst_DateTimeEdit)
#include "tst_datetimeedit.moc"
