#include "targetsmodel.h"

#include "domain/targetvalue.h"
#include "widgets/localetext.h"

using namespace Qt::StringLiterals;

namespace Accordo {

TargetsModel::TargetsModel(QObject *parent) : RowTableModel(parent) {}

void TargetsModel::setNames(QHash<qint64, QString> services, QHash<qint64, QString> regions,
                            QHash<qint64, QString> calendars)
{
    beginResetModel();
    mServices = std::move(services);
    mRegions = std::move(regions);
    mCalendars = std::move(calendars);
    endResetModel();
}

QVariant TargetsModel::cell(const Target &t, int column, int role) const
{
    if (role == Qt::TextAlignmentRole) {
        if (column == Value || column == Goal)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    // The credit tiers are often wider than their column: in full on hovering.
    if (role == Qt::ToolTipRole && column == Credits)
        return cell(t, column, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Service:
        return mServices.value(t.serviceId, QString::number(t.serviceId));
    case Metric:
        return t.metric == Accordo::Metric::Custom ? t.customName : Enums::displayName(t.metric);
    case Value:
        if (t.metric == Accordo::Metric::Availability)
            return LocaleText::percent(t.threshold);
        return TargetValue::format(t.metric, t.threshold, t.customUnit);
    case Goal:
        return LocaleText::percent(t.goalMilli);
    case Priority:
        return t.priority.isEmpty() ? tr("All") : t.priority;
    case Region:
        return t.regionId ? mRegions.value(t.regionId) : tr("All");
    case Period:
        return Enums::displayName(t.period);
    case Calendar:
        return t.calendarId ? mCalendars.value(t.calendarId) : tr("Region's calendar");
    case Credits: {
        if (t.creditTiers.isEmpty())
            return tr("None");
        QStringList tiers;
        for (const CreditTier &tier : t.creditTiers)
            tiers.append(tr("< %1 %: %2 %")
                             .arg(LocaleText::milli(tier.belowMilli),
                                  LocaleText::milli(tier.creditHundredths * 10)));
        return QString(tiers.join(u"; "_s)
                       + tr(" (cap %1 %)").arg(LocaleText::milli(t.creditCapHundredths * 10)));
    }
    }
    return {};
}

QVariant TargetsModel::header(int section) const
{
    return title({tr("Service"), tr("Metric"), tr("Target"), tr("Goal"), tr("Priority"),
                  tr("Region"), tr("Period"), tr("Calendar"), tr("Service credits")},
                 section);
}

} // namespace Accordo
