#include "data/workspace.h"
#include "dialogs/agreementdialog.h"
#include "dialogs/partydialog.h"
#include "dialogs/regionsdialog.h"
#include "lifecycle/agreementworkflow.h"
#include "mainwindow.h"
#include "models/pagedsqlmodel.h"
#include "openmainwindow.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/recordlistview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Accordo;
using Accordo::TestSupport::whenDialogOpens;

class tst_MainWindow : public TestSupport::MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheThreeListsOverTheWorkspace();
    void addCustomerThroughTheUiThenUndoAndRedo();
    void duplicateNameKeepsDialogOpenWithReason();
    void deliveredServicesAreSavedWithTheCustomer();
    void deleteAsksFirstAndCanBeUndone();
    void searchBoxFiltersTheList();
    void refusesNonWorkspaceFile();
    void agreementViewShowsTargetsAndHierarchy();
    void newAgreementCarriesCharterAndApprovers();
    void regionCalendarChangesAndUndoes();
    void concurrentEditIsRefusedWithReloadOrCompare();
    void concurrentCustomerEditOffersReload();

private:
    qint64 count(const QString &sql, const QVariantList &binds = {}) const;
    qint64 customersNamed(const QString &name) const;
    // Shows `page` filtered by `search` and selects the one row it then lists; the row's id, or
    // 0 when it lists no row or more than one.
    qint64 selectOnlyMatch(MainWindow::Page page, const QString &search);
    // Saves what `change` does to the workspace as another session would meanwhile: through a
    // connection of its own, acting as alice.
    template<typename Change>
    void changeElsewhere(Change change) const
    {
        auto other = Database::open(mPath, Database::OpenMode::MustExist);
        QVERIFY(other.ok());
        Workspace theirs(**other);
        theirs.setActingUser(u"alice"_s);
        change(theirs);
    }
    // When the next message box opens: keeps its detailed text in `details` (unless null) and
    // clicks its accept button.
    void whenAskedAccept(QString *details = nullptr);
    // What the dialog showed after saveOverAChangeElsewhere().
    struct AfterSave
    {
        bool stillOpen = false;
        QString field; // the edited field, reloaded or not
    };
    // Edits the selected record in its Dialog, while another session saves it meanwhile: opens
    // the dialog with Edit, saves `theirChange` elsewhere (changeElsewhere()), makes this user's
    // edit with `myEdit` (which answers a reader of the edited field), clicks the `save` button
    // and accepts the warning that follows, keeping its details in `details` (unless null).
    template<typename Dialog, typename TheirChange, typename MyEdit>
    AfterSave saveOverAChangeElsewhere(TheirChange theirChange, MyEdit myEdit,
                                       QDialogButtonBox::StandardButton save,
                                       QString *details = nullptr)
    {
        AfterSave after;
        whenDialogOpens<Dialog>(this, [&](Dialog *dialog) {
            changeElsewhere(theirChange);
            const auto field = myEdit(dialog);
            whenAskedAccept(details);
            dialog->template findChild<QDialogButtonBox *>()->button(save)->click();
            after.stillOpen = dialog->isVisible();
            after.field = field();
            dialog->reject();
        });
        action("actionEdit")->trigger();
        return after;
    }
};

void tst_MainWindow::initTestCase()
{
    TestSupport::isolateSettings();
}

void tst_MainWindow::init()
{
    mPath = nextPath(u"gui"_s);
    {
        auto db = TestFixtures::openDemo(mPath);
        QVERIFY2(db, qPrintable(db.errorString()));
    }
    QVERIFY(TestSupport::openMainWindow(mWindow, mPath, u"alice"_s));
}

void tst_MainWindow::cleanup()
{
    mWindow.reset();
}

qint64 tst_MainWindow::count(const QString &sql, const QVariantList &binds) const
{
    // A second connection, as another program would read the file.
    return TestSupport::countInFile(mPath, sql, binds);
}

qint64 tst_MainWindow::customersNamed(const QString &name) const
{
    return count(u"SELECT count(*) FROM parties WHERE kind = 'customer' AND name = ?"_s, {name});
}

