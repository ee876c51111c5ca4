#include "agreementdialog.h"
#include "session/outcome.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/agreementrules.h"
#include "data/reviewstore.h"
#include "dialogs/agreementgeneraltab.h"
#include "dialogs/agreementhierarchytab.h"
#include "dialogs/agreementservicestab.h"
#include "dialogs/backtestdialog.h"
#include "dialogs/recorddialog.h"
#include "document/documenttab.h"
#include "lifecycle/versiondiff.h"
#include "session/workspacesession.h"
#include "widgets/approvalspanel.h"
#include "widgets/changerequestspanel.h"
#include "widgets/errorlabel.h"
#include "widgets/historypanel.h"
#include "widgets/performancepanel.h"
#include "widgets/requirementspanel.h"
#include "widgets/versionspanel.h"
#include "widgets/windowgeometry.h"
#include "workflow/nextstepbanner.h"
#include "workflow/recordpermissions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

AgreementDialog::AgreementDialog(WorkspaceSession &session, Save save, QWidget *parent)
    : QDialog(parent), mSession(session), mSave(std::move(save))
{
    setWindowTitle(tr("New agreement"));
    mGeneral = new AgreementGeneralTab(session, this);
    mServices = new AgreementServicesTab(session, this);
    connect(mServices->backtestButton(), &QPushButton::clicked, this, &AgreementDialog::backtest);
    mHierarchy = new AgreementHierarchyTab(session, this);
    mRequirements = new RequirementsPanel(session, this);
    connect(mGeneral->findChild<QComboBox *>(u"party"_s), &QComboBox::currentIndexChanged, this,
            [this] { mRequirements->setCounterparty(mGeneral->partyId()); });
    mApprovals = new ApprovalsPanel(session, this);
    mHistory = new HistoryPanel(session, this);
    mVersions = new VersionsPanel(session, this);
    mPerformance = new PerformancePanel(session, this);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(mGeneral, tr("&General"));
    tabs->addTab(mServices, tr("Services an&d targets"));
    tabs->addTab(mRequirements, tr("Re&quirements"));
    tabs->addTab(mHierarchy, tr("&Hierarchy and support"));
    mDocument = new DocumentTab(session, this);
    tabs->addTab(mDocument, tr("Doc&ument"));
    // The document is built and drawn only when its tab is first looked at: opening an
    // agreement stays as quick as before.
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] {
        if (tabs->currentWidget() == mDocument && !mDocumentLoaded) {
            mDocumentLoaded = true;
            mDocument->setAgreement(mOriginal);
        }
    });
    tabs->addTab(mApprovals, tr("Approval&s"));
    tabs->addTab(mHistory, tr("H&istory"));
    tabs->addTab(mVersions, tr("&Versions"));
    tabs->addTab(mPerformance, tr("Perfor&mance"));
    mChangeRequests = new ChangeRequestsPanel(session, this);
    tabs->addTab(mChangeRequests, tr("Change requ&ests"));

    mReadOnlyHint = newNamed<QLabel>(u"readOnlyHint"_s, this);
    mReadOnlyHint->setWordWrap(true);
    mReadOnlyHint->setStyleSheet(u"background: #fff4ce; padding: 6px"_s);
    mReadOnlyHint->hide();
    mNextStep = new NextStepBanner(session, this);

    mError = newErrorLabel(this, u"error"_s);
    auto *buttons = mButtons = newDialogButtons(this,
                                                QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    mServiceReport = buttons->addButton(tr("Service &Report…"), QDialogButtonBox::ActionRole);
    mServiceReport->setObjectName(u"agreementServiceReport"_s);
    mServiceReport->setEnabled(false); // until a stored agreement is shown
    connect(mServiceReport, &QPushButton::clicked, mPerformance, &PerformancePanel::printReport);

    stackVertically(this, {mReadOnlyHint, mNextStep, tabs, mError, buttons});
    resize(960, 640); // eight tabs side by side, and a targets table of nine columns
    WindowGeometry::remember(this, u"agreementDialog"_s);
}

void AgreementDialog::setAgreement(const Agreement &a)
{
    mOriginal = a;
    mGeneral->setAgreement(a);
    mServices->setAgreement(a);
    mHierarchy->setAgreement(a);
    mDocumentLoaded = mDocument->isVisible();
    if (mDocumentLoaded)
        mDocument->setAgreement(a);
    if (auto lifecycle = mSession.workflow().lifecycle(a.id); a.id && lifecycle)
        mRequirements->setDetails(lifecycle->charter, lifecycle->approvers);
    else
        mRequirements->setDetails({}, RequirementsPanel::defaultApprovers());
    mApprovals->setAgreement(a.id);
    mHistory->setAgreement(a.id, a.number);
    mVersions->setAgreement(a.id, a.number);
    mPerformance->setAgreement(a.id, a.number);
    mServiceReport->setEnabled(a.id != 0);
    mNextStep->setAgreement(a.id);
    mChangeRequests->setAgreement(a.id, a.number);
    const QString denied = RecordPermissions::refusal(mSession.workspace(),
                                                      RecordPermissions::Kind::Agreements);
    if (Agreements::isEditable(a.status) && !denied.isEmpty())
        setReadOnly(true, denied);
    else if (Agreements::isEditable(a.status))
        setReadOnly(false, {});
    else if (a.status == AgreementStatus::Active)
        setReadOnly(true, tr("This version is signed and in force. Amend to change a signed "
                             "agreement (Workflow ▸ Amend)."));
    else if (a.status == AgreementStatus::Approval)
        setReadOnly(true, tr("This version is in approval. Reject it back to negotiation to "
                             "change it."));
    else
        setReadOnly(true, tr("This version is %1 and stays as it was for the record.")
                              .arg(Enums::displayName(a.status).toLower()));
    setWindowTitle(a.id ? tr("Agreement %1 — %2").arg(a.number, a.title) : tr("New agreement"));
}

