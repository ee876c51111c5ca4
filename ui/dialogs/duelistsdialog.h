#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace Accordo {

class DueItemsModel;
class WorkspaceSession;

/// The SLA manager's look ahead: reviews due, renewals whose end date comes near, and active
/// agreements that end (or ended) and are about to leave force.
class DueListsDialog : public QDialog
{
    Q_OBJECT

public:
    enum List { Reviews, Renewals, Expiring, ListCount };

    explicit DueListsDialog(WorkspaceSession &session, QWidget *parent = nullptr);

    DueItemsModel *model(List list) const { return mModels[list]; }
    QTableView *view(List list) const { return mViews[list]; }
    void setWindowDays(int days);
    void refresh();

signals:
    void openAgreement(qint64 id);

private:
    WorkspaceSession &mSession;
    QComboBox *mWindow;
    QTabWidget *mTabs;
    QLabel *mError;
    DueItemsModel *mModels[ListCount] = {};
    QTableView *mViews[ListCount] = {};
};

} // namespace Accordo
