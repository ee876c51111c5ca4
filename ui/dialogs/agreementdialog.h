#pragma once

#include "domain/entities.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Accordo {

class AgreementGeneralTab;
class AgreementHierarchyTab;
class AgreementServicesTab;
class ApprovalsPanel;
class ChangeRequestsPanel;
class DocumentTab;
class HistoryPanel;
class NextStepBanner;
class RequirementsPanel;
class VersionsPanel;
class PerformancePanel;
class WorkspaceSession;

/// The agreement detail view: general terms, covered services with their targets, and the
/// agreement's place in the multi-level hierarchy, its approvals, history and versions. Saves
/// through the callback it is given; versions past negotiation open read-only.
class AgreementDialog : public QDialog
{
    Q_OBJECT

public:
    /// Stores the agreement's terms and returns its id; the dialog then stores its charter
    /// and approvers through the workflow.
    using Save = std::function<Result<qint64>(const Agreement &)>;

    AgreementDialog(WorkspaceSession &session, Save save, QWidget *parent = nullptr);

    void setAgreement(const Agreement &agreement);
    Result<Agreement> agreement() const;
    void accept() override;
    bool isReadOnly() const { return mReadOnly; }

private:
    void setReadOnly(bool readOnly, const QString &hint);
    Result<void> saveRequirements(qint64 id);
    /// Makes the owner chosen the owner of `number`, when it changed.
    Result<void> saveOwner(const QString &number);
    void resolveConflict(const Agreement &mine, const QString &message);
    void showError(const QString &message);
    void backtest();

    WorkspaceSession &mSession;
    ChangeRequestsPanel *mChangeRequests = nullptr;
    Save mSave;
    Agreement mOriginal;

    AgreementGeneralTab *mGeneral;
    AgreementServicesTab *mServices;
    AgreementHierarchyTab *mHierarchy;
    DocumentTab *mDocument;
    bool mDocumentLoaded = false; // the document tab shows mOriginal's document
    QLabel *mError;
    QLabel *mReadOnlyHint;
    NextStepBanner *mNextStep;
    ApprovalsPanel *mApprovals;
    RequirementsPanel *mRequirements;
    HistoryPanel *mHistory;
    VersionsPanel *mVersions;
    PerformancePanel *mPerformance;
    QPushButton *mServiceReport;
    QDialogButtonBox *mButtons;
    bool mReadOnly = false;
};

} // namespace Accordo
