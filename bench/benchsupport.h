// What several benchmarks share: the Italian office calendar, a timer in seconds, the analyst
// that imports, and random tickets written straight into a workspace's tickets table.

#pragma once

#include "data/userdirectory.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

namespace Accordo::Bench {

using namespace Qt::StringLiterals;

// The office of tests/reference/it-office.json: lunch break, Italian holidays, Milan patron.
inline constexpr char kItalyOffice[] = R"({
    "name": "Italy office", "timezone": "Europe/Rome",
    "week": { "mon": ["08:00-12:30", "13:30-17:00"], "tue": ["08:00-12:30", "13:30-17:00"],
              "wed": ["08:00-12:30", "13:30-17:00"], "thu": ["08:00-12:30", "13:30-17:00"],
              "fri": ["08:00-12:30", "13:30-16:00"], "sat": [], "sun": [] },
    "holidays": [ {"fixed": "01-01"}, {"fixed": "01-06"}, {"easter": 1}, {"fixed": "04-25"},
                  {"fixed": "05-01"}, {"fixed": "06-02"}, {"fixed": "08-15"}, {"fixed": "11-01"},
                  {"fixed": "12-07"}, {"fixed": "12-08"}, {"fixed": "12-25"}, {"fixed": "12-26"} ]
})";

inline double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Adds the analyst "bench", who may import measurements, and returns the name (empty on failure).
inline QString addAnalyst(QSqlDatabase db)
{
    User analyst;
    analyst.name = u"bench"_s;
    analyst.roles = {Role::Analyst};
    return UserDirectory(db).addAsSystem(analyst) ? analyst.name : QString();
}

struct TicketLine
{
    QString customer, service, region;
};

// The customer, service and region combinations the workspace's tickets already name.
inline std::vector<TicketLine> ticketLines(QSqlDatabase db)
{
    std::vector<TicketLine> lines;
    QSqlQuery q(db);
    q.exec(u"SELECT DISTINCT customer, service, region FROM tickets ORDER BY 1, 2, 3"_s);
    while (q.next())
        lines.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return lines;
}

// What becomes of a ticket whose random resolution falls after `now`.
enum class LateTickets { StayOpen, ResolveAtNow };

// Inserts `count` tickets on random lines, opened at random in [from, to) and numbered
// BENCH<serial + 1>, BENCH<serial + 2>, …; `serial` ends at the last number given.
inline bool insertTickets(QSqlDatabase db, const std::vector<TicketLine> &lines, qint64 count,
                          qint64 from, qint64 to, qint64 now, LateTickets late,
                          std::mt19937_64 &random, qint64 &serial)
{
    Transaction transaction(db);
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO tickets (number, customer, service, region, priority, status, "
        "opened_at, first_response_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QString priorities[] = {u"P1"_s, u"P2"_s, u"P3"_s, u"P3"_s};
    for (qint64 i = 0; i < count; ++i) {
        const TicketLine &line = lines[random() % lines.size()];
        const qint64 opened = from + qint64(random() % quint64(to - from));
        const qint64 resolved = opened + 600 + qint64(random() % (2 * 86400));
        const bool open = resolved > now && late == LateTickets::StayOpen;
        insert.bindValue(0, u"BENCH%1"_s.arg(++serial));
        insert.bindValue(1, line.customer);
        insert.bindValue(2, line.service);
        insert.bindValue(3, line.region);
        insert.bindValue(4, priorities[random() % 4]);
        insert.bindValue(5, open ? u"open"_s : u"resolved"_s);
        insert.bindValue(6, opened);
        insert.bindValue(7, opened + (resolved - opened) / 4);
        insert.bindValue(8, open ? QVariant(QMetaType::fromType<qint64>())
                                 : QVariant(std::min(resolved, now)));
        if (!insert.exec()) {
            std::fprintf(stderr, "insert: %s\n", qPrintable(insert.lastError().text()));
            return false;
        }
    }
    return transaction.commit().ok();
}

} // namespace Accordo::Bench
