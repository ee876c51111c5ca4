#include "data/agreementstore.h"
#include "data/partystore.h"
#include "data/workspace.h"
#include "demo/demomeasurements.h"
#include "kpi/kpiengine.h"
#include "kpi/kpirecompute.h"
#include "reportdata/dashboarddata.h"
#include "reportdata/resultindex.h"
#include "reportdata/valuevscost.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "testbackend.h"
#include "testfixtures.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

namespace {

// What a filter looks at of a target: its service, its region (the target's, else its
// party's), its agreement's kind and party.
struct TargetKeys
{
    QString service, region, kind;
    qint64 party = 0;
};

bool keeps(const DashboardFilter &f, const TargetKeys &k)
{
    return (f.serviceCode.isEmpty() || f.serviceCode == k.service)
           && (f.regionCode.isEmpty() || f.regionCode == k.region)
           && (f.agreementKind.isEmpty() || f.agreementKind == k.kind)
           && (f.partyId == 0 || f.partyId == k.party);
}

QString monthOf(const QString &period)
{
    if (period.at(5) != u'Q')
        return period;
    return period.left(5) + u"%1"_s.arg(period.mid(6).toInt() * 3, 2, 10, QChar(u'0'));
}

int severity(const QString &status)
{
    const QStringList order{u"no_data"_s, u"met"_s, u"at_risk"_s, u"breached"_s};
    return int(order.indexOf(status)); // -1 for "" (not in force)
}

// The filters both counting tests try: region, service, kind, one customer (the customer of
// the most agreements), and the last month of the range (empty: the latest).
void addFilterRows()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("oneCustomer");
    QTest::addColumn<QString>("toMonth");

    QTest::newRow("everything") << QString() << QString() << QString() << false << QString();
    QTest::newRow("a region") << u"EMEA-S"_s << QString() << QString() << false << QString();
    QTest::newRow("a service") << QString() << u"SERVICE-DESK"_s << QString() << false << QString();
    QTest::newRow("a kind") << QString() << QString() << u"customer_sla"_s << false << QString();
    QTest::newRow("a customer") << QString() << QString() << QString() << true << QString();
    QTest::newRow("region, service and kind")
        << u"UK"_s << u"SERVICE-DESK"_s << u"customer_sla"_s << false << QString();
    QTest::newRow("an earlier range")
        << QString() << QString() << QString() << false << u"2026-03"_s;
}

qint64 customerOfMostAgreements(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT party_id FROM agreements GROUP BY party_id "
                "ORDER BY COUNT(*) DESC, party_id LIMIT 1"_s)
        || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QString number(const std::optional<qint64> &n)
{
    return n ? QString::number(*n) : u"-"_s;
}

// What a snapshot shows, line by line, to compare two loads.
QStringList shown(const DashboardSnapshot &s)
{
    const DashboardTiles &t = s.tiles;
    QStringList lines{
        s.filter.fromMonth + u' ' + s.filter.toMonth,
        u"%1 %2 %3 %4 %5 %6"_s.arg(t.period)
            .arg(t.breaches)
            .arg(number(t.complianceMilli), number(t.goalMilli), number(t.previousComplianceMilli))
            .arg(t.agreementsAtRisk),
        u"%1 %2 %3 %4 %5"_s.arg(t.breachedTickets)
            .arg(t.watermelons)
            .arg(t.reviewsDue)
            .arg(t.renewalsDue)
            .arg(t.actionFindings)};
    for (const Money &m : t.creditsOwed)
        lines.append(m.toPlainString() + u' ' + m.currency());
    for (const TrendPoint &p : s.trend)
        lines.append(u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(p.period)
                         .arg(number(p.complianceMilli), number(p.goalMilli),
                              number(p.availabilityMilli), number(p.csatMilli))
                         .arg(p.breaches)
                         .arg(number(p.tickets), number(p.forecastTickets)));
    for (const QList<BreakdownBar> *bars : {&s.byRegion, &s.byService, &s.byCustomer}) {
        for (const BreakdownBar &b : *bars)
            lines.append(u"%1 %2 %3 %4 %5"_s.arg(b.key, b.label)
                             .arg(b.complianceMilli.value_or(-1))
                             .arg(b.breaches)
                             .arg(b.results));
    }
    for (const AgreementStanding &a : s.agreements)
        lines.append(
            u"%1 %2 %3 %4 %5 %6 | %7 %8 %9"_s
                .arg(a.number, a.title, a.customer, a.kind, a.status, a.monthStatus.join(u','))
                .arg(number(a.complianceMilli))
                .arg(a.breaches)
                .arg(a.atRisk)
            + u" %1 %2 %3 %4"_s.arg(a.credit.toPlainString(), a.credit.currency())
                  .arg(a.watermelon)
                  .arg(a.riskScore));
    return lines;
}

