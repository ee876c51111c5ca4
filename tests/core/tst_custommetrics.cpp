#include "audit/auditlog.h"
#include "calendar/isotime.h"
#include "data/metricstore.h"
#include "data/workspace.h"
#include "kpi/kpiengine.h"
#include "kpi/portfoliochecks.h"
#include "measurement/measurementimporter.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader =
    "metric,customer,service,region,id,observed_at,period,value,successes,attempts\n";

// Acme's backups: 2026-01 995 of 1000; 2026-02 480 of 500 and 490 of 500; 2026-03 four jobs
// reported one by one, one failed; 2026-04 (still open) 10 of 10. Its deliveries, in days:
// 2026-01 3, 4.5 and 6; 2026-02 5 and 5; 2026-03 4 and 7. Beta's slow delivery in January
// and an unknown delivery for nobody in particular must not count for Acme... except that one
// with no customer counts for every customer: it is in February, at 5 days.
const QByteArray kObservations = kHeader
                                 + "Backup success rate,Acme,BACKUP,,,,2026-01,,995,1000\n"
                                   "Backup success rate,Acme,BACKUP,,,,2026-02,,480,500\n"
                                   "Backup success rate,Acme,BACKUP,,b2,,2026-02,,490,500\n"
                                   "Backup success rate,Acme,BACKUP,,j1,2026-03-02T01:00Z,,1,,\n"
                                   "Backup success rate,Acme,BACKUP,,j2,2026-03-03T01:00Z,,1,,\n"
                                   "Backup success rate,Acme,BACKUP,,j3,2026-03-04T01:00Z,,0,,\n"
                                   "Backup success rate,Acme,BACKUP,,j4,2026-03-05T01:00Z,,1,,\n"
                                   "Backup success rate,Acme,BACKUP,,,,2026-04,,10,10\n"
                                   "Delivery time,Acme,EQUIP,,PO1,2026-01-05T10:00Z,,3,,\n"
                                   "Delivery time,Acme,EQUIP,,PO2,2026-01-12T10:00Z,,4.5,,\n"
                                   "Delivery time,Acme,EQUIP,,PO3,2026-01-19T10:00Z,,6,,\n"
                                   "Delivery time,Beta,EQUIP,,PO4,2026-01-20T10:00Z,,40,,\n"
                                   "Delivery time,Acme,EQUIP,,PO5,2026-02-02T10:00Z,,5,,\n"
                                   "Delivery time,,EQUIP,,PO6,2026-02-09T10:00Z,,5.000,,\n"
                                   "Delivery time,Acme,EQUIP,,PO7,2026-03-02T10:00Z,,4,,\n"
                                   "Delivery time,Acme,EQUIP,,PO8,2026-03-09T10:00Z,,7,,\n";

using TestFixtures::FixtureNow;

} // namespace

/// Custom metrics are measured: defined in the catalogue, observed in imported batches, and
/// evaluated per period like the built-in metrics, with the expected values written out.
///
/// Acme's SLA (from 2026-01-01, EUR 1,000.00 a month, 24×7 UTC) has two custom targets:
/// "Backup success rate" (a rate, higher is better) of at least 99 % on BACKUP, credit 5 %
/// below 99 %, 10 % below 97 %; and "Delivery time" (a mean in days, lower is better) of at
/// most 5 days on EQUIP, credit 3 % above 5 days. Now is 2026-04-10 12:00 UTC.
class tst_CustomMetrics : public TestFixtures::FreshWorkspaceTest
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void periodsAreEvaluated_data();
    void periodsAreEvaluated();
    void lowerIsBetterComparesTheOtherWay_data();
    void lowerIsBetterComparesTheOtherWay();
    void badRowsNameTheLineAndStoreNothing_data();
    void badRowsNameTheLineAndStoreNothing();
    void rollBackRestoresTheObservations();
    void definitionsAreAuditedAndRoleChecked();
    void undefinedMetricIsFlaggedAndNotMeasured();

