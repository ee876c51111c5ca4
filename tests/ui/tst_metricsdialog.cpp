#include "data/metricstore.h"
#include "data/workspace.h"
#include "demo/demodata.h"
#include "demo/demometrics.h"
#include "dialogs/metricsdialog.h"
#include "dialogs/targetdialog.h"
#include "session/workspacesession.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

// Screenshots for a look as a user would, when ACCORDO_SHOTS names a folder.
void shoot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ACCORDO_SHOTS");
    if (folder.isEmpty())
        return;
    widget.adjustSize();
    widget.grab().save(QDir(folder).filePath(name + u".png"_s));
}

} // namespace

/// Edit ▸ Custom Metrics on the demo workspace: the catalogue's metrics listed, one edited
/// through its dialog and stored, and the target dialog offering them with their unit.
class tst_MetricsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheDemoMetrics();
    void editedMetricIsStored();
    void targetDialogOffersTheDefinedMetrics_data();
    void targetDialogOffersTheDefinedMetrics();

private:
    QTemporaryDir mDir;
    std::unique_ptr<WorkspaceSession> mSession;
};

void tst_MetricsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto db = Database::open(mDir.filePath(u"demo.accordo"_s), Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    Workspace workspace(**db);
    QVERIFY(DemoData::populate(workspace).ok());
    mSession = std::make_unique<WorkspaceSession>(std::move(*db));
    mSession->setUserName(u"alice"_s);
}

void tst_MetricsDialog::listsTheDemoMetrics()
{
    // When the dialog opens on the demo
    MetricsDialog dialog(*mSession);
    auto *table = dialog.findChild<QTableWidget *>(u"metrics"_s);
    QVERIFY(table);
    // Then it lists the catalogue's metrics by name, with aggregation and direction
    const auto stored = MetricStore(mSession->workspace()).definitions();
    QVERIFY2(stored, qPrintable(stored.errorString()));
    QCOMPARE(table->rowCount(), stored->size());
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names.append(table->item(row, 0)->text());
    QVERIFY(names.contains(DemoMetrics::backupMetric()));
    QVERIFY(names.contains(DemoMetrics::deliveryMetric()));
    const int backups = int(names.indexOf(DemoMetrics::backupMetric()));
    QCOMPARE(table->item(backups, 2)->text(), u"Rate (successes / attempts)"_s);
    QCOMPARE(table->item(backups, 3)->text(), u"Higher is better"_s);
    shoot(dialog, u"metrics-dialog"_s);
}

void tst_MetricsDialog::editedMetricIsStored()
{
    // Given the delivery time in its dialog
    MetricStore store(mSession->workspace());
    MetricDefinition delivery;
    for (const MetricDefinition &d : *store.definitions()) {
        if (d.name == DemoMetrics::deliveryMetric())
            delivery = d;
    }
    QVERIFY(delivery.id);
    MetricDialog dialog([&](const MetricDefinition &d) { return store.update(d); });
    dialog.setDefinition(delivery);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"unit"_s)->text(), u"business days"_s);
    QCOMPARE(dialog.findChild<QComboBox *>(u"better"_s)->currentText(), u"Lower is better"_s);
    shoot(dialog, u"metric-dialog"_s);
    // When its description is changed and the dialog accepted
    dialog.findChild<QPlainTextEdit *>(u"description"_s)->setPlainText(u"From order to desk"_s);
    dialog.accept();
    // Then the change is stored, the rest as it was
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const MetricDefinition stored = *store.definition(delivery.id);
    QCOMPARE(stored.description, u"From order to desk"_s);
    QCOMPARE(stored.aggregation, MetricAggregation::Mean);
    QCOMPARE(stored.direction, MetricDirection::LowerIsBetter);
}

void tst_MetricsDialog::targetDialogOffersTheDefinedMetrics_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("hint");
    QTest::newRow("defined") << DemoMetrics::backupMetric() << u"%"_s
                             << u"Rate (successes / attempts) per period; higher is better."_s;
    QTest::newRow("undefined") << u"Restore time"_s << QString()
                               << u"No custom metric of this name is defined"_s;
}

void tst_MetricsDialog::targetDialogOffersTheDefinedMetrics()
{
    QFETCH(QString, name);
    QFETCH(QString, unit);
    QFETCH(QString, hint);
    // Given a target dialog that knows the catalogue, on a custom metric
    TargetDialog dialog(*mSession->workspace().services(), {}, {});
    dialog.setMetricDefinitions(*MetricStore(mSession->workspace()).definitions());
    auto edits = dialog.findChildren<QLineEdit *>();
    auto *metric = dialog.findChildren<QComboBox *>().at(1);
    metric->setCurrentIndex(metric->findData(int(Metric::Custom)));
    // The first line edits are the custom name and unit
    QLineEdit *customName = edits.at(0);
    QLineEdit *customUnit = edits.at(1);
    QVERIFY(customName->placeholderText().contains(DemoMetrics::deliveryMetric()));
    // When a name is entered
    customName->setText(name);
    // Then a defined metric brings its unit and says how it is measured; another is flagged
    QCOMPARE(customUnit->text(), unit);
    bool found = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        found = found || label->text().contains(hint);
    QVERIFY2(found, qPrintable(hint));
    shoot(dialog, u"target-dialog-"_s + QString::fromLatin1(QTest::currentDataTag()));
}

QTEST_MAIN(tst_MetricsDialog)
#include "tst_metricsdialog.moc"
