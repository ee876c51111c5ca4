#include "servicereportdata.h"

#include "kpi/kpinodata.h"
#include "kpi/kpireads.h"
#include "lifecycle/agreementworkflow.h"
#include "reportdata/dashboarddata.h"
#include "storage/rowfields.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr auto AgreementSql = R"(SELECT a.id, a.number, a.version, a.title, a.kind, a.level,
        a.status, p.name AS party, p.kind AS party_kind, COALESCE(r.name, '') AS region,
        p.contact, a.start_date, COALESCE(a.end_date, '') AS end_date, a.review_months,
        a.notice_days, a.price_minor, a.currency
    FROM agreements a JOIN parties p ON p.id = a.party_id
    LEFT JOIN regions r ON r.id = p.region_id
    WHERE a.number = ?
    ORDER BY CASE a.status WHEN 'active' THEN 0 ELSE 1 END, a.version DESC LIMIT 1)";

constexpr auto ServicesSql = R"(SELECT s.name FROM agreement_services x
    JOIN services s ON s.id = x.service_id WHERE x.agreement_id = ? ORDER BY s.name)";

constexpr auto SignatoriesSql = R"(SELECT name, title, side FROM signatories
    WHERE agreement_id = ? ORDER BY position)";

constexpr auto ResultsSql = R"(SELECT k.target_id, s.code AS service, s.name AS service_name,
        k.metric, t.priority, k.period, k.closed, k.tickets, k.met, k.breached, k.pending,
        k.achieved_milli, k.goal_milli, k.status, k.error_budget, k.agreed_seconds,
        k.downtime_seconds, k.outages, k.mttr_seconds, k.answers, k.csat_milli,
        k.credit_hundredths, k.credit_minor, k.currency, k.period_start, k.period_end,
        t.custom_name, coalesce(m.unit, t.custom_unit) AS custom_unit, m.better
    FROM %1 k JOIN targets t ON t.id = k.target_id
    JOIN services s ON s.id = t.service_id
    LEFT JOIN metric_definitions m ON t.metric = 'custom' AND m.name = t.custom_name
    WHERE k.agreement_id = ?
    ORDER BY t.position, t.id, k.period_start)";

constexpr auto BreachesSql = R"(SELECT tk.number, tk.opened_at, r.due_at, r.elapsed
    FROM ticket_results r JOIN tickets tk ON tk.id = r.ticket_id
    WHERE r.target_id = ? AND r.verdict = 'breached' AND tk.opened_at >= ? AND tk.opened_at < ?
    ORDER BY tk.opened_at, tk.number)";

constexpr auto OutagesSql = R"(SELECT o.service, o.start_at, o.end_at, o.planned FROM outages o
    WHERE o.start_at < ? AND (o.end_at IS NULL OR o.end_at > ?)
      AND (o.customer = '' OR o.customer = ?)
      AND o.service IN (SELECT s.code FROM agreement_services x JOIN services s
                        ON s.id = x.service_id WHERE x.agreement_id = ?
                        UNION SELECT s.name FROM agreement_services x JOIN services s
                        ON s.id = x.service_id WHERE x.agreement_id = ?)
    ORDER BY o.start_at)";

// The customer's satisfaction in up to three months: answers, and scores weighted by them.
constexpr auto SatisfactionSql = R"(SELECT SUM(s.answers) AS answers,
        SUM(s.csat_milli * s.answers) AS weighted FROM kpi_satisfaction s
    JOIN agreements a ON a.party_id = s.party_id WHERE a.id = ? AND s.period IN (?, ?, ?))";

constexpr auto WatermelonsSql = R"(SELECT COUNT(*) AS n FROM kpi_watermelons
    WHERE agreement_id = ? AND period IN (?, ?, ?))";

// The months with KPIs (stored, or derived as "no data": kpinodata.h), latest first; quarters are reached through their months.
constexpr auto PeriodsSql = R"(SELECT DISTINCT period FROM %1 k WHERE agreement_id = ?
    AND period NOT LIKE '%Q%' ORDER BY period DESC)";

constexpr qsizetype MaxBreaches = 200;
constexpr qsizetype HistoryLength = 12;

// The agreement's terms that only decide dates, not shown themselves.
struct Terms
{
    int reviewMonths = 0;
    int noticeDays = 0;
};

// The stored labels a report period covers: a month and its quarter, or a quarter and its
// three months.
QStringList coveredPeriods(const QString &period)
{
    if (period.at(5) == u'Q') {
        const int quarter = period.mid(6, 1).toInt();
        QStringList labels{period};
        for (int m = quarter * 3 - 2; m <= quarter * 3; ++m)
            labels.append(period.left(5) + QString::number(m).rightJustified(2, u'0'));
        return labels;
    }
    const int month = period.mid(5, 2).toInt();
    return {period, period.left(5) + u'Q' + QString::number((month + 2) / 3)};
}

