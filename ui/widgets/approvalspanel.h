#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Accordo {

class WorkspaceSession;

/// Who must approve an agreement version and what each said in the current round.
class ApprovalsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalsPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    void setAgreement(qint64 id);
    QTreeWidget *tree() const { return mTree; }

private:
    WorkspaceSession &mSession;
    QLabel *mSummary;
    QTreeWidget *mTree;
};

} // namespace Accordo
