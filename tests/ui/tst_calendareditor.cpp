#include "calendar/calendarjson.h"
#include "data/workspace.h"
#include "demo/demodata.h"
#include "dialogs/calendardialog.h"
#include "mainwindow.h"
#include "models/calendarsmodel.h"
#include "models/holidayrulesmodel.h"
#include "openmainwindow.h"
#include "session/resultsrefresher.h"
#include "storage/database.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/datetimeedit.h"
#include "widgets/recordlistview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Accordo;
using Accordo::TestSupport::whenDialogOpens;

namespace {

const char *const DayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QLineEdit *dayEdit(QWidget *dialog, int day)
{
    return dialog->findChild<QLineEdit *>(u"week_"_s + QLatin1StringView(DayKeys[day]));
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Fills the dialog the way a user would: Monday to Friday 08:00-17:00, weekend closed.
void fillOfficeWeek(CalendarDialog &dialog, const QString &zone)
{
    dialog.findChild<QLineEdit *>(u"calendarName"_s)->setText(u"Test office"_s);
    dialog.findChild<QComboBox *>(u"timeZone"_s)->setCurrentText(zone);
    for (int day = 0; day < 7; ++day) {
        QLineEdit *edit = dayEdit(&dialog, day);
        edit->clear();
        if (day < 5)
            QTest::keyClicks(edit, u"08:00-17:00"_s);
    }
}

} // namespace

class tst_CalendarEditor : public TestSupport::MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void previewShowsTheDueInstant_data();
    void previewShowsTheDueInstant();
    void previewShowsBusinessTimeBetweenTwoInstants();
    void invalidIntervalNamesTheWeekdayAndDisablesOk_data();
    void invalidIntervalNamesTheWeekdayAndDisablesOk();
    void jsonFilesRoundTrip();
    void icsImportAddsOneDayHolidays();
    void holidayRulesModelPassesTheTester();
    void calendarsListShowsWhichRegionsUseEachCalendar();
    void savingThroughTheGuiStoresValidJson();
    void editingACalendarOfSignedAgreementsShowsTheRefusal();
    void deletingACalendarUsedByARegionIsRefusedWithTheReason();
    void undoOfACalendarEditRestoresTheOldDefinition();

private:
    void openDemoWorkspace();
    void selectCalendar(const QString &name);
    QString storedDefinition(const QString &name) const;
};

void tst_CalendarEditor::initTestCase()
{
    TestSupport::isolateSettings();
}

void tst_CalendarEditor::cleanup()
{
    mWindow.reset();
}

void tst_CalendarEditor::openDemoWorkspace()
{
    mPath = nextPath(u"calendars"_s);
    {
        auto db = Database::open(mPath, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        Workspace workspace(**db);
        QVERIFY(DemoData::populate(workspace).ok());
        // The demo's calendars govern signed agreements, whose terms cannot move: edits that
        // go through use a calendar of its own.
        auto italy = workspace.calendars();
        QVERIFY(italy.ok());
        for (const CalendarRecord &calendar : std::as_const(*italy)) {
            if (calendar.name != u"Italy office"_s)
                continue;
            BusinessCalendar spare = *CalendarJson::fromJson(calendar.definition.toUtf8());
            spare.setName(u"Spare office"_s);
            QVERIFY(workspace
                        .insert(CalendarRecord{0, spare.name(), calendar.timeZone,
                                               QString::fromUtf8(CalendarJson::toJson(spare))})
                        .ok());
        }
    }
    // Calendars are reference data: erin is the demo workspace's administrator.
    QVERIFY(TestSupport::openMainWindow(mWindow, mPath, u"erin"_s));
    // The demo's results are brought up to date in the background on opening: the edits
    // below must not wait on its writes (slow under the sanitizers).
    QVERIFY(mWindow->resultsRefresher()->waitForIdle(600000));
    mWindow->showPage(MainWindow::CalendarsPage);
}

void tst_CalendarEditor::selectCalendar(const QString &name)
{
    RecordListView *list = mWindow->listView(MainWindow::CalendarsPage);
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, CalendarsModel::Name).data().toString() == name) {
            list->selectId(list->model()->idAt(row));
            return;
        }
    }
    QFAIL(qPrintable(u"no calendar named "_s + name));
}

