#include "data/workspace.h"
#include "dialogs/importhistorydialog.h"
#include "dialogs/importwizard.h"
#include "models/importbatchmodel.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

const QByteArray kHeader =
    "id,customer,service,region,priority,opened_at,first_response_at,resolved_at,closed_at,"
    "status,satisfaction,pauses\n";

// Sets `wizard` up as ann importing tickets from the file at `path`, mapped by `mapping`, under
// `source` unless it is empty.
void prepare(ImportWizard &wizard, const QString &path, ImportWizard::MappingSource mapping,
             const QString &source = {})
{
    wizard.setUserName(u"ann"_s);
    wizard.setFilePath(path);
    wizard.setKind(RecordKind::Ticket);
    wizard.setMappingSource(mapping);
    if (!source.isEmpty())
        wizard.setSource(source);
}

} // namespace

/// The import wizard keeps each source's tickets apart, and File ▸ Import History rolls a
/// batch back to what was there.
class tst_ImportHistory : public TestFixtures::FreshWorkspaceTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void anotherSourceWithTheSameIdsAddsTicketsAndChangesNone();
    void wizardProposesTheSourceOfItsMapping();
    void historyRollsBackTheBatchSelected();
    void historyRefusesSomeoneWhoIsNoUser();
    void wizardGivesEveryRowTheCustomerAndServiceChosen();

private:
    QString writeCsv(const QString &name, const QByteArray &contents);
    bool importThroughWizard(const QByteArray &csv, const QString &source);
    QStringList tickets() const;

    int mFiles = 0;
};

void tst_ImportHistory::initTestCase()
{
    TestSupport::isolateSettings();
    QCoreApplication::setApplicationName(u"tst_importhistory"_s);
}

void tst_ImportHistory::init()
{
    QCOMPARE(openWorkspace(u"history"_s, TestFixtures::ImportUsers), QString());
}

void tst_ImportHistory::cleanup()
{
    closeWorkspace();
}

QString tst_ImportHistory::writeCsv(const QString &name, const QByteArray &contents)
{
    return TestSupport::writeFile(mDir.filePath(u"%1-%2"_s.arg(++mFiles).arg(name)), contents);
}

bool tst_ImportHistory::importThroughWizard(const QByteArray &csv, const QString &source)
{
    const QString path = writeCsv(source + u".csv"_s, csv);
    ImportWizard wizard(mDb->connection());
    prepare(wizard, path, ImportWizard::MappingSource::File, source);
    return wizard.runImport();
}

QStringList tst_ImportHistory::tickets() const
{
    QSqlQuery q(mDb->connection());
    q.exec(u"SELECT source, number, customer, service, status FROM tickets ORDER BY id"_s);
    QStringList rows;
    while (q.next())
        rows.append(u"%1/%2/%3/%4/%5"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                            q.value(2).toString(), q.value(3).toString(),
                                            q.value(4).toString()));
    return rows;
}

void tst_ImportHistory::anotherSourceWithTheSameIdsAddsTicketsAndChangesNone()
{
    // Given two tickets from one system
    QVERIFY(importThroughWizard(kHeader
                                    + "INC1,Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,,,open,,\n"
                                      "INC2,Acme,EMAIL,EU,P2,2026-01-05T11:00Z,,,,open,,\n",
                                u"alpha"_s));
    const QStringList before = tickets();
    // When another system's file with the same ids is imported through the wizard
    const QString path = writeCsv(
        u"beta.csv"_s,
        kHeader
            + "INC1,no customer,Category 55,Location 143,P3,2026-02-01T10:00Z,,,,new,,\n"
              "INC2,no customer,Category 55,Location 143,P3,2026-02-01T11:00Z,,,,new,,\n");
    ImportWizard wizard(mDb->connection());
    prepare(wizard, path, ImportWizard::MappingSource::File, u"beta"_s);
    QVERIFY(wizard.runImport());
    // Then it adds two tickets, changes none, and says so
    QCOMPARE(wizard.report()->inserted, 2);
    QCOMPARE(wizard.report()->updated, 0);
    QVERIFY2(wizard.resultText().contains(u"2 new, 0 updated, 0 unchanged"_s),
             qPrintable(wizard.resultText()));
    QCOMPARE(tickets().mid(0, 2), before);
    QCOMPARE(tickets().size(), 4);
}

void tst_ImportHistory::wizardProposesTheSourceOfItsMapping()
{
    const QString path = writeCsv(u"propose.csv"_s,
                                  kHeader + "INC1,Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,,,open,,\n");
    ImportWizard wizard(mDb->connection());
    prepare(wizard, path, ImportWizard::MappingSource::ServiceNow);
    wizard.show();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
    QCOMPARE(wizard.source(), u"servicenow"_s);
    auto *field = wizard.findChild<QLineEdit *>(u"source"_s);
    QVERIFY(field);
    QVERIFY(field->isVisible());
}

