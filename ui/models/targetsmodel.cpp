#include "targetsmodel.h"

#include "domain/targetvalue.h"

using namespace Qt::StringLiterals;

namespace Accordo {

TargetsModel::TargetsModel(QObject *parent) : QAbstractTableModel(parent) {}

void TargetsModel::setNames(QHash<qint64, QString> services, QHash<qint64, QString> regions,
                            QHash<qint64, QString> calendars)
{
    beginResetModel();
    mServices = std::move(services);
    mRegions = std::move(regions);
    mCalendars = std::move(calendars);
    endResetModel();
}

void TargetsModel::setTargets(const QList<Target> &targets)
{
    beginResetModel();
    mTargets = targets;
    endResetModel();
}

void TargetsModel::append(const Target &target)
{
    const int row = int(mTargets.size());
    beginInsertRows({}, row, row);
    mTargets.append(target);
    endInsertRows();
}

void TargetsModel::replace(int row, const Target &target)
{
    if (row < 0 || row >= mTargets.size())
        return;
    mTargets[row] = target;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TargetsModel::remove(int row)
{
    if (row < 0 || row >= mTargets.size())
        return;
    beginRemoveRows({}, row, row);
    mTargets.removeAt(row);
    endRemoveRows();
}

int TargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mTargets.size());
}

int TargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Target &t = mTargets.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Value || index.column() == Goal)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Service:
        return mServices.value(t.serviceId, QString::number(t.serviceId));
    case Metric:
        return t.metric == Accordo::Metric::Custom ? t.customName : Enums::displayName(t.metric);
    case Value:
        return TargetValue::format(t.metric, t.threshold, t.customUnit);
    case Goal:
        return QString(TargetValue::formatMilli(t.goalMilli) + u" %"_s);
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
                             .arg(TargetValue::formatMilli(tier.belowMilli),
                                  TargetValue::formatMilli(tier.creditHundredths * 10)));
        return QString(
            tiers.join(u"; "_s)
            + tr(" (cap %1 %)").arg(TargetValue::formatMilli(t.creditCapHundredths * 10)));
    }
    }
    return {};
}

QVariant TargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Service:
        return tr("Service");
    case Metric:
        return tr("Metric");
    case Value:
        return tr("Target");
    case Goal:
        return tr("Goal");
    case Priority:
        return tr("Priority");
    case Region:
        return tr("Region");
    case Period:
        return tr("Period");
    case Calendar:
        return tr("Calendar");
    case Credits:
        return tr("Service credits");
    }
    return {};
}

} // namespace Accordo