qint64 tst_MainWindow::selectOnlyMatch(MainWindow::Page page, const QString &search)
{
    mWindow->showPage(page);
    RecordListView *list = mWindow->listView(page);
    list->model()->setSearchText(search);
    if (list->model()->rowCount() != 1)
        return 0;
    list->view()->setCurrentIndex(list->model()->index(0, 0));
    return list->currentId();
}

void tst_MainWindow::whenAskedAccept(QString *details)
{
    whenDialogOpens<QMessageBox>(this, [details](QMessageBox *box) {
        if (details)
            *details = box->detailedText();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
}

void tst_MainWindow::showsTheThreeListsOverTheWorkspace()
{
    // Every version of every agreement, every customer (not departments or suppliers) and
    // every service.
    const qint64 agreements = count(u"SELECT count(*) FROM agreements"_s);
    const qint64 customers = count(u"SELECT count(*) FROM parties WHERE kind = 'customer'"_s);
    const qint64 services = count(u"SELECT count(*) FROM services"_s);
    QVERIFY(agreements > 0 && customers > 0 && services > 0);
    QVERIFY(customers < count(u"SELECT count(*) FROM parties"_s));
    QCOMPARE(qint64(mWindow->listView(MainWindow::AgreementsPage)->model()->rowCount()),
             agreements);
    QCOMPARE(qint64(mWindow->listView(MainWindow::CustomersPage)->model()->rowCount()), customers);
    QCOMPARE(qint64(mWindow->listView(MainWindow::ServicesPage)->model()->rowCount()), services);
    QVERIFY(mWindow->windowTitle().contains(u"gui"_s));
}

void tst_MainWindow::addCustomerThroughTheUiThenUndoAndRedo()
{
    // Given the customers page
    mWindow->showPage(MainWindow::CustomersPage);
    const QString name = u"Zeta Logistics"_s;
    QCOMPARE(customersNamed(name), 0);
    const int customers = int(count(u"SELECT count(*) FROM parties WHERE kind = 'customer'"_s));
    QVERIFY(customers > 0);

    // When the user adds a customer through the dialog
    whenDialogOpens<PartyDialog>(this, [name](PartyDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), name);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"email"_s), u"ops@zeta.example"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    action("actionAdd")->trigger();

    // Then it is stored at once and shown selected
    QCOMPARE(customersNamed(name), 1);
    RecordListView *list = mWindow->listView(MainWindow::CustomersPage);
    QCOMPARE(list->model()->rowCount(), customers + 1);
    QCOMPARE(list->view()->currentIndex().data().toString(), name);

    // When the user undoes it, it is gone from the database and the list
    QVERIFY(action("actionUndo")->isEnabled());
    action("actionUndo")->trigger();
    QCOMPARE(customersNamed(name), 0);
    QCOMPARE(list->model()->rowCount(), customers);

    // And redo brings it back
    action("actionRedo")->trigger();
    QCOMPARE(customersNamed(name), 1);
    QCOMPARE(list->model()->rowCount(), customers + 1);
}

void tst_MainWindow::deliveredServicesAreSavedWithTheCustomer()
{
    mWindow->showPage(MainWindow::CustomersPage);
    const QString name = u"Omega Freight"_s;
    const auto delivered = [this, name] {
        return count(u"SELECT count(*) FROM service_deliveries d "
                     "JOIN parties p ON p.id = d.party_id WHERE p.name = ?"_s,
                     {name});
    };
    const int services = int(count(u"SELECT count(*) FROM services"_s));
    // When the user adds a customer with two services delivered
    whenDialogOpens<PartyDialog>(this, [name, services](PartyDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), name);
        auto *list = dialog->findChild<QListWidget *>(u"delivered"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), services);
        list->item(0)->setCheckState(Qt::Checked);
        list->item(5)->setCheckState(Qt::Checked);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    action("actionAdd")->trigger();
    // Then they are stored with it, leave with its undo and come back with its redo
    QCOMPARE(customersNamed(name), 1);
    QCOMPARE(delivered(), 2);
    action("actionUndo")->trigger();
    QCOMPARE(delivered(), 0);
    action("actionRedo")->trigger();
    QCOMPARE(delivered(), 2);
}

