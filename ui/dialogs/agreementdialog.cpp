#include "agreementdialog.h"

#include "dialogs/backtestdialog.h"
#include "dialogs/targetdialog.h"
#include "lifecycle/versiondiff.h"
#include "models/targetsmodel.h"
#include "session/workspacesession.h"
#include "data/agreementhierarchy.h"
#include "data/agreementrules.h"
#include "widgets/approvalspanel.h"
#include "widgets/historypanel.h"
#include "widgets/performancepanel.h"
#include "widgets/requirementspanel.h"
#include "widgets/supportspanel.h"
#include "widgets/versionspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

std::optional<PartyKind> partyKindFor(AgreementKind kind)
{
    switch (kind) {
    case AgreementKind::CustomerSla:
        return PartyKind::Customer;
    case AgreementKind::InternalSla:
    case AgreementKind::Ola:
        return PartyKind::Department;
    case AgreementKind::UnderpinningContract:
        return PartyKind::Supplier;
    }
    return std::nullopt;
}

} // namespace

AgreementDialog::AgreementDialog(WorkspaceSession &session, Save save, QWidget *parent)
    : QDialog(parent), mSession(session), mSave(std::move(save))
{
    setWindowTitle(tr("New agreement"));
    mServices = orEmpty(session.workspace().services());
    mRegions = orEmpty(session.workspace().regions());
    mCalendars = orEmpty(session.workspace().calendars());

    // General terms
    auto *general = new QWidget(this);
    mNumber = new QLineEdit(general);
    mNumber->setReadOnly(true);
    mNumber->setPlaceholderText(tr("assigned when saved"));
    mTitle = new QLineEdit(general);
    mTitle->setObjectName(u"title"_s);
    mKind = new QComboBox(general);
    for (AgreementKind kind : Enums::all<AgreementKind>())
        mKind->addItem(Enums::displayName(kind), int(kind));
    mLevel = new QComboBox(general);
    for (AgreementLevel level : Enums::all<AgreementLevel>())
        mLevel->addItem(Enums::displayName(level), int(level));
    mParty = new QComboBox(general);
    mParty->setObjectName(u"party"_s);
    mParent = new QComboBox(general);
    // Read-only: the status changes only through the workflow steps.
    mStatus = new QLabel(general);
    mStatus->setObjectName(u"status"_s);
    mStatus->setToolTip(tr("Use the Workflow menu to move the agreement on."));
    mStart = new QDateEdit(QDate::currentDate(), general);
    mStart->setCalendarPopup(true);
    mHasEnd = new QCheckBox(tr("Ends on"), general);
    mHasEnd->setChecked(true);
    mEnd = new QDateEdit(QDate::currentDate().addYears(2), general);
    mEnd->setCalendarPopup(true);
    connect(mHasEnd, &QCheckBox::toggled, mEnd, &QWidget::setEnabled);
    mReview = new QSpinBox(general);
    mReview->setRange(1, 120);
    mReview->setValue(12);
    mReview->setSuffix(tr(" months"));
    mPrice = new QLineEdit(u"0.00"_s, general);
    mPrice->setObjectName(u"price"_s);
    mPrice->setToolTip(tr("Fee per month, exact to the cent, e.g. 12500.00"));
    mCurrency = new QComboBox(general);
    mCurrency->setEditable(true);
    mCurrency->addItems({u"EUR"_s, u"GBP"_s, u"USD"_s, u"SGD"_s, u"CHF"_s});
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(mPrice, 1);
    priceRow->addWidget(mCurrency);
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(mHasEnd);
    endRow->addWidget(mEnd, 1);

    auto *form = new QFormLayout(general);
    form->addRow(tr("Number:"), mNumber);
    form->addRow(tr("&Title:"), mTitle);
    form->addRow(tr("&Kind:"), mKind);
    form->addRow(tr("&Level:"), mLevel);
    form->addRow(tr("&Counterparty:"), mParty);
    form->addRow(tr("&Parent agreement:"), mParent);
    form->addRow(tr("Status:"), mStatus);
    form->addRow(tr("Starts &on:"), mStart);
    form->addRow(QString(), endRow);
    form->addRow(tr("&Review every:"), mReview);
    // A layout as the field: the label needs its buddy named.
    auto *priceLabel = new QLabel(tr("Monthly &fee:"), general);
    priceLabel->setBuddy(mPrice);
    form->addRow(priceLabel, priceRow);

    // Services and targets
    auto *servicesPage = new QWidget(this);
    mServiceList = new QListWidget(servicesPage);
    mServiceList->setObjectName(u"services"_s);
    for (const Service &service : std::as_const(mServices)) {
        auto *item = new QListWidgetItem(service.code + u" — "_s + service.name, mServiceList);
        item->setData(Qt::UserRole, service.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(service.description);
    }
    mTargets = new TargetsModel(this);
    QHash<qint64, QString> serviceNames, regionNames, calendarNames;
    for (const Service &s : std::as_const(mServices))
        serviceNames.insert(s.id, s.code);
    for (const Region &r : std::as_const(mRegions))
        regionNames.insert(r.id, r.name);
    for (const CalendarRecord &c : std::as_const(mCalendars))
        calendarNames.insert(c.id, c.name);
    mTargets->setNames(serviceNames, regionNames, calendarNames);
    mTargetView = new QTableView(servicesPage);
    mTargetView->setObjectName(u"targets"_s);
    mTargetView->setModel(mTargets);
    mTargetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTargetView->setSelectionMode(QAbstractItemView::SingleSelection);
    mTargetView->horizontalHeader()->setStretchLastSection(true);
    mTargetView->setWordWrap(false);
    mTargetView->verticalHeader()->hide();
    connect(mTargetView, &QTableView::doubleClicked, this, &AgreementDialog::editTarget);
    auto *add = new QPushButton(tr("&Add target…"), servicesPage);
    auto *edit = new QPushButton(tr("&Edit target…"), servicesPage);
    auto *remove = new QPushButton(tr("&Remove target"), servicesPage);
    connect(add, &QPushButton::clicked, this, &AgreementDialog::addTarget);
    connect(edit, &QPushButton::clicked, this, &AgreementDialog::editTarget);
    connect(remove, &QPushButton::clicked, this, &AgreementDialog::removeTarget);
    auto *targetButtons = new QHBoxLayout;
    targetButtons->addWidget(add);
    targetButtons->addWidget(edit);
    targetButtons->addWidget(remove);
    targetButtons->addStretch();
    // Outside the buttons that edit: a signed agreement's targets can be backtested too.
    mBacktestButton = new QPushButton(tr("&Backtest…"), servicesPage);
    mBacktestButton->setObjectName(u"backtest"_s);
    mBacktestButton->setToolTip(tr("How would these targets have done over the last months? "
                                   "Judges them against the customer's stored tickets."));
    connect(mBacktestButton, &QPushButton::clicked, this, &AgreementDialog::backtest);
    targetButtons->addWidget(mBacktestButton);
    auto *servicesLayout = new QVBoxLayout(servicesPage);
    servicesLayout->addWidget(new QLabel(tr("Services covered:"), servicesPage));
    servicesLayout->addWidget(mServiceList, 1);
    servicesLayout->addWidget(new QLabel(tr("Service level targets:"), servicesPage));
    servicesLayout->addWidget(mTargetView, 2);
    servicesLayout->addLayout(targetButtons);

    // Hierarchy
    auto *hierarchyPage = new QWidget(this);
    mHierarchy = new QTreeWidget(hierarchyPage);
    mHierarchy->setObjectName(u"hierarchy"_s);
    mHierarchy->setHeaderLabels({tr("Agreement"), tr("Level"), tr("Status"), tr("Title")});
    mHierarchy->header()->setStretchLastSection(true);
    auto *hierarchyLayout = new QVBoxLayout(hierarchyPage);
    auto *explanation = new QLabel(tr("Multi-level agreements go from the general to the "
                                      "specific: corporate, then customer, then service level. "
                                      "The more specific level overrides the general one."),
                                   hierarchyPage);
    explanation->setWordWrap(true);
    hierarchyLayout->addWidget(explanation);
    hierarchyLayout->addWidget(mHierarchy, 1);
    mSupports = new SupportsPanel(session, hierarchyPage);
    auto *supportsBox = new QGroupBox(tr("Supporting agreements"), hierarchyPage);
    auto *supportsLayout = new QVBoxLayout(supportsBox);
    supportsLayout->addWidget(mSupports);
    hierarchyLayout->addWidget(supportsBox, 1);

    mRequirements = new RequirementsPanel(session, this);
    mApprovals = new ApprovalsPanel(session, this);
    mHistory = new HistoryPanel(session, this);
    mVersions = new VersionsPanel(session, this);
    mPerformance = new PerformancePanel(session, this);

    auto *tabs = mTabs = new QTabWidget(this);
    tabs->addTab(general, tr("&General"));
    tabs->addTab(servicesPage, tr("Services an&d targets"));
    tabs->addTab(mRequirements, tr("Re&quirements"));
    tabs->addTab(hierarchyPage, tr("&Hierarchy and support"));
    tabs->addTab(mApprovals, tr("Approval&s"));
    tabs->addTab(mHistory, tr("H&istory"));
    tabs->addTab(mVersions, tr("&Versions"));
    tabs->addTab(mPerformance, tr("Perfor&mance"));

    mReadOnlyHint = new QLabel(this);
    mReadOnlyHint->setObjectName(u"readOnlyHint"_s);
    mReadOnlyHint->setWordWrap(true);
    mReadOnlyHint->setStyleSheet(u"background: #fff4ce; padding: 6px"_s);
    mReadOnlyHint->hide();

    mError = new QLabel(this);
    mError->setObjectName(u"error"_s);
    mError->setWordWrap(true);
    mError->setStyleSheet(u"color: #b00020"_s);
    mError->hide();
    auto *buttons = mButtons = new QDialogButtonBox(
        QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgreementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AgreementDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mReadOnlyHint);
    layout->addWidget(tabs);
    layout->addWidget(mError);
    layout->addWidget(buttons);
    resize(960, 640); // eight tabs side by side, and a targets table of nine columns

    connect(mKind, &QComboBox::currentIndexChanged, this, &AgreementDialog::fillParties);
    connect(mParty, &QComboBox::currentIndexChanged, this, &AgreementDialog::fillParents);
    connect(mLevel, &QComboBox::currentIndexChanged, this, &AgreementDialog::fillParents);
    fillParties();
}

void AgreementDialog::fillParties()
{
    const qint64 current = mParty->currentData().toLongLong();
    const auto kind = partyKindFor(AgreementKind(mKind->currentData().toInt()));
    mParty->clear();
    for (const Party &party : orEmpty(mSession.workspace().parties(kind)))
        mParty->addItem(party.name, party.id);
    mParty->setCurrentIndex(std::max(0, mParty->findData(current)));
}

void AgreementDialog::fillParents()
{
    const qint64 current = mParent->count() ? mParent->currentData().toLongLong()
                                            : mOriginal.parentId;
    mParent->clear();
    mParent->addItem(tr("(none: top of its hierarchy)"), qint64(0));
    const AgreementHierarchy hierarchy(mSession.database().connection());
    const auto candidates = orEmpty(hierarchy.parentCandidates(
        mParty->currentData().toLongLong(), AgreementLevel(mLevel->currentData().toInt()),
        mOriginal.id));
    for (const auto &node : candidates) {
        mParent->addItem(
            u"%1 — %2 (%3)"_s.arg(node.number, node.title, Enums::displayName(node.level)),
            node.id);
    }
    mParent->setCurrentIndex(std::max(0, mParent->findData(current)));
}

void AgreementDialog::fillHierarchy()
{
    mHierarchy->clear();
    if (!mOriginal.id) {
        auto *item = new QTreeWidgetItem(mHierarchy, {tr("(this new agreement)")});
        item->setFirstColumnSpanned(true);
        return;
    }
    const AgreementHierarchy hierarchy(mSession.database().connection());
    QHash<qint64, QTreeWidgetItem *> items;
    for (const auto &node : orEmpty(hierarchy.treeOf(mOriginal.id))) {
        QTreeWidgetItem *parent = items.value(node.parentId);
        const QStringList columns{node.number, Enums::displayName(node.level),
                                  Enums::displayName(node.status), node.title};
        auto *item = parent ? new QTreeWidgetItem(parent, columns)
                            : new QTreeWidgetItem(mHierarchy, columns);
        if (node.id == mOriginal.id) {
            QFont font = item->font(0);
            font.setBold(true);
            for (int c = 0; c < columns.size(); ++c)
                item->setFont(c, font);
            mHierarchy->setCurrentItem(item);
        }
        items.insert(node.id, item);
    }
    mHierarchy->expandAll();
    for (int c = 0; c < 3; ++c)
        mHierarchy->resizeColumnToContents(c);
}

void AgreementDialog::setAgreement(const Agreement &a)
{
    mOriginal = a;
    mNumber->setText(a.number.isEmpty() ? QString() : u"%1 v%2"_s.arg(a.number).arg(a.version));
    mTitle->setText(a.title);
    mKind->setCurrentIndex(std::max(0, mKind->findData(int(a.kind))));
    fillParties();
    mParty->setCurrentIndex(std::max(0, mParty->findData(a.partyId)));
    mLevel->setCurrentIndex(std::max(0, mLevel->findData(int(a.level))));
    mParent->clear();
    fillParents();
    mParent->setCurrentIndex(std::max(0, mParent->findData(a.parentId)));
    mStatus->setText(Enums::displayName(a.status));
    if (a.startDate.isValid())
        mStart->setDate(a.startDate);
    mHasEnd->setChecked(a.endDate.isValid() || !a.id);
    if (a.endDate.isValid())
        mEnd->setDate(a.endDate);
    mReview->setValue(a.reviewMonths);
    mPrice->setText(a.price.toPlainString());
    if (!a.price.currency().isEmpty())
        mCurrency->setCurrentText(a.price.currency());
    for (int row = 0; row < mServiceList->count(); ++row) {
        QListWidgetItem *item = mServiceList->item(row);
        item->setCheckState(a.serviceIds.contains(item->data(Qt::UserRole).toLongLong())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    mTargets->setTargets(a.targets);
    mTargetView->resizeColumnsToContents();
    fillHierarchy();
    if (auto lifecycle = mSession.workflow().lifecycle(a.id); a.id && lifecycle)
        mRequirements->setDetails(lifecycle->charter, lifecycle->approvers);
    else
        mRequirements->setDetails({}, RequirementsPanel::defaultApprovers());
    mApprovals->setAgreement(a.id);
    mHistory->setAgreement(a.id, a.number);
    mVersions->setAgreement(a.id, a.number);
    mPerformance->setAgreement(a.id, a.number);
    mSupports->setAgreement(a.number, a.kind);
    if (Agreements::isEditable(a.status))
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

QList<Service> AgreementDialog::coveredServices() const
{
    QList<Service> covered;
    for (int row = 0; row < mServiceList->count(); ++row) {
        if (mServiceList->item(row)->checkState() == Qt::Checked)
            covered.append(mServices.at(row));
    }
    return covered;
}

Result<Agreement> AgreementDialog::agreement() const
{
    Agreement a = mOriginal;
    a.title = mTitle->text().trimmed();
    a.kind = AgreementKind(mKind->currentData().toInt());
    a.level = AgreementLevel(mLevel->currentData().toInt());
    a.partyId = mParty->currentData().toLongLong();
    a.parentId = mParent->currentData().toLongLong();
    a.status = mOriginal.status;
    a.startDate = mStart->date();
    a.endDate = mHasEnd->isChecked() ? mEnd->date() : QDate();
    a.reviewMonths = mReview->value();
    auto price = Money::parse(mPrice->text(), mCurrency->currentText().trimmed().toUpper());
    if (!price)
        return Error{tr("Monthly fee: %1").arg(price.errorString())};
    a.price = *price;
    a.serviceIds.clear();
    for (const Service &service : coveredServices())
        a.serviceIds.append(service.id);
    a.targets = mTargets->targets();
    if (auto valid = Validation::check(a); !valid)
        return valid.error();
    return a;
}

void AgreementDialog::addTarget()
{
    const auto covered = coveredServices();
    if (covered.isEmpty()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Tick the services this agreement covers first."));
        return;
    }
    TargetDialog dialog(covered, mRegions, mCalendars, this);
    if (dialog.exec() == QDialog::Accepted)
        mTargets->append(*dialog.target());
}

void AgreementDialog::editTarget()
{
    const int row = mTargetView->currentIndex().row();
    if (row < 0)
        return;
    TargetDialog dialog(mServices, mRegions, mCalendars, this);
    dialog.setTarget(mTargets->targets().at(row));
    if (dialog.exec() == QDialog::Accepted)
        mTargets->replace(row, *dialog.target());
}

void AgreementDialog::removeTarget()
{
    const int row = mTargetView->currentIndex().row();
    if (row >= 0)
        mTargets->remove(row);
}

void AgreementDialog::backtest()
{
    const qint64 partyId = mParty->currentData().toLongLong();
    if (partyId == 0) {
        QMessageBox::information(this, tr("Backtest"),
                                 tr("Choose the counterparty first: the backtest judges its "
                                    "tickets."));
        return;
    }
    const QString name = mNumber->text().isEmpty() ? mTitle->text()
                                                   : mNumber->text() + u" — "_s + mTitle->text();
    BacktestDialog dialog(mSession.database().connection(), partyId, mTargets->targets(), name,
                          this);
    QTimer::singleShot(0, &dialog, &BacktestDialog::run);
    dialog.exec();
}

void AgreementDialog::setReadOnly(bool readOnly, const QString &hint)
{
    mReadOnly = readOnly;
    mReadOnlyHint->setText(hint);
    mReadOnlyHint->setVisible(readOnly);
    // The targets table stays enabled so that a long list can still be scrolled and read.
    mTabs->widget(0)->setEnabled(!readOnly);
    mServiceList->setEnabled(!readOnly);
    mRequirements->setReadOnly(readOnly);
    for (QPushButton *button : mTabs->widget(1)->findChildren<QPushButton *>())
        button->setEnabled(!readOnly || button == mBacktestButton);
    mButtons->setStandardButtons(readOnly ? QDialogButtonBox::Close
                                          : QDialogButtonBox::Save | QDialogButtonBox::Cancel);
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

void AgreementDialog::accept()
{
    if (mReadOnly)
        return reject();
    auto a = agreement();
    Result<void> result = a ? Result<void>() : Result<void>(a.error());
    if (result && mSave) {
        const auto id = mSave(*a);
        result = id ? saveRequirements(*id) : Result<void>(id.error());
        if (id && !mOriginal.id) {
            // Saved once: a second attempt after a refusal edits it instead of adding twice.
            if (auto stored = mSession.workspace().agreement(*id))
                mOriginal = *stored;
        }
    }
    if (!result && result.error().conflict && a)
        return resolveConflict(*a, result.errorString());
    if (!result) {
        mError->setText(result.errorString());
        mError->show();
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
    if (!stored || !lifecycle) {
        mError->setText(message);
        mError->show();
        return;
    }
    const VersionDiff diff = VersionDiff::between(mSession.workspace(), *stored, *lifecycle, mine,
                                                  *lifecycle);
    QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"), message,
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Details lists what your edit would change in the stored "
                              "version."));
    box.setDetailedText(diff.isEmpty() ? tr("Your edit matches the stored version.")
                                       : diff.toLines().join(u'\n'));
    QPushButton *reload = box.addButton(tr("&Reload Their Version"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == reload) {
        setAgreement(*stored);
        mError->hide();
    } else {
        mError->setText(message);
        mError->show();
    }
}

} // namespace Accordo
