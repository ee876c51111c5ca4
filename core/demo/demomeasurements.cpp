#include "demomeasurements.h"

#include "calendar/calendarjson.h"
#include "data/supportlinks.h"
#include "data/workspace.h"
#include "kpi/kpiengine.h"
#include "kpi/portfoliochecks.h"
#include "measurement/evaluator.h"
#include "measurement/targetjudgement.h"
#include "storage/sqlquery.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <deque>
#include <vector>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;

qint64 dayStart(const QDate &date)
{
    return (date.toJulianDay() - 2440588) * kDay;
}

const QDate kFirstMonth(2024, 11, 1);
const QDate kToday(2026, 10, 31);

struct TimeTarget
{
    QString priority; // empty: every priority
    qint64 threshold = 0;
    const BusinessCalendar *calendar = nullptr;
};

struct Line // one customer and service, with the terms that govern it
{
    QString customer;
    QString region;
    QString service;
    qint64 partyId = 0;
    qint64 serviceId = 0;
    std::vector<std::pair<qint64, qint64>> windows; // [from, until) in force
    QList<TimeTarget> response;
    QList<TimeTarget> resolution;
    const BusinessCalendar *calendar = nullptr; // the customer's region's
};

// The rows of a statement; a failed one's error names it.
Result<Sql::Rows> run(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    auto rows = Sql::select(db, sql, values);
    if (!rows)
        return Error{rows.errorString() + u" — "_s + sql.simplified().left(80)};
    return rows;
}

class Generator
{
public:
    explicit Generator(QSqlDatabase db) : mDb(db) {}
    Result<DemoMeasurements::Counts> run();

private:
    Result<void> loadLines();
    Result<void> plant();
    Result<void> tickets();
    Result<void> outages();
    Result<void> surveys();
    Result<void> edges();
    Result<void> insertTicket(const Line &line, qint64 openedAt, bool open);
    int score(bool unhappy);
    double uniform(double from, double to) { return from + (to - from) * mRandom.generateDouble(); }

    QSqlDatabase mDb;
    QRandomGenerator mRandom{20261031};
    std::deque<BusinessCalendar> mCalendars; // stable addresses for mCalendarById
    QHash<qint64, const BusinessCalendar *> mCalendarById;
    std::vector<Line> mLines;
    qint64 mLastDemoAgreement = 0;
    QString mWatermelon;
    QString mGapCustomer;
    QSqlQuery mInsert;
    qint64 mNumber = 0;
    DemoMeasurements::Counts mCounts;
};