Result<Agreement> AgreementDialog::agreement() const
{
    Agreement a = mOriginal;
    if (auto terms = mGeneral->applyTo(a); !terms)
        return terms.error();
    a.status = mOriginal.status;
    mServices->applyTo(a);
    if (auto valid = Validation::check(a); !valid)
        return valid.error();
    return a;
}

void AgreementDialog::backtest()
{
    const qint64 partyId = mGeneral->partyId();
    if (partyId == 0) {
        QMessageBox::information(this, tr("Backtest"),
                                 tr("Choose the counterparty first: the backtest judges its "
                                    "tickets."));
        return;
    }
    BacktestDialog dialog(mSession.database().connection(), partyId, mServices->targets(),
                          mGeneral->displayName(), this);
    QTimer::singleShot(0, &dialog, &BacktestDialog::run);
    dialog.exec();
}

void AgreementDialog::setReadOnly(bool readOnly, const QString &hint)
{
    mReadOnly = readOnly;
    mReadOnlyHint->setText(hint);
    mReadOnlyHint->setVisible(readOnly);
    // The owner belongs to the account, not to the version: it changes on signed versions too.
    const bool ownerEditable = mOriginal.id != 0
                               && mSession.workspace()
                                      .requireRole({Role::SlaManager, Role::Administrator},
                                                   QString())
                                      .ok();
    mGeneral->setReadOnly(readOnly, ownerEditable);
    mServices->setReadOnly(readOnly);
    mRequirements->setReadOnly(readOnly);
    mButtons->setStandardButtons(!readOnly       ? QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                 : ownerEditable ? QDialogButtonBox::Save | QDialogButtonBox::Close
                                                 : QDialogButtonBox::Close);
}

void AgreementDialog::showError(const QString &message)
{
    showErrorText(mError, message);
}

Result<void> AgreementDialog::saveRequirements(qint64 id)
{
    // Only what changed is written, so that the history shows real changes.
    const auto lifecycle = mSession.workflow().lifecycle(id);
    if (!lifecycle)
        return lifecycle.error();
    const Charter charter = mRequirements->charter();
    if (charter != lifecycle->charter) {
        if (auto r = mSession.workflow().setCharter(id, charter, mSession.userName()); !r)
            return r;
    }
    const auto approvers = mRequirements->approvers();
    const auto sameApprover = [](const RequiredApprover &a, const RequiredApprover &b) {
        return a.side == b.side && a.title == b.title && a.userName == b.userName;
    };
    if (!std::equal(approvers.cbegin(), approvers.cend(), lifecycle->approvers.cbegin(),
                    lifecycle->approvers.cend(), sameApprover))
        return mSession.workflow().setRequiredApprovers(id, approvers, mSession.userName());
    return {};
}

Result<void> AgreementDialog::saveOwner(const QString &number)
{
    const QString owner = mGeneral->ownerName();
    if (owner.isEmpty() || owner == mGeneral->storedOwnerName())
        return {};
    auto saved = AgreementOwners(mSession.workspace()).set(number, owner);
    if (saved)
        mGeneral->ownerSaved();
    return saved;
}

void AgreementDialog::accept()
{
    if (mReadOnly) {
        // Only the owner can change on a version that is not editable.
        if (auto r = saveOwner(mOriginal.number); !r)
            return showError(r.errorString());
        return QDialog::accept();
    }
    auto a = agreement();
    Result<void> result = outcomeOf(a);
    qint64 savedId = 0;
    if (result && mSave) {
        const auto id = mSave(*a);
        result = id ? saveRequirements(*id) : Result<void>(id.error());
        if (id && result) {
            if (auto stored = mSession.workspace().agreement(*id))
                result = saveOwner(stored->number);
        }
        if (id) {
            // Saved once: a second attempt after a refusal, or another save, edits what was
            // stored instead of adding twice or meeting its own save as a conflict.
            savedId = *id;
            if (auto stored = mSession.workspace().agreement(*id))
                mOriginal = *stored;
        }
    }
    if (!result && result.error().conflict && a)
        return resolveConflict(*a, result.errorString());
    if (!result)
        return showError(result.errorString());
    mError->hide();
    // What the next step still needs is the point of saving a draft: stay and say it.
    mNextStep->setAgreement(savedId, true);
    if (savedId && mNextStep->hasMissing()) {
        setWindowTitle(tr("Agreement %1 — %2").arg(mOriginal.number, mOriginal.title));
        if (QPushButton *cancel = mButtons->button(QDialogButtonBox::Cancel))
            cancel->setText(tr("Close"));
        return;
    }
    QDialog::accept();
}

void AgreementDialog::resolveConflict(const Agreement &mine, const QString &message)
{
    // Someone else saved this agreement since it was opened: show what differs between their
    // version and this edit, and let the user take theirs (reload) or keep editing.
    auto stored = mSession.workspace().agreement(mine.id);
    auto lifecycle = mSession.workflow().lifecycle(mine.id);
    if (!stored || !lifecycle)
        return showError(message);
    const VersionDiff diff = VersionDiff::between(mSession.workspace(), *stored, *lifecycle, mine,
                                                  *lifecycle);
    const bool reload = RecordDialog::askToReload(
        this, message, tr("Details lists what your edit would change in the stored version."),
        diff.isEmpty() ? tr("Your edit matches the stored version.") : diff.toLines().join(u'\n'));
    if (reload) {
        setAgreement(*stored);
        mError->hide();
    } else {
        showError(message);
    }
}

} // namespace Accordo
