#include "valuesection.h"

#include "report/reportcanvas.h"
#include "report/reportformat.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Accordo {

QList<ValueCost> ValueSection::shown(const DashboardReading &reading)
{
    // A portfolio's hundred thousand rows: ids looked up in a sorted vector, and places sorted
    // instead of the rows themselves.
    std::vector<qint64> shown;
    shown.reserve(size_t(reading.snapshot.agreements.size()));
    for (const AgreementStanding &a : reading.snapshot.agreements)
        shown.push_back(a.agreementId);
    std::sort(shown.begin(), shown.end());
    std::vector<qsizetype> kept;
    kept.reserve(size_t(reading.value.size()));
    for (qsizetype i = 0; i < reading.value.size(); ++i) {
        if (std::binary_search(shown.cbegin(), shown.cend(), reading.value.at(i).agreementId))
            kept.push_back(i);
    }
    std::stable_sort(kept.begin(), kept.end(), [&reading](qsizetype l, qsizetype r) {
        return reading.value.at(l).ratioMilli.value_or(-1)
               > reading.value.at(r).ratioMilli.value_or(-1);
    });
    QList<ValueCost> rows;
    rows.reserve(qsizetype(kept.size()));
    for (const qsizetype i : kept)
        rows.append(reading.value.at(i));
    return rows;
}

QList<ValueCost> ValueSection::totals(const QList<ValueCost> &rows)
{
    QMap<QString, ValueCost> byCurrency;
    for (const ValueCost &v : rows) {
        const QString currency = v.revenue.currency();
        ValueCost &t = byCurrency[currency];
        t.period = currency;
        t.revenue = Money(t.revenue.minorUnits() + v.revenue.minorUnits(), currency);
        t.credits = Money(t.credits.minorUnits() + v.credits.minorUnits(), currency);
    }
    QList<ValueCost> result;
    for (ValueCost t : std::as_const(byCurrency)) {
        t.ratioMilli = ValueVsCost::ratioMilli(t.credits, t.revenue);
        result.append(t);
    }
    return result;
}

QString ValueSection::ratioText(const QList<ValueCost> &totals, const ReportFormat &format)
{
    return ratioParts(totals, format).join(u" · "_s);
}

QStringList ValueSection::ratioParts(const QList<ValueCost> &totals, const ReportFormat &format)
{
    if (totals.isEmpty())
        return {u"–"_s};
    if (totals.size() == 1)
        return {format.percent(totals.first().ratioMilli, 2)};
    QStringList parts;
    for (const ValueCost &t : totals)
        parts.append(t.revenue.currency() + QChar(0x00A0) + format.percent(t.ratioMilli, 2));
    return parts;
}

void ValueSection::draw(ReportCanvas &c, const QList<ValueCost> &rows, const ReportFormat &f,
                        qsizetype listed)
{
    if (listed < 0 || listed > rows.size())
        listed = rows.size();
    const QLocale &locale = f.locale();
    c.heading(tr("Value against cost"));
    const QList<ValueCost> sums = totals(rows);
    QStringList perCurrency;
    for (const ValueCost &t : sums)
        perCurrency.append(tr("%1 of revenue, %2 of credits (%3)")
                               .arg(t.revenue.toDisplayString(locale),
                                    t.credits.toDisplayString(locale), f.percent(t.ratioMilli, 2)));
    QString intro = tr("Revenue is the monthly fee (the price breakdown's total where there is "
                       "one) over the months measured; credits are the service credits owed in "
                       "them. Highest share first.")
                    + (perCurrency.isEmpty() ? QString() : u" "_s + perCurrency.join(u"; "_s));
    if (listed < rows.size())
        intro += u' '
                 + tr("The %1 highest of %n agreement(s) are listed.", nullptr, int(rows.size()))
                       .arg(locale.toString(listed));
    c.paragraph(intro, 8, false, QColor(0x61, 0x61, 0x61));
    const QList<ReportCanvas::Column> columns{{tr("Agreement"), 1.65},
                                              {tr("Title"), 3.0},
                                              {tr("Months"), 0.9, Qt::AlignRight},
                                              {tr("Revenue"), 1.7, Qt::AlignRight},
                                              {tr("Credits"), 1.5, Qt::AlignRight},
                                              {tr("Credits / revenue"), 1.4, Qt::AlignRight}};
    QList<ReportCanvas::Row> table;
    for (const ValueCost &v : rows.first(listed)) {
        const bool costly = v.ratioMilli && *v.ratioMilli >= 5000;
        table.append({{v.number, {}, {}, true},
                      {v.title},
                      {locale.toString(v.months)},
                      {v.revenue.toDisplayString(locale)},
                      {v.credits.isZero() ? QString() : v.credits.toDisplayString(locale)},
                      {f.percent(v.ratioMilli, 2),
                       costly ? ReportCanvas::statusColour(u"breached"_s) : QColor(),
                       costly ? QColor(Qt::white) : QColor(), costly}});
    }
    c.table(columns, table);
}

} // namespace Accordo
