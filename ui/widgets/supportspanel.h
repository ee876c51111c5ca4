#pragma once

#include "domain/enums.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Accordo {

class WorkspaceSession;

/// The agreement view's supporting agreements: for an SLA, the OLAs and underpinning
/// contracts behind it; for an OLA or UC, the SLAs it supports; with the places where a
/// supporting target is looser than the SLA's (the portfolio consistency check). Links hold
/// for every version of an agreement and are written at once, audited, signed versions
/// included: they describe how the service is delivered, not the terms.
class SupportsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SupportsPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    /// An empty number: a new agreement, which has to be saved before it can be linked.
    void setAgreement(const QString &number, AgreementKind kind);
    QTreeWidget *tree() const { return mTree; }
    QString inconsistencies() const;

    /// Links or unlinks another agreement by number; false (with a message box) if refused.
    bool link(const QString &other);
    bool unlink(const QString &other);

private:
    void refresh();
    void chooseAndLink();
    void unlinkCurrent();
    bool change(const QString &other, bool add);

    WorkspaceSession &mSession;
    QString mNumber;
    bool mSupporting = false; // an OLA or UC
    QLabel *mIntro;
    QTreeWidget *mTree;
    QLabel *mConsistency;
    QPushButton *mLink;
    QPushButton *mUnlink;
};

} // namespace Accordo
