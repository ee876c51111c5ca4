#include "holidayrulesmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Accordo {

HolidayRulesModel::HolidayRulesModel(QObject *parent)
    : QAbstractTableModel(parent), mToday(QDate::currentDate())
{}

int HolidayRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRules.size());
}

int HolidayRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HolidayRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HolidayRule &rule = mRules.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Name:
            return rule.name();
        case Rule:
            return describe(rule);
        case Observed:
            return rule.kind() == HolidayRule::Kind::Fixed ? describe(rule.observed()) : QString();
        case Next: {
            const QDate next = nextClosedDay(rule, mToday);
            return next.isValid() ? QLocale().toString(next, QLocale::ShortFormat) : QString();
        }
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Next) {
        const QDate next = nextClosedDay(rule, mToday);
        return next.isValid() ? QLocale().toString(next, QLocale::LongFormat) : QString();
    }
    return {};
}

QVariant HolidayRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Rule:
        return tr("Rule");
    case Observed:
        return tr("On a weekend");
    case Next:
        return tr("Next closed day");
    case ColumnCount:
        break;
    }
    return {};
}

void HolidayRulesModel::setRules(const QList<HolidayRule> &rules)
{
    beginResetModel();
    mRules = rules;
    endResetModel();
}

int HolidayRulesModel::addRule(const HolidayRule &rule)
{
    const int row = int(mRules.size());
    beginInsertRows({}, row, row);
    mRules.append(rule);
    endInsertRows();
    return row;
}

void HolidayRulesModel::replaceRule(int row, const HolidayRule &rule)
{
    if (row < 0 || row >= mRules.size())
        return;
    mRules[row] = rule;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::DisplayRole});
}

void HolidayRulesModel::removeRule(int row)
{
    if (row < 0 || row >= mRules.size())
        return;
    beginRemoveRows({}, row, row);
    mRules.removeAt(row);
    endRemoveRows();
}

void HolidayRulesModel::setToday(QDate today)
{
    mToday = today;
    if (!mRules.isEmpty())
        emit dataChanged(index(0, Next), index(int(mRules.size()) - 1, Next), {Qt::DisplayRole});
}

QString HolidayRulesModel::describe(const HolidayRule &rule)
{
    const QLocale locale;
    switch (rule.kind()) {
    case HolidayRule::Kind::Date:
        return locale.toString(rule.date(), QLocale::LongFormat);
    case HolidayRule::Kind::Fixed:
        return tr("Every %1 %2").arg(rule.day()).arg(locale.standaloneMonthName(rule.month()));
    case HolidayRule::Kind::NthWeekday: {
        const QString weekday = locale.standaloneDayName(rule.weekday());
        const QString month = locale.standaloneMonthName(rule.month());
        switch (rule.nth()) {
        case 1:
            return tr("First %1 of %2").arg(weekday, month);
        case 2:
            return tr("Second %1 of %2").arg(weekday, month);
        case 3:
            return tr("Third %1 of %2").arg(weekday, month);
        case 4:
            return tr("Fourth %1 of %2").arg(weekday, month);
        default:
            return tr("Last %1 of %2").arg(weekday, month);
        }
    }
    case HolidayRule::Kind::Easter:
        if (rule.easterOffset() == 0)
            return tr("Easter Sunday");
        if (rule.easterOffset() == 1)
            return tr("Easter Sunday + 1 day");
        if (rule.easterOffset() == -1)
            return tr("Easter Sunday − 1 day");
        return rule.easterOffset() > 0 ? tr("Easter Sunday + %1 days").arg(rule.easterOffset())
                                       : tr("Easter Sunday − %1 days").arg(-rule.easterOffset());
    }
    return {};
}

QString HolidayRulesModel::describe(HolidayRule::Observed observed)
{
    switch (observed) {
    case HolidayRule::Observed::None:
        return tr("Not moved");
    case HolidayRule::Observed::Nearest:
        return tr("Also the nearest weekday");
    case HolidayRule::Observed::Monday:
        return tr("Also the next Monday");
    }
    return {};
}

QDate HolidayRulesModel::nextClosedDay(const HolidayRule &rule, QDate from)
{
    if (!rule.validate() || !from.isValid())
        return {};
    QDate best;
    // A fixed date may skip non-leap years (29 February): look a few years ahead.
    for (int year = from.year() - 1; year <= from.year() + 8; ++year) {
        for (const QDate &day : rule.closedDays(year)) {
            if (day >= from && (!best.isValid() || day < best))
                best = day;
        }
        if (best.isValid() && year > best.year())
            break;
    }
    return best;
}

} // namespace Accordo