QString tst_CalendarEditor::storedDefinition(const QString &name) const
{
    // A second connection, as another program would read the file.
    auto db = Database::open(mPath, Database::OpenMode::MustExist);
    if (!db)
        return {};
    QSqlQuery query((*db)->connection());
    query.prepare(u"SELECT definition FROM calendars WHERE name = ?"_s);
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void tst_CalendarEditor::previewShowsTheDueInstant_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("start"); // wall time in the zone
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QString>("dueLocal");
    QTest::addColumn<QString>("dueUtc");

    const auto wall = [](int y, int m, int d, int h, int min = 0) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
    };
    QTest::newRow("friday-16h-plus-1h-is-friday-17h")
        << u"Europe/Rome"_s << wall(2026, 11, 27, 16) << u"1h"_s << u"Friday 2026-11-27 17:00"_s
        << u"2026-11-27T16:00:00Z"_s;
    QTest::newRow("friday-16h-plus-2h-is-monday-9h")
        << u"Europe/Rome"_s << wall(2026, 11, 27, 16) << u"2h"_s << u"Monday 2026-11-30 09:00"_s
        << u"2026-11-30T08:00:00Z"_s;
    QTest::newRow("saturday-start-counts-from-monday")
        << u"America/New_York"_s << wall(2026, 11, 28, 10) << u"90m"_s
        << u"Monday 2026-11-30 09:30"_s << u"2026-11-30T14:30:00Z"_s;
    QTest::newRow("iso-duration-over-the-summer-time-change")
        << u"Europe/Rome"_s << wall(2026, 3, 27, 12) << u"PT9H"_s << u"Monday 2026-03-30 12:00"_s
        << u"2026-03-30T10:00:00Z"_s;
}

void tst_CalendarEditor::previewShowsTheDueInstant()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, start);
    QFETCH(QString, duration);
    QFETCH(QString, dueLocal);
    QFETCH(QString, dueUtc);

    // Given a Monday-to-Friday 08:00-17:00 calendar
    CalendarDialog dialog(nullptr);
    fillOfficeWeek(dialog, zone);

    // When the user enters a start and a duration
    dialog.findChild<DateTimeEdit *>(u"dueStart"_s)->setDateTime(start);
    QLineEdit *durationEdit = dialog.findChild<QLineEdit *>(u"dueDuration"_s);
    durationEdit->clear();
    QTest::keyClicks(durationEdit, duration);

    // Then the due instant is shown at once, in the calendar's zone and in UTC
    const QString local = dialog.findChild<QLabel *>(u"dueLocal"_s)->text();
    QVERIFY2(local.startsWith(dueLocal), qPrintable(local));
    QCOMPARE(dialog.findChild<QLabel *>(u"dueUtc"_s)->text(), dueUtc);
}

void tst_CalendarEditor::previewShowsBusinessTimeBetweenTwoInstants()
{
    // Given the office week with Christmas on a Friday as a holiday
    CalendarDialog dialog(nullptr);
    fillOfficeWeek(dialog, u"Europe/Rome"_s);
    auto *model = dialog.findChild<QTableView *>(u"holidays"_s)->model();
    qobject_cast<HolidayRulesModel *>(model)->addRule(HolidayRule::fixed(12, 25));
    auto *from = dialog.findChild<DateTimeEdit *>(u"elapsedFrom"_s);
    auto *to = dialog.findChild<DateTimeEdit *>(u"elapsedTo"_s);
    const QLabel *result = dialog.findChild<QLabel *>(u"elapsedResult"_s);

    // When the week of Christmas 2026 is measured, then four days count
    from->setDateTime(QDateTime(QDate(2026, 12, 21), QTime(0, 0), Qt::UTC));
    to->setDateTime(QDateTime(QDate(2026, 12, 28), QTime(0, 0), Qt::UTC));
    QVERIFY2(result->text().startsWith(u"36h"_s), qPrintable(result->text()));

    // When the holiday is removed, then the whole week counts
    qobject_cast<HolidayRulesModel *>(model)->removeRule(0);
    QVERIFY2(result->text().startsWith(u"45h"_s), qPrintable(result->text()));
}

