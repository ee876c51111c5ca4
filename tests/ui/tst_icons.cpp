#include "data/workspace.h"
#include "demo/demodata.h"
#include "domain/enums.h"
#include "mainwindow.h"
#include "models/agreementsmodel.h"
#include "openmainwindow.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"
#include "widgets/icons.h"
#include "widgets/recordlistview.h"
#include "workflow/workflowactions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

// The icon drawn at `size` device-independent pixels and `ratio` device pixels per pixel.
QImage drawn(const QIcon &icon, int size = 22, qreal ratio = 1.0)
{
    return icon.pixmap(QSize(size, size), ratio).toImage().convertToFormat(QImage::Format_ARGB32);
}

// An icon that draws nothing looks like no icon at all.
bool hasInk(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

// The commands of a menu, its submenus' commands included; separators, submenus and the
// checkable choices (languages, tool bar text) are not commands and carry no icon.
void collectCommands(const QMenu *menu, QList<QAction *> &commands)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || action->isCheckable())
            continue;
        if (action->menu())
            collectCommands(action->menu(), commands);
        else
            commands.append(action);
    }
}

} // namespace

class tst_Icons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void bundledIconsDraw_data();
    void bundledIconsDraw();
    void everyNamedIconIsBundled_data();
    void everyNamedIconIsBundled();
    void everyCommandHasAnIcon();
    void windowCarriesTheApplicationIcon();
    void iconsStayCrispAtDoubleScale();
    void toolbarTextChoiceAppliesAndPersists_data();
    void toolbarTextChoiceAppliesAndPersists();
    void toolbarTextIsBesideIconsByDefault();
    void eachStateHasItsOwnStatusIcon_data();
    void eachStateHasItsOwnStatusIcon();
    void statusIconsDifferByShapeNotOnlyColour();

private:
    bool openWindow();

    QTemporaryDir mDir;
    QString mLocation;
    std::unique_ptr<Database> mDb;
    std::unique_ptr<MainWindow> mWindow;
};

void tst_Icons::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    TestSupport::isolateSettings();
    QCoreApplication::setApplicationName(u"tst_icons"_s);
    // No desktop theme: every icon must come from Accordo's own bundle.
    QIcon::setThemeName(u"accordo-test-no-such-theme"_s);
    QIcon::setFallbackThemeName(u"accordo-test-no-such-theme"_s);

    mLocation = TestBackend::freshLocation(mDir, u"icons"_s);
    QCOMPARE(TestFixtures::create(mLocation, mDb), QString());
    Workspace workspace(*mDb);
    const auto demo = DemoData::populate(workspace);
    QVERIFY2(demo.ok(), qPrintable(demo.errorString()));
}

void tst_Icons::init()
{
    QSettings().clear();
}

void tst_Icons::cleanup()
{
    mWindow.reset();
}

// A main window on a copy of the demo workspace, as alice.
bool tst_Icons::openWindow()
{
    static int copies = 0;
    const QString copy = TestBackend::copyOf(mLocation, mDir, u"window%1"_s.arg(++copies));
    return TestSupport::openMainWindow(mWindow, copy, u"alice"_s);
}

void tst_Icons::bundledIconsDraw_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(u":/icons"_s, {u"*.svg"_s}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable(path)) << path;
    }
}

void tst_Icons::bundledIconsDraw()
{
    QFETCH(QString, path);
    // Given a bundled SVG, when Qt draws it at tool bar size, then it draws something: the SVG
    // icon engine is there and reads the file.
    const QIcon icon(path);
    QVERIFY2(!icon.isNull(), qPrintable(path));
    QVERIFY2(hasInk(drawn(icon)), qPrintable(path));
}

void tst_Icons::everyNamedIconIsBundled_data()
{
    QTest::addColumn<QString>("name");
    for (Transition transition : Transitions::all())
        QTest::newRow(qPrintable(Transitions::key(transition))) << Icons::actionName(transition);
    for (AgreementStatus status : Enums::all<AgreementStatus>())
        QTest::newRow(qPrintable(Enums::key(status))) << Icons::statusName(status);
    QTest::newRow("application") << u"io.github.accordo.Accordo"_s;
    QTest::newRow("workspace") << u"application-x-accordo-workspace"_s;
}

