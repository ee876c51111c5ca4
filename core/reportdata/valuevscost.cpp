#include "valuevscost.h"

#include "data/workspacemeta.h"
#include "kpi/kpicalculator.h"
#include "kpi/kpiperiods.h"
#include "kpi/kpireads.h"
#include "kpi/kpirecompute.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>

#include <functional>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// An agreement as value against cost counts it: its number and version (the versions of one
// number count together over a range), its title, and the fee its credits are computed from
// (agreements.price_minor holds Pricing::monthlyFee of the stored agreement, the breakdown's
// total when it has lines).
struct FeeTerms
{
    QString number, title;
    qint64 version = 0;
    Money fee;
};

const QString SelectFees =
    u"SELECT id, number, version, title, price_minor, currency FROM agreements"_s;

Result<QHash<qint64, FeeTerms>> fees(QSqlDatabase db)
{
    QHash<qint64, FeeTerms> result;
    auto rows = Sql::stream(db, SelectFees);
    if (!rows)
        return rows.error();
    while (rows->next())
        result.insert(rows->integer("id"),
                      {rows->text("number"), rows->text("title"), rows->integer("version"),
                       Money(rows->integer("price_minor"), rows->text("currency"))});
    if (rows->query().lastError().isValid())
        return Error{rows->query().lastError().text()};
    return result;
}

bool isQuarter(const QString &period)
{
    return period.contains(u'Q');
}

struct Tally
{
    ValueCost row;
    QSet<QString> months;
};

// Each agreement's row over the range: its months, the revenue of its fee over them, the ratio.
Result<QList<ValueCost>> totalled(const QMap<QString, Tally> &byAgreement,
                                  const std::function<Money(qint64)> &feeOf)
{
    QList<ValueCost> result;
    for (Tally t : byAgreement) {
        QStringList months(t.months.cbegin(), t.months.cend());
        months.sort();
        t.row.period = months.isEmpty() ? QString() : months.first() + u" – "_s + months.last();
        t.row.months = months.size();
        auto revenue = feeOf(t.row.agreementId).multiplied(t.row.months);
        if (!revenue)
            return revenue.error();
        t.row.revenue = *revenue;
        t.row.ratioMilli = ValueVsCost::ratioMilli(t.row.credits, t.row.revenue);
        result.append(t.row);
    }
    return result;
}

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
        const Money monthly = fee->value(kpi.agreementId).fee;
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

namespace {

// The stored rows of the range: what they credit, and which targets' periods they hold.
const QString SelectStoredCredits =
    u"SELECT agreement_id, target_id, period, credit_minor, currency FROM kpi_periods"_s;

// The period labels the range's rows can have: its months, and the quarters that overlap it.
QStringList rangeLabels(const QString &from, const QString &to)
{
    QStringList labels;
    for (QString m = from; m <= to && labels.size() < 2400; m = Kpi::addMonths(m, 1)) {
        labels.append(m);
        const int month = m.mid(5, 2).toInt();
        if (m == from || month % 3 == 1)
            labels.append(m.left(5) + u'Q' + QString::number((month + 2) / 3));
    }
    return labels;
}

// One agreement number's results in one period: the credits per currency, and the version that
// speaks for the period (the lowest; its fee's currency is the one counted).
struct PeriodTally
{
    qint64 agreementId = 0;
    qint64 version = 0;
    QMap<QString, qint64> credits;
};

} // namespace

