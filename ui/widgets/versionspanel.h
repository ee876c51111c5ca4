#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;

namespace Accordo {

class VersionDiffModel;
class WorkspaceSession;

/// The versions of an agreement number; selecting two compares them field by field and
/// target by target.
class VersionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VersionsPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    void setAgreement(qint64 id, const QString &number);
    QListWidget *versionList() const { return mVersions; }
    VersionDiffModel *diffModel() const { return mDiff; }

private:
    void compare();

    WorkspaceSession &mSession;
    QListWidget *mVersions;
    QLabel *mHint;
    VersionDiffModel *mDiff;
    QTableView *mDiffView;
};

} // namespace Accordo
