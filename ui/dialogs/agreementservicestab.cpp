#include "agreementservicestab.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/metricstore.h"
#include "dialogs/targetdialog.h"
#include "models/targetsmodel.h"
#include "pricing/applyofferingdialog.h"
#include "pricing/pricebreakdownpanel.h"
#include "session/workspacesession.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

AgreementServicesTab::AgreementServicesTab(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
{
    // Found by name: the tab has no meta-object of its own for findChild to tell it apart.
    setObjectName(u"servicesTab"_s);
    mServices = orEmpty(session.workspace().services());
    mRegions = orEmpty(session.workspace().regions());
    mCalendars = orEmpty(session.workspace().calendars());
    mMetrics = orEmpty(MetricStore(session.workspace()).definitions());

    mServiceList = newNamed<QListWidget>(u"services"_s, this);
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
    mTargetView = newNamed<QTableView>(u"targets"_s, this);
    mTargetView->setModel(mTargets);
    mTargetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTargetView->setSelectionMode(QAbstractItemView::SingleSelection);
    mTargetView->horizontalHeader()->setStretchLastSection(true);
    mTargetView->setWordWrap(false);
    mTargetView->verticalHeader()->hide();
    connect(mTargetView, &QTableView::doubleClicked, this, &AgreementServicesTab::editTarget);

    mPrices = newNamed<PriceBreakdownPanel>(u"priceBreakdown"_s, session, this);
    connect(mPrices, &PriceBreakdownPanel::applyOfferingRequested, this,
            &AgreementServicesTab::chooseOffering);

    auto *terms = new QWidget(this);
    auto *termsLayout = new QVBoxLayout(terms);
    termsLayout->setContentsMargins(0, 0, 0, 0);
    termsLayout->addWidget(new QLabel(tr("Services covered:"), terms));
    termsLayout->addWidget(mServiceList, 1);
    termsLayout->addWidget(new QLabel(tr("Service level targets:"), terms));
    termsLayout->addWidget(mTargetView, 2);
    termsLayout->addLayout(buildTargetButtons());
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(terms);
    splitter->addWidget(mPrices);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

QLayout *AgreementServicesTab::buildTargetButtons()
{
    auto *add = new QPushButton(tr("&Add target…"), this);
    auto *edit = new QPushButton(tr("&Edit target…"), this);
    auto *remove = new QPushButton(tr("&Remove target"), this);
    connect(add, &QPushButton::clicked, this, &AgreementServicesTab::addTarget);
    connect(edit, &QPushButton::clicked, this, &AgreementServicesTab::editTarget);
    connect(remove, &QPushButton::clicked, this, &AgreementServicesTab::removeTarget);
    // Outside the buttons that edit: a signed agreement's targets can be backtested too.
    mBacktestButton = newNamed<QPushButton>(u"backtest"_s, tr("&Backtest…"), this);
    mBacktestButton->setToolTip(tr("How would these targets have done over the last months? "
                                   "Judges them against the customer's stored tickets."));
    return newButtonRow({add, edit, remove}, {mBacktestButton});
}

void AgreementServicesTab::setAgreement(const Agreement &a)
{
    for (int row = 0; row < mServiceList->count(); ++row) {
        QListWidgetItem *item = mServiceList->item(row);
        item->setCheckState(a.serviceIds.contains(item->data(Qt::UserRole).toLongLong())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    mTargets->setTargets(a.targets);
    fitTargetColumns();
    mPrices->setAgreement(a);
}

void AgreementServicesTab::fitTargetColumns()
{
    // What a target is comes first: service, metric, target and goal get the room their
    // contents need; the scope columns are kept narrow and the credit tiers, long and last,
    // take what is left (their cell's tool tip has them in full).
    mTargetView->resizeColumnsToContents();
    constexpr int ScopeWidth = 130;
    for (int column : {TargetsModel::Priority, TargetsModel::Region, TargetsModel::Period,
                       TargetsModel::Calendar})
        mTargetView->setColumnWidth(column, std::min(mTargetView->columnWidth(column), ScopeWidth));
    mTargetView->setColumnWidth(TargetsModel::Credits, 0);
    mTargetView->horizontalHeader()->setStretchLastSection(true);
}

QList<Service> AgreementServicesTab::coveredServices() const
{
    QList<Service> covered;
    for (int row = 0; row < mServiceList->count(); ++row) {
        if (mServiceList->item(row)->checkState() == Qt::Checked)
            covered.append(mServices.at(row));
    }
    return covered;
}

void AgreementServicesTab::applyTo(Agreement &a) const
{
    a.serviceIds.clear();
    for (const Service &service : coveredServices())
        a.serviceIds.append(service.id);
    a.targets = mTargets->targets();
    a.priceLines = mPrices->lines();
}

QList<Target> AgreementServicesTab::targets() const
{
    return mTargets->targets();
}

void AgreementServicesTab::setReadOnly(bool readOnly)
{
    // The targets table stays enabled so that a long list can still be scrolled and read.
    mServiceList->setEnabled(!readOnly);
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setEnabled(!readOnly || button == mBacktestButton);
    // The what-if only reads: it stays open to whoever may see the agreement.
    mPrices->setReadOnly(readOnly);
}

QList<Service> AgreementServicesTab::coveredServicesOrHint()
{
    const QList<Service> covered = coveredServices();
    if (covered.isEmpty())
        QMessageBox::information(this, window()->windowTitle(),
                                 tr("Tick the services this agreement covers first."));
    return covered;
}

void AgreementServicesTab::addTarget()
{
    const auto covered = coveredServicesOrHint();
    if (covered.isEmpty())
        return;
    TargetDialog dialog(covered, mRegions, mCalendars, this);
    dialog.setMetricDefinitions(mMetrics);
    if (const auto added = dialog.ask())
        mTargets->append(*added);
}

void AgreementServicesTab::editTarget()
{
    const int row = mTargetView->currentIndex().row();
    if (row < 0)
        return;
    const Target before = mTargets->targets().at(row);
    TargetDialog dialog(mServices, mRegions, mCalendars, this);
    dialog.setMetricDefinitions(mMetrics);
    auto edited = dialog.ask(before);
    if (!edited)
        return;
    // The mark stays; saving keeps it only while the target is as its offering states it.
    edited->offeringId = before.offeringId;
    mTargets->replace(row, *edited);
}

Result<void> AgreementServicesTab::applyOffering(const Offering &offering, qint64 quantity)
{
    Agreement a;
    a.price = Money(0, mPrices->currency());
    applyTo(a);
    auto applied = Pricing::applied(a, offering, quantity);
    if (!applied)
        return applied.error();
    mTargets->setTargets(applied->targets);
    fitTargetColumns();
    mPrices->setLines(applied->priceLines);
    return {};
}

void AgreementServicesTab::chooseOffering()
{
    const auto covered = coveredServicesOrHint();
    if (covered.isEmpty())
        return;
    ApplyOfferingDialog dialog(covered, mPrices->offerings(), mPrices->currency(), this);
    if (const Target *t = mTargets->rowAt(mTargetView->currentIndex().row()))
        dialog.setService(t->serviceId);
    if (dialog.exec() != QDialog::Accepted || !dialog.offering())
        return;
    if (auto r = applyOffering(*dialog.offering(), dialog.quantity()); !r)
        QMessageBox::warning(this, window()->windowTitle(), r.errorString());
}

void AgreementServicesTab::removeTarget()
{
    const int row = mTargetView->currentIndex().row();
    if (row >= 0)
        mTargets->remove(row);
}

} // namespace Accordo