Result<QList<ValueCost>> ValueVsCost::agreements(QSqlDatabase db, const KpiFilter &filter,
                                                 const Kpi::Recompute *terms)
{
    // One agreement's rows are few: periods() reads them as the KPI readers give them.
    if (!filter.agreementNumber.isEmpty() || filter.fromMonth.isEmpty() || filter.toMonth.isEmpty())
        return fromPeriods(db, filter);
    auto read = fees(db);
    if (!read)
        return read.error();
    const QHash<qint64, FeeTerms> &fee = *read;
    QMap<std::pair<QString, QString>, PeriodTally> byPeriod; // (number, period)
    const auto count = [&](qint64 agreementId, const QString &period, const Money &credit) {
        const auto it = fee.constFind(agreementId);
        if (it == fee.cend() || it->fee.minorUnits() <= 0)
            return;
        PeriodTally &t = byPeriod[{it->number, period}];
        if (t.agreementId == 0 || it->version < t.version) {
            t.agreementId = agreementId;
            t.version = it->version;
        }
        t.credits[credit.currency()] += credit.minorUnits();
    };
    // The rows stored in the range.
    const QStringList labels = rangeLabels(filter.fromMonth, filter.toMonth);
    QStringList marks(labels.size(), u"?"_s);
    auto stored = Sql::stream(
        db, SelectStoredCredits + u" WHERE period IN (%1)"_s.arg(marks.join(u", "_s)),
        QVariantList(labels.cbegin(), labels.cend()));
    if (!stored)
        return stored.error();
    QSet<std::pair<qint64, QString>> held;
    while (stored->next()) {
        const QString period = stored->text("period");
        if (!Kpi::inMonths(filter, period))
            continue;
        held.insert({stored->integer("target_id"), period});
        count(stored->integer("agreement_id"), period,
              Money(stored->integer("credit_minor"), stored->text("currency")));
    }
    if (stored->query().lastError().isValid())
        return Error{stored->query().lastError().text()};
    // The periods in force in which nothing was measured, derived as the KPI readers do.
    bool computed = false;
    KpiOptions options;
    options.asOf = WorkspaceMeta::value(db, u"kpi_as_of"_s).toLongLong(&computed);
    std::optional<Kpi::Recompute> loaded;
    if (computed && !terms) {
        loaded.emplace(db, options);
        if (auto r = loaded->loadTermsWhere({}, {}); !r)
            return r.error();
        terms = &*loaded;
    }
    if (computed) {
        for (const Kpi::Work &w : terms->work()) {
            const auto agreement = fee.constFind(w.agreementId);
            if (agreement == fee.cend() || agreement->fee.minorUnits() <= 0)
                continue;
            const auto accept = [&](const QString &period) {
                return Kpi::inMonths(filter, period) && !held.contains({w.targetId, period});
            };
            auto r = terms->noDataResults(w, accept, [&](const Kpi::NoDataResult &n) {
                count(w.agreementId, n.period, n.credit);
            });
            if (!r)
                return r.error();
        }
    }
    // Per number: the months its periods cover, the credits of each period in the currency of
    // the fee of the version that speaks for it; the first period's version is the row's.
    QMap<QString, Tally> byAgreement;
    for (auto it = byPeriod.cbegin(); it != byPeriod.cend(); ++it) {
        const FeeTerms &version = fee.value(it->agreementId);
        Tally &t = byAgreement[it.key().first];
        if (t.row.agreementId == 0) {
            t.row.agreementId = it->agreementId;
            t.row.number = version.number;
            t.row.title = version.title;
            t.row.credits = Money(0, version.fee.currency());
        }
        for (const QString &month : Kpi::monthsOf(it.key().second))
            t.months.insert(month);
        t.row.credits = Money(t.row.credits.minorUnits()
                                  + it->credits.value(version.fee.currency()),
                              t.row.credits.currency());
    }
    return totalled(byAgreement, [&](qint64 id) { return fee.value(id).fee; });
}

Result<QList<ValueCost>> ValueVsCost::fromPeriods(QSqlDatabase db, const KpiFilter &filter)
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
        for (const QString &month : Kpi::monthsOf(p.period))
            t.months.insert(month);
        t.row.credits = Money(t.row.credits.minorUnits() + p.credits.minorUnits(),
                              t.row.credits.currency());
    }
    return totalled(byAgreement, [&](qint64 id) { return fee->value(id).fee; });
}

} // namespace Accordo