Result<void> Generator::loadLines()
{
    // The first copy of the portfolio: its agreements come first.
    auto q = Accordo::run(mDb, u"SELECT id FROM agreements ORDER BY id LIMIT 1 OFFSET 67"_s);
    if (!q)
        return q.error();
    mLastDemoAgreement = q->next() ? q->integer("id") : 0;
    q = Accordo::run(mDb, u"SELECT id, definition, name FROM calendars ORDER BY id"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        auto calendar = CalendarJson::fromJson(q->value("definition").toByteArray(),
                                               q->text("name"));
        if (!calendar)
            return calendar.error();
        mCalendars.push_back(*calendar);
        mCalendarById.insert(q->integer("id"), &mCalendars.back());
    }
    // Tickets exist while a customer SLA is (or was) signed and in force.
    q = Accordo::run(mDb, uR"(SELECT a.id AS agreement_id, p.id AS party_id,
                                     p.name AS customer, r.code AS region, r.calendar_id,
                                     a.start_date, a.end_date, s.id AS service_id,
                                     s.code AS service, a.status
                              FROM agreements a JOIN parties p ON p.id = a.party_id
                              JOIN regions r ON r.id = p.region_id
                              JOIN agreement_services x ON x.agreement_id = a.id
                              JOIN services s ON s.id = x.service_id
                              WHERE a.kind = 'customer_sla' AND a.status IN ('active', 'expired')
                                AND a.id <= ? ORDER BY p.id, s.id, a.id)"_s,
                     {mLastDemoAgreement});
    if (!q)
        return q.error();
    QMap<QPair<qint64, qint64>, size_t> index;
    QMultiHash<QPair<qint64, qint64>, qint64> agreementsOf;
    while (q->next()) {
        const QPair<qint64, qint64> key{q->integer("party_id"), q->integer("service_id")};
        auto it = index.find(key);
        if (it == index.end()) {
            Line line;
            line.partyId = key.first;
            line.serviceId = key.second;
            line.customer = q->text("customer");
            line.region = q->text("region");
            line.service = q->text("service");
            line.calendar = mCalendarById.value(q->integer("calendar_id"));
            it = index.insert(key, mLines.size());
            mLines.push_back(line);
        }
        const QDate start = QDate::fromString(q->text("start_date"), Qt::ISODate);
        const QDate end = QDate::fromString(q->text("end_date"), Qt::ISODate);
        // An expired version stopped being used when it expired, whatever its end date
        // said: the demo's expired agreements lapsed at the end of June 2026.
        qint64 until = end.isValid() ? dayStart(end) + kDay : dayStart(kToday);
        if (q->text("status") == u"expired"_s)
            until = std::min(until, dayStart(QDate(2026, 7, 1)));
        mLines[*it].windows.push_back({dayStart(start), until});
        agreementsOf.insert(key, q->integer("agreement_id"));
    }
    q = Accordo::run(mDb, uR"(SELECT t.agreement_id, t.service_id, t.metric, t.priority,
                                     t.threshold, coalesce(t.calendar_id, 0) AS calendar_id,
                                     a.party_id
                              FROM targets t JOIN agreements a ON a.id = t.agreement_id
                              WHERE t.metric IN ('first_response', 'resolution') AND a.id <= ?)"_s,
                     {mLastDemoAgreement});
    if (!q)
        return q.error();
    while (q->next()) {
        const QPair<qint64, qint64> key{q->integer("party_id"), q->integer("service_id")};
        if (!index.contains(key) || !agreementsOf.contains(key, q->integer("agreement_id")))
            continue;
        Line &line = mLines[index.value(key)];
        TimeTarget t{q->text("priority"), q->integer("threshold"),
                     mCalendarById.value(q->integer("calendar_id"), line.calendar)};
        (q->text("metric") == u"first_response"_s ? line.response : line.resolution).append(t);
    }
    return {};
}

