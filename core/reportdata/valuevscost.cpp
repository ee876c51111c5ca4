#include "valuevscost.h"

#include "kpi/kpicalculator.h"
#include "kpi/kpireads.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The fee each agreement's credits are computed from: agreements.price_minor holds
// Pricing::monthlyFee of the stored agreement (the breakdown's total when it has lines).
const QString SelectFees = u"SELECT id, price_minor, currency FROM agreements"_s;

Result<QHash<qint64, Money>> fees(QSqlDatabase db)
{
    QHash<qint64, Money> result;
    auto rows = Sql::select(db, SelectFees);
    if (!rows)
        return rows.error();
    while (rows->next())
        result.insert(rows->integer("id"),
                      Money(rows->integer("price_minor"), rows->text("currency")));
    return result;
}

bool isQuarter(const QString &period)
{
    return period.contains(u'Q');
}

// The months ("2026-01") a period ("2026-01" or "2026-Q1") covers.
QStringList monthsOf(const QString &period)
{
    if (!isQuarter(period))
        return {period};
    const QString year = period.left(4);
    const int quarter = period.mid(6).toInt();
    QStringList months;
    for (int m = 1; m <= 3; ++m)
        months.append(u"%1-%2"_s.arg(year).arg((quarter - 1) * 3 + m, 2, 10, QChar(u'0')));
    return months;
}

struct Tally
{
    ValueCost row;
    QSet<QString> months;
};

} // namespace

std::optional<qint64> ValueVsCost::ratioMilli(const Money &credits, const Money &revenue)
{
    if (revenue.minorUnits() <= 0 || credits.currency() != revenue.currency())
        return std::nullopt;
    // 100 000 thousandths of a percent are the whole; the amounts stay far below the range
    // where the product would overflow (Money::MaxMinorUnits / 10^5 is 9.2e11 in cents).
    const qint64 numerator = credits.minorUnits() * 100000;
    return (numerator + revenue.minorUnits() / 2) / revenue.minorUnits();
}

Result<QList<ValueCost>> ValueVsCost::periods(QSqlDatabase db, const KpiFilter &filter)
{
    auto fee = fees(db);
    if (!fee)
        return fee.error();
    auto rows = KpiReads::rows(db, filter);
    if (!rows)
        return rows.error();
    QMap<std::pair<QString, QString>, ValueCost> byPeriod;
    for (const KpiRow &kpi : *rows) {
        const Money monthly = fee->value(kpi.agreementId);
        if (monthly.minorUnits() <= 0)
            continue;
        ValueCost &row = byPeriod[{kpi.number, kpi.period}];
        if (row.agreementId == 0) {
            row.agreementId = kpi.agreementId;
            row.number = kpi.number;
            row.title = kpi.agreementTitle;
            row.period = kpi.period;
            row.months = isQuarter(kpi.period) ? 3 : 1;
            auto revenue = KpiCalculator::periodFee(monthly, isQuarter(kpi.period)
                                                                 ? MeasurementPeriod::Quarter
                                                                 : MeasurementPeriod::Month);
            if (!revenue)
                return revenue.error();
            row.revenue = *revenue;
            row.credits = Money(0, monthly.currency());
        }
        if (!kpi.credit.isZero() && kpi.credit.currency() == row.credits.currency())
            row.credits = Money(row.credits.minorUnits() + kpi.credit.minorUnits(),
                                row.credits.currency());
    }
    QList<ValueCost> result;
    for (ValueCost row : std::as_const(byPeriod)) {
        row.ratioMilli = ratioMilli(row.credits, row.revenue);
        result.append(row);
    }
    return result;
}

Result<QList<ValueCost>> ValueVsCost::agreements(QSqlDatabase db, const KpiFilter &filter)
{
    auto fee = fees(db);
    if (!fee)
        return fee.error();
    auto perPeriod = periods(db, filter);
    if (!perPeriod)
        return perPeriod.error();
    QMap<QString, Tally> byAgreement;
    for (const ValueCost &p : std::as_const(*perPeriod)) {
        Tally &t = byAgreement[p.number];
        if (t.row.agreementId == 0) {
            t.row = p;
            t.row.credits = Money(0, p.credits.currency());
        }
        for (const QString &month : monthsOf(p.period))
            t.months.insert(month);
        t.row.credits = Money(t.row.credits.minorUnits() + p.credits.minorUnits(),
                              t.row.credits.currency());
    }
    QList<ValueCost> result;
    for (Tally t : std::as_const(byAgreement)) {
        QStringList months(t.months.cbegin(), t.months.cend());
        months.sort();
        t.row.period = months.isEmpty() ? QString() : months.first() + u" – "_s + months.last();
        t.row.months = months.size();
        auto revenue = fee->value(t.row.agreementId).multiplied(t.row.months);
        if (!revenue)
            return revenue.error();
        t.row.revenue = *revenue;
        t.row.ratioMilli = ratioMilli(t.row.credits, t.row.revenue);
        result.append(t.row);
    }
    return result;
}

} // namespace Accordo
