#include "pricebreakdownpanel.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/offeringstore.h"
#include "data/workspace.h"
#include "domain/targetvalue.h"
#include "models/pricelinesmodel.h"
#include "session/workspacesession.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// "3 of 5 met (60 %)", or a dash when no ticket was decided.
QString figure(const BacktestFigure &f)
{
    const qint64 decided = f.met + f.breached;
    if (decided == 0)
        return PriceBreakdownPanel::tr("no tickets");
    return PriceBreakdownPanel::tr("%1 of %2 met (%3 %)")
        .arg(f.met)
        .arg(decided)
        .arg(TargetValue::formatMilli(f.met * 100000 / decided));
}

} // namespace

PriceBreakdownPanel::PriceBreakdownPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), mSession(session)
{
    mOfferings = orEmpty(OfferingStore(session.workspace()).offerings());
    for (const Service &s : orEmpty(session.workspace().services()))
        mServiceCodes.insert(s.id, s.code);

    mModel = new PriceLinesModel(this);
    mModel->setServiceNames(mServiceCodes);
    mView = newNamed<QTableView>(u"priceLines"_s, this);
    mView->setModel(mModel);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setStretchLastSection(true);
    mTotal = newNamed<QLabel>(u"total"_s, this);
    connect(mModel, &QAbstractItemModel::dataChanged, this, &PriceBreakdownPanel::updateTotal);
    connect(mModel, &QAbstractItemModel::rowsInserted, this, &PriceBreakdownPanel::updateTotal);
    connect(mModel, &QAbstractItemModel::rowsRemoved, this, &PriceBreakdownPanel::updateTotal);
    connect(mModel, &QAbstractItemModel::modelReset, this, &PriceBreakdownPanel::updateTotal);

    // The lines and the what-if side by side: stacked, the what-if's table left the lines
    // two rows of a 768-pixel screen.
    auto *lines = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(lines);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(new QLabel(tr("Price breakdown (per month):"), lines));
    linesLayout->addWidget(mView, 1);
    linesLayout->addLayout(buildButtons());
    auto *splitter = newNamed<QSplitter>(u"breakdownSplitter"_s, Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(lines);
    splitter->addWidget(buildWhatIf());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    // Six lines whole: the services of a typical agreement and a discount.
    mView->setMinimumHeight(6 * mView->verticalHeader()->defaultSectionSize()
                            + mView->horizontalHeader()->sizeHint().height()
                            + 2 * mView->frameWidth());
}

QLayout *PriceBreakdownPanel::buildButtons()
{
    mApply = newNamed<QPushButton>(u"applyOffering"_s, tr("Apply &offering…"), this);
    mApply->setToolTip(tr("Copy a service level's targets and price into this agreement"));
    auto *discount = newNamed<QPushButton>(u"addDiscount"_s, tr("Add dis&count…"), this);
    auto *remove = newNamed<QPushButton>(u"removeLine"_s, tr("Remove &line"), this);
    connect(mApply, &QPushButton::clicked, this, &PriceBreakdownPanel::applyOfferingRequested);
    connect(discount, &QPushButton::clicked, this, &PriceBreakdownPanel::addDiscount);
    connect(remove, &QPushButton::clicked, this, &PriceBreakdownPanel::removeLine);
    return newButtonRow({mApply, discount, remove}, {mTotal});
}

QGroupBox *PriceBreakdownPanel::buildWhatIf()
{
    mWhatIf = newNamed<QGroupBox>(u"whatIf"_s, tr("What-if: another level"), this);
    mWhatIfService = newNamed<QComboBox>(u"whatIfService"_s, mWhatIf);
    mWhatIfLevel = newNamed<QComboBox>(u"whatIfLevel"_s, mWhatIf);
    auto *run = newNamed<QPushButton>(u"compare"_s, tr("Co&mpare"), mWhatIf);
    run->setToolTip(tr("The price difference, and how the level's targets would have done on "
                       "the customer's tickets of the last twelve months"));
    mWhatIfPrice = newNamed<QLabel>(u"whatIfPrice"_s, mWhatIf);
    mWhatIfPrice->setWordWrap(true);
    mWhatIfTargets = newNamed<QTableWidget>(u"whatIfTargets"_s, 0, 3, mWhatIf);
    mWhatIfTargets->setHorizontalHeaderLabels(
        {tr("Target"), tr("Now"), tr("With the other level")});
    mWhatIfTargets->verticalHeader()->hide();
    // The figures take what they need; the target's long name the rest, in full as a tip.
    mWhatIfTargets->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mWhatIfTargets->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mWhatIfTargets->setWordWrap(false);
    mWhatIfTargets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(mWhatIfService, &QComboBox::currentIndexChanged, this,
            &PriceBreakdownPanel::fillWhatIfLevels);
    connect(run, &QPushButton::clicked, this, &PriceBreakdownPanel::compare);

    auto *choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("Switch"), mWhatIf));
    choice->addWidget(mWhatIfService, 1);
    choice->addWidget(new QLabel(tr("to"), mWhatIf));
    choice->addWidget(mWhatIfLevel, 1);
    choice->addWidget(run);
    auto *layout = new QVBoxLayout(mWhatIf);
    layout->addLayout(choice);
    layout->addWidget(mWhatIfPrice);
    layout->addWidget(mWhatIfTargets, 1);
    return mWhatIf;
}