// The watermelons of the snapshot's month and the satisfaction of each month, counted by SQL
// for the customers and agreements its filter keeps (the party's region, the party, the kind;
// satisfaction is a party's, whatever the kind).
QStringList partyFigures(QSqlDatabase db, const DashboardSnapshot &s)
{
    const DashboardFilter &f = s.filter;
    QString where = u" WHERE 1 = 1"_s;
    QVariantList values;
    if (!f.regionCode.isEmpty()) {
        where += u" AND r.code = ?"_s;
        values.append(f.regionCode);
    }
    if (f.partyId > 0) {
        where += u" AND p.id = ?"_s;
        values.append(f.partyId);
    }
    const QVariantList partyValues = values;
    QString agreementWhere = where;
    if (!f.agreementKind.isEmpty()) {
        agreementWhere += u" AND a.kind = ?"_s;
        values.append(f.agreementKind);
    }
    QStringList lines;
    QSqlQuery q(db);
    q.prepare(u"SELECT COUNT(*) FROM kpi_watermelons k JOIN agreements a ON a.id = k.agreement_id "
              "JOIN parties p ON p.id = a.party_id LEFT JOIN regions r ON r.id = p.region_id"_s
              + agreementWhere + u" AND k.period = ?"_s);
    for (const QVariant &v : values + QVariantList{f.toMonth})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {q.lastError().text()};
    lines.append(u"watermelons %1"_s.arg(q.value(0).toLongLong()));
    q.prepare(u"SELECT k.period, CAST(SUM(k.csat_milli * k.answers) AS BIGINT) "
              "/ CAST(SUM(k.answers) AS BIGINT) "
              "FROM kpi_satisfaction k JOIN parties p ON p.id = k.party_id "
              "LEFT JOIN regions r ON r.id = p.region_id"_s
              + where
              + u" AND k.period >= ? AND k.period <= ? AND k.answers > 0 "
                "GROUP BY k.period ORDER BY k.period"_s);
    for (const QVariant &v : partyValues + QVariantList{f.fromMonth, f.toMonth})
        q.addBindValue(v);
    if (!q.exec())
        return {q.lastError().text()};
    while (q.next())
        lines.append(u"%1 %2"_s.arg(q.value(0).toString()).arg(q.value(1).toLongLong()));
    return lines;
}

// The same figures as the snapshot shows them.
QStringList partyFiguresShown(const DashboardSnapshot &s)
{
    QStringList lines{u"watermelons %1"_s.arg(s.tiles.watermelons)};
    for (const TrendPoint &p : s.trend) {
        if (p.csatMilli)
            lines.append(u"%1 %2"_s.arg(p.period).arg(*p.csatMilli));
    }
    return lines;
}

// Value against cost, line by line.
QStringList shown(const QList<ValueCost> &value)
{
    QStringList lines;
    for (const ValueCost &v : value)
        lines.append(u"%1 %2 %3 %4 %5 %6"_s
                         .arg(v.number, v.title, v.period, v.revenue.toDisplayString(),
                              v.credits.toDisplayString())
                         .arg(number(v.ratioMilli)));
    return lines;
}

// What the dashboard should show of one month, counted from KpiEngine::rows().
struct MonthCount
{
    qint64 results = 0, breaches = 0, met = 0, breached = 0;
};

} // namespace

