#pragma once

#include "domain/entities.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;
class QTreeWidget;

namespace Accordo {

class ApprovalsPanel;
class HistoryPanel;
class RequirementsPanel;
class SupportsPanel;
class TargetsModel;
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
    void resolveConflict(const Agreement &mine, const QString &message);
    void fillParties();
    void fillParents();
    void fillHierarchy();
    void addTarget();
    void editTarget();
    void removeTarget();
    void backtest();
    QList<Service> coveredServices() const;

    WorkspaceSession &mSession;
    Save mSave;
    Agreement mOriginal;
    QList<Service> mServices;
    QList<Region> mRegions;
    QList<CalendarRecord> mCalendars;

    QLineEdit *mNumber;
    QLineEdit *mTitle;
    QComboBox *mKind;
    QComboBox *mLevel;
    QComboBox *mParty;
    QComboBox *mParent;
    QLabel *mStatus;
    QDateEdit *mStart;
    QCheckBox *mHasEnd;
    QDateEdit *mEnd;
    QSpinBox *mReview;
    QLineEdit *mPrice;
    QComboBox *mCurrency;
    QListWidget *mServiceList;
    TargetsModel *mTargets;
    QTableView *mTargetView;
    QPushButton *mBacktestButton;
    QTreeWidget *mHierarchy;
    QLabel *mError;
    QLabel *mReadOnlyHint;
    QTabWidget *mTabs;
    ApprovalsPanel *mApprovals;
    RequirementsPanel *mRequirements;
    HistoryPanel *mHistory;
    VersionsPanel *mVersions;
    PerformancePanel *mPerformance;
    SupportsPanel *mSupports;
    QDialogButtonBox *mButtons;
    bool mReadOnly = false;
};

} // namespace Accordo