private:
    QString write(const QByteArray &content);
    Result<ImportReport> import(const QByteArray &csv);
    Result<QList<KpiRow>> recompute();
    KpiRow row(const QList<KpiRow> &rows, const QString &target, const QString &period);
    qint64 scalar(const QString &sql) { return TestSupport::count(db(), sql); }
    QSqlDatabase db() const { return mDb->connection(); }

    QString mNumber;
    qint64 mAcme = 0, mBackup = 0, mEquip = 0;
    int mFiles = 0;
};

void tst_CustomMetrics::init()
{
    ACCORDO_REQUIRE_BACKEND();
    QCOMPARE(
        openWorkspace(u"metrics"_s, {{u"ann"_s, {Role::Analyst}}, {u"sam"_s, {Role::SlaManager}}}),
        QString());
    Workspace &ws = *mWorkspace;
    TestFixtures::MetricsCatalogue catalogue;
    QCOMPARE(TestFixtures::addMetricsCatalogue(ws, catalogue), QString());
    mBackup = catalogue.backup;
    mEquip = catalogue.equip;
    mAcme = catalogue.acme;
    QVERIFY(ws.insert(TestFixtures::party(u"Beta"_s, PartyKind::Customer, catalogue.eu)).ok());
    QList<Target> targets = catalogue.targets();
    Target &backups = targets[0];
    Target &delivery = targets[1];
    backups.creditTiers = {{99000, 500}, {97000, 1000}};
    delivery.creditTiers = {{5000, 300}};
    Agreement a = TestFixtures::agreement(u"Acme SLA"_s, mAcme, {mBackup, mEquip},
                                          {backups, delivery}, QDate(2026, 1, 1), QDate(),
                                          Money(100000, u"EUR"_s));
    a.status = AgreementStatus::Active;
    auto id = ws.insert(a);
    QVERIFY2(id, qPrintable(id.errorString()));
    mNumber = ws.agreement(*id)->number;
}

void tst_CustomMetrics::cleanup()
{
    closeWorkspace();
}

QString tst_CustomMetrics::write(const QByteArray &content)
{
    return TestSupport::writeFile(mDir.filePath(u"f%1.csv"_s.arg(++mFiles)), content);
}

Result<ImportReport> tst_CustomMetrics::import(const QByteArray &csv)
{
    ImportOptions options;
    options.userName = u"ann"_s;
    return MeasurementImporter::importFile(db(), RecordKind::Observation, write(csv),
                                           ImportMapping(RecordKind::Observation), options);
}

Result<QList<KpiRow>> tst_CustomMetrics::recompute()
{
    KpiOptions options;
    options.asOf = FixtureNow;
    if (auto r = KpiEngine::recomputeEverything(db(), options); !r)
        return r.error();
    return KpiEngine::rows(db(), {mNumber, {}, {}});
}

KpiRow tst_CustomMetrics::row(const QList<KpiRow> &rows, const QString &target,
                              const QString &period)
{
    for (const KpiRow &r : rows) {
        if (r.target == target && r.period == period)
            return r;
    }
    qWarning("no KPI row for %s %s", qPrintable(target), qPrintable(period));
    return {};
}

