#include "dialogs/importwizard.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

const QString kSlice = QStringLiteral(ACCORDO_SOURCE_DIR "/tests/core/data/servicenow-slice.csv");

} // namespace

class tst_ImportWizard : public TestFixtures::FreshWorkspaceTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void serviceNowSliceThroughTheWizardStoresItsTickets();
    void badRowImportsNothingAndShowsItsLine();
    void previewShowsTheHeaderAndFirstRows();
    void profilesAreRememberedByName();

private:
    qint64 tickets() const;
    QString importFile(const QString &name, const QByteArray &contents) const;
};

void tst_ImportWizard::initTestCase()
{
    TestSupport::isolateSettings();
    QCoreApplication::setApplicationName(u"tst_importwizard"_s);
}

void tst_ImportWizard::init()
{
    QCOMPARE(openWorkspace(u"import"_s, TestFixtures::ImportUsers), QString());
}

void tst_ImportWizard::cleanup()
{
    closeWorkspace();
}

qint64 tst_ImportWizard::tickets() const
{
    return count(u"SELECT count(*) FROM tickets"_s);
}

QString tst_ImportWizard::importFile(const QString &name, const QByteArray &contents) const
{
    return TestSupport::writeFile(mDir.filePath(name), contents);
}

void tst_ImportWizard::serviceNowSliceThroughTheWizardStoresItsTickets()
{
    // Given an empty workspace, the ServiceNow slice (33 incidents, two odd rows) and the preset
    QCOMPARE(tickets(), 0);
    ImportWizard wizard(mDb->connection());
    wizard.setUserName(u"ann"_s);
    QSignalSpy imported{&wizard, &ImportWizard::imported};
    wizard.setFilePath(kSlice);
    wizard.setKind(RecordKind::Ticket);
    wizard.setMappingSource(ImportWizard::MappingSource::ServiceNow);
    wizard.show();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
    wizard.setSkipBadRows(true);

    // Then a check says what the import would do, and stores nothing
    QVERIFY(wizard.check());
    QVERIFY2(wizard.checkText().contains(u"would add 33, update 0 and leave 0 unchanged"_s),
             qPrintable(wizard.checkText()));
    QVERIFY2(wizard.checkText().contains(u"2 bad row(s) would be skipped"_s),
             qPrintable(wizard.checkText()));
    // (an empty workspace has no target to measure them)
    QVERIFY2(wizard.checkText().contains(u"33 ticket(s) name a customer and service"_s),
             qPrintable(wizard.checkText()));
    QCOMPARE(tickets(), 0);
    QSqlQuery batches(mDb->connection());
    QVERIFY(batches.exec(u"SELECT count(*) FROM import_batches"_s) && batches.next());
    QCOMPARE(batches.value(0).toInt(), 0);

    if (const QString shots = qEnvironmentVariable("ACCORDO_SCREENSHOT_DIR"); !shots.isEmpty()) {
        wizard.resize(900, 560);
        QVERIFY(wizard.grab().save(shots + u"/import-wizard-check.png"_s));
    }
    // When the one Import button (the wizard's Next) is pressed
    QCOMPARE(wizard.button(QWizard::CommitButton)->text(), u"&Import"_s);
    QVERIFY(wizard.button(QWizard::CommitButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isVisible());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));

    // Then one ticket per incident is stored and the two odd rows are reported
    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.takeFirst(), QList<QVariant>()); // imported() has no arguments
    QVERIFY(wizard.report());
    QCOMPARE(wizard.report()->records, 33);
    QCOMPARE(wizard.report()->rejected, 2);
    QCOMPARE(tickets(), 33);
    QCOMPARE(wizard.report()->inserted, 33);
    QVERIFY2(wizard.resultText().contains(u"line 203: incident_state"_s),
             qPrintable(wizard.resultText()));
    auto *summary = wizard.findChild<QLabel *>(u"summary"_s);
    QVERIFY(summary && summary->isVisible());
    QCOMPARE(summary->text(), wizard.resultText());
    if (const QString shots = qEnvironmentVariable("ACCORDO_SCREENSHOT_DIR"); !shots.isEmpty()) {
        wizard.resize(900, 560);
        QVERIFY(wizard.grab().save(shots + u"/import-wizard-summary.png"_s));
    }
}

void tst_ImportWizard::badRowImportsNothingAndShowsItsLine()
{
    // Given a ticket file whose third line has an unreadable opening time
    const QString path = importFile(u"bad.csv"_s, "id,customer,service,priority,opened_at\n"
                                                  "T-1,Acme,EMAIL,P1,2026-01-05T10:00:00Z\n"
                                                  "T-2,Acme,EMAIL,P1,someday\n");
    ImportWizard wizard(mDb->connection());
    wizard.setUserName(u"ann"_s);
    QSignalSpy imported{&wizard, &ImportWizard::imported};
    wizard.setFilePath(path);
    wizard.setMappingSource(ImportWizard::MappingSource::File);

    // When it is imported without skipping bad rows
    QVERIFY(!wizard.runImport());

    // Then nothing is kept and the result names the line and the field
    QCOMPARE(imported.count(), 0);
    QCOMPARE(tickets(), 0);
    QVERIFY2(wizard.resultText().contains(u"bad.csv:3: opened_at"_s),
             qPrintable(wizard.resultText()));
    auto *result = wizard.findChild<QPlainTextEdit *>();
    QVERIFY(result);
    QCOMPARE(result->toPlainText(), wizard.resultText());
}

void tst_ImportWizard::previewShowsTheHeaderAndFirstRows()
{
    // Given the wizard on the slice, the preview under a model tester
    ImportWizard wizard(mDb->connection());
    wizard.setUserName(u"ann"_s);
    QAbstractItemModelTester tester(wizard.previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    wizard.setFilePath(kSlice);
    wizard.show();

    // When the mapping page opens
    wizard.next();

    // Then it shows the file's header and its first 20 rows
    QStandardItemModel *model = wizard.previewModel();
    QCOMPARE(model->rowCount(), ImportWizard::kPreviewRows);
    QCOMPARE(model->columnCount(), 36);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"number"_s);
    QCOMPARE(model->headerData(0, Qt::Vertical).toString(), u"2"_s);
    QCOMPARE(model->index(0, 0).data().toString(), u"INC0000045"_s);
    if (const QString shots = qEnvironmentVariable("ACCORDO_SCREENSHOT_DIR"); !shots.isEmpty()) {
        wizard.resize(1100, 760);
        QVERIFY(wizard.grab().save(shots + u"/import-wizard-preview.png"_s));
    }
}

void tst_ImportWizard::profilesAreRememberedByName()
{
    // Given a mapping saved as a profile
    const QString mapping = importFile(u"acme.json"_s, R"({"constants": {"customer": "Acme"}})");
    ImportWizard::saveProfile(u"Acme export"_s, mapping);

    // Then it is listed by name with its file
    QVERIFY(ImportWizard::profileNames().contains(u"Acme export"_s));
    QCOMPARE(ImportWizard::profilePath(u"Acme export"_s), mapping);
}

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