/// The dashboard counts each result the KPI readers report, stored or derived ("no data": a
/// period in which nothing was measured is not stored), for every kind of filter. Checked on
/// the demo, brought up to date at its "now", against KpiEngine::rows() and the targets'
/// services, regions, kinds and customers as the database holds them.
class tst_DashboardData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultMonthIsNotPastTheLastMeasurement_data();
    void defaultMonthIsNotPastTheLastMeasurement();
    void countsWhatTheKpiReadersReport_data();
    void countsWhatTheKpiReadersReport();
    void valueAgainstCostIsTheSumOfItsPeriods_data();
    void valueAgainstCostIsTheSumOfItsPeriods();
    void readsValueBesideTheDashboard_data();
    void readsValueBesideTheDashboard();
    void addsUpEveryFilterFromTheCache_data();
    void addsUpEveryFilterFromTheCache();
    void readsAgainAfterAChange_data();
    void readsAgainAfterAChange(); // renames a customer, moves the as-of
    void indexRefusesWhatItCannotGiveBack_data();
    void indexRefusesWhatItCannotGiveBack();
    void readsTheSameWithTheRecomputesTerms(); // moves the as-of: last

private:
    QTemporaryDir mDir;
    std::unique_ptr<Database> mDb;
    QList<KpiRow> mRows;
    QHash<qint64, TargetKeys> mKeys;
};

void tst_DashboardData::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    KpiOptions options;
    options.asOf = DemoMeasurements::now();
    const QString location = TestBackend::freshLocation(mDir, u"demo"_s);
    const QString failed = TestFixtures::demoUpToDate(location, options);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto db = Database::open(location, Database::OpenMode::MustExist);
    QVERIFY2(db, qPrintable(db.errorString()));
    mDb = std::move(*db);
    auto rows = KpiEngine::rows(mDb->connection());
    QVERIFY2(rows, qPrintable(rows.errorString()));
    mRows = *rows;
    QSqlQuery q(mDb->connection());
    QVERIFY(q.exec(uR"(SELECT t.id, s.code AS service, COALESCE(r.code, '') AS region, a.kind,
            a.party_id FROM targets t JOIN agreements a ON a.id = t.agreement_id
            JOIN parties p ON p.id = a.party_id JOIN services s ON s.id = t.service_id
            LEFT JOIN regions r ON r.id = COALESCE(t.region_id, p.region_id))"_s));
    while (q.next())
        mKeys.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString(),
                                               q.value(3).toString(), q.value(4).toLongLong()});
    // Both kinds of result are there to count
    const auto noData = std::count_if(mRows.cbegin(), mRows.cend(), [](const KpiRow &r) {
        return r.status == u"no_data"_s && r.tickets == 0;
    });
    QVERIFY2(noData > 100, qPrintable(QString::number(noData)));
}

void tst_DashboardData::defaultMonthIsNotPastTheLastMeasurement_data()
{
    QTest::addColumn<QString>("latestWithKpis");
    QTest::addColumn<QString>("lastMeasured"); // ISO 8601 UTC; empty: nothing measured
    QTest::addColumn<QString>("expected");
    // A target in Singapore counts 31 October 17:59 UTC in November (01:59 there).
    QTest::newRow("a zone ahead opened the next month")
        << u"2026-11"_s << u"2026-10-31T17:59:00Z"_s << u"2026-10"_s;
    QTest::newRow("measured in the month")
        << u"2026-11"_s << u"2026-11-15T09:00:00Z"_s << u"2026-11"_s;
    // A target in New York still counts 1 November 03:00 UTC in October.
    QTest::newRow("a zone behind is still in the month before")
        << u"2026-10"_s << u"2026-11-01T03:00:00Z"_s << u"2026-10"_s;
    QTest::newRow("nothing measured") << u"2026-11"_s << QString() << u"2026-11"_s;
    QTest::newRow("no KPIs") << QString() << u"2026-11-15T09:00:00Z"_s << QString();
}

void tst_DashboardData::defaultMonthIsNotPastTheLastMeasurement()
{
    QFETCH(QString, latestWithKpis);
    QFETCH(QString, lastMeasured);
    QFETCH(QString, expected);
    std::optional<qint64> instant;
    if (!lastMeasured.isEmpty())
        instant = QDateTime::fromString(lastMeasured, Qt::ISODate).toSecsSinceEpoch();
    QCOMPARE(DashboardData::defaultMonth(latestWithKpis, instant), expected);
}