void tst_CustomMetrics::periodsAreEvaluated_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("period");
    QTest::addColumn<qint64>("met"); // a rate's successes; observations reaching the threshold
    QTest::addColumn<qint64>("breached");
    QTest::addColumn<std::optional<qint64>>("achievedMilli");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("creditMinor");

    const QString rate = u"BACKUP Backup success rate"_s;
    const QString mean = u"EQUIP Delivery time"_s;
    // 995 / 1000 = 99.500 % >= 99 %
    QTest::newRow("rate-met") << rate << u"2026-01"_s << 995ll << 5ll
                              << std::optional<qint64>(99500) << u"met"_s << 0ll;
    // (480 + 490) / 1000 = 97.000 %: below 99 % (5 %), not strictly below 97 %: EUR 50.00
    QTest::newRow("rate-two-counts") << rate << u"2026-02"_s << 970ll << 30ll
                                     << std::optional<qint64>(97000) << u"breached"_s << 5000ll;
    // values 1, 1, 0, 1: 3 of 4 jobs = 75.000 %, below 97 %: 10 % = EUR 100.00
    QTest::newRow("rate-from-values") << rate << u"2026-03"_s << 3ll << 1ll
                                      << std::optional<qint64>(75000) << u"breached"_s << 10000ll;
    // 10 / 10 in the open April: met so far, no credit before the period closes
    QTest::newRow("rate-open") << rate << u"2026-04"_s << 10ll << 0ll
                               << std::optional<qint64>(100000) << u"met"_s << 0ll;
    // (3 + 4.5 + 6) / 3 = 4.500 days <= 5, though 6 is beyond; Beta's 40 days are Beta's
    QTest::newRow("mean-met") << mean << u"2026-01"_s << 2ll << 1ll << std::optional<qint64>(4500)
                              << u"met"_s << 0ll;
    // (5 + 5) / 2 = 5.000: exactly the threshold is met; the row for every customer counts
    QTest::newRow("mean-at-threshold")
        << mean << u"2026-02"_s << 2ll << 0ll << std::optional<qint64>(5000) << u"met"_s << 0ll;
    // (4 + 7) / 2 = 5.500 > 5: breached, above the 5-day tier: 3 % = EUR 30.00
    QTest::newRow("mean-breached") << mean << u"2026-03"_s << 1ll << 1ll
                                   << std::optional<qint64>(5500) << u"breached"_s << 3000ll;
    // nothing observed in April yet
    QTest::newRow("mean-no-data") << mean << u"2026-04"_s << 0ll << 0ll << std::optional<qint64>()
                                  << u"no_data"_s << 0ll;
}

void tst_CustomMetrics::periodsAreEvaluated()
{
    QFETCH(QString, target);
    QFETCH(QString, period);
    QFETCH(qint64, met);
    QFETCH(qint64, breached);
    QFETCH(std::optional<qint64>, achievedMilli);
    QFETCH(QString, status);
    QFETCH(qint64, creditMinor);
    // Given the observations imported
    auto report = import(kObservations);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report->inserted, 16);
    // When the KPIs are computed
    auto rows = recompute();
    QVERIFY2(rows, qPrintable(rows.errorString()));
    // Then each period holds the value the metric's aggregation makes
    const KpiRow r = row(*rows, target, period);
    QCOMPARE(r.metric, u"custom"_s);
    QCOMPARE(r.met, met);
    QCOMPARE(r.breached, breached);
    QCOMPARE(r.tickets, met + breached);
    QCOMPARE(r.achievedMilli, achievedMilli);
    QCOMPARE(r.goalMilli, target.startsWith(u"BACKUP"_s) ? 99000 : 5000);
    QCOMPARE(r.status, status);
    QCOMPARE(r.credit, Money(creditMinor, u"EUR"_s));
}

void tst_CustomMetrics::lowerIsBetterComparesTheOtherWay_data()
{
    QTest::addColumn<QString>("better");
    QTest::addColumn<QString>("january"); // 4.500 days against 5
    QTest::addColumn<QString>("march");   // 5.500 days against 5
    QTest::newRow("lower") << u"lower"_s << u"met"_s << u"breached"_s;
    QTest::newRow("higher") << u"higher"_s << u"breached"_s << u"met"_s;
}