Result<void> Generator::plant()
{
    // The watermelon: a customer outside the struggling region with a single SLA in force for
    // the whole last year and no satisfaction target, whose people grow unhappy.
    auto q = Accordo::run(mDb, uR"(SELECT p.name FROM agreements a
                                   JOIN parties p ON p.id = a.party_id
                                   JOIN regions r ON r.id = p.region_id
                                   WHERE a.kind = 'customer_sla' AND a.status = 'active'
                                     AND a.level = 'customer' AND a.parent_id IS NULL
                                     AND a.id <= ? AND r.code <> 'APAC'
                                     AND a.start_date <= '2025-06-01'
                                     AND NOT EXISTS (SELECT 1 FROM targets t
                                                     WHERE t.agreement_id = a.id
                                                       AND t.metric IN ('satisfaction',
                                                                        'availability'))
                                   ORDER BY a.id LIMIT 1)"_s,
                          {mLastDemoAgreement});
    if (!q)
        return q.error();
    mWatermelon = q->next() ? q->text("name") : QString();
    auto meta = Accordo::run(mDb,
                             u"INSERT INTO accordo_meta (key, value) "
                             "VALUES ('demo_watermelon', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                             {mWatermelon});
    if (!meta)
        return meta.error();

    // Every OLA and UC supports the customer SLAs that share a service with it.
    q = Accordo::run(mDb, uR"(SELECT DISTINCT o.number AS supporting, c.number AS supported
                              FROM agreements o
                              JOIN agreement_services os ON os.agreement_id = o.id
                              JOIN agreement_services cs ON cs.service_id = os.service_id
                              JOIN agreements c ON c.id = cs.agreement_id
                              WHERE o.kind IN ('ola', 'uc') AND c.kind = 'customer_sla'
                                AND o.id <= ? AND c.id <= ?)"_s,
                     {mLastDemoAgreement, mLastDemoAgreement});
    if (!q)
        return q.error();
    Workspace workspace(mDb);
    SupportLinks links(workspace);
    while (q->next()) {
        if (auto r = links.add(q->text("supporting"), q->text("supported")); !r)
            return r;
    }
    // Deliveries: what each customer's SLAs in force list; and one service delivered (with
    // tickets) that no SLA covers, the coverage gap.
    const QString today = kToday.toString(Qt::ISODate);
    auto deliveries = Accordo::run(mDb, uR"(SELECT DISTINCT a.party_id, s.service_id
                                            FROM agreements a
                                            JOIN agreement_services s ON s.agreement_id = a.id
                                            WHERE a.kind = 'customer_sla' AND a.status = 'active'
                                              AND a.id <= ? AND a.start_date <= ?
                                              AND (a.end_date IS NULL OR a.end_date >= ?)
                                            ORDER BY a.party_id, s.service_id)"_s,
                                   {mLastDemoAgreement, today, today});
    if (!deliveries)
        return deliveries.error();
    QMap<qint64, QList<qint64>> delivered;
    while (deliveries->next())
        delivered[deliveries->integer("party_id")].append(deliveries->integer("service_id"));
    const auto deliver = [&workspace](qint64 partyId, const QList<qint64> &serviceIds) {
        auto party = workspace.party(partyId);
        if (!party)
            return Result<void>(party.error());
        party->deliveredServiceIds += serviceIds;
        return workspace.update(*party);
    };
    for (auto it = delivered.cbegin(); it != delivered.cend(); ++it) {
        if (auto r = deliver(it.key(), it.value()); !r)
            return r;
    }
    q = Accordo::run(mDb, uR"(SELECT p.id, p.name, r.code, r.calendar_id FROM parties p
                              JOIN regions r ON r.id = p.region_id
                              JOIN service_deliveries d ON d.party_id = p.id
                              WHERE r.code = 'NA-E' AND p.name <> ?
                                AND NOT EXISTS (SELECT 1 FROM service_deliveries e
                                                JOIN services s ON s.id = e.service_id
                                                WHERE e.party_id = p.id AND s.code = 'BACKUP')
                              ORDER BY p.id LIMIT 1)"_s,
                     {mWatermelon});
    if (!q)
        return q.error();
    if (q->next()) {
        Line gap;
        gap.partyId = q->integer("id");
        gap.customer = q->text("name");
        gap.region = q->text("code");
        gap.service = u"BACKUP"_s;
        gap.calendar = mCalendarById.value(q->integer("calendar_id"));
        gap.windows.push_back({dayStart(QDate(2026, 8, 1)), dayStart(kToday)});
        auto service = Accordo::run(mDb, u"SELECT id FROM services WHERE code = 'BACKUP'"_s);
        if (!service || !service->next())
            return Error{DemoMeasurements::tr("the demo service BACKUP is missing")};
        gap.serviceId = service->integer("id");
        if (auto r = deliver(gap.partyId, {gap.serviceId}); !r)
            return r;
        mGapCustomer = gap.customer;
        mLines.push_back(gap);
    }
    return {};
}

int Generator::score(bool unhappy)
{
    // Usually 80 % answer 4 or 5; unhappy customers 40 %.
    const double p = mRandom.generateDouble();
    if (!unhappy)
        return p < 0.45 ? 5 : p < 0.80 ? 4 : p < 0.92 ? 3 : p < 0.97 ? 2 : 1;
    return p < 0.15 ? 5 : p < 0.40 ? 4 : p < 0.70 ? 3 : p < 0.88 ? 2 : 1;
}