// The month a period ends in: a month itself, or the last month of a quarter.
QString lastMonth(const QString &period)
{
    if (period.size() < 7 || period.at(5) != u'Q')
        return period;
    return period.left(5) + QString::number(period.mid(6, 1).toInt() * 3).rightJustified(2, u'0');
}

Result<Terms> readAgreement(QSqlDatabase db, const QString &number, ServiceReportData &d)
{
    auto terms = Sql::one(
        db, QString::fromLatin1(AgreementSql), {number},
        [&d](const Sql::Rows &r) {
            using D = ServiceReportData;
            Sql::readFields(r, d, "id", &D::agreementId, "number", &D::number, "version",
                            &D::version, "title", &D::title, "kind", &D::kind, "level", &D::level,
                            "status", &D::agreementStatus, "party", &D::party, "party_kind",
                            &D::partyKind, "region", &D::region, "contact", &D::contact,
                            "start_date", &D::startDate, "end_date", &D::endDate);
            d.monthlyFee = Money(r.integer("price_minor"), r.text("currency"));
            return Terms{r.number("review_months"), r.number("notice_days")};
        },
        ServiceReportData::tr("there is no agreement numbered %1").arg(number));
    if (!terms)
        return terms.error();
    d.creditTotal = Money(0, d.monthlyFee.currency());
    return terms;
}

Result<void> readParties(QSqlDatabase db, ServiceReportData &d)
{
    auto services = Sql::list(db, QString::fromLatin1(ServicesSql), {d.agreementId},
                              [](const Sql::Rows &r) { return r.text("name"); });
    if (!services)
        return services.error();
    d.services = *services;
    auto signatories = Sql::list(
        db, QString::fromLatin1(SignatoriesSql), {d.agreementId}, [](const Sql::Rows &r) {
            const QString side = r.text("side") == u"provider"_s
                                     ? ServiceReportData::tr("provider")
                                     : ServiceReportData::tr("customer");
            return r.text("title").isEmpty()
                       ? ServiceReportData::tr("%1 (%2)").arg(r.text("name"), side)
                       : ServiceReportData::tr("%1, %2 (%3)")
                             .arg(r.text("name"), r.text("title"), side);
        });
    if (!signatories)
        return signatories.error();
    d.signatories = *signatories;
    return {};
}

TargetResult targetResult(const Sql::Rows &r)
{
    TargetResult t;
    Sql::readFields(r, t, "target_id", &TargetResult::targetId, "service", &TargetResult::service,
                    "service_name", &TargetResult::serviceName, "metric", &TargetResult::metric,
                    "priority", &TargetResult::priority, "period", &TargetResult::period,
                    "custom_name", &TargetResult::customName, "custom_unit",
                    &TargetResult::customUnit);
    Kpi::readMeasures(r, t);
    t.lowerIsBetter = r.text("better") == u"lower"_s;
    return t;
}

// The tickets that breached a target between two instants: all are counted, the first
// MaxBreaches listed.
Result<void> readBreaches(QSqlDatabase db, const TargetResult &t, qint64 start, qint64 end,
                          ServiceReportData &d)
{
    auto rows = Sql::select(db, QString::fromLatin1(BreachesSql), {t.targetId, start, end});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        ++d.breachCount;
        if (d.breaches.size() < MaxBreaches)
            d.breaches.append({rows->text("number"), t.service, t.metric, t.priority,
                               rows->integer("opened_at"), rows->optionalInteger("due_at"),
                               rows->integer("elapsed")});
    }
    return {};
}

// The period's results with their breaches and credits, and up to HistoryLength periods of
// each target up to the period's last month, oldest first.
Result<void> readResults(QSqlDatabase db, ServiceReportData &d)
{
    const QStringList covered = coveredPeriods(d.period);
    Kpi::NoDataScope scope;
    scope.agreementId = d.agreementId;
    if (auto r = Kpi::prepareResults(db, scope); !r)
        return r.error();
    auto rows = Sql::select(db, QString::fromLatin1(ResultsSql).arg(Kpi::resultsTable()),
                            {d.agreementId});
    if (!rows)
        return rows.error();
    QHash<qint64, QList<TargetResult>> historyByTarget;
    QList<qint64> targetOrder;
    while (rows->next()) {
        const TargetResult r = targetResult(*rows);
        const qint64 start = rows->integer("period_start");
        const qint64 end = rows->integer("period_end");
        if (!targetOrder.contains(r.targetId))
            targetOrder.append(r.targetId);
        if (covered.contains(r.period)) {
            d.results.append(r);
            if (d.periodStart == 0 || start < d.periodStart)
                d.periodStart = start;
            d.periodEnd = std::max(d.periodEnd, end);
            if (r.breached > 0) {
                if (auto read = readBreaches(db, r, start, end, d); !read)
                    return read;
            }
            d.creditTotal = Money(d.creditTotal.minorUnits() + r.credit.minorUnits(),
                                  d.creditTotal.currency());
        }
        if (lastMonth(r.period) <= lastMonth(d.period))
            historyByTarget[r.targetId].append(r);
    }
    for (qint64 id : targetOrder) {
        const QList<TargetResult> h = historyByTarget.value(id);
        d.history += h.mid(std::max<qsizetype>(0, h.size() - HistoryLength));
    }
    return {};
}