void tst_MainWindow::duplicateNameKeepsDialogOpenWithReason()
{
    mWindow->showPage(MainWindow::CustomersPage);
    QString shownError;
    bool stillOpen = false;
    whenDialogOpens<PartyDialog>(this, [&](PartyDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), u"Acme Manufacturing"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        stillOpen = dialog->isVisible();
        shownError = dialog->findChild<QLabel *>(u"error"_s)->text();
        dialog->reject();
    });
    action("actionAdd")->trigger();
    QVERIFY(stillOpen);
    QCOMPARE(shownError, u"Customer \"Acme Manufacturing\" already exists"_s);
    QCOMPARE(customersNamed(u"Acme Manufacturing"_s), 1);
    QVERIFY(!action("actionUndo")->isEnabled());
}

void tst_MainWindow::deleteAsksFirstAndCanBeUndone()
{
    // Given a service nobody uses
    mWindow->showPage(MainWindow::ServicesPage);
    {
        auto db = Database::open(mPath, Database::OpenMode::MustExist);
        QVERIFY(Workspace(**db)
                    .insert(Service{0, u"AAA-TEMP"_s, u"Temporary"_s, {}, {}, {}, true})
                    .ok());
    }
    const int services = int(count(u"SELECT count(*) FROM services"_s));
    QVERIFY(services > 0);
    RecordListView *list = mWindow->listView(MainWindow::ServicesPage);
    list->refresh();
    list->view()->setCurrentIndex(list->model()->index(0, 0));
    QCOMPARE(list->view()->currentIndex().data().toString(), u"AAA-TEMP"_s);

    // When the user cancels the confirmation, nothing happens
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
    });
    action("actionDelete")->trigger();
    QCOMPARE(list->model()->rowCount(), services);

    // When the user confirms, it is deleted; undo restores it
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    action("actionDelete")->trigger();
    QCOMPARE(list->model()->rowCount(), services - 1);
    action("actionUndo")->trigger();
    QCOMPARE(list->model()->rowCount(), services);
}

void tst_MainWindow::searchBoxFiltersTheList()
{
    RecordListView *list = mWindow->listView(MainWindow::AgreementsPage);
    mWindow->showPage(MainWindow::AgreementsPage);
    QTest::keyClicks(list->searchField(), u"Kallang"_s);
    QTest::keyClick(list->searchField(), Qt::Key_Return);
    QCOMPARE(list->model()->rowCount(), 1);
    list->searchField()->clear();
    QTRY_COMPARE(list->model()->rowCount(), int(count(u"SELECT count(*) FROM agreements"_s)));
}

void tst_MainWindow::refusesNonWorkspaceFile()
{
    const QString path = mDir.filePath(u"notes.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some notes\n");
    file.close();
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(u"not an Accordo workspace"_s));
        box->accept();
    });
    QVERIFY(!mWindow->openWorkspace(path));
    // The open workspace is untouched: the demo's 68 agreements, the renegotiation's draft and
    // the amendment of the accepted change request.
    QCOMPARE(mWindow->listView(MainWindow::AgreementsPage)->model()->rowCount(), 70);
}

void tst_MainWindow::agreementViewShowsTargetsAndHierarchy()
{
    // Given a customer-level agreement in the middle of a three-level hierarchy
    QVERIFY(selectOnlyMatch(MainWindow::AgreementsPage, u"Acme workplace"_s) > 0);

    int targets = -1;
    int treeItems = -1;
    QString root;
    whenDialogOpens<AgreementDialog>(this, [&](AgreementDialog *dialog) {
        targets = dialog->findChild<QTableView *>(u"targets"_s)->model()->rowCount();
        auto *tree = dialog->findChild<QTreeWidget *>(u"hierarchy"_s);
        root = tree->topLevelItem(0)->text(0);
        treeItems = 1 + tree->topLevelItem(0)->child(0)->childCount();
        TestSupport::saveTabShots(dialog, u"agreement-dialog"_s);
        dialog->reject();
    });
    // When the user opens it
    action("actionEdit")->trigger();
    // Then its targets and the corporate agreement above it are shown
    QVERIFY(targets >= 5);
    QVERIFY(root.startsWith(u"SLA-"_s));
    QCOMPARE(treeItems, 3);
    if (qEnvironmentVariableIsSet("ACCORDO_SCREENSHOTS"))
        mWindow->grab().save(u"/tmp/main-window.png"_s);
}

