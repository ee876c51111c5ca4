#include "data/metricstore.h"
#include "data/workspace.h"
#include "dialogs/metricsdialog.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

// Presses `button` on the message box that the next step opens, within two seconds; a box
// that never opens fails the test, and one left open is closed, so no step can hang.
void answerMessageBox(QObject *context, QMessageBox::StandardButton button, QString *text)
{
    auto *poll = new QTimer(context);
    auto *waited = new QElapsedTimer;
    waited->start();
    QObject::connect(poll, &QTimer::timeout, context, [poll, waited, button, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll->deleteLater();
            delete waited;
            *text = box->text();
            if (QAbstractButton *pressed = box->button(button))
                pressed->click();
            else
                box->reject();
        } else if (waited->elapsed() > 2000) {
            poll->deleteLater();
            delete waited;
            *text = u"(no message box opened)"_s;
        }
    });
    poll->start(10);
}

} // namespace

/// Edit ▸ Custom Metrics…: a definition added, edited, refused with the field named when its
/// name is empty or taken, deleted after a confirmation, and still there when the window is
/// opened again; the table's model under QAbstractItemModelTester throughout. Every modal
/// window the steps open is answered or closed within a bounded wait.
class tst_MetricsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addEditAndReopen();
    void badDefinitionIsRefusedNamingTheField_data();
    void badDefinitionIsRefusedNamingTheField();
    void deleteAsksFirst_data();
    void deleteAsksFirst();

private:
    // Runs `fill` on the metric dialog the click on `button` opens; `fill` ends it.
    void onMetricDialog(QPushButton *button, const std::function<void(QDialog *)> &fill);
    static void type(QDialog *dialog, const QString &name, const QString &unit,
                     const QString &aggregation);
    static QStringList names(const QTableWidget *table);
    QStringList storedNames() const;

    QTemporaryDir mDir;
    QString mLocation;
    std::unique_ptr<WorkspaceSession> mSession;
    int mRun = 0;
};

void tst_MetricsDialog::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    TestSupport::isolateSettings(u"AccordoMetricsDialogTest"_s);
}

