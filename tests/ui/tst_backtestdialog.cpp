#include "data/workspace.h"
#include "demo/demomeasurements.h"
#include "demosession.h"
#include "dialogs/agreementdialog.h"
#include "dialogs/backtestdialog.h"
#include "lifecycle/agreementworkflow.h"
#include "models/backtestmodel.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// The agreement view's backtest: a draft's targets judged on the customer's stored tickets,
/// month by month, over a window the user picks.
class tst_BacktestDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void judgesEveryTicketOfTheWindow_data();
    void judgesEveryTicketOfTheWindow();
    void targetFilterShowsOneTarget();
    void exportWritesTheRowsAsCsv();
    void agreementViewOpensIt_data();
    void agreementViewOpensIt();

private:
    Agreement agreement(const QString &number) const;
    std::unique_ptr<BacktestDialog> runFor(const QString &number, int months) const;
    qint64 count(const QString &sql, const QVariantList &values) const;

    QTemporaryDir mDir;
    std::unique_ptr<WorkspaceSession> mSession;
    QDateTime mAsOf;
};

Agreement tst_BacktestDialog::agreement(const QString &number) const
{
    return TestFixtures::latestAgreement(mSession->database(), number);
}

// The backtest dialog of the agreement `number`, run over `months` months up to mAsOf; null
// when the run fails.
std::unique_ptr<BacktestDialog> tst_BacktestDialog::runFor(const QString &number, int months) const
{
    const Agreement a = agreement(number);
    auto dialog = std::make_unique<BacktestDialog>(mSession->database().connection(), a.partyId,
                                                   a.targets, a.number);
    dialog->setAsOf(mAsOf);
    dialog->setMonths(months);
    if (!dialog->run())
        dialog.reset();
    return dialog;
}

qint64 tst_BacktestDialog::count(const QString &sql, const QVariantList &values) const
{
    const qint64 n = TestSupport::count(mSession->database().connection(), sql, values);
    if (n < 0)
        qFatal("count failed: %s", qPrintable(sql));
    return n;
}

void tst_BacktestDialog::initTestCase()
{
    TestSupport::isolateSettings(u"AccordoBacktestTest"_s);
    QCOMPARE(TestSupport::openDemoSession(mDir, mSession), QString());
    // The demo's tickets end at its "now"; the backtest looks back from there.
    mAsOf = QDateTime::fromSecsSinceEpoch(DemoMeasurements::now(), QTimeZone::utc());
}

void tst_BacktestDialog::init()
{
    QSettings().clear();
}

void tst_BacktestDialog::judgesEveryTicketOfTheWindow_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("months");
    QTest::addColumn<bool>("amend");  // backtest a new draft version of the agreement
    QTest::addColumn<int>("periods"); // months with tickets

    // The way a negotiation meets the backtest: amending a signed agreement opens a draft of
    // its next version, whose services have a ticket history.
    QTest::newRow("amended-draft-one-month") << u"SLA-2024-0017"_s << 1 << true << 1;
    QTest::newRow("amended-draft-last-quarter") << u"SLA-2024-0009"_s << 3 << true << 3;
    // The demo's own renegotiation: a draft second version, its times a quarter tighter.
    QTest::newRow("demo-renegotiation-twelve-months") << u"SLA-2024-0007"_s << 12 << false << 12;
    // Its P1 targets saw no ticket in October 2026.
    QTest::newRow("signed-two-years") << u"SLA-2024-0018"_s << 24 << false << 23;
    // A draft for services the customer never had: nothing to judge.
    QTest::newRow("new-services-draft") << u"SLA-2024-0019"_s << 12 << false << 0;
}

