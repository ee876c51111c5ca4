#include "valuevscost.h"

#include "data/workspacemeta.h"
#include "kpi/kpicalculator.h"
#include "kpi/kpiperiods.h"
#include "kpi/kpireads.h"
#include "kpi/kpirecompute.h"
#include "reportdata/heldperiods.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>

#include <algorithm>
#include <functional>
#include <vector>

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

// Every agreement's fee, or those of `numbers` when it names any.
Result<QHash<qint64, FeeTerms>> fees(QSqlDatabase db, const QStringList &numbers = {})
{
    QHash<qint64, FeeTerms> result;
    auto rows =
        numbers.isEmpty()
            ? Sql::stream(db, SelectFees)
            : Sql::stream(
                db, SelectFees + u" WHERE number IN (%1)"_s.arg(Sql::placeholders(numbers.size())),
                QVariantList(numbers.cbegin(), numbers.cend()));
    if (!rows)
        return rows.error();
    while (rows->next())
        result.insert(rows->integer("id"),
                      {rows->text("number"), rows->text("title"), rows->integer("version"),
                       Money(rows->integer("price_minor"), rows->text("currency"))});
    if (!rows->errorText().isEmpty())
        return Error{rows->errorText()};
    return result;
}

bool isQuarter(const QString &period)
{
    return period.contains(u'Q');
}

struct Tally
{
    ValueCost row;
    QStringList months; // as its periods cover them, in any order and repeated
};

// Each agreement's row over the range: its months, the revenue of its fee over them, the ratio.
Result<QList<ValueCost>> totalled(const QList<Tally> &byAgreement,
                                  const std::function<Money(qint64)> &feeOf)
{
    QList<ValueCost> result;
    for (Tally t : byAgreement) {
        QStringList &months = t.months;
        months.sort();
        months.erase(std::unique(months.begin(), months.end()), months.end());
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
    std::vector<std::pair<QString, qint64>> credits; // per currency; mostly one

    void add(const Money &credit)
    {
        for (auto &[currency, minor] : credits) {
            if (currency == credit.currency()) {
                minor += credit.minorUnits();
                return;
            }
        }
        credits.emplace_back(credit.currency(), credit.minorUnits());
    }
    qint64 in(const QString &currency) const
    {
        for (const auto &[code, minor] : credits) {
            if (code == currency)
                return minor;
        }
        return 0;
    }
};

// Strings as their places in sorted order, so that integer keys sort as the strings do.
struct Ranks
{
    QStringList sorted;
    QHash<QString, int> rank;

    explicit Ranks(QStringList strings)
    {
        strings.sort();
        strings.erase(std::unique(strings.begin(), strings.end()), strings.end());
        sorted = std::move(strings);
        rank.reserve(sorted.size());
        for (int i = 0; i < sorted.size(); ++i)
            rank.insert(sorted.at(i), i);
    }
};

// The tallies of a range for every agreement with a fee, keyed by (number, period) as two
// ranks in one integer: over a million of them at portfolio scale, hashed and sorted without
// comparing strings.
class RangeTally
{
public:
    RangeTally(const QHash<qint64, FeeTerms> &fee, const Ranks &labels) : mFee(fee), mLabels(labels)
    {
        QStringList allNumbers;
        allNumbers.reserve(fee.size());
        for (const FeeTerms &f : fee)
            allNumbers.append(f.number);
        const Ranks numbers(std::move(allNumbers));
        mNumberOf.reserve(fee.size());
        for (auto it = fee.cbegin(); it != fee.cend(); ++it)
            mNumberOf.insert(it.key(), quint64(numbers.rank.value(it->number)));
    }

    bool counts(qint64 agreementId) const
    {
        const auto it = mFee.constFind(agreementId);
        return it != mFee.cend() && it->fee.minorUnits() > 0;
    }
    /// Counts a result of an agreement with a fee in the period of `label`.
    void add(qint64 agreementId, int label, const Money &credit)
    {
        const auto terms = mFee.constFind(agreementId);
        if (terms == mFee.cend() || terms->fee.minorUnits() <= 0)
            return;
        PeriodTally &t = mByPeriod[mNumberOf.value(agreementId) << LabelBits | quint64(label)];
        if (t.agreementId == 0 || terms->version < t.version) {
            t.agreementId = agreementId;
            t.version = terms->version;
        }
        // Most periods owe nothing: the period counts, its credit adds nothing.
        if (!credit.isZero())
            t.add(credit);
    }

    /// Per number, in the order of numbers: the months its periods cover, the credits of each
    /// period in the currency of the fee of the version that speaks for it; the first period's
    /// version is the row's.
    QList<Tally> byAgreement() const
    {
        std::vector<quint64> keys(mByPeriod.keyBegin(), mByPeriod.keyEnd());
        std::sort(keys.begin(), keys.end());
        std::vector<QStringList> monthsOfLabel;
        for (const QString &label : mLabels.sorted)
            monthsOfLabel.push_back(Kpi::monthsOf(label));
        QList<Tally> byAgreement;
        quint64 current = ~quint64(0);
        for (const quint64 key : keys) {
            const PeriodTally &period = mByPeriod[key];
            const FeeTerms &version = mFee.value(period.agreementId);
            if (key >> LabelBits != current) {
                current = key >> LabelBits;
                Tally t;
                t.row.agreementId = period.agreementId;
                t.row.number = version.number;
                t.row.title = version.title;
                t.row.credits = Money(0, version.fee.currency());
                byAgreement.append(std::move(t));
            }
            Tally &t = byAgreement.last();
            t.months += monthsOfLabel[key & ((quint64(1) << LabelBits) - 1)];
            t.row.credits = Money(t.row.credits.minorUnits() + period.in(version.fee.currency()),
                                  t.row.credits.currency());
        }
        return byAgreement;
    }

private:
    static constexpr int LabelBits = 16; // rangeLabels() gives fewer than 2^16 labels
    const QHash<qint64, FeeTerms> &mFee;
    const Ranks &mLabels;
    QHash<qint64, quint64> mNumberOf; // agreement -> its number's rank
    QHash<quint64, PeriodTally> mByPeriod;
};

// The labels of a range (Ranks' sorted list) as places, and whether the filter takes each:
// asked of millions of periods.
struct RangeLabels
{
    RangeLabels(const QStringList &sorted, const KpiFilter &filter) : place(sorted)
    {
        for (const QString &label : sorted)
            taken.push_back(Kpi::inMonths(filter, label));
    }
    // The label's place when the filter takes it, else -1.
    int of(const QString &period) const
    {
        const int at = place.of(period);
        return at >= 0 && taken[size_t(at)] ? at : -1;
    }

    PeriodLabels place;
    std::vector<bool> taken;
};

// The periods in force of the range in which nothing was measured, derived from `terms` as the
// KPI readers derive them, into `tally`: those `held` does not hold.
Result<void> tallyNothingMeasured(const Kpi::Recompute &terms, const KpiFilter &filter,
                                  const RangeLabels &labels, const HeldPeriods &held,
                                  RangeTally &tally)
{
    for (const Kpi::Work &w : terms.work()) {
        if (!tally.counts(w.agreementId))
            continue;
        int label = -1; // of the period accept() took last, which the result then names
        const QBitArray *heldOfTarget = held.of(w.targetId);
        const auto accept = [&](const QString &period) {
            const int found = labels.of(period);
            if (found < 0 || HeldPeriods::holds(heldOfTarget, found))
                return false;
            label = found;
            return true;
        };
        auto r = terms.noDataResults(w, filter, accept, [&](const Kpi::NoDataResult &n) {
            tally.add(w.agreementId, label, n.credit);
        });
        if (!r)
            return r.error();
    }
    return {};
}

} // namespace