void tst_CalendarEditor::invalidIntervalNamesTheWeekdayAndDisablesOk_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("weekday");

    QTest::newRow("hour-25") << 1 << u"25:00-26:00"_s << u"Tuesday"_s;
    QTest::newRow("reversed") << 2 << u"17:00-08:00"_s << u"Wednesday"_s;
    QTest::newRow("overlapping") << 3 << u"08:00-12:00, 11:00-13:00"_s << u"Thursday"_s;
    QTest::newRow("words") << 4 << u"nine to five"_s << u"Friday"_s;
    QTest::newRow("missing-end") << 6 << u"10:00-"_s << u"Sunday"_s;
}

void tst_CalendarEditor::invalidIntervalNamesTheWeekdayAndDisablesOk()
{
    QFETCH(int, day);
    QFETCH(QString, text);
    QFETCH(QString, weekday);

    // Given a valid calendar
    CalendarDialog dialog(nullptr);
    fillOfficeWeek(dialog, u"Europe/Rome"_s);
    QVERIFY(okButton(&dialog)->isEnabled());
    const QLabel *errors = dialog.findChild<QLabel *>(u"weekErrors"_s);

    // When one weekday gets a wrong interval
    QLineEdit *edit = dayEdit(&dialog, day);
    edit->clear();
    QTest::keyClicks(edit, text);

    // Then the error names that weekday, next to the grid, and OK is disabled
    QVERIFY(!errors->isHidden());
    QVERIFY2(errors->text().startsWith(weekday + u": "_s), qPrintable(errors->text()));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(!dialog.businessCalendar().ok());
    QVERIFY(dialog.findChild<QLabel *>(u"dueUtc"_s)->text().contains(weekday));

    // When it is corrected, then the error goes and OK comes back
    edit->setText(u"08:00-12:00"_s);
    QVERIFY(errors->isHidden());
    QVERIFY(okButton(&dialog)->isEnabled());
}

void tst_CalendarEditor::jsonFilesRoundTrip()
{
    // Given the example calendar imported from its JSON file
    CalendarDialog dialog(nullptr);
    const QString example = QStringLiteral(ACCORDO_SOURCE_DIR)
                            + u"/tests/core/data/calendar-issue-example.json"_s;
    const auto imported = dialog.importJson(example);
    QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
    QCOMPARE(*dialog.businessCalendar(), *CalendarJson::readFile(example));

    // When it is exported and read into a fresh dialog, then nothing is lost
    const QString path = mDir.filePath(u"exported.json"_s);
    QVERIFY(dialog.exportJson(path).ok());
    CalendarDialog other(nullptr);
    QVERIFY(other.importJson(path).ok());
    QCOMPARE(*other.businessCalendar(), *dialog.businessCalendar());

    // And a broken file is refused with its name
    const auto broken = other.importJson(QStringLiteral(ACCORDO_SOURCE_DIR)
                                         + u"/tests/core/data/calendar-broken.json"_s);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.errorString().contains(u"calendar-broken.json"_s),
             qPrintable(broken.errorString()));
}

void tst_CalendarEditor::icsImportAddsOneDayHolidays()
{
    CalendarDialog dialog(nullptr);
    dialog.findChild<QLineEdit *>(u"calendarName"_s)->setText(u"Holidays"_s);
    const QString ics = QStringLiteral(ACCORDO_SOURCE_DIR)
                        + u"/tests/core/data/calendar-holidays.ics"_s;

    const auto first = dialog.importIcs(ics);
    const auto second = dialog.importIcs(ics);

    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    QVERIFY(*first > 0);
    QCOMPARE(*second, 0); // the same days are not added twice
    const auto calendar = dialog.businessCalendar();
    QVERIFY(calendar.ok());
    QCOMPARE(calendar->holidays().size(), *first);
    QVERIFY(!dialog.findChild<QLabel *>(u"holidayStatus"_s)->isHidden());
}

