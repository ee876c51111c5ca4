#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QWidget>

class QTreeWidget;

namespace Accordo {

class SupportsPanel;
class WorkspaceSession;

/// The agreement dialog's hierarchy and support: the agreement's place in the multi-level
/// hierarchy, and the OLAs and underpinning contracts linked to it.
class AgreementHierarchyTab : public QWidget
{
    // Its texts are the agreement dialog's and keep their translations under its name.
    Q_DECLARE_TR_FUNCTIONS(Accordo::AgreementDialog)

public:
    explicit AgreementHierarchyTab(WorkspaceSession &session, QWidget *parent = nullptr);

    void setAgreement(const Agreement &agreement);

private:
    void fillHierarchy(qint64 agreementId);

    WorkspaceSession &mSession;
    QTreeWidget *mHierarchy;
    SupportsPanel *mSupports;
};

} // namespace Accordo
