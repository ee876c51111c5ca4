#include "offeringsdialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/offeringstore.h"
#include "data/records.h"
#include "data/workspace.h"
#include "dialogs/targetdialog.h"
#include "domain/targetvalue.h"
#include "models/targetsmodel.h"
#include "session/workspacesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

OfferingDialog::OfferingDialog(WorkspaceSession &session, Save save, QWidget *parent)
    : QDialog(parent), mSave(std::move(save))
{
    setWindowTitle(tr("Service Level Offering"));
    mServices = orEmpty(session.workspace().services());
    mRegions = orEmpty(session.workspace().regions());
    mCalendars = orEmpty(session.workspace().calendars());
    mService = newNamed<QComboBox>(u"service"_s, this);
    QHash<qint64, QString> serviceNames, regionNames, calendarNames;
    for (const Service &s : std::as_const(mServices)) {
        mService->addItem(s.code + u" — "_s + s.name, s.id);
        serviceNames.insert(s.id, s.code);
    }
    for (const Region &r : std::as_const(mRegions))
        regionNames.insert(r.id, r.name);
    for (const CalendarRecord &c : std::as_const(mCalendars))
        calendarNames.insert(c.id, c.name);
    mName = newNamed<QLineEdit>(u"name"_s, this);
    mName->setPlaceholderText(tr("e.g. Gold"));
    mDescription = newNamed<QLineEdit>(u"description"_s, this);
    mPrice = newNamed<QLineEdit>(u"price"_s, this);
    mPrice->setPlaceholderText(tr("e.g. EUR 1200.00"));
    mBasis = newNamed<QComboBox>(u"basis"_s, this);
    for (PriceBasis basis : {PriceBasis::Month, PriceBasis::User, PriceBasis::Unit})
        mBasis->addItem(Pricing::displayName(basis), Pricing::key(basis));
    mTargets = new TargetsModel(this);
    mTargets->setNames(serviceNames, regionNames, calendarNames);
    mTargetView = newNamed<QTableView>(u"targets"_s, this);
    mTargetView->setModel(mTargets);
    mTargetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTargetView->verticalHeader()->hide();
    mTargetView->horizontalHeader()->setStretchLastSection(true);
    connect(mTargetView, &QTableView::doubleClicked, this, &OfferingDialog::editTarget);

    auto *form = newForm({{tr("&Service:"), mService},
                          {tr("&Level:"), mName},
                          {tr("&Description:"), mDescription},
                          {tr("&Price per month:"), mPrice},
                          {tr("Price &counts:"), mBasis}});
    auto *add = new QPushButton(tr("&Add target…"), this);
    auto *edit = new QPushButton(tr("&Edit target…"), this);
    auto *remove = new QPushButton(tr("&Remove target"), this);
    connect(add, &QPushButton::clicked, this, &OfferingDialog::addTarget);
    connect(edit, &QPushButton::clicked, this, &OfferingDialog::editTarget);
    connect(remove, &QPushButton::clicked, this,
            [this] { mTargets->remove(mTargetView->currentIndex().row()); });
    auto *targetButtons = newButtonRow({add, edit, remove});
    auto *buttons = newDialogButtons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mTargetView, 1);
    layout->addLayout(targetButtons);
    layout->addWidget(buttons);
    resize(820, 460);
}

void OfferingDialog::setOffering(const Offering &o)
{
    mOffering = o;
    mService->setCurrentIndex(std::max(0, mService->findData(o.serviceId)));
    mName->setText(o.name);
    mDescription->setText(o.description);
    mPrice->setText(o.price.currency().isEmpty()
                        ? QString()
                        : o.price.currency() + u" "_s + o.price.toPlainString());
    mBasis->setCurrentIndex(std::max(0, mBasis->findData(Pricing::key(o.basis))));
    mTargets->setTargets(o.targets);
}

QList<Service> OfferingDialog::chosenService() const
{
    for (const Service &s : mServices) {
        if (s.id == mService->currentData().toLongLong())
            return {s};
    }
    return {};
}

Result<Offering> OfferingDialog::offering() const
{
    Offering o = mOffering;
    o.serviceId = mService->currentData().toLongLong();
    o.name = mName->text().trimmed();
    o.description = mDescription->text().trimmed();
    auto price = Money::parse(mPrice->text());
    if (!price)
        return Error{tr("Price: %1").arg(price.errorString())};
    if (price->currency().isEmpty())
        return Error{tr("Price: name the currency, e.g. EUR 1200.00")};
    o.price = *price;
    o.basis = Pricing::basisFromKey(mBasis->currentData().toString()).value_or(PriceBasis::Month);
    o.targets = mTargets->targets();
    for (Target &t : o.targets)
        t.serviceId = o.serviceId;
    if (auto valid = Pricing::check(o); !valid)
        return valid.error();
    return o;
}

