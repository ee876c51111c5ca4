#include "crm/partyimport.h"
#include "data/partystore.h"
#include "data/workspace.h"
#include "dialogs/partydialog.h"
#include "dialogs/partyimportdialog.h"
#include "dialogs/transitiondialog.h"
#include "models/partyimportmodel.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

const QByteArray kHeader =
    "external_id,name,region,status,segment,contact_name,contact_role,contact_email,"
    "contact_phone\n";

void shoot(QWidget &widget, const QString &name)
{
    widget.show();
    QCoreApplication::processEvents();
    widget.grab().save(u"/tmp/shots/crm/%1.png"_s.arg(name));
}

} // namespace

/// File ▸ Import Customers… previews what a CRM export changes, conflicts included, and
/// imports it; the party dialog edits contacts; the signing step offers them.
class tst_PartyImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewListsCreatesUpdatesAndConflicts();
    void badFileIsShownAndNothingCanBeImported();
    void partyDialogEditsContactsAndKeepsTheCrmFields();
    void signingOffersTheCounterpartysContacts();

private:
    QString write(const QString &name, const QByteArray &content);
    Party acme();

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<WorkspaceSession> mSession;
};

void tst_PartyImportDialog::init()
{
    QStandardPaths::setTestModeEnabled(true);
    mDir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(mDir->filePath(u"w.accordo"_s), Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    QCOMPARE(TestFixtures::addUsers((*db)->connection(), {{u"mia"_s, {Role::SlaManager}}}),
             QString());
    QVERIFY(Workspace(**db).insert(Region{0, u"EU"_s, u"Europe"_s, 0, 0}));
    mSession = std::make_unique<WorkspaceSession>(std::move(*db));
    mSession->setUserName(u"mia"_s);
}

void tst_PartyImportDialog::cleanup()
{
    mSession.reset();
    mDir.reset();
}

QString tst_PartyImportDialog::write(const QString &name, const QByteArray &content)
{
    return TestSupport::writeFile(mDir->filePath(name), content);
}

Party tst_PartyImportDialog::acme()
{
    auto found =
        PartyStore(mSession->workspace()).partyByExternalId(PartyKind::Customer, u"ACC-1"_s);
    if (!found || !found->has_value())
        qFatal("no Acme");
    return **found;
}

void tst_PartyImportDialog::previewListsCreatesUpdatesAndConflicts()
{
    // Given Acme imported once, and its segment changed in Accordo since
    {
        PartyImportDialog first(*mSession);
        first.setFile(
            write(u"first.csv"_s, kHeader
                                      + "ACC-1,Acme,EU,active,Enterprise,Giulia Ferri,CIO,"
                                        "giulia@acme.example,\n"));
        QCOMPARE(first.errorText(), QString());
        QCOMPARE(first.model()->rowCount(), 1);
        first.findChild<QPushButton *>(u"import"_s)->click();
        QCOMPARE(first.result(), int(QDialog::Accepted));
    }
    Party party = acme();
    party.segment = u"Strategic"_s;
    QVERIFY(mSession->workspace().update(party));

    // When the next export changes Acme's segment and contact and adds Beta
    PartyImportDialog dialog(*mSession);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(dialog.model(), &QAbstractItemModel::modelReset);
    dialog.setFile(
        write(u"second.csv"_s, kHeader
                                   + "ACC-1,Acme,EU,lost,Large,Sara Lombardi,Procurement,,\n"
                                     "ACC-2,Beta,EU,active,,,,,\n"));
    QVERIFY(resets.count() >= 1);

    // Then the preview lists the update, the create and the conflict with both values
    PartyImportModel *model = dialog.model();
    QCOMPARE(model->rowCount(), 3);
    QStringList actions;
    for (int row = 0; row < model->rowCount(); ++row)
        actions << model->index(row, PartyImportModel::Action).data().toString() + u" "_s
                       + model->index(row, PartyImportModel::Party).data().toString();
    QCOMPARE(actions, (QStringList{u"update Acme"_s, u"create Beta"_s, u"conflict Acme"_s}));
    QCOMPARE(model->index(2, PartyImportModel::Fields).data().toString(), u"segment"_s);
    QCOMPARE(model->index(2, PartyImportModel::AccordoValue).data().toString(), u"Strategic"_s);
    QCOMPARE(model->index(2, PartyImportModel::FileValue).data().toString(), u"Large"_s);
    auto *summary = dialog.findChild<QLabel *>(u"summary"_s);
    QVERIFY2(summary->text().contains(u"Accordo's value is kept"_s), qPrintable(summary->text()));
    shoot(dialog, u"import-customers-preview"_s);

    // When the file's values are preferred and the import runs
    dialog.findChild<QCheckBox *>(u"prefer"_s)->setChecked(true);
    QVERIFY2(summary->text().contains(u"the file's value is taken"_s), qPrintable(summary->text()));
    dialog.findChild<QPushButton *>(u"import"_s)->click();

    // Then Acme takes the file's segment, status and contact
    QCOMPARE(dialog.errorText(), QString());
    const Party after = acme();
    QCOMPARE(after.segment, u"Large"_s);
    QCOMPARE(after.crmStatus, u"lost"_s);
    QCOMPARE(after.contacts.first().name, u"Sara Lombardi"_s);
}

void tst_PartyImportDialog::badFileIsShownAndNothingCanBeImported()
{
    PartyImportDialog dialog(*mSession);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.setFile(write(u"bad.csv"_s, kHeader + "ACC-1,Acme,EU,gone,,,,,\n"));
    QVERIFY2(dialog.errorText().contains(u"line 2, field status, value \"gone\""_s),
             qPrintable(dialog.errorText()));
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(u"import"_s)->isEnabled());
    shoot(dialog, u"import-customers-error"_s);
}

