#pragma once

// The ground the workflow tests of the main window share: the demo workspace with mia (SLA
// manager and approver), made once, of which every test works on a copy with a draft she wrote.

#include "data/userdirectory.h"
#include "data/workspace.h"
#include "demo/demodata.h"
#include "lifecycle/agreementworkflow.h"
#include "mainwindow.h"
#include "models/pagedsqlmodel.h"
#include "openmainwindow.h"
#include "report/documentrenderer.h"
#include "session/resultsrefresher.h"
#include "storage/database.h"
#include "testsupport.h"
#include "widgets/recordlistview.h"
#include "workflow/workflowactions.h"

#include <QAction>
#include <QFile>
#include <QStatusBar>
#include <QString>
#include <QTest>

#include <memory>

namespace Accordo::TestSupport {

using namespace Qt::StringLiterals;

/// A test class of the workflow in the main window derives from it, creates the template in
/// initTestCase(), opens the draft on a copy of it in init() and closes it in cleanup().
class WorkflowTest : public MainWindowTest
{
protected:
    /// Creates the template: the demo workspace with mia as a user.
    void createTemplate()
    {
        // As the application does at start-up: signing a version with a document draws its PDF.
        DocumentRenderer::registerForSigning();
        TestSupport::isolateSettings();
        // The demo workspace with mia (SLA manager and approver), made once and copied for each
        // test: populating it every time is most of the run (minutes under the sanitizers).
        mTemplate = mDir.filePath(u"template.accordo"_s);
        auto db = Database::open(mTemplate, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        Workspace workspace(**db);
        QVERIFY(DemoData::populate(workspace).ok());
        User mia{0, u"mia"_s, u"Mia Berg"_s, {Role::SlaManager, Role::Approver}, true};
        QVERIFY(UserDirectory(workspace.connection()).add(mia, u"erin"_s).ok());
    }

    /// Opens a copy of the template with a draft, mId, that mia wrote.
    void openDraft()
    {
        // Given the demo workspace, mia (SLA manager and approver) and a draft she wrote with a
        // charter and two required approvers
        mPath = nextPath(u"workflow"_s);
        QVERIFY(QFile::copy(mTemplate, mPath));
        auto db = Database::open(mPath, Database::OpenMode::MustExist);
        QVERIFY(db.ok());
        mDb = std::move(*db);
        mWorkspace = std::make_unique<Workspace>(*mDb);
        mWorkflow = std::make_unique<AgreementWorkflow>(*mWorkspace);

        const QList<Service> services = mWorkspace->services().value();
        Agreement a;
        a.title = u"Zephyr print care"_s;
        a.partyId = mWorkspace->parties(PartyKind::Customer)->first().id;
        a.startDate = QDate::currentDate().addDays(-10);
        a.endDate = a.startDate.addYears(2);
        a.price = Money(420000, u"EUR"_s);
        a.serviceIds = {services.first().id};
        Target t;
        t.serviceId = services.first().id;
        t.metric = Metric::Availability;
        t.threshold = 99500;
        a.targets = {t};
        mWorkspace->setActingUser(u"mia"_s);
        auto id = mWorkspace->insert(a);
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        mId = *id;
        QVERIFY(mWorkflow->setCharter(mId, {u"Printers fixed fast"_s, {}, {}}, u"mia"_s).ok());
        QVERIFY(
            mWorkflow
                ->setRequiredApprovers(mId,
                                       {{0, Side::Provider, u"Service owner"_s, {}},
                                        {0, Side::Counterparty, u"Customer representative"_s, {}}},
                                       u"mia"_s)
                .ok());
        mWorkspace->actAsSystem();
    }

    /// Closes the window and the copy.
    void closeDraft()
    {
        mWindow.reset();
        mWorkflow.reset();
        mWorkspace.reset();
        mDb.reset();
    }

    /// Opens the copy as `user` in a new main window, with the draft selected in the list.
    void openAs(const QString &user)
    {
        QVERIFY(TestSupport::openMainWindow(mWindow, mPath, user));
        // The window brings the results up to date in the background on opening, and the alerts it
        // raises are audited: a test that counts the audit trail starts after it.
        QVERIFY(mWindow->resultsRefresher()->waitForIdle());
        mWindow->showPage(MainWindow::AgreementsPage);
        RecordListView *list = mWindow->listView(MainWindow::AgreementsPage);
        list->model()->setSearchText(u"Zephyr"_s);
        QVERIFY(list->model()->rowCount() >= 1);
        list->selectId(mId);
        QCOMPARE(mWindow->workflowActions()->agreementId(), mId);
    }

    /// Takes `transition` on the draft as `user`, through the core.
    void step(Transition transition, const QString &user)
    {
        auto result = mWorkflow->transition(mId, {transition, {}, {}, {}, {}}, user);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
    }

    /// The window's action for `transition`.
    QAction *action(Transition transition) const
    {
        return mWindow->workflowActions()->action(transition);
    }

    /// The window's action called `name`, or null.
    QAction *windowAction(const QString &name) const { return mWindow->findChild<QAction *>(name); }

    // Selects another agreement and then the fixture again, as a user moving through the list.
    void reselect()
    {
        RecordListView *list = mWindow->listView(MainWindow::AgreementsPage);
        list->model()->setSearchText(QString());
        const int other = list->model()->rowOfId(mId) == 0 ? 1 : 0;
        list->view()->setCurrentIndex(list->model()->index(other, 0));
        QVERIFY(mWindow->workflowActions()->agreementId() != mId);
        mWindow->statusBar()->clearMessage();
        list->selectId(mId);
        QCOMPARE(mWindow->workflowActions()->agreementId(), mId);
    }

    QString mTemplate;
    qint64 mId = 0;
    std::unique_ptr<Database> mDb;
    std::unique_ptr<Workspace> mWorkspace;
    std::unique_ptr<AgreementWorkflow> mWorkflow;
};

} // namespace Accordo::TestSupport
