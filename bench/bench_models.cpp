// Measures how the agreement table behaves on a large workspace: how long opening, sorting,
// searching and jumping to the last row take with ~100,000 agreements.
// Usage: bench_models [SCALE=1500] [WORKSPACE]   (1500 x 68 = 102,000 agreements)

#include "data/workspace.h"
#include "demo/demodata.h"
#include "models/agreementsmodel.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

template<typename F>
double millis(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int scale = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1500;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                  : dir.filePath(u"bench.accordo"_s);
    const bool fresh = !QFile::exists(path);
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    if (fresh) {
        Workspace workspace(**db);
        Result<DemoData::Counts> counts = Error{};
        const double ms = millis([&] { counts = DemoData::populate(workspace, scale); });
        if (!counts) {
            std::fprintf(stderr, "%s\n", qPrintable(counts.errorString()));
            return 1;
        }
        std::printf("demo data, scale %d: %d agreements, %d targets in %.0f ms\n", scale,
                    counts->agreements, counts->targets, ms);
    }

    AgreementsModel model((*db)->connection());
    auto touch = [&model](int row) {
        for (int c = 0; c < model.columnCount(); ++c)
            model.index(row, c).data();
    };
    const int rounds = 5;
    double open = 0, firstScreen = 0, lastRow = 0, sortParty = 0, sortTitle = 0, search = 0;
    for (int round = 0; round < rounds; ++round) {
        open += millis([&] { model.refresh(); });
        firstScreen += millis([&] {
            for (int r = 0; r < 40; ++r)
                touch(r);
        });
        lastRow += millis([&] { touch(model.rowCount() - 1); });
        sortParty += millis(
            [&] { model.sort(AgreementsModel::Counterparty, Qt::DescendingOrder); });
        sortTitle += millis([&] { model.sort(AgreementsModel::Title, Qt::AscendingOrder); });
        search += millis([&] { model.setSearchText(round % 2 ? u"marina"_s : u"network 0042"_s); });
        model.setSearchText(QString());
    }
    std::printf("rows: %d\n", model.rowCount());
    std::printf("open (ids of all rows, sorted by number): %8.1f ms\n", open / rounds);
    std::printf("first screen (40 rows, all columns):      %8.1f ms\n", firstScreen / rounds);
    std::printf("jump to last row:                          %8.1f ms\n", lastRow / rounds);
    std::printf("sort by counterparty (join):               %8.1f ms\n", sortParty / rounds);
    std::printf("sort by title:                             %8.1f ms\n", sortTitle / rounds);
    std::printf("search (two words, all text columns):      %8.1f ms\n", search / rounds);
    return 0;
}
