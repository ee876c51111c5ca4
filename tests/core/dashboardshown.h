#pragma once

// What the dashboard's tests compare of a load, and the filters they try.

#include "reportdata/dashboarddata.h"
#include "reportdata/valuevscost.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

#include <optional>

namespace Accordo::DashboardShown {

using namespace Qt::StringLiterals;

// The filters both counting tests try: region, service, kind, one customer (the customer of
// the most agreements), and the last month of the range (empty: the latest).
inline void addFilterRows()
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

inline qint64 customerOfMostAgreements(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT party_id FROM agreements GROUP BY party_id "
                "ORDER BY COUNT(*) DESC, party_id LIMIT 1"_s)
        || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

// The filter of the current row of addFilterRows(), or nothing when the row names one customer
// and no agreement has one.
inline std::optional<DashboardFilter> filterOfRow(QSqlDatabase db)
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
    if (oneCustomer) {
        filter.partyId = customerOfMostAgreements(db);
        if (filter.partyId <= 0)
            return std::nullopt;
    }
    return filter;
}

inline QString number(const std::optional<qint64> &n)
{
    return n ? QString::number(*n) : u"-"_s;
}

// What a snapshot shows, line by line, to compare two loads.
inline QStringList shown(const DashboardSnapshot &s)
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

// Value against cost, line by line.
inline QStringList shown(const QList<ValueCost> &value)
{
    QStringList lines;
    for (const ValueCost &v : value)
        lines.append(u"%1 %2 %3 %4 %5 %6"_s
                         .arg(v.number, v.title, v.period, v.revenue.toDisplayString(),
                              v.credits.toDisplayString())
                         .arg(number(v.ratioMilli)));
    return lines;
}

} // namespace Accordo::DashboardShown
