#pragma once

#include "data/changerequeststore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Accordo {

class WorkspaceSession;

/// A new change request on one agreement: who asked and when, from where, what is asked, and
/// the targets it proposes (edited as the agreement's own targets are).
class ChangeRequestDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeRequestDialog(WorkspaceSession &session, const Agreement &agreement,
                        QWidget *parent = nullptr);

    /// The request as entered (not yet validated against the workspace).
    ChangeRequest request() const;
    void accept() override;

private:
    void addTarget();
    void removeTarget();
    void showTargets();

    WorkspaceSession &mSession;
    Agreement mAgreement;
    QList<Target> mTargets;
    QComboBox *mOrigin;
    QLineEdit *mRequestedBy;
    QDateEdit *mRequestedOn;
    QPlainTextEdit *mDescription;
    QListWidget *mTargetList;
    QLabel *mError;
};

} // namespace Accordo