void PriceBreakdownPanel::setAgreement(const Agreement &agreement)
{
    mAgreementId = agreement.id;
    mStatus = agreement.status;
    mCurrency = agreement.price.currency();
    setLines(agreement.priceLines);
    // The what-if compares with the stored version, so it is for a saved agreement that is
    // still being negotiated.
    mWhatIf->setVisible(agreement.id != 0
                        && (agreement.status == AgreementStatus::Negotiation
                            || agreement.status == AgreementStatus::Draft));
    mWhatIfService->clear();
    for (qint64 serviceId : agreement.serviceIds)
        mWhatIfService->addItem(mServiceCodes.value(serviceId), serviceId);
    mWhatIfPrice->clear();
    mWhatIfTargets->setRowCount(0);
}

void PriceBreakdownPanel::setLines(const QList<PriceLine> &lines)
{
    mModel->setLines(lines);
    mView->resizeColumnsToContents();
    mView->horizontalHeader()->setStretchLastSection(true);
}

QList<PriceLine> PriceBreakdownPanel::lines() const
{
    return mModel->lines();
}

void PriceBreakdownPanel::setReadOnly(bool readOnly)
{
    mView->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                    : QAbstractItemView::DoubleClicked
                                          | QAbstractItemView::EditKeyPressed);
    for (QPushButton *button : findChildren<QPushButton *>()) {
        if (button->parent() != mWhatIf)
            button->setEnabled(!readOnly);
    }
}

void PriceBreakdownPanel::updateTotal()
{
    if (mModel->lines().isEmpty()) {
        mTotal->setText(tr("No breakdown: the fee on the General tab applies"));
        return;
    }
    const auto total = Pricing::total(mModel->lines(), mCurrency);
    mTotal->setText(total ? tr("<b>Total: %1 a month</b>").arg(total->toDisplayString())
                          : tr("Total: %1").arg(total.errorString()));
}

void PriceBreakdownPanel::fillWhatIfLevels()
{
    const qint64 serviceId = mWhatIfService->currentData().toLongLong();
    mWhatIfLevel->clear();
    for (const Offering &o : std::as_const(mOfferings)) {
        if (o.serviceId == serviceId && o.price.currency() == mCurrency)
            mWhatIfLevel->addItem(o.name, o.id);
    }
}

bool PriceBreakdownPanel::compare()
{
    const qint64 offeringId = mWhatIfLevel->currentData().toLongLong();
    if (offeringId == 0) {
        mWhatIfPrice->setText(tr("The service has no offering priced in %1.").arg(mCurrency));
        return false;
    }
    auto result = WhatIfAnalysis::compare(mSession.workspace(), mAgreementId, offeringId,
                                          mToday.isValid() ? mToday : QDate::currentDate());
    if (!result) {
        mWhatIfPrice->setText(result.errorString());
        mWhatIfTargets->setRowCount(0);
        return false;
    }
    showWhatIf(*result);
    return true;
}

void PriceBreakdownPanel::showWhatIf(const WhatIf &r)
{
    const qint64 difference = r.difference.minorUnits();
    const QString change =
        difference == 0  ? tr("the same price")
        : difference > 0 ? tr("%1 more a month").arg(r.difference.toDisplayString())
                         : tr("%1 less a month")
                               .arg(Money(-difference, r.difference.currency()).toDisplayString());
    mWhatIfPrice->setText(tr("%1 from %2 to %3: %4 → %5, %6.")
                              .arg(mServiceCodes.value(r.serviceId),
                                   r.fromLevel.isEmpty() ? tr("no level") : r.fromLevel, r.toLevel,
                                   r.currentFee.toDisplayString(), r.proposedFee.toDisplayString(),
                                   change));
    const qsizetype rows = std::max(r.current.size(), r.proposed.size());
    mWhatIfTargets->setRowCount(int(rows));
    for (qsizetype row = 0; row < rows; ++row) {
        const BacktestFigure *now = row < r.current.size() ? &r.current.at(row) : nullptr;
        const BacktestFigure *then = row < r.proposed.size() ? &r.proposed.at(row) : nullptr;
        const QString name = then ? then->target : now->target;
        const qint64 goal = then ? then->goalMilli : now->goalMilli;
        auto *target = new QTableWidgetItem(
            goal ? tr("%1 (goal %2 %)").arg(name, TargetValue::formatMilli(goal)) : name);
        target->setToolTip(target->text());
        mWhatIfTargets->setItem(int(row), 0, target);
        mWhatIfTargets->setItem(int(row), 1, new QTableWidgetItem(now ? figure(*now) : QString()));
        mWhatIfTargets->setItem(int(row), 2,
                                new QTableWidgetItem(then ? figure(*then) : QString()));
    }
}

QString PriceBreakdownPanel::whatIfText() const
{
    return mWhatIfPrice->text();
}

void PriceBreakdownPanel::addDiscount()
{
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Add Discount"),
                                                tr("What is the discount for?"), QLineEdit::Normal,
                                                tr("Negotiated discount"), &ok);
    if (!ok || label.trimmed().isEmpty())
        return;
    const QString text = QInputDialog::getText(
        this, tr("Add Discount"), tr("Discount per month in %1, e.g. 250.00:").arg(mCurrency),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto amount = Money::parse(text, mCurrency);
    if (!amount || amount->currency() != mCurrency || amount->minorUnits() == 0) {
        QMessageBox::warning(this, tr("Add Discount"),
                             amount ? tr("Give an amount in %1 other than zero.").arg(mCurrency)
                                    : amount.errorString());
        return;
    }
    mModel->append({0, 0, label.trimmed(), PriceBasis::Month, 1,
                    Money(-std::abs(amount->minorUnits()), mCurrency)});
}

void PriceBreakdownPanel::removeLine()
{
    mModel->remove(mView->currentIndex().row());
}

} // namespace Accordo
