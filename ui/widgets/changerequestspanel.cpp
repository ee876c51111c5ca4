#include "changerequestspanel.h"
#include "session/outcome.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "change/changerequests.h"
#include "dialogs/assessmentdialog.h"
#include "dialogs/changerequestdialog.h"
#include "domain/targetvalue.h"
#include "models/changerequestsmodel.h"
#include "session/workspacesession.h"
#include "widgets/errorlabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// Rows of one state whose text contains the filter anywhere.
class ChangeRequestsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStatusKey(const QString &key)
    {
        mStatusKey = key;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (!mStatusKey.isEmpty()
            && first.data(ChangeRequestsModel::StatusKeyRole).toString() != mStatusKey)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString mStatusKey;
};

} // namespace

ChangeRequestsPanel::ChangeRequestsPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), mSession(session)
{
    mModel = new ChangeRequestsModel(this);
    auto *filter = new ChangeRequestsFilter(this);
    filter->setSourceModel(mModel);
    filter->setFilterKeyColumn(-1);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter->setSortRole(Qt::UserRole + 1);
    mProxy = filter;

    mFilter = newNamed<QLineEdit>(u"changeRequestFilter"_s, this);
    mFilter->setPlaceholderText(tr("Filter change requests"));
    mFilter->setClearButtonEnabled(true);
    mStatus = newNamed<QComboBox>(u"changeRequestStatus"_s, this);
    mStatus->addItem(tr("All states"), QString());
    for (auto s : {ChangeRequestStatus::Submitted, ChangeRequestStatus::Assessed,
                   ChangeRequestStatus::Accepted, ChangeRequestStatus::Rejected})
        mStatus->addItem(ChangeRequestStore::statusName(s), ChangeRequestStore::statusKey(s));
    auto applyFilter = [this] { setFilter(mFilter->text(), mStatus->currentData().toString()); };
    connect(mFilter, &QLineEdit::textChanged, this, applyFilter);
    connect(mStatus, &QComboBox::currentIndexChanged, this, applyFilter);

    mView = newNamed<QTableView>(u"changeRequests"_s, this);
    mView->setModel(mProxy);
    mView->setSortingEnabled(true);
    mView->sortByColumn(ChangeRequestsModel::RequestedOn, Qt::DescendingOrder);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setStretchLastSection(true);
    mView->setWordWrap(false);
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        showDetails();
    });

    mDetails = newNamed<QLabel>(u"changeRequestDetails"_s, this);
    mDetails->setWordWrap(true);
    mDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mError = newErrorLabel(this);

    mNew = new QPushButton(tr("&New…"), this);
    mAssess = new QPushButton(tr("A&ssess…"), this);
    mAccept = new QPushButton(tr("A&ccept"), this);
    mReject = new QPushButton(tr("Re&ject…"), this);
    mAccept->setToolTip(tr("Amend the agreement: the new draft version holds the proposed "
                           "targets."));
    connect(mNew, &QPushButton::clicked, this, &ChangeRequestsPanel::submitNew);
    connect(mAssess, &QPushButton::clicked, this, &ChangeRequestsPanel::assess);
    connect(mAccept, &QPushButton::clicked, this, &ChangeRequestsPanel::accept);
    connect(mReject, &QPushButton::clicked, this, &ChangeRequestsPanel::rejectRequest);

    auto *top = new QHBoxLayout;
    top->addWidget(mFilter, 1);
    top->addWidget(mStatus);
    auto *buttons = newButtonRow({mNew}, {mAssess, mAccept, mReject});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(mView, 1);
    layout->addWidget(mDetails);
    layout->addWidget(mError);
    layout->addLayout(buttons);
    updateButtons();
}

void ChangeRequestsPanel::setAgreement(qint64 agreementId, const QString &number)
{
    mAgreementId = agreementId;
    mNumber = number;
    mOneAgreement = true;
    showFailure(mError, reload());
}

Result<void> ChangeRequestsPanel::reload()
{
    // A new agreement has no requests yet; an empty number would mean all of them.
    auto list = mOneAgreement && mNumber.isEmpty()
                    ? Result<QList<ChangeRequestListing>>(QList<ChangeRequestListing>())
                    : ChangeRequestStore(mSession.workspace().connection()).list(mNumber);
    if (!list)
        return list.error();
    mModel->setRequests(*list);
    mView->resizeColumnsToContents();
    // What is asked may be long: the tooltip and the details below show it whole.
    mView->setColumnWidth(ChangeRequestsModel::Description,
                          std::min(mView->columnWidth(ChangeRequestsModel::Description), 320));
    mError->hide();
    updateButtons();
    showDetails();
    return {};
}