void tst_ImportHistory::historyRollsBackTheBatchSelected()
{
    // Given a first import and a second that changes a ticket and adds one
    QVERIFY(importThroughWizard(kHeader + "INC1,Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,,,open,,\n",
                                u"alpha"_s));
    const QStringList before = tickets();
    QVERIFY(importThroughWizard(kHeader
                                    + "INC1,Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,,,closed,,\n"
                                      "INC3,Acme,EMAIL,EU,P1,2026-01-06T10:00Z,,,,open,,\n",
                                u"alpha"_s));
    QCOMPARE(tickets().size(), 2);
    // When the history shows them, the latest first
    ImportHistoryDialog dialog(mDb->connection(), u"bob"_s);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.model()->rowCount(), 2);
    const QModelIndex latest = dialog.model()->index(0, ImportBatchModel::Batch);
    QCOMPARE(latest.data().toLongLong(), 2);
    QCOMPARE(dialog.model()->index(0, ImportBatchModel::New).data().toString(), u"1"_s);
    QCOMPARE(dialog.model()->index(0, ImportBatchModel::Updated).data().toString(), u"1"_s);
    QCOMPARE(dialog.model()->index(0, ImportBatchModel::User).data().toString(), u"ann"_s);
    QVERIFY(!dialog.rollBackButton()->isEnabled()); // nothing selected yet
    dialog.view()->selectRow(0);
    QVERIFY(dialog.rollBackButton()->isEnabled());
    // And the selected batch is rolled back
    QSignalSpy spy(&dialog, &ImportHistoryDialog::rolledBack);
    QVERIFY(dialog.rollBack(2));
    // Then the tickets are as after the first import, and the batch reads rolled back
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst(), QList<QVariant>()); // rolledBack() has no arguments
    QCOMPARE(tickets(), before);
    QVERIFY2(dialog.message().contains(u"1 added row(s) removed, 1 changed row(s) restored"_s),
             qPrintable(dialog.message()));
    QVERIFY(dialog.model()
                ->index(0, ImportBatchModel::RolledBack)
                .data()
                .toString()
                .contains(u"bob"_s));
    dialog.view()->selectRow(0);
    QVERIFY(!dialog.rollBackButton()->isEnabled());
    if (const QString shots = qEnvironmentVariable("ACCORDO_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.resize(1100, 380);
        dialog.show();
        QVERIFY(dialog.grab().save(shots + u"/import-history.png"_s));
    }
    // And the first batch can go now too
    QVERIFY(dialog.rollBack(1));
    QVERIFY(tickets().isEmpty());
}

void tst_ImportHistory::historyRefusesSomeoneWhoIsNoUser()
{
    // Given a batch imported by ann
    QVERIFY(importThroughWizard(kHeader + "INC1,Acme,EMAIL,EU,P1,2026-01-05T10:00Z,,,,open,,\n",
                                u"alpha"_s));
    const QStringList before = tickets();
    // When the history is opened under a name that is no user of the workspace
    ImportHistoryDialog dialog(mDb->connection(), u"mallory"_s);
    // Then the roll back is refused with the reason, and the batch stays
    QVERIFY(!dialog.rollBack(1));
    QVERIFY2(dialog.message().contains(u"mallory"_s), qPrintable(dialog.message()));
    QCOMPARE(tickets(), before);
    QVERIFY(dialog.model()->index(0, ImportBatchModel::RolledBack).data().toString().isEmpty());
}

void tst_ImportHistory::wizardGivesEveryRowTheCustomerAndServiceChosen()
{
    // Given a workspace with its customer and service, and an export naming neither
    Workspace &workspace = *mWorkspace;
    Party acme;
    acme.name = u"Acme"_s;
    QVERIFY(workspace.insert(acme));
    Service email;
    email.code = u"EMAIL"_s;
    email.name = u"E-mail"_s;
    QVERIFY(workspace.insert(email));
    const QString path = writeCsv(
        u"export.csv"_s,
        kHeader + "INC7,no customer,Category 55,Location 143,P3,2026-02-01T10:00Z,,,,new,,\n");
    // When the wizard is told the customer and service every row is for
    ImportWizard wizard(mDb->connection());
    prepare(wizard, path, ImportWizard::MappingSource::File, u"export"_s);
    wizard.setFixedCustomer(u"Acme"_s);
    wizard.setFixedService(u"EMAIL"_s);
    QVERIFY(wizard.check());
    QVERIFY(wizard.runImport());
    // Then the ticket is theirs
    QCOMPARE(tickets(), QStringList{u"export/INC7/Acme/EMAIL/new"_s});
}

QTEST_MAIN(tst_ImportHistory)
#include "tst_importhistory.moc"