void tst_DashboardData::countsWhatTheKpiReadersReport_data()
{
    addFilterRows();
}

void tst_DashboardData::countsWhatTheKpiReadersReport()
{
    QFETCH(QString, region);
    QFETCH(QString, service);
    QFETCH(QString, kind);
    QFETCH(bool, oneCustomer);
    QFETCH(QString, toMonth);
    DashboardFilter filter;
    filter.regionCode = region;
    filter.serviceCode = service;
    filter.agreementKind = kind;
    filter.toMonth = toMonth;
    if (oneCustomer)
        filter.partyId = customerOfMostAgreements(mDb->connection());
    QVERIFY(!oneCustomer || filter.partyId > 0);

    // When the dashboard is loaded for the filter
    const auto snapshot = DashboardData::load(mDb->connection(), filter, QDate(2026, 10, 31));
    QVERIFY2(snapshot, qPrintable(snapshot.errorString()));
    const QStringList months = snapshot->months;
    QCOMPARE(months.size(), 12);

    // Then it counts, month by month and agreement by agreement, what the readers report
    QMap<QString, MonthCount> perMonth;
    QMap<qint64, QStringList> monthStatus;
    for (const KpiRow &r : std::as_const(mRows)) {
        const QString month = monthOf(r.period);
        if (!months.contains(month) || !keeps(snapshot->filter, mKeys.value(r.targetId)))
            continue;
        MonthCount &c = perMonth[month];
        ++c.results;
        c.breaches += r.status == u"breached"_s ? 1 : 0;
        if (r.metric == u"first_response"_s || r.metric == u"resolution"_s) {
            c.met += r.met;
            c.breached += r.breached;
        }
        QStringList &statuses = monthStatus[r.agreementId];
        if (statuses.isEmpty())
            statuses = QStringList(months.size());
        QString &cell = statuses[months.indexOf(month)];
        if (severity(r.status) >= severity(cell))
            cell = r.status;
    }
    QVERIFY2(!perMonth.isEmpty(), "the filter keeps some results");
    qint64 results = 0;
    for (const QString &month : months) {
        const MonthCount c = perMonth.value(month);
        const auto point = std::find_if(snapshot->trend.cbegin(), snapshot->trend.cend(),
                                        [&](const TrendPoint &p) { return p.period == month; });
        QVERIFY(point != snapshot->trend.cend());
        QCOMPARE(point->breaches, c.breaches);
        const std::optional<qint64> compliance =
            c.met + c.breached == 0 ? std::nullopt
                                    : std::optional(c.met * 100000 / (c.met + c.breached));
        QCOMPARE(point->complianceMilli, compliance);
        results += c.results;
    }
    for (const auto *bars : {&snapshot->byRegion, &snapshot->byService, &snapshot->byCustomer}) {
        qint64 counted = 0;
        for (const BreakdownBar &b : *bars)
            counted += b.results;
        QCOMPARE(counted, results);
    }
    QMap<qint64, QStringList> shown;
    for (const AgreementStanding &a : snapshot->agreements)
        shown.insert(a.agreementId, a.monthStatus);
    QCOMPARE(shown.keys(), monthStatus.keys());
    for (auto it = monthStatus.cbegin(); it != monthStatus.cend(); ++it)
        QCOMPARE(shown.value(it.key()), it.value());
    QCOMPARE(snapshot->tiles.breaches, perMonth.value(snapshot->filter.toMonth).breaches);
}

void tst_DashboardData::valueAgainstCostIsTheSumOfItsPeriods_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("dashboardTerms"); // the terms the dashboard read, not read again

    QTest::newRow("a month") << u"2026-10"_s << u"2026-10"_s << false;
    QTest::newRow("twelve months") << u"2025-11"_s << u"2026-10"_s << false;
    QTest::newRow("twelve months, the dashboard's terms") << u"2025-11"_s << u"2026-10"_s << true;
    QTest::newRow("quarters cut at both ends") << u"2026-02"_s << u"2026-05"_s << false;
    QTest::newRow("the middle of a quarter") << u"2026-08"_s << u"2026-08"_s << true;
    QTest::newRow("before any agreement") << u"2019-01"_s << u"2019-12"_s << false;
}

