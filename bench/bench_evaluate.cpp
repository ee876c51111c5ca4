// Ticket evaluation throughput in core: TargetJudgement::judge() on N tickets (default
// 5,000,000) against a business-hours calendar with holidays, a quarter of them with a
// pause, a tenth still open; then Backtest::run() end to end on a generated CSV of 1,000,000
// tickets and 4 targets; then the agreement view's backtest (Backtest::forTargets and
// runStored) of 4 targets over the same 1,000,000 tickets stored in a workspace for one
// customer. Single-threaded. Run a Release build; see bench/README.md.

#include "calendar/calendarjson.h"
#include "calendar/isotime.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "domain/targetvalue.h"
#include "measurement/backtest.h"
#include "measurement/measurementimporter.h"
#include "measurement/targetjudgement.h"
#include "storage/database.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <random>
#include <vector>

using namespace Accordo;
using namespace Qt::StringLiterals;
using Accordo::Bench::kItalyOffice;

namespace {

struct Sample
{
    qint64 opened = 0;
    std::optional<qint64> end;
    QList<Pause> pauses;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 5000000;
    auto calendar = CalendarJson::fromJson(kItalyOffice);
    if (!calendar)
        return 1;
    std::mt19937_64 random(7);
    const qint64 base = IsoTime::daysFromCivil(2026, 1, 1) * 86400;
    std::vector<Sample> samples(static_cast<size_t>(count));
    for (Sample &s : samples) {
        s.opened = base + qint64(random() % (365 * 86400));
        if (random() % 10 != 0)
            s.end = s.opened + 60 + qint64(random() % (5 * 86400));
        if (random() % 4 == 0)
            s.pauses = {Pause{s.opened + 600, s.opened + 600 + qint64(random() % 7200)}};
    }
    const qint64 asOf = base + 400 * 86400;
    (void)calendar->elapsed(base - 86400, asOf + 86400); // build the year tables first
    QElapsedTimer timer;
    timer.start();
    qint64 met = 0;
    for (const Sample &s : samples)
        met += TargetJudgement::judge(*calendar, 4 * 3600, s.opened, s.end, s.pauses, asOf).verdict
               == Verdict::Met;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("judge: %lld ticket-target evaluations in %.3f s: %.1f million/s (%lld met)\n",
                static_cast<long long>(count), seconds, double(count) / seconds / 1e6,
                static_cast<long long>(met));

    // Backtest end to end in-process: CSV parsing included.
    QTemporaryDir dir;
    QFile calendarFile(dir.filePath(u"office.json"_s));
    if (!calendarFile.open(QIODevice::WriteOnly))
        return 1;
    calendarFile.write(kItalyOffice);
    calendarFile.close();
    QFile targets(dir.filePath(u"targets.json"_s));
    if (!targets.open(QIODevice::WriteOnly))
        return 1;
    targets.write(R"({"period": "month", "calendars": {"office": "office.json"}, "targets": [
        {"name": "P1 response", "metric": "first_response", "priority": "P1", "within": "1h",
         "calendar": "office"},
        {"name": "P2 response", "metric": "first_response", "priority": "P2", "within": "4h",
         "calendar": "office"},
        {"name": "resolution", "metric": "resolution", "within": "27h", "calendar": "office"},
        {"name": "resolution 24x7", "metric": "resolution", "within": "3d"}]})");
    targets.close();
    QFile tickets(dir.filePath(u"tickets.csv"_s));
    if (!tickets.open(QIODevice::WriteOnly))
        return 1;
    QByteArray csv =
        "id,customer,service,priority,opened_at,first_response_at,resolved_at,pauses\n";
    char a[21], b[21], c[21];
    for (qint64 i = 0; i < 1000000; ++i) {
        const qint64 opened = base + qint64(random() % (365 * 86400));
        IsoTime::formatUtc(opened, a);
        IsoTime::formatUtc(opened + 60 + qint64(random() % 14400), b);
        IsoTime::formatUtc(opened + 600 + qint64(random() % (5 * 86400)), c);
        csv += "T" + QByteArray::number(i) + ",Acme,DESK,P" + QByteArray::number(1 + i % 4) + ','
               + QByteArrayView(a, 20) + ',' + QByteArrayView(b, 20) + ','
               + (i % 10 ? QByteArrayView(c, 20) : QByteArrayView()) + ",\n";
    }
    tickets.write(csv);
    tickets.close();
    auto backtest = Backtest::readTargets(targets.fileName());
    if (!backtest) {
        std::fprintf(stderr, "%s\n", qPrintable(backtest.errorString()));
        return 1;
    }
    timer.restart();
    auto run = backtest->run(tickets.fileName(), ImportMapping(RecordKind::Ticket),
                             TicketReader::Preset::None, asOf);
    const double backtestSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!run) {
        std::fprintf(stderr, "%s\n", qPrintable(run.errorString()));
        return 1;
    }
    std::printf("backtest in-process: 1,000,000 tickets x 4 targets in %.3f s (%lld rows out)\n",
                backtestSeconds, static_cast<long long>(backtest->rows().size()));

    // The agreement view's backtest: the same tickets stored for one customer and service.
    auto db = Database::open(dir.filePath(u"w.accordo"_s), Database::OpenMode::CreateIfMissing);
    if (!db)
        return 1;
    Workspace workspace(**db);
    auto office = workspace.insert(
        CalendarRecord{0, u"Italy office"_s, u"Europe/Rome"_s, QString::fromUtf8(kItalyOffice)});
    Party acme;
    acme.name = u"Acme"_s;
    auto acmeId = workspace.insert(acme);
    Service desk;
    desk.code = u"DESK"_s;
    desk.name = u"Service desk"_s;
    auto deskId = workspace.insert(desk);
    if (!office || !acmeId || !deskId)
        return 1;
    ImportOptions options;
    options.userName = Bench::addAnalyst((*db)->connection());
    if (options.userName.isEmpty())
        return 1;
    auto imported = MeasurementImporter::importFile((*db)->connection(), RecordKind::Ticket,
                                                    tickets.fileName(),
                                                    ImportMapping(RecordKind::Ticket), options);
    if (!imported)
        return 1;
    const auto target = [&](Metric metric, const char *within, const QString &priority,
                            qint64 calendarId) {
        Target t;
        t.serviceId = *deskId;
        t.metric = metric;
        t.threshold = *TargetValue::parseDuration(QString::fromLatin1(within));
        t.priority = priority;
        t.calendarId = calendarId;
        return t;
    };
    const QList<Target> proposal{target(Metric::FirstResponse, "1h", u"P1"_s, *office),
                                 target(Metric::FirstResponse, "4h", u"P2"_s, *office),
                                 target(Metric::Resolution, "27h", QString(), *office),
                                 target(Metric::Resolution, "72h", QString(), 0)};
    timer.restart();
    auto stored = Backtest::forTargets((*db)->connection(), *acmeId, proposal);
    if (!stored || !stored->runStored((*db)->connection(), base, base + 366 * 86400, asOf))
        return 1;
    const double storedSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("backtest of stored tickets: %lld tickets of one customer x 4 targets in %.3f s "
                "(%lld rows out)\n",
                static_cast<long long>(stored->ticketsRead()), storedSeconds,
                static_cast<long long>(stored->rows().size()));
    return double(count) / seconds >= 5e6 ? 0 : 2;
}
