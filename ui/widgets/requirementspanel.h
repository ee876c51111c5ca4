#pragma once

#include "lifecycle/agreementworkflow.h"

#include <QWidget>

class QMenu;
class QPlainTextEdit;
class QTableWidget;

namespace Accordo {

class WorkspaceSession;

/// The parts of an agreement that the workflow asks for before it moves on: the customer's
/// requirements charter (needed to leave draft) and the approvers whose consent completes
/// approval (at least one provider role and the counterparty's representative).
class RequirementsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RequirementsPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    void setDetails(const Charter &charter, const QList<RequiredApprover> &approvers);
    Charter charter() const;
    QList<RequiredApprover> approvers() const;
    void setReadOnly(bool readOnly);
    /// Offers the contacts of the counterparty (0: none chosen) as approvers for its side.
    void setCounterparty(qint64 partyId);

    /// The approvers a new agreement starts with: the service owner and the counterparty.
    static QList<RequiredApprover> defaultApprovers();

private:
    void addApprover(const RequiredApprover &approver);

    WorkspaceSession &mSession;
    QStringList mApproverUsers;
    QMenu *mContactMenu = nullptr;
    QPlainTextEdit *mNeeds;
    QPlainTextEdit *mRequirements;
    QPlainTextEdit *mDeliveryOptions;
    QTableWidget *mApprovers;
    QList<QWidget *> mButtons;
};

} // namespace Accordo