void tst_DashboardData::valueAgainstCostIsTheSumOfItsPeriods()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, dashboardTerms);
    const KpiFilter filter{QString(), from, to};
    std::shared_ptr<const Kpi::Recompute> terms;
    if (dashboardTerms) {
        const auto snapshot = DashboardData::load(mDb->connection(), {}, QDate(2026, 10, 31));
        QVERIFY2(snapshot, qPrintable(snapshot.errorString()));
        QVERIFY(snapshot->allTerms);
        terms = snapshot->allTerms;
    }
    // When value against cost is read per agreement over the range
    const auto value = ValueVsCost::agreements(mDb->connection(), filter, terms.get());
    QVERIFY2(value, qPrintable(value.errorString()));
    // Then it is what the KPI readers' periods add up to
    const auto expected = ValueVsCost::fromPeriods(mDb->connection(), filter);
    QVERIFY2(expected, qPrintable(expected.errorString()));
    const auto line = [](const ValueCost &v) {
        return u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(v.agreementId)
            .arg(v.number, v.title, v.period)
            .arg(v.months)
            .arg(v.revenue.toDisplayString(), v.credits.toDisplayString())
            .arg(v.ratioMilli.value_or(-1));
    };
    QStringList got, want;
    for (const ValueCost &v : *value)
        got.append(line(v));
    for (const ValueCost &v : *expected)
        want.append(line(v));
    QCOMPARE(got, want);
    if (from >= u"2025-01"_s)
        QVERIFY2(want.size() > 20, qPrintable(QString::number(want.size())));
}

QTEST_GUILESS_MAIN(tst_DashboardData)
void tst_DashboardData::readsValueBesideTheDashboard_data()
{
    QTest::addColumn<QString>("filterBy");   // "", "region", "service": the first target's
    QTest::addColumn<bool>("lastMonth");     // value against cost of the last month alone
    QTest::addColumn<bool>("inTransaction"); // with a change not committed yet

    QTest::newRow("everything, the range") << QString() << false << false;
    QTest::newRow("everything, the last month") << QString() << true << false;
    QTest::newRow("a region") << u"region"_s << false << false;
    QTest::newRow("a service, the last month") << u"service"_s << true << false;
    QTest::newRow("a change not committed") << QString() << false << true;
}

/// The dashboard and value against cost, read side by side on two connections, show what
/// each shows read alone on the caller's connection; a connection in a transaction reads both
/// itself, since another would not see what it changed.
void tst_DashboardData::readsValueBesideTheDashboard()
{
    QFETCH(QString, filterBy);
    QFETCH(bool, lastMonth);
    QFETCH(bool, inTransaction);
    QSqlDatabase db = mDb->connection();
    DashboardFilter filter;
    const TargetKeys &first = mKeys.cbegin().value();
    if (filterBy == u"region"_s)
        filter.regionCode = first.region;
    if (filterBy == u"service"_s)
        filter.serviceCode = first.service;
    std::optional<Transaction> transaction;
    if (inTransaction) {
        transaction.emplace(db);
        QVERIFY(transaction->isActive());
        QSqlQuery rename(db);
        QVERIFY(rename.exec(u"UPDATE agreements SET title = title || ' (renamed)'"_s));
    }
    // A second connection is taken only when it sees what this one sees
    const auto location = Database::alikeLocation(db);
    QCOMPARE(bool(location), !inTransaction);
    if (location) {
        auto other = Database::open(*location, Database::OpenMode::ReadOnly);
        QVERIFY2(other, qPrintable(other.errorString()));
    }

    // When both are read side by side
    const QDate today(2026, 10, 31);
    const auto reading = DashboardData::loadWithValue(
        db, filter,
        lastMonth ? DashboardData::ValueMonths::LastMonth : DashboardData::ValueMonths::Range,
        today);
    QVERIFY2(reading, qPrintable(reading.errorString()));
    // Then the dashboard is what load() gives
    const auto alone = DashboardData::load(db, filter, today);
    QVERIFY2(alone, qPrintable(alone.errorString()));
    QVERIFY(!reading->snapshot.agreements.isEmpty());
    QCOMPARE(shown(reading->snapshot), shown(*alone));
    QVERIFY(!alone->actionFindings.isEmpty());
    QCOMPARE(reading->snapshot.actionFindings.size(), alone->actionFindings.size());
    QCOMPARE(reading->snapshot.tiles.actionFindings, alone->tiles.actionFindings);
    // And value against cost is what it gives read alone, over the months asked
    const DashboardFilter &range = alone->filter;
    const auto value = ValueVsCost::agreements(
        db, {QString(), lastMonth ? range.toMonth : range.fromMonth, range.toMonth});
    QVERIFY2(value, qPrintable(value.errorString()));
    const auto line = [](const ValueCost &v) {
        return u"%1 %2 %3 %4 %5"_s.arg(v.number, v.title, v.period, v.revenue.toDisplayString(),
                                       v.credits.toDisplayString());
    };
    QStringList got, want;
    for (const ValueCost &v : reading->value)
        got.append(line(v));
    for (const ValueCost &v : *value)
        want.append(line(v));
    QVERIFY(!want.isEmpty());
    QCOMPARE(got, want);
    if (inTransaction)
        QVERIFY(want.constFirst().contains(u"(renamed)"_s));
}