void tst_CalendarEditor::holidayRulesModelPassesTheTester()
{
    // Given a rules model under the tester
    HolidayRulesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 11, 30));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // When rules are set, added, replaced and removed
    model.setRules({HolidayRule::fixed(12, 25, HolidayRule::Observed::Nearest, u"Christmas"_s),
                    HolidayRule::easterRelative(1, u"Easter Monday"_s)});
    const int row = model.addRule(HolidayRule::nthWeekday(-1, Qt::Monday, 5, u"Spring"_s));
    model.replaceRule(row, HolidayRule::nthWeekday(1, Qt::Monday, 5, u"Early May"_s));
    model.removeRule(1);

    // Then each row describes its rule and the next day it closes
    QCOMPARE(changed.count(), 1);
    const QList<QVariant> replaced = changed.takeFirst(); // the whole replaced row
    QCOMPARE(replaced.at(0).value<QModelIndex>().row(), row);
    QCOMPARE(replaced.at(0).value<QModelIndex>().column(), 0);
    QCOMPARE(replaced.at(1).value<QModelIndex>().row(), row);
    QCOMPARE(replaced.at(1).value<QModelIndex>().column(), HolidayRulesModel::ColumnCount - 1);
    QCOMPARE(replaced.at(2).value<QList<int>>(), QList<int>{Qt::DisplayRole});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, HolidayRulesModel::Name).data().toString(), u"Christmas"_s);
    QCOMPARE(model.index(0, HolidayRulesModel::Rule).data().toString(), u"Every 25 December"_s);
    QCOMPARE(model.index(0, HolidayRulesModel::Observed).data().toString(),
             u"Also the nearest weekday"_s);
    QCOMPARE(model.index(1, HolidayRulesModel::Rule).data().toString(), u"First Monday of May"_s);
    QCOMPARE(HolidayRulesModel::nextClosedDay(model.rule(1), QDate(2026, 11, 30)),
             QDate(2027, 5, 3));
    QCOMPARE(HolidayRulesModel::nextClosedDay(HolidayRule::fixed(2, 29), QDate(2026, 3, 1)),
             QDate(2028, 2, 29));
}

void tst_CalendarEditor::calendarsListShowsWhichRegionsUseEachCalendar()
{
    openDemoWorkspace();
    // The demo measures no target on the Italy office calendar itself: two of a draft are moved
    // onto it, so that the targets column has something to count.
    QCOMPARE(TestSupport::execInFile(mPath,
                                     u"UPDATE targets SET calendar_id = "
                                     "(SELECT id FROM calendars WHERE name = 'Italy office') "
                                     "WHERE id IN (SELECT t.id FROM targets t JOIN agreements a "
                                     "ON a.id = t.agreement_id WHERE a.status = 'draft' "
                                     "ORDER BY t.id LIMIT 2)"_s),
             QString());
    auto db = Database::open(mPath, Database::OpenMode::MustExist);
    QVERIFY(db.ok());
    CalendarsModel model((*db)->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), Workspace(**db).calendars()->size());
    model.setSearchText(u"EMEA-S"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CalendarsModel::Name).data().toString(), u"Italy office"_s);
    QVERIFY(model.index(0, CalendarsModel::Regions).data().toString().contains(u"EMEA-S"_s));
    // The targets column counts the targets measured on that calendar, as the data has them.
    const qint64 targets = TestSupport::count(
        (*db)->connection(),
        u"SELECT count(*) FROM targets t JOIN calendars c ON c.id = t.calendar_id "
        "WHERE c.name = ?"_s,
        {u"Italy office"_s});
    QCOMPARE(targets, 2);
    QCOMPARE(model.index(0, CalendarsModel::Targets).data().toLongLong(), targets);
    QCOMPARE(mWindow->listView(MainWindow::CalendarsPage)->model()->rowCount(),
             Workspace(**db).calendars()->size());
}

void tst_CalendarEditor::savingThroughTheGuiStoresValidJson()
{
    // Given a copy of the Italy office calendar that no agreement uses, selected on the
    // Calendars page
    openDemoWorkspace();
    selectCalendar(u"Spare office"_s);
    BusinessCalendar original;
    BusinessCalendar edited;

    // When the user opens it, adds Saturday mornings and presses OK
    whenDialogOpens<CalendarDialog>(this, [&original, &edited](CalendarDialog *dialog) {
        QCOMPARE(dialog->findChild<QLineEdit *>(u"calendarName"_s)->text(), u"Spare office"_s);
        QCOMPARE(dayEdit(dialog, 0)->text(), u"08:00-12:30, 13:30-17:00"_s);
        original = *dialog->businessCalendar();
        QTest::keyClicks(dayEdit(dialog, 5), u"09:00-12:00"_s);
        edited = *dialog->businessCalendar();
        okButton(dialog)->click();
    });
    action("actionEdit")->trigger();

    // Then the workspace holds JSON that reads back as exactly that calendar
    const auto stored = CalendarJson::fromJson(storedDefinition(u"Spare office"_s).toUtf8());
    QVERIFY2(stored.ok(), qPrintable(stored.errorString()));
    QCOMPARE(*stored, edited);
    QCOMPARE(stored->workingIntervals(Qt::Saturday),
             (QList<WorkingInterval>{{9 * 3600, 12 * 3600}}));
    // and keeps the holidays it had
    QVERIFY(!original.holidays().isEmpty());
    QCOMPARE(stored->holidays(), original.holidays());
}

