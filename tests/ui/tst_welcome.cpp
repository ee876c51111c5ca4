#include "calendar/standardcalendars.h"
#include "data/calendarstore.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "dialogs/userdialog.h"
#include "mainwindow.h"
#include "session/recentworkspaces.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "welcome/calendarchoicedialog.h"
#include "welcome/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace Accordo;
using Accordo::TestSupport::whenDialogOpens;

class tst_Welcome : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void atTheStartShowsTheWelcomePageUnlessLastWorkspaceIsThere_data();
    void atTheStartShowsTheWelcomePageUnlessLastWorkspaceIsThere();
    void welcomePageOffersFourChoices();
    void recentListIsMostRecentFirst_data();
    void recentListIsMostRecentFirst();
    void openingARecentEntryOpensThatWorkspace_data();
    void openingARecentEntryOpensThatWorkspace();
    void closingTheWorkspaceShowsTheWelcomePage();
    void emptyWorkspaceGetsTheChosenCountrysCalendar_data();
    void emptyWorkspaceGetsTheChosenCountrysCalendar();
    void emptyWorkspaceWithoutAdministratorLeavesNoFile();
    void calendarChoiceOffersEveryCountryAndNone();
    void twoWindowsOnTwoWorkspacesWorkSideBySide();
    void aWorkspaceOpenInAWindowIsBroughtForward();

private:
    // A workspace file with the administrator alice, or a path where none exists.
    QString workspace(const QString &name, bool create = true);
    static void chooseAlice(QObject *context);

    QTemporaryDir mDir;
    QList<QPointer<MainWindow>> mWindows;
    int mRun = 0;
};

void tst_Welcome::initTestCase()
{
    TestSupport::isolateSettings(u"AccordoWelcomeTest"_s);
}

void tst_Welcome::init()
{
    // Every test starts as a first start: no recent workspaces, no last one.
    QSettings().clear();
    ++mRun;
}

void tst_Welcome::cleanup()
{
    for (const QPointer<MainWindow> &window : std::as_const(mWindows))
        delete window.data();
    mWindows.clear();
    QSettings().clear();
}

QString tst_Welcome::workspace(const QString &name, bool create)
{
    const QString path = mDir.filePath(u"%1-%2.accordo"_s.arg(name).arg(mRun));
    if (!create)
        return path;
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        qFatal("%s", qPrintable(db.errorString()));
    const QString failed = TestFixtures::addUsers((*db)->connection(),
                                                  {{u"alice"_s, {Role::Administrator}}});
    if (!failed.isEmpty())
        qFatal("cannot add %s", qPrintable(failed));
    return path;
}

void tst_Welcome::chooseAlice(QObject *context)
{
    whenDialogOpens<UserDialog>(context, [](UserDialog *dialog) {
        dialog->setUserName(u"alice"_s);
        dialog->accept();
    });
}

void tst_Welcome::atTheStartShowsTheWelcomePageUnlessLastWorkspaceIsThere_data()
{
    QTest::addColumn<QString>("last"); // "": none, "missing" or "present"
    QTest::addColumn<bool>("welcome");

    QTest::newRow("first-start") << QString() << true;
    QTest::newRow("last-workspace-deleted") << u"missing"_s << true;
    QTest::newRow("last-workspace-present") << u"present"_s << false;
}

void tst_Welcome::atTheStartShowsTheWelcomePageUnlessLastWorkspaceIsThere()
{
    // Given the settings of the last session
    QFETCH(QString, last);
    QFETCH(bool, welcome);
    const QString path = workspace(u"last"_s, last == u"present"_s);
    if (!last.isEmpty())
        QSettings().setValue(u"workspace/last"_s, path);

    // When Accordo starts without a workspace on the command line
    if (!welcome)
        chooseAlice(this);
    MainWindow *window = MainWindow::openInWindow(RecentWorkspaces::reopenAtStart());
    mWindows.append(window);

    // Then it reopens the last workspace, or shows the welcome page and creates nothing
    QCOMPARE(window->isShowingWelcome(), welcome);
    QCOMPARE(window->session() == nullptr, welcome);
    QCOMPARE(window->welcomePage()->isVisible(), welcome);
    QVERIFY(!QFileInfo::exists(MainWindow::defaultDemoPath()));
    if (!welcome)
        QCOMPARE(window->session()->location(), path);
}

