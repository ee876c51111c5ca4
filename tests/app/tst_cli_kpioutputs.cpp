#include "testsupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// accordo-cli kpi and credits print the demo workspace's results byte for byte as they did
/// when every period of every target was stored, "no data" periods included: those are now
/// derived on read (core/kpi/kpinodata.h) instead of stored.
///
/// The outputs are at a fixed as-of, so that they do not move with the clock; the digests and
/// line counts were taken from the accordo-cli that still stored every period.
class tst_CliKpiOutputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outputsAreAsWhenEveryPeriodWasStored_data();
    void outputsAreAsWhenEveryPeriodWasStored();

private:
    QTemporaryDir mDir;
    QString mDemo;
};

void tst_CliKpiOutputs::initTestCase()
{
    mDemo = mDir.filePath(u"demo.accordo"_s);
    const auto demo = Accordo::TestSupport::runCli({u"init"_s, u"--db"_s, mDemo, u"--demo"_s},
                                                   120000);
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void tst_CliKpiOutputs::outputsAreAsWhenEveryPeriodWasStored_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("lines");
    QTest::addColumn<QByteArray>("sha256");

    QTest::newRow("kpi-csv") << QStringList{u"kpi"_s, u"--format"_s, u"csv"_s} << 4334
                             << QByteArray("e7d0f6d331c200132cb60f519634c23f1e7096abe6e92ff9cf93bd5"
                                           "a639a92b6");
    QTest::newRow("kpi-table") << QStringList{u"kpi"_s} << -1
                               << QByteArray("0e61dbb2f8a9de2cb8c1c2937779e6c8abe62869fb581fcb435a0"
                                             "e432f81d5a0");
    QTest::newRow("kpi-one-agreement")
        << QStringList{u"kpi"_s, u"--format"_s, u"csv"_s, u"--agreement"_s, u"SLA-2024-0017"_s}
        << 249 << QByteArray("6f322abc33c6e508487c29e4b3291029d2df24532072c80b7962e3133436dd2f");
    QTest::newRow("kpi-months")
        << QStringList{u"kpi"_s,     u"--format"_s, u"csv"_s,    u"--from"_s,
                       u"2026-07"_s, u"--to"_s,     u"2026-09"_s}
        << 476 << QByteArray("9c66a8dc9dd22028cc4936af19f3de095341e10c78381916eff0836057e9423f");
    QTest::newRow("kpi-json-internal")
        << QStringList{u"kpi"_s, u"--format"_s, u"json"_s, u"--agreement"_s, u"ISLA-2025-0001"_s}
        << 602 << QByteArray("244a1a141936540adff015e01fcb88d41d572c99baa4ce158f43604f1977bf50");
    QTest::newRow("credits-csv")
        << QStringList{u"credits"_s, u"--format"_s, u"csv"_s} << -1
        << QByteArray("ec5dfc372ebc9b30452628bc3bb2f21d199a210c8fd479815d2bc25aae8d97f1");
    QTest::newRow("credits-table")
        << QStringList{u"credits"_s} << -1
        << QByteArray("16fb61aceccddf5b1c1e8ad7b815da9ffb90c4ce706ea65c36867432fafbd71a");
}

void tst_CliKpiOutputs::outputsAreAsWhenEveryPeriodWasStored()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, lines);
    QFETCH(QByteArray, sha256);

    // Given the demo workspace, whose periods without a ticket or an answer are not stored
    // When the command prints its results as of the demo's day after "now"
    const auto run = Accordo::TestSupport::runCli(
        arguments + QStringList{u"--db"_s, mDemo, u"--as-of"_s, u"2026-11-01"_s}, 120000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // Then it prints what it printed when every period was stored, byte for byte
    const QByteArray out = run.out.toUtf8();
    if (lines >= 0)
        QCOMPARE(out.count('\n'), lines);
    QCOMPARE(QCryptographicHash::hash(out, QCryptographicHash::Sha256).toHex(), sha256);
}

QTEST_GUILESS_MAIN(tst_CliKpiOutputs)
#include "tst_cli_kpioutputs.moc"
