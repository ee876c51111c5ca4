#include "dashboard/dashboardview.h"
#include "data/workspace.h"
#include "dialogs/actionsdialog.h"
#include "dialogs/agreementdialog.h"
#include "dialogs/calendardialog.h"
#include "dialogs/importhistorydialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/targetdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "models/pagedsqlmodel.h"
#include "openmainwindow.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/recordlistview.h"
#include "workflow/changealertsui.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Accordo;
using Accordo::TestSupport::whenDialogOpens;

/// Screenshots at 1366×768 of the screens of the daily path that tst_workflowui's do not
/// take: the agreements list, the dashboard with its actions tile and list, the improvement
/// actions, the Alerts dock, the agreement's General tab with its owner and its history in
/// words, the target and calendar dialogs, and the import wizard's preview and summary with
/// Import History. Taken only when ACCORDO_SHOTS_DIR is set, in ACCORDO_SHOTS_LANG (en, it).
/// Besides, it checks that no column header of the agreements list is cut.
class tst_Screenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreementListHeadersAreNotCut_data();
    void agreementListHeadersAreNotCut();
    void screenshots();

private:
    void shot(QWidget *widget, const QString &name);

    QTemporaryDir mDir;
    QString mPath;
    const TestSupport::Shots mShots;
};

void tst_Screenshots::initTestCase()
{
    TestSupport::isolateSettings(u"AccordoScreenshotsTest"_s);
    mPath = mDir.filePath(u"demo.accordo"_s);
    auto db = TestFixtures::openDemo(mPath);
    QVERIFY2(db, qPrintable(db.errorString()));
    QCOMPARE(TestFixtures::measure((*db)->connection(), QDateTime::currentSecsSinceEpoch()),
             QString());
}

void tst_Screenshots::shot(QWidget *widget, const QString &name)
{
    if (!mShots.dir.isEmpty())
        QVERIFY(mShots.save(widget, name));
}

void tst_Screenshots::agreementListHeadersAreNotCut_data()
{
    TestSupport::addWordRows("language", {u"en"_s, u"it"_s});
}

void tst_Screenshots::agreementListHeadersAreNotCut()
{
    QFETCH(QString, language);
    // Given the main window at 1366×768 in the language, on the agreements list
    Language::install(language);
    MainWindow window;
    QVERIFY(TestSupport::showWorkspace(window, mPath, u"alice"_s, QSize(1366, 768)));
    window.showPage(MainWindow::AgreementsPage);
    QTest::qWait(50);
    auto *table = window.listView(MainWindow::AgreementsPage)->findChild<QTableView *>();
    QVERIFY(table);
    // Then every column header has room for its whole text
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString text =
            table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const int needed = header->fontMetrics().horizontalAdvance(text) + 12;
        QVERIFY2(header->sectionSize(column) >= needed,
                 qPrintable(u"\"%1\": %2 of %3 pixels"_s.arg(text)
                                .arg(header->sectionSize(column))
                                .arg(needed)));
    }
    Language::install(u"en"_s);
}

void tst_Screenshots::screenshots()
{
    if (mShots.dir.isEmpty())
        QSKIP("set ACCORDO_SHOTS_DIR to take the screenshots");
    Language::install(mShots.language);
    MainWindow window;
    QVERIFY(TestSupport::showWorkspace(window, mPath, u"alice"_s, QSize(1366, 768)));
    WorkspaceSession &session = *window.session();

    // The agreements list, and one agreement's general terms, owner and history
    window.showPage(MainWindow::AgreementsPage);
    RecordListView *list = window.listView(MainWindow::AgreementsPage);
    list->model()->setSearchText(u"SLA-2024-0017"_s);
    QTest::qWait(50);
    QVERIFY(list->model()->rowCount() > 0);
    const qint64 agreementId = list->model()->idAt(0);
    list->model()->setSearchText(QString());
    QTest::qWait(50);
    // Cleared search resets the model, and with it the current row: select afterwards
    list->selectId(agreementId);
    QCOMPARE(list->currentId(), agreementId);
    shot(&window, u"main-agreements"_s);
    whenDialogOpens<AgreementDialog>(this, [&](AgreementDialog *dialog) {
        dialog->resize(1100, 700);
        shot(dialog, u"agreement-general-owner"_s);
        auto *tabs = dialog->findChild<QTabWidget *>();
        const QString history = mShots.language == u"it"_s ? u"Stor"_s : u"Hist"_s;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).remove(u'&').startsWith(history))
                tabs->setCurrentIndex(i);
        QTest::qWait(50);
        shot(dialog, u"agreement-history-in-words"_s);
        dialog->reject();
    });
    window.editRecord();

    // The dashboard, its actions tile and the list behind it; the improvement actions
    window.showPage(MainWindow::DashboardPage);
    QVERIFY(window.dashboard()->waitForLoaded());
    QTest::qWait(100);
    shot(&window, u"dashboard"_s);
    QDialog *actions = window.dashboard()->openList(DashboardView::ActionsTile);
    actions->resize(1000, 480);
    QTest::qWait(50);
    shot(actions, u"dashboard-actions-list"_s);
    delete actions;
    {
        ActionsDialog dialog(session, &window);
        dialog.resize(1200, 560);
        dialog.show();
        QTest::qWait(50);
        shot(&dialog, u"improvement-actions"_s);
    }
    if (QDockWidget *dock = window.changeAlerts()->dock()) {
        dock->show();
        QTest::qWait(50);
        shot(dock, u"alerts-dock"_s);
    }

    // The target dialog, with tiers that owe a credit while the target is met
    {
        QList<Service> services;
        const auto allServices = session.workspace().services();
        QVERIFY(allServices);
        for (const Service &s : *allServices)
            services.append(s);
        TargetDialog dialog(services, {}, {}, &window);
        Target t;
        t.serviceId = services.first().id;
        t.metric = Metric::Availability;
        t.threshold = 99500;
        t.goalMilli = 100000;
        t.creditTiers = {{99900, 500}, {99000, 1000}};
        t.creditCapHundredths = 1250;
        dialog.setTarget(t);
        dialog.show();
        QTest::qWait(50);
        shot(&dialog, u"target-dialog"_s);
    }
    {
        CalendarDialog dialog(nullptr, &window);
        dialog.resize(1100, 700);
        dialog.show();
        QTest::qWait(50);
        shot(&dialog, u"calendar-dialog"_s);
    }

    // The import wizard's check before importing, its summary, and Import History
    {
        ImportWizard wizard(session.database().connection(), &window);
        wizard.setUserName(u"alice"_s);
        wizard.setFilePath(
            QStringLiteral(ACCORDO_SOURCE_DIR "/tests/core/data/servicenow-slice.csv"));
        wizard.setKind(RecordKind::Ticket);
        wizard.setMappingSource(ImportWizard::MappingSource::ServiceNow);
        wizard.setSource(u"servicenow-shots"_s);
        wizard.resize(1100, 700);
        wizard.show();
        wizard.next();
        QTest::qWait(50);
        shot(&wizard, u"import-wizard-preview"_s);
        wizard.next();
        wizard.setSkipBadRows(true);
        wizard.check();
        QTest::qWait(50);
        shot(&wizard, u"import-wizard-check"_s);
        wizard.next();
        QTest::qWait(50);
        shot(&wizard, u"import-wizard-summary"_s);
    }
    {
        ImportHistoryDialog dialog(session.database().connection(), u"alice"_s, &window);
        dialog.resize(1100, 500);
        dialog.show();
        QTest::qWait(50);
        shot(&dialog, u"import-history"_s);
    }
    Language::install(u"en"_s);
}

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
