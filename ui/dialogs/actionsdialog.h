#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QTableView;

namespace Accordo {

class ActionsFilterModel;
class ActionsModel;
class WorkspaceSession;

/// View ▸ Improvement Actions: every action with its owner, due date and state, sortable and
/// filtered by state and owner; double-clicking (or Edit…) changes one.
class ActionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ActionsDialog(WorkspaceSession &session, QWidget *parent = nullptr);

    void setToday(const QDate &today);
    void refresh();
    ActionsModel *model() const { return mModel; }
    ActionsFilterModel *filter() const { return mFilter; }
    QTableView *view() const { return mView; }

private:
    void applyFilter();
    void editCurrent();

    WorkspaceSession &mSession;
    ActionsModel *mModel;
    ActionsFilterModel *mFilter;
    QTableView *mView;
    QComboBox *mState;
    QComboBox *mOwner;
    QLabel *mSummary;
};

} // namespace Accordo
