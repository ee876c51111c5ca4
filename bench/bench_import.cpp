// Ticket import throughput: N canonical ticket rows (default 1,000,000) written to a temporary
// CSV, imported into a new workspace by MeasurementImporter, then imported again (every row an
// update), side by side with the sqlite3 shell's `.import` of the same file into a plain
// table, on disk and in memory. Run a Release build; see bench/README.md.

#include "calendar/isotime.h"
#include "data/userdirectory.h"
#include "measurement/importmapping.h"
#include "measurement/measurementimporter.h"
#include "storage/database.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

// Rows in an order that is not the id order, as exports sorted by date are.
QByteArray generate(qint64 rows)
{
    std::mt19937_64 random(42);
    const qint64 base = IsoTime::daysFromCivil(2026, 1, 1) * 86400;
    QByteArray csv = "id,customer,service,region,priority,opened_at,first_response_at,"
                     "resolved_at,closed_at,status,satisfaction,pauses\n";
    csv.reserve(rows * 140);
    char instant[21];
    const auto iso = [&](qint64 t) {
        IsoTime::formatUtc(t, instant);
        return QByteArrayView(instant, 20);
    };
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 id = (i * 7919)
                          % rows; // a permutation: 7919 is prime and rows is not its multiple
        const qint64 opened = base + qint64(random() % (365 * 86400));
        const qint64 response = opened + 60 + qint64(random() % (4 * 3600));
        const qint64 resolved = response + 600 + qint64(random() % (5 * 86400));
        csv += "T" + QByteArray::number(id).rightJustified(8, '0') + ",Customer "
               + QByteArray::number(i % 50) + ",SVC" + QByteArray::number(i % 12) + ",R"
               + QByteArray::number(i % 4) + ",P" + QByteArray::number(1 + i % 4) + ',';
        csv += iso(opened);
        csv += ',';
        csv += iso(response);
        csv += ',';
        csv += iso(resolved);
        csv += ',';
        csv += iso(resolved + 86400);
        csv += ",closed," + QByteArray::number(1 + i % 5) + ',';
        if (i % 10 == 0) {
            csv += iso(response + 60);
            csv += '/';
            csv += iso(response + 3600);
        }
        csv += '\n';
    }
    return csv;
}

double sqliteImport(const QString &database, const QString &csv)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(u"sqlite3"_s, {database, u".import --csv "_s + csv + u" plain"_s});
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", process.readAllStandardError().constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(u"tickets.csv"_s);
    {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(generate(rows));
        std::printf("%lld rows, %.1f MB\n", static_cast<long long>(rows),
                    double(file.size()) / 1e6);
    }

    auto db = Database::open(dir.filePath(u"w.accordo"_s), Database::OpenMode::CreateIfMissing);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    ImportOptions options;
    options.userName = Bench::addAnalyst((*db)->connection());
    if (options.userName.isEmpty())
        return 1;
    const ImportMapping mapping(RecordKind::Ticket);
    double seconds[2] = {0, 0};
    for (int round = 0; round < 2; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto report = MeasurementImporter::importFile((*db)->connection(), RecordKind::Ticket,
                                                      csvPath, mapping, options);
        seconds[round] = double(timer.nsecsElapsed()) / 1e9;
        if (!report || report->inserted + report->updated + report->unchanged != rows) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(report.errorString()));
            return 1;
        }
        std::printf("accordo import (%s): %.2f s, %.0f rows/s\n",
                    round == 0 ? "new workspace" : "re-import, all unchanged", seconds[round],
                    double(rows) / seconds[round]);
    }
    const double onDisk = sqliteImport(dir.filePath(u"plain.db"_s), csvPath);
    const double inMemory = sqliteImport(u":memory:"_s, csvPath);
    std::printf("sqlite3 .import into a plain table on disk: %.2f s, %.0f rows/s\n", onDisk,
                double(rows) / onDisk);
    std::printf("sqlite3 .import into a plain table in memory: %.2f s, %.0f rows/s\n", inMemory,
                double(rows) / inMemory);
    std::printf("ratio accordo/sqlite3 (disk): %.2f\n", seconds[0] / onDisk);
    return seconds[0] > 0 && double(rows) / seconds[0] >= 150000 ? 0 : 2;
}