void tst_Icons::everyNamedIconIsBundled()
{
    QFETCH(QString, name);
    QVERIFY2(QFile::exists(Icons::bundledPath(name)), qPrintable(Icons::bundledPath(name)));
}

void tst_Icons::everyCommandHasAnIcon()
{
    // The window is the same on either back end; on PostgreSQL the acting user would be
    // the server login, which the model tests below do not need.
    if (TestBackend::isPostgres())
        QSKIP("the main window's icons do not depend on the back end: see tst_icons");
    QVERIFY(openWindow());
    // Given the main window of a workspace (its recent menu lists it), when every command
    // of the menu bar, the tool bars and the agreement list's context menu is looked at,
    // then each shows an icon that draws something.
    QList<QAction *> commands;
    const QList<QAction *> menus = mWindow->menuBar()->actions();
    for (QAction *menu : menus) {
        QVERIFY(menu->menu());
        collectCommands(menu->menu(), commands);
    }
    const QList<QToolBar *> toolBars = mWindow->findChildren<QToolBar *>();
    QVERIFY(toolBars.size() >= 2);
    for (QToolBar *toolBar : toolBars)
        commands += toolBar->actions();
    commands += mWindow->listView(MainWindow::AgreementsPage)->view()->actions();
    QVERIFY(commands.size() > 30);

    QStringList withoutIcon;
    for (QAction *action : std::as_const(commands)) {
        if (action->isSeparator() || action->isCheckable())
            continue;
        if (action->icon().isNull() || !hasInk(drawn(action->icon(), 16)))
            withoutIcon.append(action->text());
    }
    QVERIFY2(withoutIcon.isEmpty(), qPrintable(withoutIcon.join(u", "_s)));
}

void tst_Icons::windowCarriesTheApplicationIcon()
{
    // The window is the same on either back end; on PostgreSQL the acting user would be
    // the server login, which the model tests below do not need.
    if (TestBackend::isPostgres())
        QSKIP("the main window's icons do not depend on the back end: see tst_icons");
    QVERIFY(openWindow());
    // Given no application-wide icon, the window shows Accordo's own.
    QVERIFY(QApplication::windowIcon().isNull());
    QVERIFY(!mWindow->windowIcon().isNull());
    QCOMPARE(drawn(mWindow->windowIcon(), 32), drawn(Icons::application(), 32));
    QVERIFY(hasInk(drawn(mWindow->windowIcon(), 32)));
}

void tst_Icons::iconsStayCrispAtDoubleScale()
{
    // Vector icons are drawn again for each pixel ratio rather than stretched: at 200 % the
    // pixmap has twice the pixels and a ratio of 2.
    const QPixmap pixmap = Icons::action(u"document-new"_s).pixmap(QSize(22, 22), 2.0);
    QCOMPARE(pixmap.size(), QSize(44, 44));
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    const QPixmap status = Icons::status(AgreementStatus::Active).pixmap(QSize(16, 16), 2.0);
    QCOMPARE(status.size(), QSize(32, 32));
}

void tst_Icons::toolbarTextChoiceAppliesAndPersists_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<int>("style");
    QTest::newRow("icons-only") << u"toolbarIconsOnly"_s << int(Qt::ToolButtonIconOnly);
    QTest::newRow("text-beside") << u"toolbarTextBeside"_s << int(Qt::ToolButtonTextBesideIcon);
    QTest::newRow("text-under") << u"toolbarTextUnder"_s << int(Qt::ToolButtonTextUnderIcon);
}