void OfferingDialog::accept()
{
    auto o = offering();
    Result<void> saved = o ? mSave(*o) : Result<void>(o.error());
    if (!saved) {
        QMessageBox::warning(this, windowTitle(), saved.errorString());
        return;
    }
    QDialog::accept();
}

void OfferingDialog::addTarget()
{
    TargetDialog dialog(chosenService(), mRegions, mCalendars, this);
    if (const auto added = dialog.ask())
        mTargets->append(*added);
}

void OfferingDialog::editTarget()
{
    const int row = mTargetView->currentIndex().row();
    if (row < 0)
        return;
    TargetDialog dialog(chosenService(), mRegions, mCalendars, this);
    if (const auto edited = dialog.ask(mTargets->targets().at(row)))
        mTargets->replace(row, *edited);
}

OfferingsDialog::OfferingsDialog(WorkspaceSession &session, QWidget *parent)
    : QDialog(parent), mSession(session)
{
    setWindowTitle(tr("Service Level Offerings"));
    mTable = newNamed<QTableWidget>(u"offerings"_s, 0, 5, this);
    mTable->setHorizontalHeaderLabels(
        {tr("Service"), tr("Level"), tr("Price"), tr("Per"), tr("Targets")});
    showRowsReadOnly(mTable);
    mTable->horizontalHeader()->setStretchLastSection(true);
    connect(mTable, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { edit(mOfferings.value(row).id); });
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *change = new QPushButton(tr("&Edit…"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] { edit(0); });
    connect(change, &QPushButton::clicked, this,
            [this] { edit(mOfferings.value(mTable->currentRow()).id); });
    connect(remove, &QPushButton::clicked, this, &OfferingsDialog::remove);
    auto *close = newDialogButtons(this, QDialogButtonBox::Close);
    stackVertically(this, {mTable, newButtonRow({add, change, remove}, {close})});
    resize(900, 520);
    reload();
}

void OfferingsDialog::reload()
{
    auto offerings = OfferingStore(mSession.workspace()).offerings();
    if (!offerings) {
        QMessageBox::warning(this, windowTitle(), offerings.errorString());
        return;
    }
    mOfferings = *offerings;
    QHash<qint64, QString> codes;
    for (const Service &s : orEmpty(mSession.workspace().services()))
        codes.insert(s.id, s.code);
    mTable->setRowCount(int(mOfferings.size()));
    for (int row = 0; row < mOfferings.size(); ++row) {
        const Offering &o = mOfferings.at(row);
        QStringList targets;
        for (const Target &t : o.targets)
            targets.append(u"%1 %2"_s.arg(Enums::displayName(t.metric),
                                          TargetValue::format(t.metric, t.threshold)));
        const QStringList cells{codes.value(o.serviceId), o.name, o.price.toDisplayString(),
                                Pricing::displayName(o.basis), targets.join(u"; "_s)};
        for (int column = 0; column < cells.size(); ++column)
            mTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    mTable->resizeColumnsToContents();
    mTable->horizontalHeader()->setStretchLastSection(true);
}

void OfferingsDialog::edit(qint64 id)
{
    OfferingStore store(mSession.workspace());
    OfferingDialog dialog(
        mSession,
        [&store, id](const Offering &o) -> Result<void> {
            if (id == 0)
                return Records::done(store.insert(o));
            return store.update(o);
        },
        this);
    if (id != 0) {
        auto o = store.offering(id);
        if (!o) {
            QMessageBox::warning(this, windowTitle(), o.errorString());
            return;
        }
        dialog.setOffering(*o);
    }
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void OfferingsDialog::remove()
{
    const int row = mTable->currentRow();
    if (row < 0 || row >= mOfferings.size())
        return;
    const Offering &o = mOfferings.at(row);
    if (QMessageBox::question(this, windowTitle(), tr("Remove the offering %1?").arg(o.name))
        != QMessageBox::Yes)
        return;
    if (auto r = OfferingStore(mSession.workspace()).remove(o.id); !r)
        QMessageBox::warning(this, windowTitle(), r.errorString());
    reload();
}

} // namespace Accordo
