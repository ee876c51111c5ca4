#include "actionproposal.h"

#include "domain/enums.h"
#include "domain/targetvalue.h"
#include "storage/sqlquery.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The results of the agreement's targets that cover an instant, worst first.
const auto SelectWorstResult = uR"(SELECT k.target_id, k.period, k.status, k.achieved_milli,
                                   s.code, t.metric, t.priority, t.custom_name
                            FROM kpi_periods k JOIN targets t ON t.id = k.target_id
                            JOIN services s ON s.id = t.service_id
                            WHERE k.agreement_id = ? AND k.status IN ('breached', 'at_risk')
                              AND k.period_start <= ? AND k.period_end > ?
                            ORDER BY CASE k.status WHEN 'breached' THEN 0 ELSE 1 END,
                                     coalesce(k.achieved_milli, 0), t.position, t.id)"_s;

} // namespace

Result<ImprovementAction> ActionProposal::forMonth(QSqlDatabase db, qint64 agreementId,
                                                   const QString &month,
                                                   const QString &fallbackSource)
{
    const QDate first = QDate::fromString(month + u"-01"_s, u"yyyy-MM-dd"_s);
    if (!first.isValid())
        return Error{tr("\"%1\" is not a month (expected YYYY-MM)").arg(month)};
    ImprovementAction action;
    action.agreementId = agreementId;
    action.source = fallbackSource;
    action.period = month;
    // Mid-month, so that a period bounded in another time zone than UTC still covers it.
    const qint64 middle =
        QDateTime(first.addDays(14), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
    auto rows = Sql::select(db, SelectWorstResult, {agreementId, middle, middle});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return action;
    const QString status = rows->text("status");
    action.targetId = rows->integer("target_id");
    action.period = rows->text("period");
    action.source = status == u"breached"_s ? u"breach"_s : u"at_risk"_s;
    const auto metric = Enums::fromKey<Metric>(rows->text("metric"));
    const QString measure = metric == Metric::Custom || !metric
                                ? rows->text("custom_name")
                                : Enums::displayName(*metric).toLower();
    const QString target =
        QStringList{rows->text("code"), measure, rows->text("priority")}.join(u' ').trimmed();
    const QString verdict = status == u"breached"_s ? tr("breached") : tr("at risk");
    if (rows->isNull("achieved_milli")) {
        action.finding = tr("%1: %2 in %3").arg(target, verdict, action.period);
    } else {
        action.finding = tr("%1: %2 in %3, %4 %")
                             .arg(target, verdict, action.period,
                                  TargetValue::formatMilli(rows->integer("achieved_milli")));
    }
    return action;
}

} // namespace Accordo