void tst_MainWindow::newAgreementCarriesCharterAndApprovers()
{
    // Given the agreements page, working as the SLA manager
    mWindow->showPage(MainWindow::AgreementsPage);
    const QString title = u"Zeta print care"_s;
    QString refusal;

    // When a new agreement is drafted with its requirements charter
    whenDialogOpens<AgreementDialog>(this, [&](AgreementDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"title"_s), title);
        // No counterparty is preselected: the user picks one.
        dialog->findChild<QComboBox *>(u"party"_s)->setCurrentIndex(0);
        auto *services = dialog->findChild<QListWidget *>(u"services"_s);
        services->item(0)->setCheckState(Qt::Checked);
        dialog->findChild<QPlainTextEdit *>(u"needs"_s)
            ->setPlainText(u"Printers fixed before the next shift"_s);
        dialog->findChild<QPlainTextEdit *>(u"requirements"_s)
            ->setPlainText(u"4-hour response\n\nMonthly report"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        if (dialog->isVisible()) {
            refusal = dialog->findChild<QLabel *>(u"error"_s)->text();
            dialog->reject();
        }
    });
    action("actionAdd")->trigger();
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));

    // Then the workflow knows its charter and the two default approvers, and draft can move on
    auto *session = mWindow->session();
    const qint64 id = mWindow->listView(MainWindow::AgreementsPage)->currentId();
    QVERIFY(id > 0);
    QCOMPARE(session->workspace().agreement(id)->title, title);
    const auto lifecycle = session->workflow().lifecycle(id);
    QVERIFY(lifecycle.ok());
    QCOMPARE(lifecycle->charter.needs, u"Printers fixed before the next shift"_s);
    QCOMPARE(lifecycle->charter.requirements,
             QStringList({u"4-hour response"_s, u"Monthly report"_s}));
    QCOMPARE(lifecycle->approvers.size(), 2);
    QCOMPARE(lifecycle->approvers.at(1).side, Side::Counterparty);
    const auto steps = session->workflow().availableTransitions(id, session->userName());
    const auto submit = std::find_if(steps.cbegin(), steps.cend(), [](const auto &step) {
        return step.transition == Transition::Submit;
    });
    QVERIFY(submit != steps.cend());
    QVERIFY2(submit->allowed, qPrintable(submit->refusal));
}