void tst_DashboardData::addsUpEveryFilterFromTheCache_data()
{
    addFilterRows();
    QTest::newRow("a region no target has")
        << u"NOWHERE"_s << QString() << QString() << false << QString();
    QTest::newRow("an earlier range, a service")
        << QString() << u"SERVICE-DESK"_s << QString() << false << u"2026-03"_s;
    // A month with a watermelon, whose agreement is a customer SLA
    QTest::newRow("an earlier range, another kind")
        << QString() << QString() << u"ola"_s << false << u"2026-03"_s;
}

/// The dashboard's cache holds the results of the whole portfolio added up, and gives for any
/// filter of the same range what a read of the workspace gives: whether the cache was filled
/// by a load of that filter or of another.
void tst_DashboardData::addsUpEveryFilterFromTheCache()
{
    QFETCH(QString, region);
    QFETCH(QString, service);
    QFETCH(QString, kind);
    QFETCH(bool, oneCustomer);
    QFETCH(QString, toMonth);
    QSqlDatabase db = mDb->connection();
    DashboardFilter filter;
    filter.regionCode = region;
    filter.serviceCode = service;
    filter.agreementKind = kind;
    filter.toMonth = toMonth;
    if (oneCustomer)
        filter.partyId = customerOfMostAgreements(db);
    QVERIFY(!oneCustomer || filter.partyId > 0);
    DashboardFilter everything;
    everything.toMonth = toMonth;
    const QDate today(2026, 10, 31);
    const auto months = DashboardData::ValueMonths::LastMonth;
    const auto read = [&](const DashboardFilter &f, DashboardCache *cache) {
        auto reading = DashboardData::loadWithValue(db, f, months, today, {}, cache);
        if (!reading)
            qWarning("%s", qPrintable(reading.errorString()));
        return reading ? std::optional(*reading) : std::nullopt;
    };
    const auto expectedFiltered = read(filter, nullptr);
    const auto expectedEverything = read(everything, nullptr);
    QVERIFY(expectedFiltered && expectedEverything);
    QVERIFY(!expectedEverything->snapshot.agreements.isEmpty());
    QVERIFY(!expectedEverything->value.isEmpty());
    QVERIFY(!expectedEverything->snapshot.actionFindings.isEmpty());

    // The party-level figures are those SQL counts of the filter's customers and agreements
    const DashboardSnapshot &expected = expectedFiltered->snapshot;
    QCOMPARE(partyFigures(db, expected), partyFiguresShown(expected));

    // Given a cache filled by a load of the filter
    DashboardCache cache;
    const auto filled = read(filter, &cache);
    QVERIFY(filled);
    QVERIFY(!cache.lastLoadReused());
    QVERIFY(cache.holdsResults());
    QCOMPARE(shown(filled->snapshot), shown(expectedFiltered->snapshot));
    QCOMPARE(shown(filled->value), shown(expectedFiltered->value));
    // When the whole portfolio, then the filter again, are loaded through it
    const auto all = read(everything, &cache);
    QVERIFY(all);
    QVERIFY(cache.lastLoadReused());
    const auto again = read(filter, &cache);
    QVERIFY(again);
    QVERIFY(cache.lastLoadReused());
    // Then each shows what a read of the workspace shows
    QCOMPARE(shown(all->snapshot), shown(expectedEverything->snapshot));
    QCOMPARE(shown(all->value), shown(expectedEverything->value));
    QCOMPARE(shown(again->snapshot), shown(expectedFiltered->snapshot));
    QCOMPARE(shown(again->value), shown(expectedFiltered->value));
    QCOMPARE(again->snapshot.actionFindings.size(),
             expectedFiltered->snapshot.actionFindings.size());
}