void tst_CustomMetrics::lowerIsBetterComparesTheOtherWay()
{
    QFETCH(QString, better);
    QFETCH(QString, january);
    QFETCH(QString, march);
    // Given the delivery time defined the one way or the other
    MetricStore metrics(*mWorkspace);
    auto definitions = metrics.definitions();
    QVERIFY2(definitions, qPrintable(definitions.errorString()));
    MetricDefinition delivery = definitions->at(1);
    QCOMPARE(delivery.name, u"Delivery time"_s);
    delivery.direction = *MetricDefinitions::directionFromKey(better);
    QVERIFY(metrics.update(delivery).ok());
    QVERIFY(import(kObservations).ok());
    // When the KPIs are computed
    auto rows = recompute();
    QVERIFY2(rows, qPrintable(rows.errorString()));
    // Then the same values are met or breached the way the metric is better
    QCOMPARE(row(*rows, u"EQUIP Delivery time"_s, u"2026-01"_s).status, january);
    QCOMPARE(row(*rows, u"EQUIP Delivery time"_s, u"2026-03"_s).status, march);
}

void tst_CustomMetrics::badRowsNameTheLineAndStoreNothing_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad-value") << QByteArray("Delivery time,Acme,EQUIP,,,2026-01-05T10:00Z,,"
                                             "\"4,5 days\",,\n")
                               << u":3: value: \"4,5 days\" is not a number"_s;
    QTest::newRow("bad-value-text")
        << QByteArray("Delivery time,Acme,EQUIP,,,2026-01-05T10:00Z,,soon,,\n")
        << u":3: value: \"soon\" is not a number with at most three decimals"_s;
    QTest::newRow("unknown-metric")
        << QByteArray("Uptime,Acme,EQUIP,,,2026-01-05T10:00Z,,3,,\n")
        << u":3: metric: \"Uptime\" is not a metric defined in the workspace"_s;
    QTest::newRow("unknown-customer")
        << QByteArray("Delivery time,Nobody Ltd,EQUIP,,,2026-01-05T10:00Z,,3,,\n")
        << u":3: customer: \"Nobody Ltd\" is not a customer of the workspace"_s;
    QTest::newRow("counts-on-a-mean")
        << QByteArray("Delivery time,Acme,EQUIP,,,2026-01-05T10:00Z,,,1,2\n")
        << u":3: successes: the metric \"Delivery time\" aggregates by mean"_s;
    QTest::newRow("more-successes-than-attempts")
        << QByteArray("Backup success rate,Acme,BACKUP,,,,2026-01,,12,10\n")
        << u":3: attempts: 10 attempts cannot hold 12 successes"_s;
    QTest::newRow("bad-month") << QByteArray("Backup success rate,Acme,BACKUP,,,,2026-13,,1,1\n")
                               << u":3: period: \"2026-13\" is not a month YYYY-MM"_s;
    QTest::newRow("no-time") << QByteArray("Backup success rate,Acme,BACKUP,,,,,,1,1\n")
                             << u":3: observed_at: neither an instant"_s;
}