void tst_BacktestDialog::judgesEveryTicketOfTheWindow()
{
    QFETCH(QString, number);
    QFETCH(int, months);
    QFETCH(bool, amend);
    QFETCH(int, periods);

    Agreement a = agreement(number);
    if (amend) {
        TransitionRequest request;
        request.transition = Transition::Amend;
        auto draft = mSession->workflow().transition(a.id, request, u"alice"_s);
        QVERIFY2(draft, qPrintable(draft.errorString()));
        a = agreement(number);
        QCOMPARE(a.id, *draft);
        QCOMPARE(a.status, AgreementStatus::Draft);
        // The proposal: every time target 20 % tighter.
        for (Target &t : a.targets)
            t.threshold = t.threshold * 4 / 5;
    }
    BacktestDialog dialog(mSession->database().connection(), a.partyId, a.targets, number);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.setAsOf(mAsOf);
    dialog.setMonths(months);
    QVERIFY(dialog.run());

    // One row per month and time target with tickets, within the whole months before the
    // one "now" falls in.
    const QDate firstDay = QDate(mAsOf.date().year(), mAsOf.date().month(), 1);
    const qint64 from =
        QDateTime(firstDay.addMonths(-months), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 to = QDateTime(firstDay, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QSet<QString> seen;
    QHash<int, qint64> judgedPerTarget;
    for (const BacktestRow &row : dialog.model()->rows()) {
        seen.insert(row.period);
        QVERIFY(row.period >= firstDay.addMonths(-months).toString(u"yyyy-MM"_s));
        QVERIFY(row.period < firstDay.toString(u"yyyy-MM"_s));
        QCOMPARE(row.met + row.breached + row.pending, row.tickets);
        judgedPerTarget[row.targetIndex] += row.tickets;
    }
    QCOMPARE(seen.size(), periods);

    // Each target judged exactly the tickets SQL finds for its customer, service and priority.
    int timeTargets = 0;
    qint64 total = 0;
    for (const Target &t : std::as_const(a.targets)) {
        if (t.metric != Metric::FirstResponse && t.metric != Metric::Resolution)
            continue;
        // Months are those of the zone of the target's calendar (its own, else that of the
        // customer's region), as the KPIs count them.
        QSqlQuery q(mSession->database().connection());
        q.prepare(u"SELECT c.time_zone FROM calendars c WHERE c.id = ? OR c.id = "
                  "(SELECT r.calendar_id FROM parties p JOIN regions r ON r.id = p.region_id "
                  "WHERE p.id = ?) ORDER BY c.id = ? DESC LIMIT 1"_s);
        q.addBindValue(t.calendarId);
        q.addBindValue(a.partyId);
        q.addBindValue(t.calendarId);
        QVERIFY(q.exec());
        const QTimeZone zone = q.next() ? QTimeZone(q.value(0).toString().toUtf8())
                                        : QTimeZone::utc();
        QVERIFY(zone.isValid());
        q.prepare(u"SELECT k.opened_at FROM tickets k JOIN parties p ON p.name = k.customer "
                  "JOIN services s ON k.service IN (s.code, s.name) "
                  "WHERE p.id = ? AND s.id = ? AND (? = '' OR k.priority = ?) "
                  "AND k.opened_at >= ? AND k.opened_at < ?"_s);
        for (const QVariant &v :
             QVariantList{a.partyId, t.serviceId, t.priority, t.priority, from - 86400, to + 86400})
            q.addBindValue(v);
        QVERIFY(q.exec());
        qint64 expected = 0;
        while (q.next()) {
            const QDate local = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), zone).date();
            expected += local >= firstDay.addMonths(-months) && local < firstDay;
        }
        QCOMPARE(judgedPerTarget.value(timeTargets), expected);
        total += expected;
        ++timeTargets;
    }
    QVERIFY(timeTargets > 0);
    QCOMPARE(dialog.model()->rowCount() > 0, total > 0);
    QVERIFY2(dialog.summary().contains(total > 0 ? u"judged ticket"_s : u"no ticket to judge"_s),
             qPrintable(dialog.summary()));
    QCOMPARE(QSettings().value(u"backtest/months"_s).toInt(), months);
}

void tst_BacktestDialog::targetFilterShowsOneTarget()
{
    const auto ran = runFor(u"SLA-2024-0007"_s, 6);
    QVERIFY(ran);
    BacktestDialog &dialog = *ran;
    auto *filter = dialog.findChild<QComboBox *>(u"targetFilter"_s);
    auto *view = dialog.findChild<QTableView *>(u"backtestView"_s);
    QVERIFY(filter && view);
    QVERIFY(filter->count() >= 3); // "All targets" and at least two targets
    QCOMPARE(view->model()->rowCount(), dialog.model()->rowCount());
    filter->setCurrentIndex(1);
    QCOMPARE(view->model()->rowCount(), 6);
    for (int row = 0; row < 6; ++row)
        QCOMPARE(view->model()->index(row, BacktestModel::Target).data().toString(),
                 filter->currentText());
    filter->setCurrentIndex(0);
    QCOMPARE(view->model()->rowCount(), dialog.model()->rowCount());
}

void tst_BacktestDialog::exportWritesTheRowsAsCsv()
{
    const auto ran = runFor(u"SLA-2024-0018"_s, 12);
    QVERIFY(ran);
    BacktestDialog &dialog = *ran;
    const QString path = mDir.filePath(u"backtest.csv"_s);
    QString error;
    QVERIFY2(dialog.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.first(), "period,target,tickets,met,breached,pending,compliance_pct");
    QCOMPARE(lines.size() - 1, dialog.model()->rowCount());
    // The compliance of the first row as the model shows it, to the hundredth.
    const BacktestRow &first = dialog.model()->rows().first();
    const auto milli = BacktestModel::complianceMilli(first.met, first.breached);
    QVERIFY(milli);
    QVERIFY2(lines.at(1).endsWith(QByteArray::number(double(*milli) / 1000, 'f', 2)),
             lines.at(1).constData());
    QVERIFY(!dialog.exportCsv(mDir.filePath(u"no/such/dir/b.csv"_s), &error));
    QVERIFY2(error.contains(u"cannot be written"_s), qPrintable(error));
}

void tst_BacktestDialog::agreementViewOpensIt_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("draft") << u"SLA-2024-0019"_s << false;
    QTest::newRow("signed-and-read-only") << u"SLA-2024-0016"_s << true;
}

void tst_BacktestDialog::agreementViewOpensIt()
{
    QFETCH(QString, number);
    QFETCH(bool, readOnly);

    AgreementDialog view(*mSession, [](const Agreement &a) -> Result<qint64> { return a.id; });
    view.setAgreement(agreement(number));
    QCOMPARE(view.isReadOnly(), readOnly);
    auto *button = view.findChild<QPushButton *>(u"backtest"_s);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    int rows = -1;
    QString title;
    QTimer::singleShot(0, &view, [&] {
        // The backtest runs as the dialog opens; look once it has.
        QTimer::singleShot(50, &view, [&] {
            auto *dialog = qobject_cast<BacktestDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            rows = dialog->model()->rowCount();
            title = dialog->windowTitle();
            dialog->reject();
        });
    });
    button->click();
    QVERIFY2(title.contains(number), qPrintable(title));
    QVERIFY(rows >= 0);
}

QTEST_MAIN(tst_BacktestDialog)
#include "tst_backtestdialog.moc"
