#include "demometrics.h"

#include "data/metricstore.h"
#include "data/workspace.h"
#include "storage/sqlquery.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString InsertObservation = uR"(
    INSERT INTO observations (metric, customer, service, region, reference, observed_at, period,
                              value_milli, successes, attempts)
    VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?))"_s;

const QDate kFirstMonth(2025, 11, 1);
constexpr int kMonths = 12; // up to October 2026, the demo's "now"
constexpr qint64 kJobsPerNight = 40;

QVariant none()
{
    return QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QString DemoMetrics::backupMetric()
{
    return u"Backup success rate"_s;
}

QString DemoMetrics::deliveryMetric()
{
    return u"Equipment delivery time"_s;
}

QString DemoMetrics::customer()
{
    return u"Marina Bay Hotels"_s;
}

QString DemoMetrics::breachedMonth()
{
    return u"2026-03"_s;
}

void DemoMetrics::addTargets(Agreement &agreement, qint64 backupServiceId,
                             qint64 equipmentServiceId)
{
    if (!agreement.serviceIds.contains(equipmentServiceId))
        agreement.serviceIds.append(equipmentServiceId);
    // Both targets measure a custom metric against a goal of 100 %.
    const auto custom = [](qint64 serviceId, const QString &name, const QString &unit,
                           qint64 threshold) {
        Target target;
        target.serviceId = serviceId;
        target.metric = Metric::Custom;
        target.customName = name;
        target.customUnit = unit;
        target.threshold = threshold;
        target.goalMilli = 100000;
        return target;
    };
    Target backups = custom(backupServiceId, backupMetric(), u"%"_s, 99000);
    backups.creditTiers = {{99000, 500}, {97000, 1000}};
    backups.creditCapHundredths = 1500;
    agreement.targets.append(backups);
    agreement.targets.append(
        custom(equipmentServiceId, deliveryMetric(), u"business days"_s, 5000));
}

Result<void> DemoMetrics::generate(Workspace &workspace)
{
    MetricStore store(workspace);
    MetricDefinition rate{0,
                          backupMetric(),
                          u"%"_s,
                          MetricAggregation::Rate,
                          MetricDirection::HigherIsBetter,
                          tr("Nightly backup jobs that completed, out of those scheduled."),
                          0};
    MetricDefinition delivery{0,
                              deliveryMetric(),
                              u"business days"_s,
                              MetricAggregation::Mean,
                              MetricDirection::LowerIsBetter,
                              tr("Business days from the order to the delivery of new "
                                 "equipment, as the procurement system reports them."),
                              0};
    for (const MetricDefinition &d : {rate, delivery}) {
        if (auto r = store.insert(d); !r)
            return r.error();
    }
    QSqlDatabase db = workspace.connection();
    // One count per month of the nightly jobs: a handful fail, and in March a storage fault
    // fails whole nights of them.
    for (int m = 0; m < kMonths; ++m) {
        const QDate month = kFirstMonth.addMonths(m);
        const QString period = month.toString(u"yyyy-MM"_s);
        const qint64 attempts = kJobsPerNight * month.daysInMonth();
        const qint64 failures = period == breachedMonth() ? 38 : 2 + (m * 5) % 7;
        if (auto r = Sql::exec(db, InsertObservation,
                               {backupMetric(), customer(), u"BACKUP"_s, QString(), none(), period,
                                none(), attempts - failures, attempts});
            !r)
            return r.error();
        // Four to seven deliveries a month, each in business days to the half day, slower
        // before Christmas but within the five days on average.
        const int deliveries = 4 + (m * 3) % 4;
        for (int d = 0; d < deliveries; ++d) {
            const qint64 halfDays = 5 + (m * 7 + d * 3) % 6 + (month.month() == 12 ? 2 : 0);
            const QDateTime at(month.addDays(2 + d * 4), QTime(10, 0), QTimeZone::utc());
            if (auto r = Sql::exec(db, InsertObservation,
                                   {deliveryMetric(), customer(), u"EQUIP-PURCH"_s,
                                    u"PO-%1-%2"_s.arg(period).arg(d + 1), at.toSecsSinceEpoch(),
                                    QString(), halfDays * 500, none(), none()});
                !r)
                return r.error();
        }
    }
    return {};
}

} // namespace Accordo