void tst_MainWindow::regionCalendarChangesAndUndoes()
{
    // Given the administrator, the region EMEA-S on the Italian office calendar (signed
    // agreements are judged in it), and a new region LAB on the same calendar that no
    // agreement uses
    WorkspaceSession *session = mWindow->session();
    session->workspace().setActingUser(u"erin"_s);
    auto regionNamed = [session](const QString &code) {
        const QList<Region> regions = session->workspace().regions().value();
        for (const Region &region : regions) {
            if (region.code == code)
                return region;
        }
        return Region{};
    };
    const Region signedRegion = regionNamed(u"EMEA-S"_s);
    QVERIFY(signedRegion.id > 0);
    Region lab;
    lab.code = u"LAB"_s;
    lab.name = u"Laboratory"_s;
    lab.calendarId = signedRegion.calendarId;
    QVERIFY(session->workspace().insert(lab).ok());

    // When a region is given the UK 24x7 calendar in Edit > Regions
    const auto giveCalendar = [this](const QString &code) {
        QString refusal;
        whenDialogOpens<RegionsDialog>(this, [&](RegionsDialog *regions) {
            auto *table = regions->findChild<QTableWidget *>(u"regions"_s);
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text() == code)
                    table->selectRow(row);
            }
            whenDialogOpens<RegionDialog>(this, [&](RegionDialog *dialog) {
                auto *calendar = dialog->findChild<QComboBox *>(u"calendar"_s);
                calendar->setCurrentIndex(calendar->findText(u"UK 24x7"_s));
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                if (dialog->isVisible()) {
                    refusal = dialog->findChild<QLabel *>(u"error"_s)->text();
                    dialog->reject();
                }
            });
            const auto buttons = regions->findChildren<QPushButton *>();
            for (QPushButton *button : buttons) {
                if (button->text().contains(u"Edit"_s))
                    button->click();
            }
            regions->reject();
        });
        action("actionRegions")->trigger();
        return refusal;
    };

    // Then the change under signed agreements is refused, naming them, and nothing is stored
    const QString refused = giveCalendar(u"EMEA-S"_s);
    QVERIFY2(refused.contains(u"used by signed agreements"_s), qPrintable(refused));
    QVERIFY2(refused.contains(u"SLA-2024-0001"_s), qPrintable(refused));
    QCOMPARE(regionNamed(u"EMEA-S"_s).calendarId, signedRegion.calendarId);

    // and the change of the unused region is stored, and undo brings the old calendar back
    const QString refusal = giveCalendar(u"LAB"_s);
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    const Region after = regionNamed(u"LAB"_s);
    QVERIFY(after.calendarId != signedRegion.calendarId);
    QCOMPARE(session->workspace().calendar(after.calendarId)->name, u"UK 24x7"_s);
    action("actionUndo")->trigger();
    QCOMPARE(regionNamed(u"LAB"_s).calendarId, signedRegion.calendarId);
}

void tst_MainWindow::concurrentEditIsRefusedWithReloadOrCompare()
{
    // Given a draft open in the agreement view
    const qint64 id = selectOnlyMatch(MainWindow::AgreementsPage,
                                      u"Network operations second line"_s);
    QVERIFY(id > 0);

    // When someone else saves it meanwhile, through their own connection, and this user saves
    // their own edit
    QString details;
    const AfterSave after = saveOverAChangeElsewhere<AgreementDialog>(
        [id](Workspace &theirs) {
            Agreement changed = *theirs.agreement(id);
            changed.title = u"Network operations, second line (renamed)"_s;
            QVERIFY(theirs.update(changed).ok());
        },
        [](AgreementDialog *dialog) {
            auto *title = dialog->findChild<QLineEdit *>(u"title"_s);
            title->setText(u"Network second line"_s);
            return [title] { return title->text(); };
        },
        QDialogButtonBox::Save, &details);

    // Then the save is refused, the comparison names the title, and reload shows theirs
    QVERIFY(after.stillOpen);
    QVERIFY2(details.contains(u"Network second line"_s), qPrintable(details));
    QCOMPARE(after.field, u"Network operations, second line (renamed)"_s);
    QCOMPARE(mWindow->session()->workspace().agreement(id)->title,
             u"Network operations, second line (renamed)"_s);
}

void tst_MainWindow::concurrentCustomerEditOffersReload()
{
    // Given a customer open in its dialog
    const qint64 id = selectOnlyMatch(MainWindow::CustomersPage, u"Kallang"_s);
    QVERIFY(id > 0);

    // When another user changes the contact meanwhile and this user saves theirs (the segment:
    // a customer's contact follows its first contact person)
    const AfterSave after = saveOverAChangeElsewhere<PartyDialog>(
        [id](Workspace &theirs) {
            Party changed = *theirs.party(id);
            changed.segment = u"Their segment"_s;
            QVERIFY(theirs.update(changed).ok());
        },
        [](PartyDialog *dialog) {
            auto *segment = dialog->findChild<QComboBox *>(u"segment"_s);
            segment->setCurrentText(u"My segment"_s);
            return [segment] { return segment->currentText(); };
        },
        QDialogButtonBox::Ok);

    // Then nothing was overwritten, and reload showed their version
    QVERIFY(after.stillOpen);
    QCOMPARE(after.field, u"Their segment"_s);
    QCOMPARE(mWindow->session()->workspace().party(id)->segment, u"Their segment"_s);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
