#include "holidayrulesmodel.h"

#include "widgets/localetext.h"
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Accordo {

HolidayRulesModel::HolidayRulesModel(QObject *parent)
    : RowTableModel(parent), mToday(QDate::currentDate())
{}

QVariant HolidayRulesModel::cell(const HolidayRule &rule, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (Column(column)) {
        case Name:
            return rule.name();
        case Rule:
            return describe(rule);
        case Observed:
            return rule.kind() == HolidayRule::Kind::Fixed ? describe(rule.observed()) : QString();
        case Next: {
            const QDate next = nextClosedDay(rule, mToday);
            return next.isValid() ? LocaleText::date(next) : QString();
        }
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && column == Next) {
        const QDate next = nextClosedDay(rule, mToday);
        return next.isValid() ? QLocale().toString(next, QLocale::LongFormat) : QString();
    }
    return {};
}

QVariant HolidayRulesModel::header(int section) const
{
    return title({tr("Name"), tr("Rule"), tr("On a weekend"), tr("Next closed day")}, section);
}

void HolidayRulesModel::setRules(const QList<HolidayRule> &rules)
{
    setRows(rules);
}

int HolidayRulesModel::addRule(const HolidayRule &rule)
{
    return appendRow(rule);
}

void HolidayRulesModel::replaceRule(int row, const HolidayRule &rule)
{
    replaceRowAt(row, rule, {Qt::DisplayRole});
}

void HolidayRulesModel::removeRule(int row)
{
    removeRowAt(row);
}

void HolidayRulesModel::setToday(QDate today)
{
    mToday = today;
    if (!rows().isEmpty())
        emit dataChanged(index(0, Next), index(int(rows().size()) - 1, Next), {Qt::DisplayRole});
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