Result<QList<ValueCost>> ValueVsCost::agreements(QSqlDatabase db, const KpiFilter &filter,
                                                 const Kpi::Recompute *terms,
                                                 const QStringList &numbers)
{
    // One agreement's rows are few: periods() reads them as the KPI readers give them.
    if (!filter.agreementNumber.isEmpty() || filter.fromMonth.isEmpty() || filter.toMonth.isEmpty())
        return fromPeriods(db, filter);
    auto read = fees(db, numbers);
    if (!read)
        return read.error();
    const QHash<qint64, FeeTerms> &fee = *read;
    const QStringList rangeLabelList = rangeLabels(filter.fromMonth, filter.toMonth);
    const Ranks labels(rangeLabelList);
    const RangeLabels taken(labels.sorted, filter);
    RangeTally tally(fee, labels);
    // The rows stored in the range.
    QStringList marks(rangeLabelList.size(), u"?"_s);
    QString storedSql = SelectStoredCredits + u" WHERE period IN (%1)"_s.arg(marks.join(u", "_s));
    // Some agreements' rows are read through their index: the versions whose fees were read.
    QVariantList ids;
    QString ofAgreements;
    if (!numbers.isEmpty()) {
        for (auto it = fee.cbegin(); it != fee.cend(); ++it)
            ids.append(it.key());
        if (ids.isEmpty())
            return QList<ValueCost>();
        ofAgreements = u" IN (%1)"_s.arg(Sql::placeholders(ids.size()));
        storedSql += u" AND agreement_id"_s + ofAgreements;
    }
    auto stored = Sql::stream(db, storedSql,
                              QVariantList(rangeLabelList.cbegin(), rangeLabelList.cend()) + ids);
    if (!stored)
        return stored.error();
    HeldPeriods held(labels.sorted.size());
    while (stored->next()) {
        const int label = taken.of(stored->sharedText("period"));
        if (label < 0)
            continue;
        held.insert(stored->integer("target_id"), label);
        const qint64 credit = stored->integer("credit_minor");
        tally.add(stored->integer("agreement_id"), label,
                  credit != 0 ? Money(credit, stored->sharedText("currency")) : Money());
    }
    if (!stored->errorText().isEmpty())
        return Error{stored->errorText()};
    // The periods in force in which nothing was measured, derived as the KPI readers do.
    bool computed = false;
    KpiOptions options;
    options.asOf = WorkspaceMeta::value(db, u"kpi_as_of"_s).toLongLong(&computed);
    std::optional<Kpi::Recompute> loaded;
    if (computed && !terms) {
        loaded.emplace(db, options);
        const QString condition = ofAgreements.isEmpty() ? QString()
                                                         : u" AND t.agreement_id"_s + ofAgreements;
        if (auto r = loaded->loadTermsWhere(condition, ids); !r)
            return r.error();
        terms = &*loaded;
    }
    if (computed) {
        if (auto r = tallyNothingMeasured(*terms, filter, taken, held, tally); !r)
            return r.error();
    }
    return totalled(tally.byAgreement(), [&](qint64 id) { return fee.value(id).fee; });
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
        t.months += Kpi::monthsOf(p.period);
        t.row.credits = Money(t.row.credits.minorUnits() + p.credits.minorUnits(),
                              t.row.credits.currency());
    }
    return totalled(byAgreement.values(), [&](qint64 id) { return fee->value(id).fee; });
}

} // namespace Accordo
