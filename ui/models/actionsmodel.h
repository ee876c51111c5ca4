#pragma once

#include "domain/improvement.h"
#include "models/rowtablemodel.h"
#include "result.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Accordo {

class Workspace;

/// The improvement actions for display: title, agreement, owner, due date (overdue ones
/// marked), state, source and period. Sorts by the values under Qt::UserRole.
class ActionsModel : public RowTableModel<ImprovementAction>
{
    Q_OBJECT

public:
    enum Column { Title, Agreement, Owner, Due, State, Source, Period, ColumnCount };

    explicit ActionsModel(QObject *parent = nullptr);

    /// Reads every action again; on failure the rows stay as they were.
    Result<void> reload(const Workspace &workspace);
    /// The day due dates are judged against; today unless set.
    void setToday(const QDate &today);
    const ImprovementAction *actionAt(int row) const { return rowAt(row); }

protected:
    int columns() const override { return ColumnCount; }
    QVariant header(int section) const override;
    QVariant cell(const ImprovementAction &action, int column, int role) const override;

private:
    QDate mToday;
};

/// Shows the actions of one state (or the open ones) and one owner; sorts by Qt::UserRole.
class ActionsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActionsFilterModel(QObject *parent = nullptr);

    /// Nothing: every state; otherwise that state only. `openOnly` keeps open and in-progress.
    void setState(std::optional<ActionState> state, bool openOnly = false);
    /// An empty name shows every owner's actions.
    void setOwner(const QString &userName);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<ActionState> mState;
    bool mOpenOnly = false;
    QString mOwner;
};

} // namespace Accordo