Result<void> Generator::insertTicket(const Line &line, qint64 openedAt, bool)
{
    const qint64 now = DemoMeasurements::now();
    const QString priority = [&] {
        const double p = mRandom.generateDouble();
        return p < 0.1 ? u"P1"_s : p < 0.4 ? u"P2"_s : u"P3"_s;
    }();
    const QDate month = QDate::fromJulianDay(openedAt / kDay + 2440588);
    const bool struggling = line.region == u"APAC"_s;
    const bool peak = month.month() == 12 || month.month() == 1;
    const bool watermelon = line.customer == mWatermelon;
    double breachRate = struggling ? 0.14 : 0.025;
    if (peak)
        breachRate *= 2;
    if (watermelon)
        breachRate = 0;
    // The strictest target that could govern the ticket sets the pace.
    const auto strictest = [&](const QList<TimeTarget> &targets,
                               qint64 fallback) -> std::pair<qint64, const BusinessCalendar *> {
        qint64 threshold = 0;
        const BusinessCalendar *calendar = line.calendar;
        for (const TimeTarget &t : targets) {
            if ((t.priority.isEmpty() || t.priority == priority)
                && (threshold == 0 || t.threshold < threshold)) {
                threshold = t.threshold;
                calendar = t.calendar ? t.calendar : line.calendar;
            }
        }
        return {threshold ? threshold : fallback, calendar};
    };
    static const BusinessCalendar continuous = TargetJudgement::continuousCalendar();
    const auto finish = [&](std::pair<qint64, const BusinessCalendar *> target, qint64 from) {
        const bool breach = mRandom.generateDouble() < breachRate;
        const double factor = breach ? uniform(1.1, 2.5) : uniform(0.05, 0.9);
        const BusinessCalendar &calendar = target.second ? *target.second : continuous;
        const auto due = calendar.due(from, qint64(double(target.first) * factor));
        return due ? *due : from;
    };
    qint64 resolved = finish(strictest(line.resolution, 16 * kHour), openedAt);
    // Without a response target, the first answer comes a quarter of the way to the fix.
    const qint64 response = line.response.isEmpty()
                                ? openedAt + (resolved - openedAt) / 4
                                : finish(strictest(line.response, 2 * kHour), openedAt);
    resolved = std::max(resolved, response);
    const bool open = resolved > now;
    int satisfaction = 0;
    if (!open && mRandom.generateDouble() < 0.25) {
        // Whoever answers about a ticket is content (4 or 5), except the watermelon's people.
        const bool unhappy = watermelon && month >= QDate(2026, 2, 1);
        satisfaction = unhappy ? score(true) : 4 + int(mRandom.bounded(2));
    }
    const QVariantList values = {
        u"INC%1"_s.arg(++mNumber, 7, 10, QChar(u'0')),
        line.customer,
        line.service,
        line.region,
        priority,
        open ? u"open"_s : u"resolved"_s,
        openedAt,
        response > now ? QVariant(QMetaType::fromType<qint64>()) : QVariant(response),
        open ? QVariant(QMetaType::fromType<qint64>()) : QVariant(resolved),
        satisfaction ? QVariant(satisfaction) : QVariant(QMetaType::fromType<int>())};
    if (auto r = Sql::rerun(mInsert, values); !r)
        return r;
    ++mCounts.tickets;
    return {};
}

