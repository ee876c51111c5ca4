#include "servicereportdata.h"

#include "lifecycle/agreementworkflow.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr auto AgreementSql = R"(SELECT a.id, a.number, a.version, a.title, a.kind, a.level,
        a.status, p.name, p.kind, COALESCE(r.name, ''), p.contact, a.start_date,
        COALESCE(a.end_date, ''), a.review_months, a.notice_days, a.price_minor, a.currency
    FROM agreements a JOIN parties p ON p.id = a.party_id
    LEFT JOIN regions r ON r.id = p.region_id
    WHERE a.number = ?
    ORDER BY CASE a.status WHEN 'active' THEN 0 ELSE 1 END, a.version DESC LIMIT 1)";

constexpr auto ResultsSql = R"(SELECT k.target_id, s.code, s.name, k.metric, t.priority,
        k.period, k.closed, k.tickets, k.met, k.breached, k.pending, k.achieved_milli,
        k.goal_milli, k.status, k.error_budget, k.agreed_seconds, k.downtime_seconds,
        k.outages, k.mttr_seconds, k.answers, k.csat_milli, k.credit_hundredths,
        k.credit_minor, k.currency, k.period_start, k.period_end
    FROM kpi_periods k JOIN targets t ON t.id = k.target_id
    JOIN services s ON s.id = t.service_id
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

std::optional<qint64> optional(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

Result<QSqlQuery> select(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error{q.lastError().text()};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error{q.lastError().text()};
    return q;
}

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

} // namespace

bool ServiceReportData::isPeriod(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$"_s);
    return pattern.match(text).hasMatch();
}