void tst_Welcome::welcomePageOffersFourChoices()
{
    // Given a window without a workspace
    auto *window = new MainWindow;
    mWindows.append(window);
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    // Then the four choices are there, in order, reachable with Tab from the first
    QVERIFY(window->isShowingWelcome());
    const QStringList names{u"welcomeOpen"_s, u"welcomeCreate"_s, u"welcomeConnect"_s,
                            u"welcomeDemo"_s};
    QWidget *focus = nullptr;
    window->welcomePage()->setFocus();
    for (const QString &name : names) {
        auto *button = window->findChild<QCommandLinkButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY(button->isVisible() && button->isEnabled());
        QVERIFY(!button->description().isEmpty());
        if (focus)
            QTest::keyClick(focus, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), button);
        focus = button;
    }
    // and nothing acts on a workspace that is not there
    QVERIFY(!window->findChild<QAction *>(u"actionCloseWorkspace"_s)->isEnabled());
    QVERIFY(!window->findChild<QAction *>(u"actionImportMeasurements"_s)->isEnabled());
}

void tst_Welcome::recentListIsMostRecentFirst_data()
{
    QTest::addColumn<QStringList>("opened");   // in order; "-" before a name: its file is gone
    QTest::addColumn<QStringList>("expected"); // the list, top down; "-": shown greyed

    QTest::newRow("none") << QStringList() << QStringList();
    QTest::newRow("one") << QStringList{u"a"_s} << QStringList{u"a"_s};
    QTest::newRow("latest-first") << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                  << QStringList{u"c"_s, u"b"_s, u"a"_s};
    QTest::newRow("reopened-moves-up-once")
        << QStringList{u"a"_s, u"b"_s, u"a"_s} << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("missing-file-greyed")
        << QStringList{u"a"_s, u"-gone"_s, u"b"_s} << QStringList{u"b"_s, u"-gone"_s, u"a"_s};
    QStringList twelve;
    QStringList lastTen;
    for (int i = 1; i <= 12; ++i)
        twelve.append(u"w%1"_s.arg(i));
    for (int i = 12; i >= 3; --i)
        lastTen.append(u"w%1"_s.arg(i));
    QTest::newRow("ten-at-most") << twelve << lastTen;
}

void tst_Welcome::recentListIsMostRecentFirst()
{
    // Given workspaces opened one after the other
    QFETCH(QStringList, opened);
    QFETCH(QStringList, expected);
    QHash<QString, QString> paths;
    for (const QString &entry : std::as_const(opened)) {
        const bool gone = entry.startsWith(u'-');
        const QString name = gone ? entry.mid(1) : entry;
        if (!paths.contains(name))
            paths.insert(name, workspace(name, !gone));
        RecentWorkspaces::add(paths.value(name));
    }

    // When the welcome page shows them
    auto *window = new MainWindow;
    mWindows.append(window);
    window->show();
    QListWidget *list = window->welcomePage()->recentList();

    // Then they are listed most recent first, a missing file greyed, ten at most
    QStringList shown;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        const QString name = QFileInfo(item->text().section(u'\n', 1)).completeBaseName();
        const QString base = name.section(u'-', 0, 0);
        shown.append((item->flags() & Qt::ItemIsEnabled) ? base : u"-"_s + base);
    }
    QCOMPARE(shown, expected);
    QCOMPARE(list->isVisible(), !expected.isEmpty());
    // and File > Open Recent has the same entries, with Clear Menu
    QCOMPARE(RecentWorkspaces::locations().size(), expected.size());
}

void tst_Welcome::openingARecentEntryOpensThatWorkspace_data()
{
    TestSupport::addRows<bool>("doubleClick", {{"enter", false}, {"double-click", true}});
}

