#include "calendar/isotime.h"
#include "data/metricstore.h"
#include "data/workspace.h"
#include "kpi/kpiengine.h"
#include "kpi/portfoliochecks.h"
#include "measurement/measurementimporter.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

// Acme's backups are reported for 2026-02 and 2026-04 only; its deliveries never.
const QByteArray kObservations =
    "metric,customer,service,region,id,observed_at,period,value,successes,attempts\n"
    "Backup success rate,Acme,BACKUP,,,,2026-02,,480,500\n"
    "Backup success rate,Acme,BACKUP,,,,2026-04,,10,10\n";

} // namespace

/// PortfolioChecks::metrics: the targets on a custom metric that nothing measures.
///
/// Acme's active SLA (from 2026-01-01) has custom targets on "Backup success rate" (BACKUP,
/// observed for 2026-02 and 2026-04), "Delivery time" (EQUIP, defined, never observed) and
/// "Restore time" (BACKUP, P1, which the catalogue does not define).
class tst_PortfolioMetrics : public TestFixtures::FreshWorkspaceTest
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findsWhatNothingMeasures_data();
    void findsWhatNothingMeasures();
    void measuredTargetsAreNotFindings();

private:
    Result<QList<MetricFinding>> check(const QDate &asOf);

    QString mNumber;
    qint64 mBackup = 0;
};