Result<void> readOutages(QSqlDatabase db, ServiceReportData &d)
{
    if (d.periodStart == 0) {
        // No stored results: the UTC bounds of the period, so that outages can still be listed.
        const QString first = d.period.at(5) == u'Q' ? coveredPeriods(d.period).at(1) : d.period;
        const QDate from = QDate::fromString(first + u"-01"_s, u"yyyy-MM-dd"_s);
        const QDate to = from.addMonths(d.period.at(5) == u'Q' ? 3 : 1);
        d.periodStart = from.startOfDay(Qt::UTC).toSecsSinceEpoch();
        d.periodEnd = to.startOfDay(Qt::UTC).toSecsSinceEpoch();
    }
    auto outages = Sql::list(db, QString::fromLatin1(OutagesSql),
                             {d.periodEnd, d.periodStart, d.party, d.agreementId, d.agreementId},
                             [](const Sql::Rows &r) {
                                 return ReportOutage{r.text("service"), r.integer("start_at"),
                                                     r.optionalInteger("end_at"),
                                                     r.flag("planned")};
                             });
    if (!outages)
        return outages.error();
    d.outages = *outages;
    return {};
}

// The customer's satisfaction and the watermelon flag of the period's months.
Result<void> readMonthly(QSqlDatabase db, ServiceReportData &d)
{
    QStringList months;
    for (const QString &p : coveredPeriods(d.period))
        if (p.at(5) != u'Q')
            months.append(p);
    // Three months to bind: a month's report binds its month three times.
    while (months.size() < 3)
        months.append(months.first());
    const QVariantList values{d.agreementId, months.at(0), months.at(1), months.at(2)};
    auto csat = Sql::select(db, QString::fromLatin1(SatisfactionSql), values);
    if (!csat)
        return csat.error();
    if (csat->next() && csat->integer("answers") > 0) {
        d.csatAnswers = csat->integer("answers");
        d.csatMilli = csat->integer("weighted") / d.csatAnswers;
    }
    auto watermelons = Sql::scalar(db, QString::fromLatin1(WatermelonsSql), values);
    if (!watermelons)
        return watermelons.error();
    d.watermelon = watermelons->toLongLong() > 0;
    return {};
}

} // namespace

bool ServiceReportData::isPeriod(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$"_s);
    return pattern.match(text).hasMatch();
}

Result<QStringList> ServiceReportData::periods(QSqlDatabase db, qint64 agreementId)
{
    Kpi::NoDataScope scope;
    scope.agreementId = agreementId;
    if (auto r = Kpi::prepareResults(db, scope); !r)
        return r.error();
    return Sql::list(db, QString::fromLatin1(PeriodsSql).arg(Kpi::resultsTable()), {agreementId},
                     [](const Sql::Rows &r) { return r.text("period"); });
}

Result<ServiceReportData> ServiceReportData::load(QSqlDatabase db, const QString &number,
                                                  const QString &period, const QDate &today)
{
    if (!isPeriod(period))
        return Error{tr("\"%1\" is not a period: write a month (2026-10) or a quarter (2026-Q4)")
                         .arg(period)};
    ServiceReportData d;
    d.period = period;
    auto terms = readAgreement(db, number, d);
    if (!terms)
        return terms.error();
    for (auto read : {readParties, readResults, readOutages, readMonthly}) {
        if (auto r = read(db, d); !r)
            return r.error();
    }
    auto asOf = DashboardData::lastMeasurement(db);
    if (!asOf)
        return asOf.error();
    d.dataAsOf = *asOf;
    if (d.agreementStatus == u"active"_s) {
        Agreement a;
        a.startDate = d.startDate;
        a.endDate = d.endDate;
        a.reviewMonths = terms->reviewMonths;
        d.nextReview = AgreementWorkflow::nextReview(a, today);
        if (d.endDate.isValid())
            d.noticeDeadline = d.endDate.addDays(-terms->noticeDays);
    }
    return d;
}

} // namespace Accordo
