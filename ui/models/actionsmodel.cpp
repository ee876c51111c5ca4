#include "actionsmodel.h"

#include "data/actionstore.h"
#include "widgets/localetext.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Accordo {

ActionsModel::ActionsModel(QObject *parent)
    : RowTableModel<ImprovementAction>(parent), mToday(QDate::currentDate())
{}

Result<void> ActionsModel::reload(const Workspace &workspace)
{
    auto actions = ActionStore(workspace).actions();
    if (!actions)
        return actions.error();
    setRows(std::move(*actions));
    return {};
}

void ActionsModel::setToday(const QDate &today)
{
    beginResetModel();
    mToday = today;
    endResetModel();
}

QVariant ActionsModel::header(int section) const
{
    return title({tr("Action"), tr("Agreement"), tr("Owner"), tr("Due"), tr("State"), tr("Source"),
                  tr("Period")},
                 section);
}

QVariant ActionsModel::cell(const ImprovementAction &a, int column, int role) const
{
    const bool overdue = Improvement::isOpen(a.state) && a.dueDate < mToday;
    if (role == Qt::ForegroundRole && column == Due && overdue)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole && column == Due && overdue)
        return tr("Overdue");
    if (role == Qt::ToolTipRole && column == State && a.state == ActionState::Dropped)
        return a.reason;
    if (role == Qt::UserRole) {
        switch (column) {
        case Due:
            return a.dueDate;
        case State:
            return int(a.state);
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    const QString state = overdue ? tr("%1 (overdue)").arg(Improvement::displayName(a.state))
                                  : Improvement::displayName(a.state);
    return pick(
        {a.title, a.number, a.ownerName, LocaleText::date(a.dueDate), state, a.source, a.period},
        column);
}

ActionsFilterModel::ActionsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
}

void ActionsFilterModel::setState(std::optional<ActionState> state, bool openOnly)
{
    mState = state;
    mOpenOnly = openOnly;
    invalidateFilter();
}

void ActionsFilterModel::setOwner(const QString &userName)
{
    mOwner = userName;
    invalidateFilter();
}

bool ActionsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const ActionsModel *>(sourceModel());
    const ImprovementAction *a = model ? model->actionAt(sourceRow) : nullptr;
    if (!a)
        return false;
    if (mState && a->state != *mState)
        return false;
    if (mOpenOnly && !Improvement::isOpen(a->state))
        return false;
    return mOwner.isEmpty() || a->ownerName == mOwner;
}

} // namespace Accordo