void tst_DashboardData::readsAgainAfterAChange_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("another day") << u"day"_s;
    QTest::newRow("another range") << u"range"_s;
    QTest::newRow("a customer renamed") << u"rename"_s;
    QTest::newRow("results written again, the same as-of") << u"rewrite"_s;
    QTest::newRow("results brought on a day") << u"later"_s;
}

/// What changes the figures makes the dashboard's cache read them again: the day (reviews
/// and actions due), the range, an audited change (a customer's name), the results written
/// again even at the same as-of, the results brought on.
void tst_DashboardData::readsAgainAfterAChange()
{
    QFETCH(QString, change);
    QSqlDatabase db = mDb->connection();
    QDate today(2026, 10, 31);
    DashboardFilter filter;
    const auto months = DashboardData::ValueMonths::LastMonth;
    // Given a cache filled, and used once
    DashboardCache cache;
    QVERIFY(DashboardData::loadWithValue(db, filter, months, today, {}, &cache));
    const auto before = DashboardData::loadWithValue(db, filter, months, today, {}, &cache);
    QVERIFY2(before, qPrintable(before.errorString()));
    QVERIFY(cache.lastLoadReused());
    QVERIFY(!before->snapshot.agreements.isEmpty());
    // When something changes
    if (change == u"day"_s)
        today = today.addDays(1);
    if (change == u"range"_s)
        filter.fromMonth = u"2026-06"_s;
    if (change == u"rename"_s) {
        // The customer of an agreement the dashboard shows
        Workspace workspace(db);
        auto shownAgreement = AgreementStore(workspace).agreement(
            before->snapshot.agreements.constFirst().agreementId);
        QVERIFY2(shownAgreement, qPrintable(shownAgreement.errorString()));
        PartyStore parties(workspace);
        auto party = parties.party(shownAgreement->partyId);
        QVERIFY2(party, qPrintable(party.errorString()));
        party->name += u" (renamed)"_s;
        auto updated = parties.update(*party);
        QVERIFY2(updated, qPrintable(updated.errorString()));
    }
    if (change == u"rewrite"_s || change == u"later"_s) {
        KpiOptions options;
        options.asOf = *KpiEngine::storedAsOf(db) + (change == u"later"_s ? 86400 : 0);
        auto written = KpiEngine::recomputeEverything(db, options);
        QVERIFY2(written, qPrintable(written.errorString()));
    }
    // Then the next load reads the workspace, and shows what a read without the cache shows
    const auto next = DashboardData::loadWithValue(db, filter, months, today, {}, &cache);
    QVERIFY2(next, qPrintable(next.errorString()));
    QVERIFY(!cache.lastLoadReused());
    const auto expected = DashboardData::loadWithValue(db, filter, months, today);
    QVERIFY2(expected, qPrintable(expected.errorString()));
    QCOMPARE(shown(next->snapshot), shown(expected->snapshot));
    QCOMPARE(shown(next->value), shown(expected->value));
    if (change == u"rename"_s)
        QVERIFY(shown(next->snapshot).join(u'\n').contains(u"(renamed)"_s));
}