void tst_PortfolioMetrics::init()
{
    ACCORDO_REQUIRE_BACKEND();
    QCOMPARE(openWorkspace(u"metrics"_s, {{u"ann"_s, {Role::Analyst}}}), QString());
    Workspace &ws = *mWorkspace;
    TestFixtures::MetricsCatalogue catalogue;
    QCOMPARE(TestFixtures::addMetricsCatalogue(ws, catalogue), QString());
    mBackup = catalogue.backup;
    Target restore = TestFixtures::target(mBackup, Metric::Custom, 4000, 100000, u"P1"_s);
    restore.customName = u"Restore time"_s;
    Agreement a = TestFixtures::agreement(u"Acme SLA"_s, catalogue.acme, {mBackup, catalogue.equip},
                                          catalogue.targets() << restore, QDate(2026, 1, 1),
                                          QDate(), Money(100000, u"EUR"_s));
    a.status = AgreementStatus::Active;
    auto id = ws.insert(a);
    QVERIFY2(id, qPrintable(id.errorString()));
    mNumber = ws.agreement(*id)->number;

    const QString csv = mDir.filePath(u"observations.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kObservations);
    file.close();
    ImportOptions options;
    options.userName = u"ann"_s;
    auto imported = MeasurementImporter::importFile(mDb->connection(), RecordKind::Observation, csv,
                                                    ImportMapping(RecordKind::Observation),
                                                    options);
    QVERIFY2(imported, qPrintable(imported.errorString()));
}

void tst_PortfolioMetrics::cleanup()
{
    closeWorkspace();
}

Result<QList<MetricFinding>> tst_PortfolioMetrics::check(const QDate &asOf)
{
    KpiOptions options;
    options.asOf = *IsoTime::parse(QString(asOf.toString(Qt::ISODate) + u"T12:00:00Z"_s),
                                   QTimeZone::utc());
    if (auto r = KpiEngine::recomputeEverything(mDb->connection(), options); !r)
        return r.error();
    return PortfolioChecks::metrics(mDb->connection(), asOf);
}

void tst_PortfolioMetrics::findsWhatNothingMeasures_data()
{
    QTest::addColumn<QDate>("asOf");
    // kind|target|metric|from|to|periods, in the check's order
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<QStringList>("texts"); // what each finding's text says besides the number

    const QString undefined = u"undefined_metric|BACKUP Restore time P1|Restore time|||0"_s;
    const QString undefinedText = u"target BACKUP Restore time P1: the custom metric "
                                  "\"Restore time\" has no definition in the catalogue"_s;
    QTest::newRow("january-running")
        << QDate(2026, 1, 20) << QStringList{undefined} << QStringList{undefinedText};
    QTest::newRow("january-ended")
        << QDate(2026, 2, 10)
        << QStringList{undefined,
                       u"no_observations|BACKUP Backup success rate|Backup success rate|"
                       "2026-01|2026-01|1"_s,
                       u"no_observations|EQUIP Delivery time|Delivery time|2026-01|2026-01|1"_s}
        << QStringList{undefinedText,
                       u"target BACKUP Backup success rate: no observation of "
                       "\"Backup success rate\" measured 2026-01, which has ended"_s,
                       u"target EQUIP Delivery time: no observation of \"Delivery time\" "
                       "measured 2026-01"_s};
    QTest::newRow("five-months-ended")
        << QDate(2026, 6, 1)
        << QStringList{undefined,
                       u"no_observations|BACKUP Backup success rate|Backup success rate|"
                       "2026-01|2026-01|1"_s,
                       u"no_observations|BACKUP Backup success rate|Backup success rate|"
                       "2026-03|2026-03|1"_s,
                       u"no_observations|BACKUP Backup success rate|Backup success rate|"
                       "2026-05|2026-05|1"_s,
                       u"no_observations|EQUIP Delivery time|Delivery time|2026-01|2026-05|5"_s}
        << QStringList{undefinedText, u"measured 2026-01"_s, u"measured 2026-03"_s,
                       u"measured 2026-05"_s,
                       u"target EQUIP Delivery time: no observation of \"Delivery time\" "
                       "measured the 5 periods from 2026-01 to 2026-05, which have ended"_s};
}

void tst_PortfolioMetrics::findsWhatNothingMeasures()
{
    QFETCH(QDate, asOf);
    QFETCH(QStringList, findings);
    QFETCH(QStringList, texts);
    // When the portfolio is checked on that day
    auto found = check(asOf);
    QVERIFY2(found, qPrintable(found.errorString()));

    // Then each target nothing measures is a finding, a run of ended periods as one
    QStringList got;
    for (const MetricFinding &f : *found) {
        QCOMPARE(f.number, mNumber);
        QCOMPARE(f.title, u"Acme SLA"_s);
        got.append(QStringList{f.kind, f.target, f.metric, f.firstPeriod, f.lastPeriod,
                               QString::number(f.periods)}
                       .join(u'|'));
    }
    QCOMPARE(got, findings);
    // And its text names the agreement, the target and the metric
    for (qsizetype i = 0; i < found->size(); ++i) {
        const QString text = found->at(i).text();
        QVERIFY2(text.startsWith(mNumber + u" (Acme SLA), "_s), qPrintable(text));
        QVERIFY2(text.contains(texts.at(i)), qPrintable(text));
    }
}

void tst_PortfolioMetrics::measuredTargetsAreNotFindings()
{
    // Given every month until April observed, and Restore time defined and observed
    QVERIFY(MetricStore(*mWorkspace)
                .insert({0,
                         u"Restore time"_s,
                         u"hours"_s,
                         MetricAggregation::Max,
                         MetricDirection::LowerIsBetter,
                         {},
                         0})
                .ok());
    QFile file(mDir.filePath(u"more.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("metric,customer,service,region,id,observed_at,period,value,successes,attempts\n"
               "Backup success rate,Acme,BACKUP,,,,2026-01,,1,1\n"
               "Backup success rate,Acme,BACKUP,,,,2026-03,,1,1\n"
               "Delivery time,,,,,,2026-01,3,,\n"
               "Delivery time,Acme,EQUIP,,,,2026-02,3,,\n"
               "Delivery time,Acme,,,,,2026-03,3,,\n"
               "Delivery time,Acme,EQUIP,,,2026-04-30T23:00:00Z,,6,,\n"
               "Restore time,,,,,,2026-01,2,,\n"
               "Restore time,,,,,,2026-02,2,,\n"
               "Restore time,,,,,,2026-03,2,,\n"
               "Restore time,,,,,,2026-04,2,,\n");
    file.close();
    ImportOptions options;
    options.userName = u"ann"_s;
    auto imported = MeasurementImporter::importFile(
        mDb->connection(), RecordKind::Observation, file.fileName(),
        ImportMapping(RecordKind::Observation), options);
    QVERIFY2(imported, qPrintable(imported.errorString()));

    // When checked in May, the month still running
    auto found = check(QDate(2026, 5, 20));

    // Then nothing is found: a breach (April's slow delivery) is not a missing measurement,
    // and a period still running has time to be measured
    QVERIFY2(found, qPrintable(found.errorString()));
    QStringList texts;
    for (const MetricFinding &f : *found)
        texts.append(f.text());
    QCOMPARE(texts, QStringList());
}

QTEST_GUILESS_MAIN(tst_PortfolioMetrics)
#include "tst_portfoliometrics.moc"