void tst_Welcome::openingARecentEntryOpensThatWorkspace()
{
    // Given two recent workspaces, b the more recent
    QFETCH(bool, doubleClick);
    const QString a = workspace(u"a"_s);
    const QString b = workspace(u"b"_s);
    RecentWorkspaces::add(a);
    RecentWorkspaces::add(b);
    auto *window = new MainWindow;
    mWindows.append(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QListWidget *list = window->welcomePage()->recentList();
    QCOMPARE(list->count(), 2);

    // When the older one, a, is chosen
    list->setFocus();
    list->setCurrentRow(1);
    chooseAlice(this);
    if (doubleClick) {
        const QRect rect = list->visualItemRect(list->item(1));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    } else {
        QTest::keyClick(list, Qt::Key_Return);
    }

    // Then a is open in the window, instead of the welcome page, and is the most recent now
    QTRY_VERIFY(window->session());
    QCOMPARE(window->session()->location(), a);
    QCOMPARE(window->session()->userName(), u"alice"_s);
    QVERIFY(!window->isShowingWelcome());
    QCOMPARE(RecentWorkspaces::locations(), (QStringList{a, b}));
    QCOMPARE(QSettings().value(u"workspace/last"_s).toString(), a);
}

void tst_Welcome::closingTheWorkspaceShowsTheWelcomePage()
{
    // Given a window with a workspace open
    const QString path = workspace(u"closing"_s);
    auto *window = new MainWindow;
    mWindows.append(window);
    window->show();
    QVERIFY(window->isShowingWelcome());
    QVERIFY(!window->findChild<QToolBar *>(u"mainToolBar"_s)->isVisible());
    QVERIFY(window->openWorkspace(path, false, u"alice"_s));
    QVERIFY(!window->isShowingWelcome());
    QVERIFY(window->findChild<QToolBar *>(u"mainToolBar"_s)->isVisible());

    // When File > Close Workspace is chosen
    window->findChild<QAction *>(u"actionCloseWorkspace"_s)->trigger();

    // Then the welcome page shows, listing it, and the next start will not reopen it
    QVERIFY(window->isShowingWelcome());
    QVERIFY(!window->session());
    QCOMPARE(window->welcomePage()->recentList()->count(), 1);
    QVERIFY(RecentWorkspaces::reopenAtStart().isEmpty());
    QVERIFY(!window->findChild<QAction *>(u"actionCloseWorkspace"_s)->isEnabled());
    QVERIFY(!window->findChild<QToolBar *>(u"workflowToolBar"_s)->isVisible());
    // and File > Welcome shows it again over an open workspace, which View > page leaves
    QVERIFY(window->openWorkspace(path, false, u"alice"_s));
    window->findChild<QAction *>(u"actionWelcome"_s)->trigger();
    QVERIFY(window->isShowingWelcome());
    window->showPage(MainWindow::CalendarsPage);
    QVERIFY(!window->isShowingWelcome());
}

void tst_Welcome::emptyWorkspaceGetsTheChosenCountrysCalendar_data()
{
    QTest::addColumn<bool>("withCalendar");
    QTest::addColumn<QLocale::Territory>("territory");
    QTest::addColumn<QString>("calendar");

    QTest::newRow("italy") << true << QLocale::Italy << u"Italy office"_s;
    QTest::newRow("germany") << true << QLocale::Germany << u"Germany office"_s;
    QTest::newRow("united-states")
        << true << QLocale::UnitedStates << u"US office (Eastern Time)"_s;
    QTest::newRow("no-calendar") << false << QLocale::AnyTerritory << QString();
}

void tst_Welcome::emptyWorkspaceGetsTheChosenCountrysCalendar()
{
    // Given a window on its welcome page and a path where no workspace is yet
    QFETCH(bool, withCalendar);
    QFETCH(QLocale::Territory, territory);
    QFETCH(QString, calendar);
    const QString path = workspace(u"new"_s, false);
    auto *window = new MainWindow;
    mWindows.append(window);
    window->show();

    // When the empty workspace is created with the country's calendar, the user naming
    // themself its first administrator
    whenDialogOpens<QInputDialog>(this, [](QInputDialog *dialog) {
        dialog->setTextValue(u"dora"_s);
        dialog->accept();
    });
    QVERIFY(window->createWorkspace(path, withCalendar ? std::optional(territory) : std::nullopt));

    // Then it is open with exactly that calendar, and dora as its administrator
    QVERIFY(window->session());
    QCOMPARE(window->session()->location(), path);
    QCOMPARE(window->session()->userName(), u"dora"_s);
    auto calendars = CalendarStore(window->session()->workspace()).calendars();
    QVERIFY2(calendars.ok(), qPrintable(calendars.errorString()));
    QStringList names;
    for (const CalendarRecord &record : *calendars)
        names.append(record.name);
    QCOMPARE(names, withCalendar ? QStringList{calendar} : QStringList());
    if (withCalendar) {
        QCOMPARE(calendars->constFirst().definition.toUtf8(),
                 *StandardCalendars::definition(territory));
    }
    QCOMPARE(TestSupport::countInFile(path, u"SELECT count(*) FROM parties"_s), 0);
    auto dora = UserDirectory(window->session()->database().connection()).actingUser(u"dora"_s);
    QVERIFY2(dora.ok(), qPrintable(dora.errorString()));
    QVERIFY(dora->roles.contains(Role::Administrator));
}

void tst_Welcome::emptyWorkspaceWithoutAdministratorLeavesNoFile()
{
    // Given a path where no workspace is yet
    const QString path = workspace(u"abandoned"_s, false);
    auto *window = new MainWindow;
    mWindows.append(window);
    window->show();

    // When the user cancels naming the first administrator
    whenDialogOpens<QInputDialog>(this, [](QInputDialog *dialog) { dialog->reject(); });
    QVERIFY(!window->createWorkspace(path, QLocale::Italy));

    // Then nothing is open, no file is left behind, and the welcome page is still there
    QVERIFY(!window->session());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(window->isShowingWelcome());
}

void tst_Welcome::calendarChoiceOffersEveryCountryAndNone()
{
    // Given the choice of calendar for a new workspace
    CalendarChoiceDialog dialog;
    auto *countries = dialog.findChild<QComboBox *>(u"countryBox"_s);
    QVERIFY(countries);

    // Then every standard calendar is offered, and none as the last choice
    const QList<QLocale::Territory> offered = StandardCalendars::territories();
    QCOMPARE(countries->count(), offered.size() + 1);
    for (QLocale::Territory territory : offered) {
        dialog.setTerritory(territory);
        QCOMPARE(dialog.territory(), std::optional(territory));
        QCOMPARE(countries->currentText(), StandardCalendars::countryName(territory));
        QVERIFY(dialog.findChild<QLabel *>(u"calendarSummary"_s)
                    ->text()
                    .contains(StandardCalendars::calendar(territory)->name()));
    }
    dialog.setTerritory(std::nullopt);
    QCOMPARE(dialog.territory(), std::nullopt);
    QCOMPARE(countries->currentIndex(), countries->count() - 1);
    // and a country without one falls back to none
    dialog.setTerritory(QLocale::Japan);
    QCOMPARE(dialog.territory(), std::nullopt);
}

void tst_Welcome::twoWindowsOnTwoWorkspacesWorkSideBySide()
{
    // Given two windows of one process, each on its own workspace
    const QString a = workspace(u"left"_s);
    const QString b = workspace(u"right"_s);
    QPointer<MainWindow> left = new MainWindow;
    auto *right = new MainWindow;
    mWindows.append(left);
    mWindows.append(right);
    left->show();
    right->show();
    QVERIFY(left->openWorkspace(a, false, u"alice"_s));
    QVERIFY(right->openWorkspace(b, false, u"alice"_s));
    QVERIFY(left->session()->database().connection().connectionName()
            != right->session()->database().connection().connectionName());

    // When each adds a customer of its own
    QVERIFY(left->session()->workspace().insert(TestFixtures::party(u"Left Co"_s)).ok());
    QVERIFY(right->session()->workspace().insert(TestFixtures::party(u"Right Co"_s)).ok());

    // Then each workspace holds its own
    const QString customers = u"SELECT count(*) FROM parties WHERE name = ?"_s;
    QCOMPARE(TestSupport::countInFile(a, customers, {u"Left Co"_s}), 1);
    QCOMPARE(TestSupport::countInFile(a, customers, {u"Right Co"_s}), 0);
    QCOMPARE(TestSupport::countInFile(b, customers, {u"Right Co"_s}), 1);

    // and closing one window leaves the other working
    left->setAttribute(Qt::WA_DeleteOnClose);
    QVERIFY(left->close());
    QTRY_VERIFY(!left);
    QVERIFY(right->session()->workspace().insert(TestFixtures::party(u"After Co"_s)).ok());
    QCOMPARE(TestSupport::countInFile(b, customers, {u"After Co"_s}), 1);
    QVERIFY(QApplication::quitOnLastWindowClosed());
}

void tst_Welcome::aWorkspaceOpenInAWindowIsBroughtForward()
{
    // Given a window with a workspace open
    const QString path = workspace(u"forward"_s);
    chooseAlice(this);
    MainWindow *first = MainWindow::openInWindow(path);
    mWindows.append(first);
    QTRY_VERIFY(first->session());

    // When the same workspace, then another, are asked for again
    MainWindow *again = MainWindow::openInWindow(path);
    const QString other = workspace(u"other"_s);
    chooseAlice(this);
    MainWindow *second = MainWindow::openInWindow(other);
    mWindows.append(second);

    // Then the first window comes forward for it, and the other opens in a new window
    QCOMPARE(again, first);
    QVERIFY(second != first);
    QCOMPARE(second->session()->location(), other);
    QCOMPARE(first->session()->location(), path);
}

QTEST_MAIN(tst_Welcome)
#include "tst_welcome.moc"
