#include "measurement/backtest.h"

#include "calendar/isotime.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

// Monday to Friday 09:00-17:00 in Rome, whose offset changes on 29 March 2026.
const QByteArray kRome = TestSupport::weekdayCalendarJson(u"rome"_s, u"Europe/Rome"_s,
                                                          u"09:00-17:00"_s);

const QByteArray kTickets =
    "id,priority,opened_at,first_response_at,resolved_at\n"
    "A,P1,2026-03-02T09:00Z,2026-03-02T09:30Z,2026-03-02T12:00Z\n"
    "B,P1,2026-03-02T09:00Z,2026-03-02T11:00Z,\n"
    "C,P3,2026-03-31T23:30Z,,2026-04-01T10:00Z\n" // April in Rome, March in UTC
    "D,P2,2026-04-01T08:00Z,,\n";

} // namespace

/// The backtest: proposed targets against a ticket file, per period and target, no database.
class tst_Backtest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void compliancePerPeriodAndTarget();
    void targetsFileErrors_data();
    void targetsFileErrors();

private:
    QString write(const QString &name, const QByteArray &content);
    std::unique_ptr<QTemporaryDir> mDir;
};

void tst_Backtest::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir(mDir->path()).mkdir(u"cal"_s));
    write(u"cal/rome.json"_s, kRome);
}

QString tst_Backtest::write(const QString &name, const QByteArray &content)
{
    QFile file(mDir->filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    file.write(content);
    return file.fileName();
}

void tst_Backtest::compliancePerPeriodAndTarget()
{
    // Given targets in the Rome calendar, named by a path relative to the targets file
    const QString targets = write(u"targets.json"_s, R"({ "period": "month",
        "calendars": { "rome": "cal/rome.json" },
        "targets": [
          { "name": "resolution", "metric": "resolution", "within": "27h", "calendar": "rome" },
          { "name": "P1 response", "metric": "first_response", "priority": "P1",
            "within": "1h", "calendar": "rome" },
          { "name": "P2 response", "metric": "first_response", "priority": "P2",
            "within": "8h", "calendar": "rome" },
          { "name": "P4 response", "metric": "first_response", "priority": "P4",
            "within": "1h", "calendar": "rome" } ] })");
    auto backtest = Backtest::readTargets(targets);
    QVERIFY2(backtest, qPrintable(backtest.errorString()));
    // When the tickets are judged as of Wednesday 1 April, 14:00 in Rome
    auto run = backtest->run(write(u"t.csv"_s, kTickets), ImportMapping(RecordKind::Ticket),
                             TicketReader::Preset::None,
                             *IsoTime::parse(u"2026-04-01T12:00Z"_s, QTimeZone::utc()));
    QVERIFY2(run, qPrintable(run.errorString()));
    // Then A's response (30 min) is met and B's (2 h) breached; B's open resolution has
    // passed 27 business hours, D's (4 h) has not; C opened in April in Rome; a target
    // without tickets has no rows, and a period with only pending tickets has no percentage
    QCOMPARE(backtest->csv(),
             QByteArray("period,target,tickets,met,breached,pending,compliance_pct\n"
                        "2026-03,P1 response,2,1,1,0,50.00\n"
                        "2026-03,resolution,2,1,1,0,50.00\n"
                        "2026-04,P2 response,1,0,0,1,\n"
                        "2026-04,resolution,2,1,0,1,100.00\n"));
    QCOMPARE(backtest->ticketsRead(), 4);
}

void tst_Backtest::targetsFileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("unknown-top-key")
        << QByteArray(R"({"perod": "month", "targets": []})") << u"unknown key \"perod\""_s;
    QTest::newRow("no-targets") << QByteArray(R"({"targets": []})")
                                << u"targets: expected a non-empty array"_s;
    QTest::newRow("bad-metric")
        << QByteArray(R"({"targets": [{"name": "x", "metric": "speed", "within": "1h"}]})")
        << u"targets[0]: metric: \"speed\" is not first_response or resolution"_s;
    QTest::newRow("bad-duration") << QByteArray(
        R"({"targets": [{"name": "x", "metric": "resolution", "within": "soon"}]})")
                                  << u"targets[0]: within:"_s;
    QTest::newRow("unknown-calendar")
        << QByteArray(R"({"targets": [{"name": "x", "metric": "resolution", "within": "1h",
                                       "calendar": "moon"}]})")
        << u"targets[0]: calendar: \"moon\" is not one of the calendars"_s;
    QTest::newRow("missing-calendar-file")
        << QByteArray(R"({"calendars": {"c": "nowhere.json"}, "targets": [{"name": "x",
                         "metric": "resolution", "within": "1h"}]})")
        << u"calendars.c:"_s;
    QTest::newRow("duplicate-name")
        << QByteArray(R"({"targets": [{"name": "x", "metric": "resolution", "within": "1h"},
                                      {"name": "x", "metric": "resolution", "within": "2h"}]})")
        << u"targets[1]: name: \"x\" is used twice"_s;
}

void tst_Backtest::targetsFileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    auto backtest = Backtest::readTargets(write(u"targets.json"_s, json));
    QVERIFY(!backtest);
    QVERIFY2(backtest.errorString().contains(error), qPrintable(backtest.errorString()));
    QVERIFY2(backtest.errorString().startsWith(mDir->filePath(u"targets.json"_s)),
             qPrintable(backtest.errorString()));
}

QTEST_GUILESS_MAIN(tst_Backtest)
#include "tst_backtest.moc"