void tst_DashboardData::indexRefusesWhatItCannotGiveBack_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("met");
    QTest::addColumn<bool>("held");

    QTest::newRow("a result it holds") << u"met"_s << u"2026-10"_s << u"EUR"_s << 5LL << true;
    QTest::newRow("nothing measured") << u"no_data"_s << u"2026-10"_s << u"EUR"_s << 0LL << true;
    QTest::newRow("a status it does not know")
        << u"waived"_s << u"2026-10"_s << u"EUR"_s << 5LL << false;
    QTest::newRow("a month outside the range")
        << u"met"_s << u"2027-01"_s << u"EUR"_s << 5LL << false;
    QTest::newRow("a second currency in the agreement")
        << u"met"_s << u"2026-10"_s << u"USD"_s << 5LL << false;
    QTest::newRow("more tickets than a cell counts")
        << u"met"_s << u"2026-10"_s << u"EUR"_s << (1LL << 31) << false;
}

/// The dashboard's index of results takes only what it can give back exactly as the results
/// were read; for anything else the dashboard reads the workspace instead.
void tst_DashboardData::indexRefusesWhatItCannotGiveBack()
{
    QFETCH(QString, status);
    QFETCH(QString, month);
    QFETCH(QString, currency);
    QFETCH(qint64, met);
    QFETCH(bool, held);
    using namespace Dashboard;
    const QStringList service{u"DESK"_s, u"Service desk"_s};
    ResultOwner owner;
    owner.agreementId = 7;
    owner.number = u"SLA-7"_s;
    owner.partyKey = u"3"_s;
    owner.service = &service;
    ResultIndex index({u"2026-09"_s, u"2026-10"_s});
    // Given a result of the agreement in euros
    QVERIFY(index.add({owner, 70, u"2026-09"_s, Measure(u"breached"_s, 1, 2, 90000, true), false,
                       std::nullopt, 0, 0, u"EUR"_s}));
    // When another result of it is added
    const bool added = index.add({owner, 71, month, Measure(status, met, 0, 90000, true), false,
                                  std::nullopt, 0, 0, currency});
    // Then the index holds it, or says it cannot
    QCOMPARE(added, held);
    if (held) {
        DashboardSnapshot snap;
        snap.filter.toMonth = u"2026-10"_s;
        snap.months = {u"2026-10"_s};
        const KpiTotals totals = index.totals(snap);
        QCOMPARE(totals.perMonth.value(u"2026-10"_s).met, met);
        QCOMPARE(totals.perMonth.value(u"2026-09"_s).breached, 2);
        QCOMPARE(totals.standings.size(), size_t(1));
        QCOMPARE(totals.standings.front().shown.status, status);
    }
}

/// The portfolio report hands the dashboard the terms its recompute loaded, rather than
/// loading every target's terms again: the figures are the same, and terms of another as-of
/// are not used.
void tst_DashboardData::readsTheSameWithTheRecomputesTerms()
{
    // Given the results brought three days on, with the recompute's terms kept
    QSqlDatabase db = mDb->connection();
    KpiOptions later;
    later.asOf = DemoMeasurements::now() + 3 * 86400;
    std::shared_ptr<const Kpi::Recompute> terms;
    auto update = KpiEngine::bringUpToDate(db, later, terms);
    QVERIFY2(update, qPrintable(update.errorString()));
    QVERIFY(terms);
    // When the dashboard loads with them and without them
    const QDate today = QDateTime::fromSecsSinceEpoch(later.asOf, Qt::UTC).date();
    auto given = DashboardData::load(db, {}, today, terms);
    QVERIFY2(given, qPrintable(given.errorString()));
    auto loaded = DashboardData::load(db, {}, today);
    QVERIFY2(loaded, qPrintable(loaded.errorString()));
    // Then it used the terms handed in, and shows the same
    QCOMPARE(given->allTerms.get(), terms.get());
    QVERIFY(loaded->allTerms && loaded->allTerms != terms);
    QVERIFY(!shown(*loaded).isEmpty());
    QCOMPARE(shown(*given), shown(*loaded));

    // And terms of an earlier as-of are not taken once the results moved on
    KpiOptions evenLater;
    evenLater.asOf = later.asOf + 86400;
    auto moved = KpiEngine::bringUpToDate(db, evenLater);
    QVERIFY2(moved, qPrintable(moved.errorString()));
    auto stale = DashboardData::load(db, {}, today, terms);
    QVERIFY2(stale, qPrintable(stale.errorString()));
    QVERIFY(stale->allTerms && stale->allTerms != terms);
}

#include "tst_dashboarddata.moc"