Result<void> Generator::tickets()
{
    mInsert = QSqlQuery(mDb);
    if (!mInsert.prepare(
            u"INSERT INTO tickets (source, number, customer, service, region, priority, "
            "status, opened_at, first_response_at, resolved_at, satisfaction) "
            "VALUES ('demo', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return Error{mInsert.lastError().text()};
    const qint64 now = DemoMeasurements::now();
    static const BusinessCalendar continuous = TargetJudgement::continuousCalendar();
    for (const Line &line : mLines) {
        const BusinessCalendar &calendar = line.calendar ? *line.calendar : continuous;
        for (QDate month = kFirstMonth; month <= kToday; month = month.addMonths(1)) {
            const qint64 from = dayStart(month);
            const qint64 to = std::min(dayStart(month.addMonths(1)), now);
            // Volume: about 9 a month, 60 % more in the December-January peak, and slowly
            // growing, as a business does.
            const int peak = (month.month() == 12 || month.month() == 1) ? 16 : 10;
            const int growth = int(from - dayStart(kFirstMonth)) / int(120 * kDay);
            const int count = int(mRandom.bounded(peak / 2, peak + 2)) + growth;
            for (int i = 0; i < count; ++i) {
                const qint64 instant = from + qint64(mRandom.bounded(double(to - from)));
                const bool inForce = std::any_of(
                    line.windows.begin(), line.windows.end(),
                    [&](const auto &w) { return instant >= w.first && instant < w.second; });
                if (!inForce)
                    continue;
                // Tickets arrive when people work: the next working minute.
                const auto due = calendar.due(instant, 60);
                const qint64 openedAt = (due ? *due : instant + 60) - 60;
                if (openedAt >= now)
                    continue;
                if (auto r = insertTicket(line, openedAt, false); !r)
                    return r;
            }
        }
    }
    return {};
}

Result<void> Generator::outages()
{
    QSqlQuery insert(mDb);
    if (!insert.prepare(u"INSERT INTO outages (service, customer, region, start_at, end_at, "
                        "planned) VALUES (?, '', ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s))
        return Error{insert.lastError().text()};
    const QStringList services = {u"EMAIL"_s, u"NETWORK"_s, u"HOSTING"_s, u"VPN"_s};
    const QStringList regions = {u"EMEA-S"_s, u"UK"_s, u"NA-E"_s, u"APAC"_s};
    const qint64 now = DemoMeasurements::now();
    const auto add = [&](const QString &service, const QString &region, qint64 start, qint64 length,
                         bool planned) -> Result<void> {
        if (start >= now)
            return {};
        if (auto r = Sql::rerun(insert, {service, region, start, start + length, planned ? 1 : 0});
            !r)
            return r;
        ++mCounts.outages;
        return {};
    };
    for (const QString &service : services) {
        for (const QString &region : regions) {
            const bool struggling = region == u"APAC"_s;
            for (QDate month = kFirstMonth; month <= kToday; month = month.addMonths(1)) {
                // Maintenance on the first Sunday, 01:00-03:00 UTC.
                QDate sunday = month;
                while (sunday.dayOfWeek() != Qt::Sunday)
                    sunday = sunday.addDays(1);
                if (auto r = add(service, region, dayStart(sunday) + kHour, 2 * kHour, true); !r)
                    return r;
                const int failures = int(mRandom.bounded(struggling ? 1 : 0, struggling ? 4 : 2));
                for (int i = 0; i < failures; ++i) {
                    const qint64 start = dayStart(month) + qint64(mRandom.bounded(28 * 86400.0));
                    const qint64 length = struggling ? 600 + mRandom.bounded(3000)
                                                     : 120 + mRandom.bounded(600);
                    if (auto r = add(service, region, start, length, false); !r)
                        return r;
                }
            }
        }
    }
    return {};
}

Result<void> Generator::surveys()
{
    QSqlQuery insert(mDb);
    if (!insert.prepare(u"INSERT INTO surveys (ticket_number, customer, answered_at, score) "
                        "VALUES ('', ?, ?, ?) ON CONFLICT DO NOTHING"_s))
        return Error{insert.lastError().text()};
    QSet<QString> customers;
    for (const Line &line : mLines)
        customers.insert(line.customer);
    QStringList sorted(customers.begin(), customers.end());
    sorted.sort();
    const qint64 now = DemoMeasurements::now();
    for (const QString &customer : sorted) {
        for (QDate month = kFirstMonth; month <= kToday; month = month.addMonths(1)) {
            // Ten answers a month with one poor one, so that CSAT stays at 90 % or more and
            // only the planted watermelon falls: sampling noise would flag customers at random.
            const bool unhappy = customer == mWatermelon && month >= QDate(2026, 2, 1);
            const int poor = unhappy ? 6 : 1;
            for (int i = 0; i < 10; ++i) {
                const qint64 at = dayStart(month) + qint64(mRandom.bounded(27 * 86400.0));
                if (at >= now)
                    continue;
                const int value = i < poor ? 2 + int(mRandom.bounded(2))
                                           : 4 + int(mRandom.bounded(2));
                if (auto r = Sql::rerun(insert, {customer, at, value}); !r)
                    return r;
                ++mCounts.surveys;
            }
        }
    }
    return {};
}

Result<void> Generator::edges()
{
    // Tickets that walk the edges of business time, one set per region, for a customer line
    // with a resolution target: after hours on either side of a month's end in local time (so
    // its local month is not its UTC month somewhere), clocks stopped while waiting for the
    // customer, spans over a change of clocks and over Christmas, a ticket filed under
    // another region than its customer's, and one open and paused at the demo's "now".
    const auto inForce = [](const Line &line, qint64 instant) {
        return std::any_of(line.windows.begin(), line.windows.end(),
                           [&](const auto &w) { return instant >= w.first && instant < w.second; });
    };
    // Per region, the line in force over most of the edges' days.
    const QDate days[] = {QDate(2025, 12, 23), QDate(2026, 3, 1),  QDate(2026, 6, 11),
                          QDate(2026, 7, 1),   QDate(2026, 8, 31), QDate(2026, 10, 29)};
    QMap<QString, std::pair<int, const Line *>> best;
    for (const Line &line : mLines) {
        if (line.resolution.isEmpty() || !line.calendar || line.customer == mWatermelon
            || line.customer == mGapCustomer)
            continue;
        const int covered = int(
            std::count_if(std::begin(days), std::end(days), [&](const QDate &day) {
                return inForce(line, dayStart(day) + 12 * kHour);
            }));
        auto &current = best[line.region];
        if (!current.second || covered > current.first)
            current = {covered, &line};
    }
    std::vector<const Line *> chosen;
    for (const auto &[covered, line] : std::as_const(best))
        chosen.push_back(line);
    const auto add = [&](const Line &line, const QString &region, qint64 openedAt,
                         std::optional<qint64> resolvedAt,
                         const QList<Pause> &pauses) -> Result<void> {
        if (!inForce(line, openedAt))
            return {};
        QStringList packed;
        for (const Pause &p : pauses)
            packed.append(u"%1-%2"_s.arg(p.start).arg(p.end));
        const qint64 response = openedAt + 20 * 60;
        auto r = Accordo::run(
            mDb,
            u"INSERT INTO tickets (source, number, customer, service, region, priority, "
            "status, opened_at, first_response_at, resolved_at, pauses) "
            "VALUES ('demo', ?, ?, ?, ?, 'P3', ?, ?, ?, ?, coalesce(?, ''))"_s,
            {u"INC%1"_s.arg(++mNumber, 7, 10, QChar(u'0')), line.customer, line.service, region,
             resolvedAt ? u"resolved"_s : u"open"_s, openedAt, response,
             resolvedAt ? QVariant(*resolvedAt) : QVariant(QMetaType::fromType<qint64>()),
             packed.join(u';')});
        if (!r)
            return r.error();
        ++mCounts.tickets;
        return {};
    };
    for (size_t i = 0; i < chosen.size(); ++i) {
        const Line &line = *chosen[i];
        const BusinessCalendar &calendar = *line.calendar;
        const auto local = [&](int y, int m, int d, int hour, int minute = 0) {
            return calendar.localToUtc(QDate(y, m, d), hour * 3600 + minute * 60);
        };
        const qint64 fix = line.resolution.first().threshold;
        const auto resolvedAfter = [&](qint64 from, double share) {
            const auto due = calendar.due(from, qint64(double(fix) * share));
            return due ? *due : from + kHour;
        };
        // After hours at the turn of August and September, local time.
        for (qint64 opened : {local(2026, 8, 31, 23, 40), local(2026, 9, 1, 0, 20)}) {
            if (auto r = add(line, line.region, opened, resolvedAfter(opened, 0.5), {}); !r)
                return r;
        }
        // Waiting for the customer from Thursday afternoon to Monday morning.
        {
            const qint64 opened = local(2026, 6, 11, 10);
            const Pause wait{local(2026, 6, 11, 14), local(2026, 6, 15, 10)};
            if (auto r = add(line, line.region, opened, local(2026, 6, 15, 15), {wait}); !r)
                return r;
        }
        // Over the first change of clocks after March: the Friday before it to the Monday after.
        const QTimeZone zone = calendar.timeZone();
        const QTimeZone::OffsetData change = zone.nextTransition(
            QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()));
        if (change.atUtc.isValid() && change.atUtc.date().year() == 2026) {
            QDate friday = change.atUtc.toTimeZone(zone).date();
            while (friday.dayOfWeek() != Qt::Friday)
                friday = friday.addDays(-1);
            const QDate monday = friday.addDays(3);
            if (auto r = add(line, line.region, calendar.localToUtc(friday, 15 * 3600),
                             calendar.localToUtc(monday, 11 * 3600), {});
                !r)
                return r;
        }
        // Over Christmas.
        if (auto r = add(line, line.region, local(2025, 12, 23, 16), local(2025, 12, 29, 10), {});
            !r)
            return r;
        // Filed under the next chosen customer's region.
        const QString other = chosen[(i + 1) % chosen.size()]->region;
        if (auto r = add(line, other, local(2026, 7, 1, 1, 12),
                         resolvedAfter(local(2026, 7, 1, 1, 12), 0.3), {});
            !r)
            return r;
        // Open at the demo's "now", its clock stopped since the day before.
        {
            const qint64 opened = local(2026, 10, 29, 10);
            const Pause wait{local(2026, 10, 30, 12), local(2026, 11, 3, 9)};
            if (auto r = add(line, line.region, opened, std::nullopt, {wait}); !r)
                return r;
        }
    }
    return {};
}

Result<DemoMeasurements::Counts> Generator::run()
{
    for (auto step : {&Generator::loadLines, &Generator::plant, &Generator::tickets,
                      &Generator::outages, &Generator::surveys, &Generator::edges}) {
        if (auto r = (this->*step)(); !r)
            return r.error();
    }
    if (auto r = Evaluator::evaluate(mDb, DemoMeasurements::now()); !r)
        return r.error();
    // A scaled portfolio (thousands of agreements without measurements) would spend minutes
    // on KPI rows of empty periods: those KPIs are computed when first asked for.
    auto agreements = Sql::scalar(mDb, u"SELECT count(*) FROM agreements"_s);
    if (!agreements)
        return agreements.error();
    if (agreements->toLongLong() > 68)
        return mCounts;
    KpiOptions options;
    options.asOf = DemoMeasurements::now();
    if (auto r = KpiEngine::recompute(mDb, options); !r)
        return r.error();
    return mCounts;
}

} // namespace

qint64 DemoMeasurements::now()
{
    return dayStart(kToday) + 18 * kHour;
}

QString DemoMeasurements::watermelonCustomer(QSqlDatabase db)
{
    const auto watermelon = Sql::scalar(
        db, u"SELECT value FROM accordo_meta WHERE key = 'demo_watermelon'"_s);
    return watermelon ? watermelon->toString() : QString();
}

Result<DemoMeasurements::Counts> DemoMeasurements::generate(QSqlDatabase db)
{
    return Generator(db).run();
}

} // namespace Accordo