void tst_CustomMetrics::badRowsNameTheLineAndStoreNothing()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, message);
    // Given a file whose first row is good and second is bad
    const QByteArray good = "Backup success rate,Acme,BACKUP,,,,2026-01,,995,1000\n";
    // When it is imported
    auto report = import(kHeader + good + row);
    // Then the import is refused, naming the line, field and value, and nothing is stored
    QVERIFY(!report);
    QVERIFY2(report.errorString().contains(message), qPrintable(report.errorString()));
    QCOMPARE(scalar(u"SELECT count(*) FROM observations"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM import_batches"_s), 0);
}

void tst_CustomMetrics::rollBackRestoresTheObservations()
{
    // Given the observations, then a corrected file that changes January's backups
    auto first = import(kObservations);
    QVERIFY2(first, qPrintable(first.errorString()));
    auto second = import(kHeader + "Backup success rate,Acme,BACKUP,,,,2026-01,,900,1000\n");
    QVERIFY2(second, qPrintable(second.errorString()));
    QCOMPARE(second->updated, 1);
    auto rows = recompute();
    QVERIFY2(rows, qPrintable(rows.errorString()));
    QCOMPARE(row(*rows, u"BACKUP Backup success rate"_s, u"2026-01"_s).achievedMilli, 90000);
    // When the correction is rolled back
    auto undone = MeasurementImporter::rollBack(db(), second->batchId, u"sam"_s);
    QVERIFY2(undone, qPrintable(undone.errorString()));
    QCOMPARE(undone->restored, 1);
    // Then January reads as it was
    rows = recompute();
    QVERIFY2(rows, qPrintable(rows.errorString()));
    QCOMPARE(row(*rows, u"BACKUP Backup success rate"_s, u"2026-01"_s).achievedMilli, 99500);
    // And rolling back the first batch leaves no observation and nothing to measure
    undone = MeasurementImporter::rollBack(db(), first->batchId, u"sam"_s);
    QVERIFY2(undone, qPrintable(undone.errorString()));
    QCOMPARE(undone->removed, 16);
    QCOMPARE(scalar(u"SELECT count(*) FROM observations"_s), 0);
    rows = recompute();
    QVERIFY2(rows, qPrintable(rows.errorString()));
    QCOMPARE(row(*rows, u"BACKUP Backup success rate"_s, u"2026-01"_s).status, u"no_data"_s);
    QVERIFY(AuditLog(db()).verify()->intact);
}

void tst_CustomMetrics::definitionsAreAuditedAndRoleChecked()
{
    MetricStore metrics(*mWorkspace);
    const MetricDefinition queue{0,
                                 u"Queue length"_s,
                                 u"calls"_s,
                                 MetricAggregation::Max,
                                 MetricDirection::LowerIsBetter,
                                 {},
                                 0};
    // An analyst may not change the catalogue
    mWorkspace->setActingUser(u"ann"_s);
    auto refused = metrics.insert(queue);
    QVERIFY(!refused);
    QCOMPARE(scalar(u"SELECT count(*) FROM metric_definitions"_s), 2);
    // An SLA manager may, on the audit trail, which verifies clean
    mWorkspace->setActingUser(u"sam"_s);
    auto id = metrics.insert(queue);
    QVERIFY2(id, qPrintable(id.errorString()));
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'metric_definition'"_s), 3);
    // A definition that targets name keeps its name and stays
    MetricDefinition backups = metrics.definitions()->at(0);
    QCOMPARE(backups.name, u"Backup success rate"_s);
    backups.name = u"Backups"_s;
    auto renamed = metrics.update(backups);
    QVERIFY(!renamed);
    QVERIFY2(renamed.errorString().contains(u"1 target(s) refer to it"_s),
             qPrintable(renamed.errorString()));
    QVERIFY(!metrics.remove(backups.id));
    QVERIFY(metrics.remove(*id).ok());
    auto verification = AuditLog(db()).verify();
    QVERIFY2(verification, qPrintable(verification.errorString()));
    QVERIFY(verification->intact);
}

void tst_CustomMetrics::undefinedMetricIsFlaggedAndNotMeasured()
{
    // Given a draft whose target names a metric the catalogue does not define
    Target uptime = TestFixtures::target(mBackup, Metric::Custom, 99000, 100000);
    uptime.customName = u"Restore time"_s;
    Agreement draft = TestFixtures::agreement(u"Acme draft"_s, mAcme, {mBackup}, {uptime},
                                              QDate(2026, 1, 1), QDate(), Money(0, u"EUR"_s));
    QVERIFY(mWorkspace->insert(draft).ok());
    // Then the consistency check names it
    auto flagged = PortfolioChecks::undefinedMetrics(db());
    QVERIFY2(flagged, qPrintable(flagged.errorString()));
    QCOMPARE(flagged->size(), 1);
    QCOMPARE(flagged->first().aspect, u"undefined_metric"_s);
    QCOMPARE(flagged->first().supportingValue, u"Restore time"_s);
    QCOMPARE(flagged->first().service, u"BACKUP"_s);
    // And the defined ones are not
    auto rows = recompute();
    QVERIFY2(rows, qPrintable(rows.errorString()));
    QVERIFY(!rows->isEmpty());
}

QTEST_GUILESS_MAIN(tst_CustomMetrics)
#include "tst_custommetrics.moc"