Result<ServiceReportData> ServiceReportData::load(QSqlDatabase db, const QString &number,
                                                  const QString &period, const QDate &today)
{
    if (!isPeriod(period))
        return Error{tr("\"%1\" is not a period: write a month (2026-10) or a quarter (2026-Q4)")
                         .arg(period)};
    ServiceReportData d;
    d.period = period;
    auto q = select(db, QString::fromLatin1(AgreementSql), {number});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("there is no agreement numbered %1").arg(number)};
    d.agreementId = q->value(0).toLongLong();
    d.number = q->value(1).toString();
    d.version = q->value(2).toInt();
    d.title = q->value(3).toString();
    d.kind = q->value(4).toString();
    d.level = q->value(5).toString();
    d.agreementStatus = q->value(6).toString();
    d.party = q->value(7).toString();
    d.partyKind = q->value(8).toString();
    d.region = q->value(9).toString();
    d.contact = q->value(10).toString();
    d.startDate = QDate::fromString(q->value(11).toString(), Qt::ISODate);
    d.endDate = QDate::fromString(q->value(12).toString(), Qt::ISODate);
    const int reviewMonths = q->value(13).toInt();
    const int noticeDays = q->value(14).toInt();
    d.monthlyFee = Money(q->value(15).toLongLong(), q->value(16).toString());
    d.creditTotal = Money(0, d.monthlyFee.currency());

    if (auto s = select(db,
                        u"SELECT s.name FROM agreement_services x JOIN services s "
                        "ON s.id = x.service_id WHERE x.agreement_id = ? ORDER BY s.name"_s,
                        {d.agreementId})) {
        while (s->next())
            d.services.append(s->value(0).toString());
    }
    if (auto s = select(db,
                        u"SELECT name, title, side FROM signatories WHERE agreement_id = ? "
                        "ORDER BY position"_s,
                        {d.agreementId})) {
        while (s->next()) {
            const QString side = s->value(2).toString() == u"provider"_s ? tr("provider")
                                                                         : tr("customer");
            d.signatories.append(
                s->value(1).toString().isEmpty()
                    ? tr("%1 (%2)").arg(s->value(0).toString(), side)
                    : tr("%1, %2 (%3)").arg(s->value(0).toString(), s->value(1).toString(), side));
        }
    }

    const QStringList covered = coveredPeriods(period);
    q = select(db, QString::fromLatin1(ResultsSql), {d.agreementId});
    if (!q)
        return q.error();
    QHash<qint64, QList<TargetResult>> historyByTarget;
    QList<qint64> targetOrder;
    while (q->next()) {
        TargetResult r;
        r.targetId = q->value(0).toLongLong();
        r.service = q->value(1).toString();
        r.serviceName = q->value(2).toString();
        r.metric = q->value(3).toString();
        r.priority = q->value(4).toString();
        r.period = q->value(5).toString();
        r.closed = q->value(6).toInt() != 0;
        r.tickets = q->value(7).toLongLong();
        r.met = q->value(8).toLongLong();
        r.breached = q->value(9).toLongLong();
        r.pending = q->value(10).toLongLong();
        r.achievedMilli = optional(q->value(11));
        r.goalMilli = q->value(12).toLongLong();
        r.status = q->value(13).toString();
        r.errorBudget = optional(q->value(14));
        r.agreedSeconds = optional(q->value(15));
        r.downtimeSeconds = optional(q->value(16));
        r.outages = optional(q->value(17));
        r.mttrSeconds = optional(q->value(18));
        r.answers = optional(q->value(19));
        r.csatMilli = optional(q->value(20));
        r.creditHundredths = q->value(21).toLongLong();
        r.credit = Money(q->value(22).toLongLong(), q->value(23).toString());
        const qint64 start = q->value(24).toLongLong();
        const qint64 end = q->value(25).toLongLong();
        if (!targetOrder.contains(r.targetId))
            targetOrder.append(r.targetId);
        if (covered.contains(r.period)) {
            d.results.append(r);
            if (d.periodStart == 0 || start < d.periodStart)
                d.periodStart = start;
            d.periodEnd = std::max(d.periodEnd, end);
            if (r.breached > 0) {
                auto b = select(db, QString::fromLatin1(BreachesSql), {r.targetId, start, end});
                if (!b)
                    return b.error();
                while (b->next()) {
                    ++d.breachCount;
                    if (d.breaches.size() < 200)
                        d.breaches.append({b->value(0).toString(), r.service, r.metric, r.priority,
                                           b->value(1).toLongLong(), optional(b->value(2)),
                                           b->value(3).toLongLong()});
                }
            }
            d.creditTotal = Money(d.creditTotal.minorUnits() + r.credit.minorUnits(),
                                  d.creditTotal.currency());
        }
        if (lastMonth(r.period) <= lastMonth(period))
            historyByTarget[r.targetId].append(r);
    }
    for (qint64 id : targetOrder) {
        const QList<TargetResult> h = historyByTarget.value(id);
        d.history += h.mid(std::max<qsizetype>(0, h.size() - 12));
    }

    if (d.periodStart == 0) {
        // No stored results: the UTC bounds of the period, so that outages can still be listed.
        const QString first = period.at(5) == u'Q' ? coveredPeriods(period).at(1) : period;
        const QDate from = QDate::fromString(first + u"-01"_s, u"yyyy-MM-dd"_s);
        const QDate to = from.addMonths(period.at(5) == u'Q' ? 3 : 1);
        d.periodStart = from.startOfDay(Qt::UTC).toSecsSinceEpoch();
        d.periodEnd = to.startOfDay(Qt::UTC).toSecsSinceEpoch();
    }

    q = select(db, QString::fromLatin1(OutagesSql),
               {d.periodEnd, d.periodStart, d.party, d.agreementId, d.agreementId});
    if (!q)
        return q.error();
    while (q->next())
        d.outages.append({q->value(0).toString(), q->value(1).toLongLong(), optional(q->value(2)),
                          q->value(3).toInt() != 0});

    QStringList months;
    for (const QString &p : covered)
        if (p.at(5) != u'Q')
            months.append(p);
    q = select(
        db,
        u"SELECT SUM(s.answers), SUM(s.csat_milli * s.answers) FROM kpi_satisfaction s "
        "JOIN agreements a ON a.party_id = s.party_id WHERE a.id = ? AND s.period IN (?, ?, ?)"_s,
        {d.agreementId, months.value(0), months.value(1, months.value(0)),
         months.value(2, months.value(0))});
    if (q && q->next() && q->value(0).toLongLong() > 0) {
        d.csatAnswers = q->value(0).toLongLong();
        d.csatMilli = q->value(1).toLongLong() / d.csatAnswers;
    }
    q = select(db,
               u"SELECT COUNT(*) FROM kpi_watermelons WHERE agreement_id = ? "
               "AND period IN (?, ?, ?)"_s,
               {d.agreementId, months.value(0), months.value(1, months.value(0)),
                months.value(2, months.value(0))});
    d.watermelon = q && q->next() && q->value(0).toLongLong() > 0;

    if (d.agreementStatus == u"active"_s) {
        Agreement a;
        a.startDate = d.startDate;
        a.endDate = d.endDate;
        a.reviewMonths = reviewMonths;
        d.nextReview = AgreementWorkflow::nextReview(a, today);
        if (d.endDate.isValid())
            d.noticeDeadline = d.endDate.addDays(-noticeDays);
    }
    return d;
}

} // namespace Accordo