void tst_Icons::toolbarTextChoiceAppliesAndPersists()
{
    QFETCH(QString, choice);
    QFETCH(int, style);
    // The window is the same on either back end; on PostgreSQL the acting user would be
    // the server login, which the model tests below do not need.
    if (TestBackend::isPostgres())
        QSKIP("the main window's icons do not depend on the back end: see tst_icons");
    QVERIFY(openWindow());
    // Given a different style to start with
    const QString other = choice == u"toolbarTextUnder"_s ? u"toolbarIconsOnly"_s
                                                          : u"toolbarTextUnder"_s;
    auto *start = mWindow->findChild<QAction *>(other);
    QVERIFY(start);
    start->trigger();

    // When the user picks the choice in View > Toolbar Text
    auto *action = mWindow->findChild<QAction *>(choice);
    QVERIFY(action);
    action->trigger();

    // Then every tool bar shows it, and so does the next window
    QVERIFY(action->isChecked());
    QVERIFY(!start->isChecked());
    const QList<QToolBar *> toolBars = mWindow->findChildren<QToolBar *>();
    QVERIFY(toolBars.size() >= 2);
    for (QToolBar *toolBar : toolBars)
        QCOMPARE(int(toolBar->toolButtonStyle()), style);
    mWindow.reset();
    QVERIFY(openWindow());
    for (QToolBar *toolBar : mWindow->findChildren<QToolBar *>())
        QCOMPARE(int(toolBar->toolButtonStyle()), style);
    QVERIFY(mWindow->findChild<QAction *>(choice)->isChecked());
}

void tst_Icons::toolbarTextIsBesideIconsByDefault()
{
    // The window is the same on either back end; on PostgreSQL the acting user would be
    // the server login, which the model tests below do not need.
    if (TestBackend::isPostgres())
        QSKIP("the main window's icons do not depend on the back end: see tst_icons");
    QVERIFY(openWindow());
    for (QToolBar *toolBar : mWindow->findChildren<QToolBar *>())
        QCOMPARE(toolBar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    QVERIFY(mWindow->findChild<QAction *>(u"toolbarTextBeside"_s)->isChecked());
}

void tst_Icons::eachStateHasItsOwnStatusIcon_data()
{
    QTest::addColumn<int>("status");
    for (AgreementStatus status : Enums::all<AgreementStatus>())
        QTest::newRow(qPrintable(Enums::key(status))) << int(status);
}

void tst_Icons::eachStateHasItsOwnStatusIcon()
{
    QFETCH(int, status);
    // Given the agreements of the demo, which has every state
    AgreementsModel model(mDb->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString name = Enums::displayName(AgreementStatus(status));
    int row = 0;
    // (a version in approval reads "Approval: 1 of 2 …", its progress after the state)
    while (row < model.rowCount()
           && !model.index(row, AgreementsModel::Status).data().toString().startsWith(name))
        ++row;
    QVERIFY2(row < model.rowCount(), qPrintable(name));

    // Then its status cell carries the state's icon beside its colour, and no other cell
    // of the row carries one
    const QVariant decoration = model.index(row, AgreementsModel::Status).data(Qt::DecorationRole);
    QVERIFY(decoration.canConvert<QIcon>());
    const QIcon icon = decoration.value<QIcon>();
    QVERIFY(!icon.isNull());
    QCOMPARE(drawn(icon, 16), drawn(Icons::status(AgreementStatus(status)), 16));
    QVERIFY(model.index(row, AgreementsModel::Status).data(Qt::ForegroundRole).isValid());
    for (int column = 0; column < AgreementsModel::ColumnCount; ++column) {
        if (column != AgreementsModel::Status)
            QVERIFY(!model.index(row, column).data(Qt::DecorationRole).isValid());
    }
}

void tst_Icons::statusIconsDifferByShapeNotOnlyColour()
{
    // Printed in black and white (dark ink where the icon is opaque and darker than a light
    // grey), no two states look alike: they differ by shape, not only by colour.
    QList<QImage> shapes;
    for (AgreementStatus status : Enums::all<AgreementStatus>()) {
        const QImage image = drawn(Icons::status(status), 16);
        QImage shape(image.size(), QImage::Format_Mono);
        shape.fill(0);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                if (qAlpha(pixel) > 127 && qGray(pixel) < 160)
                    shape.setPixel(x, y, 1);
            }
        }
        QVERIFY(hasInk(image));
        for (const QImage &other : std::as_const(shapes))
            QVERIFY2(shape != other, qPrintable(Enums::key(status)));
        shapes.append(shape);
    }
}

QTEST_MAIN(tst_Icons)
#include "tst_icons.moc"
