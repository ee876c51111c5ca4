#pragma once

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace Accordo {

class WorkspaceSession;

/// The main window's entries for what follows the problems found: View ▸ Improvement
/// Actions…, and Record Review… and Raise Action… for the agreement selected.
class ImprovementActions : public QObject
{
    Q_OBJECT

public:
    using SessionOf = std::function<WorkspaceSession *()>;
    using CurrentAgreement = std::function<qint64()>;

    ImprovementActions(QWidget *window, SessionOf session, CurrentAgreement current);

    QAction *showActions() const { return mShowActions; }
    QAction *recordReview() const { return mRecordReview; }
    QAction *raiseAction() const { return mRaiseAction; }
    /// Enables the agreement's entries for the agreement selected (0: none).
    void setAgreement(qint64 id);

private:
    QWidget *mWindow;
    SessionOf mSession;
    CurrentAgreement mCurrent;
    QAction *mShowActions;
    QAction *mRecordReview;
    QAction *mRaiseAction;
};

} // namespace Accordo