void tst_MetricsDialog::init()
{
    // Given a new workspace with one definition, and alice who keeps the catalogue
    mLocation = TestBackend::freshLocation(mDir, u"metrics%1"_s.arg(++mRun));
    auto db = Database::open(mLocation, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    QCOMPARE(TestFixtures::addUsers((*db)->connection(), {{u"alice"_s, {Role::SlaManager}}}),
             QString());
    Workspace workspace(**db);
    MetricDefinition backups;
    backups.name = u"Backup success rate"_s;
    backups.unit = u"%"_s;
    backups.aggregation = MetricAggregation::Rate;
    QVERIFY(MetricStore(workspace).insert(backups));
    mSession = std::make_unique<WorkspaceSession>(std::move(*db));
    mSession->setUserName(u"alice"_s);
}

void tst_MetricsDialog::cleanup()
{
    // Whatever a failed step left open is closed before the next test.
    while (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    mSession.reset();
}

void tst_MetricsDialog::onMetricDialog(QPushButton *button,
                                       const std::function<void(QDialog *)> &fill)
{
    bool opened = false;
    TestSupport::whenDialogOpens<MetricDialog>(this, [&](MetricDialog *dialog) {
        opened = true;
        fill(dialog);
        // A fill that left the dialog open would block exec() for ever.
        if (dialog->isVisible())
            dialog->reject();
    });
    button->click();
    QVERIFY2(opened, "the metric dialog opened");
}

void tst_MetricsDialog::type(QDialog *dialog, const QString &name, const QString &unit,
                             const QString &aggregation)
{
    auto *nameEdit = dialog->findChild<QLineEdit *>(u"name"_s);
    auto *unitEdit = dialog->findChild<QLineEdit *>(u"unit"_s);
    auto *aggregationBox = dialog->findChild<QComboBox *>(u"aggregation"_s);
    QVERIFY(nameEdit && unitEdit && aggregationBox);
    nameEdit->selectAll();
    QTest::keyClick(nameEdit, Qt::Key_Delete);
    QTest::keyClicks(nameEdit, name);
    unitEdit->setText(unit);
    if (!aggregation.isEmpty()) {
        const int index = aggregationBox->findText(aggregation);
        QVERIFY2(index >= 0, qPrintable(aggregation));
        aggregationBox->setCurrentIndex(index);
    }
}

QStringList tst_MetricsDialog::names(const QTableWidget *table)
{
    QStringList result;
    for (int row = 0; row < table->rowCount(); ++row)
        result.append(table->item(row, 0)->text());
    return result;
}

QStringList tst_MetricsDialog::storedNames() const
{
    auto definitions = MetricStore(mSession->workspace()).definitions();
    if (!definitions)
        return {u"(cannot read: %1)"_s.arg(definitions.errorString())};
    QStringList result;
    for (const MetricDefinition &d : std::as_const(*definitions))
        result.append(d.name);
    return result;
}

void tst_MetricsDialog::addEditAndReopen()
{
    {
        MetricsDialog dialog(*mSession);
        auto *table = dialog.findChild<QTableWidget *>(u"metrics"_s);
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QCOMPARE(names(table), QStringList{u"Backup success rate"_s});

        // When a definition is added
        onMetricDialog(dialog.findChild<QPushButton *>(u"addMetric"_s), [](QDialog *d) {
            type(d, u"Change success"_s, u"%"_s, u"Mean"_s);
            d->accept();
        });
        // Then the table and the store list it
        QCOMPARE(storedNames(), (QStringList{u"Backup success rate"_s, u"Change success"_s}));
        QCOMPARE(names(table), storedNames());
        const int row = int(names(table).indexOf(u"Change success"_s));
        QCOMPARE(table->item(row, 1)->text(), u"%"_s);
        QCOMPARE(table->item(row, 2)->text(), u"Mean"_s);

        // When it is edited: renamed, another unit and aggregation
        table->selectRow(row);
        onMetricDialog(dialog.findChild<QPushButton *>(u"editMetric"_s), [](QDialog *d) {
            QCOMPARE(d->findChild<QLineEdit *>(u"name"_s)->text(), u"Change success"_s);
            type(d, u"Failed changes"_s, u"changes"_s, u"Sum"_s);
            d->accept();
        });
        // Then the row shows the edit, still selected
        QCOMPARE(storedNames(), (QStringList{u"Backup success rate"_s, u"Failed changes"_s}));
        const int edited = int(names(table).indexOf(u"Failed changes"_s));
        QVERIFY(edited >= 0);
        QCOMPARE(table->item(edited, 1)->text(), u"changes"_s);
        QCOMPARE(table->item(edited, 2)->text(), u"Sum"_s);
        QCOMPARE(table->currentRow(), edited);
    }

    // And a new window, on a new connection, shows what was stored
    mSession.reset();
    auto db = Database::open(mLocation, Database::OpenMode::MustExist);
    QVERIFY2(db, qPrintable(db.errorString()));
    mSession = std::make_unique<WorkspaceSession>(std::move(*db));
    mSession->setUserName(u"alice"_s);
    MetricsDialog reopened(*mSession);
    auto *table = reopened.findChild<QTableWidget *>(u"metrics"_s);
    QCOMPARE(names(table), (QStringList{u"Backup success rate"_s, u"Failed changes"_s}));
    const MetricDefinition stored = MetricStore(mSession->workspace()).definitions()->at(1);
    QCOMPARE(stored.unit, u"changes"_s);
    QCOMPARE(stored.aggregation, MetricAggregation::Sum);
}

void tst_MetricsDialog::badDefinitionIsRefusedNamingTheField_data()
{
    QTest::addColumn<bool>("editing"); // edits the existing definition, else adds one
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QStringList>("named");

    QTest::newRow("add-empty-name")
        << false << QString() << u"%"_s << QStringList{u"name"_s, u"empty"_s};
    QTest::newRow("add-blank-name")
        << false << u"   "_s << u"%"_s << QStringList{u"name"_s, u"empty"_s};
    QTest::newRow("add-duplicate-name")
        << false << u"Backup success rate"_s << u"%"_s
        << QStringList{u"Name"_s, u"\"Backup success rate\""_s, u"already"_s};
    QTest::newRow("add-duplicate-other-case")
        << false << u"backup SUCCESS rate"_s << u"%"_s
        << QStringList{u"Name"_s, u"\"Backup success rate\""_s, u"already"_s};
    QTest::newRow("add-long-unit") << false << u"Restore time"_s << QString(41, u'h')
                                   << QStringList{u"unit"_s, u"40 characters"_s};
    QTest::newRow("edit-empty-name")
        << true << QString() << u"%"_s << QStringList{u"name"_s, u"empty"_s};
    QTest::newRow("edit-to-duplicate") << true << u"Restores"_s << u"%"_s
                                       << QStringList{u"Name"_s, u"\"Restores\""_s, u"already"_s};
}

void tst_MetricsDialog::badDefinitionIsRefusedNamingTheField()
{
    QFETCH(bool, editing);
    QFETCH(QString, name);
    QFETCH(QString, unit);
    QFETCH(QStringList, named);
    MetricDefinition restores;
    restores.name = u"Restores"_s;
    QVERIFY(MetricStore(mSession->workspace()).insert(restores));
    const QStringList before = storedNames();

    MetricsDialog dialog(*mSession);
    auto *table = dialog.findChild<QTableWidget *>(u"metrics"_s);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    table->selectRow(int(names(table).indexOf(u"Backup success rate"_s)));

    // When the bad definition is saved
    QString error;
    bool stayedOpen = false;
    onMetricDialog(dialog.findChild<QPushButton *>(editing ? u"editMetric"_s : u"addMetric"_s),
                   [&](QDialog *d) {
                       type(d, name, unit, {});
                       d->accept();
                       stayedOpen = d->isVisible();
                       auto *label = d->findChild<QLabel *>(u"error"_s);
                       error = label && label->isVisible() ? label->text() : QString();
                   });

    // Then the dialog stays open and says which field is wrong, and nothing is stored
    QVERIFY(stayedOpen);
    for (const QString &part : std::as_const(named))
        QVERIFY2(error.contains(part), qPrintable(error));
    QCOMPARE(storedNames(), before);
    QCOMPARE(names(table), before);
}

void tst_MetricsDialog::deleteAsksFirst_data()
{
    TestSupport::addRows<bool>("confirm", {{"cancelled", false}, {"confirmed", true}});
}

void tst_MetricsDialog::deleteAsksFirst()
{
    QFETCH(bool, confirm);
    MetricsDialog dialog(*mSession);
    auto *table = dialog.findChild<QTableWidget *>(u"metrics"_s);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    table->selectRow(0);

    // When Delete… is pressed and the question answered
    QString question;
    answerMessageBox(this, confirm ? QMessageBox::Yes : QMessageBox::Cancel, &question);
    dialog.findChild<QPushButton *>(u"deleteMetric"_s)->click();

    // Then it asked about that definition, and only a yes deletes it
    QVERIFY2(question.contains(u"\"Backup success rate\""_s), qPrintable(question));
    const QStringList left = confirm ? QStringList() : QStringList{u"Backup success rate"_s};
    QCOMPARE(storedNames(), left);
    QCOMPARE(names(table), left);
}

QTEST_MAIN(tst_MetricsDialog)
#include "tst_metricsdialog.moc"