void tst_CalendarEditor::editingACalendarOfSignedAgreementsShowsTheRefusal()
{
    // Given the Italy office calendar, which the demo's signed agreements are judged in
    openDemoWorkspace();
    selectCalendar(u"Italy office"_s);
    const QString before = storedDefinition(u"Italy office"_s);
    QString shown;
    bool stillOpen = false;

    // When the user adds Saturday mornings and presses OK
    whenDialogOpens<CalendarDialog>(this, [&shown, &stillOpen](CalendarDialog *dialog) {
        QTest::keyClicks(dayEdit(dialog, 5), u"09:00-12:00"_s);
        okButton(dialog)->click();
        // Then the dialog stays open and says why, naming the agreements
        stillOpen = dialog->isVisible();
        const QLabel *error = dialog->findChild<QLabel *>(u"saveError"_s);
        shown = error && error->isVisible() ? error->text() : QString();
        dialog->reject();
    });
    action("actionEdit")->trigger();

    QVERIFY(stillOpen);
    QVERIFY2(shown.startsWith(u"Calendar \"Italy office\" is used by signed agreements "_s),
             qPrintable(shown));
    QVERIFY2(shown.contains(u": amend them, or create a new calendar"_s), qPrintable(shown));
    // and nothing is stored
    QCOMPARE(storedDefinition(u"Italy office"_s), before);
}

void tst_CalendarEditor::deletingACalendarUsedByARegionIsRefusedWithTheReason()
{
    // Given the Italy office calendar, which region EMEA-S uses
    openDemoWorkspace();
    selectCalendar(u"Italy office"_s);
    const QString before = storedDefinition(u"Italy office"_s);
    QString reason;

    // When the user deletes it and confirms
    QTimer::singleShot(0, this, [this, &reason] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(question);
        QTimer::singleShot(0, this, [&reason] {
            auto *warning = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(warning);
            reason = warning->text();
            warning->accept();
        });
        question->button(QMessageBox::Yes)->click();
    });
    action("actionDelete")->trigger();

    // Then it is refused with the region that uses it, and stays as it was
    QVERIFY2(reason.contains(u"Italy office"_s) && reason.contains(u"EMEA-S"_s),
             qPrintable(reason));
    QCOMPARE(storedDefinition(u"Italy office"_s), before);
    QVERIFY(!action("actionUndo")->isEnabled());
}

void tst_CalendarEditor::undoOfACalendarEditRestoresTheOldDefinition()
{
    // Given a calendar no agreement uses, edited through the dialog to open at 08:00 on Mondays
    openDemoWorkspace();
    selectCalendar(u"Spare office"_s);
    const QString before = storedDefinition(u"Spare office"_s);
    QString refused;
    whenDialogOpens<CalendarDialog>(this, [&refused](CalendarDialog *dialog) {
        dayEdit(dialog, 0)->setText(u"08:00-17:30"_s);
        okButton(dialog)->click();
        // A refused save leaves the dialog open with its reason: fail instead of waiting.
        if (dialog->isVisible()) {
            refused = u"the dialog stayed open"_s;
            dialog->reject();
        }
    });
    action("actionEdit")->trigger();
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    const QString after = storedDefinition(u"Spare office"_s);
    QVERIFY(after != before);
    QCOMPARE(CalendarJson::fromJson(after.toUtf8())->workingIntervals(Qt::Monday).first().start,
             8 * 3600);

    // When the edit is undone, then the old definition is back; redo brings the new one
    action("actionUndo")->trigger();
    QCOMPARE(storedDefinition(u"Spare office"_s), before);
    action("actionRedo")->trigger();
    QCOMPARE(storedDefinition(u"Spare office"_s), after);
}

QTEST_MAIN(tst_CalendarEditor)
#include "tst_calendareditor.moc"