void ChangeRequestsPanel::setFilter(const QString &text, const QString &statusKey)
{
    auto *filter = static_cast<ChangeRequestsFilter *>(mProxy);
    filter->setFilterFixedString(text);
    filter->setStatusKey(statusKey);
}

const ChangeRequestListing *ChangeRequestsPanel::selected() const
{
    return mModel->request(mProxy->mapToSource(mView->currentIndex()));
}

void ChangeRequestsPanel::updateButtons()
{
    const ChangeRequestListing *l = selected();
    mNew->setEnabled(mAgreementId > 0 || l);
    auto open = [l](ChangeRequests::Step step) {
        return l && ChangeRequests::refusal(l->request.status, step).isEmpty();
    };
    mAssess->setEnabled(open(ChangeRequests::Step::Assess));
    mAccept->setEnabled(open(ChangeRequests::Step::Accept));
    mReject->setEnabled(open(ChangeRequests::Step::Reject));
    for (auto [button, step] : {std::pair{mAssess, ChangeRequests::Step::Assess},
                                {mAccept, ChangeRequests::Step::Accept},
                                {mReject, ChangeRequests::Step::Reject}})
        button->setStatusTip(l ? ChangeRequests::refusal(l->request.status, step) : QString());
}

void ChangeRequestsPanel::showDetails()
{
    const ChangeRequestListing *l = selected();
    if (!l) {
        mDetails->clear();
        return;
    }
    const ChangeRequest &r = l->request;
    QStringList lines{tr("Change request %1 on %2 v%3, submitted by %4.")
                          .arg(r.id)
                          .arg(l->agreementNumber)
                          .arg(l->agreementVersion)
                          .arg(r.submittedBy)};
    if (!r.assessedBy.isEmpty())
        lines.append(tr("Assessed by %1: %2").arg(r.assessedBy, r.feasibility));
    for (const BacktestFigure &f : r.backtest) {
        const qint64 decided = f.met + f.breached;
        lines.append(
            tr("Backtest, last twelve months: %1: %2 of %3 met (%4 %), goal %5 %")
                .arg(f.target)
                .arg(f.met)
                .arg(decided)
                .arg(decided ? TargetValue::formatMilli(f.met * 100000 / decided) : tr("n/a"))
                .arg(TargetValue::formatMilli(f.goalMilli)));
    }
    if (r.amendmentId > 0)
        lines.append(tr("The amendment draft holds the proposed targets."));
    mDetails->setText(lines.join(u'\n'));
}

void ChangeRequestsPanel::done(const Result<void> &result, const QString &title)
{
    if (!result) {
        QMessageBox::warning(this, title, result.errorString());
        return;
    }
    showFailure(mError, reload());
    emit changed();
}

void ChangeRequestsPanel::submitNew()
{
    const ChangeRequestListing *l = selected();
    const qint64 agreementId = mAgreementId > 0 ? mAgreementId : (l ? l->request.agreementId : 0);
    auto agreement = mSession.workspace().agreement(agreementId);
    if (!agreement) {
        QMessageBox::warning(this, tr("New change request"), agreement.errorString());
        return;
    }
    ChangeRequestDialog dialog(mSession, *agreement, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto id = ChangeRequests(mSession.workspace()).submit(dialog.request());
    done(outcomeOf(id), tr("New change request"));
}

void ChangeRequestsPanel::assess()
{
    const ChangeRequestListing *l = selected();
    if (!l)
        return;
    const qint64 id = l->request.id;
    AssessmentDialog dialog(l->currency, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto effect = dialog.priceEffect();
    if (!effect)
        return;
    done(ChangeRequests(mSession.workspace()).assess(id, dialog.feasibility(), *effect),
         tr("Assess change request"));
}

void ChangeRequestsPanel::accept()
{
    const ChangeRequestListing *l = selected();
    if (!l)
        return;
    const qint64 id = l->request.id;
    if (QMessageBox::question(this, tr("Accept change request"),
                              tr("Accept change request %1? %2 is amended: a new draft version "
                                 "with the proposed targets is opened.")
                                  .arg(id)
                                  .arg(l->agreementNumber))
        != QMessageBox::Yes)
        return;
    auto amendment = ChangeRequests(mSession.workspace()).accept(id);
    if (amendment)
        mSession.notifyChanged(WorkspaceSession::Table::Agreements);
    done(outcomeOf(amendment), tr("Accept change request"));
}

void ChangeRequestsPanel::rejectRequest()
{
    const ChangeRequestListing *l = selected();
    if (!l)
        return;
    const qint64 id = l->request.id;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Reject change request"), tr("Why is change request %1 rejected?").arg(id), {},
        &ok);
    if (!ok)
        return;
    done(ChangeRequests(mSession.workspace()).reject(id, reason), tr("Reject change request"));
}

} // namespace Accordo