void tst_PartyImportDialog::partyDialogEditsContactsAndKeepsTheCrmFields()
{
    Party party = TestFixtures::party(u"Acme"_s);
    party.externalId = u"ACC-1"_s;
    party.crmImported = uR"({"segment":"Enterprise"})"_s;
    party.contacts = {{u"Giulia Ferri"_s, u"CIO"_s, u"giulia@acme.example"_s, u"+39 02 1"_s},
                      {u"Sara Lombardi"_s, u"Procurement"_s, {}, {}}};
    party.id = *mSession->workspace().insert(party);
    party = *mSession->workspace().party(party.id);

    Party saved;
    PartyDialog dialog({}, {}, [&](const Party &p) -> Result<void> {
        saved = p;
        return {};
    });
    dialog.setParty(party);
    auto *table = dialog.findChild<QTableWidget *>(u"contacts"_s);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"contact"_s)->text(), u"Giulia Ferri"_s);
    QVERIFY(dialog.findChild<QLineEdit *>(u"contact"_s)->isReadOnly());
    shoot(dialog, u"party-dialog-contacts"_s);

    // When a third contact is added and the first removed
    dialog.findChild<QPushButton *>(u"addContact"_s)->click();
    table->item(2, 0)->setText(u"Ann Lee"_s);
    table->item(2, 2)->setText(u"ann@acme.example"_s);
    table->setCurrentCell(0, 0);
    dialog.findChild<QPushButton *>(u"removeContact"_s)->click();
    dialog.accept();

    // Then the contacts are saved in order, the primary follows, and the CRM's fields stay
    QCOMPARE(saved.contacts.size(), 2);
    QCOMPARE(saved.contacts.at(0).name, u"Sara Lombardi"_s);
    QCOMPARE(saved.contacts.at(1).email, u"ann@acme.example"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"contact"_s)->text(), u"Sara Lombardi"_s);
    QCOMPARE(saved.externalId, u"ACC-1"_s);
    QCOMPARE(saved.crmImported, party.crmImported);
}

void tst_PartyImportDialog::signingOffersTheCounterpartysContacts()
{
    TransitionDialog dialog(Transition::Sign, u"SLA-2026-0001 version 1"_s, QDate(2026, 6, 1));
    auto *contacts = dialog.findChild<QComboBox *>(u"counterpartyContact"_s);
    QVERIFY(contacts);
    dialog.setCounterpartyContacts(
        {{u"Giulia Ferri"_s, u"CIO"_s, {}, {}}, {u"Sara Lombardi"_s, u"Procurement"_s, {}, {}}});
    QCOMPARE(contacts->count(), 3);
    shoot(dialog, u"sign-counterparty-contacts"_s);
    contacts->setCurrentIndex(2);
    emit contacts->activated(2);
    const TransitionRequest request = dialog.request();
    QCOMPARE(request.signatories.size(), 2);
    QCOMPARE(request.signatories.at(1).name, u"Sara Lombardi"_s);
    QCOMPARE(request.signatories.at(1).title, u"Procurement"_s);
}

QTEST_MAIN(tst_PartyImportDialog)
#include "tst_partyimportdialog.moc"
