#include "agreementgeneraltab.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/agreementhierarchy.h"
#include "data/agreementrules.h"
#include "data/reviewstore.h"
#include "data/userdirectory.h"
#include "lifecycle/agreementworkflow.h"
#include "session/workspacesession.h"
#include "widgets/dateedit.h"
#include "widgets/localetext.h"
#include "workflow/workflowtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Accordo {

AgreementGeneralTab::AgreementGeneralTab(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), mSession(session)
{
    mNumber = new QLineEdit(this);
    mNumber->setReadOnly(true);
    mNumber->setPlaceholderText(tr("assigned when saved"));
    mTitle = newNamed<QLineEdit>(u"title"_s, this);
    mKind = new QComboBox(this);
    for (AgreementKind kind : Enums::all<AgreementKind>())
        mKind->addItem(Enums::displayName(kind), int(kind));
    mLevel = new QComboBox(this);
    for (AgreementLevel level : Enums::all<AgreementLevel>())
        mLevel->addItem(Enums::displayName(level), int(level));
    mParty = newNamed<QComboBox>(u"party"_s, this);
    // No counterparty is assumed: an agreement with the first name in the list by mistake is
    // worse than a save that asks for one.
    mParty->setPlaceholderText(tr("Choose the counterparty"));
    mParent = new QComboBox(this);
    mOwner = newNamed<QComboBox>(u"owner"_s, this);
    mOwner->setToolTip(tr("The provider's representative who talks to the customer: alerts "
                          "and new actions go to them"));
    // Read-only: the status changes only through the workflow steps.
    mStatus = newNamed<QLabel>(u"status"_s, this);
    mStatus->setToolTip(tr("Use the Workflow menu to move the agreement on."));
    mStart = newNamed<DateEdit>(u"startDate"_s, QDate::currentDate(), this);
    mHasEnd = new QCheckBox(tr("Ends on"), this);
    mHasEnd->setChecked(true);
    mEnd = newNamed<DateEdit>(u"endDate"_s, QDate::currentDate().addYears(2), this);
    connect(mHasEnd, &QCheckBox::toggled, mEnd, &QWidget::setEnabled);
    mReview = new QSpinBox(this);
    mReview->setRange(1, 120);
    mReview->setValue(12);
    mReview->setSuffix(tr(" months"));
    mPrice = newNamed<QLineEdit>(u"price"_s, Money(0, {}).toDisplayString(locale()), this);
    mPrice->setToolTip(tr("Fee per month, exact to the cent, e.g. %1")
                           .arg(Money(1250000, {}).toDisplayString(locale())));
    mCurrency = new QComboBox(this);
    mCurrency->setEditable(true);
    mCurrency->addItems({u"EUR"_s, u"GBP"_s, u"USD"_s, u"SGD"_s, u"CHF"_s});
    buildForm();

    connect(mKind, &QComboBox::currentIndexChanged, this, &AgreementGeneralTab::fillParties);
    connect(mParty, &QComboBox::currentIndexChanged, this, &AgreementGeneralTab::fillParents);
    connect(mLevel, &QComboBox::currentIndexChanged, this, &AgreementGeneralTab::fillParents);
    fillParties();
    fillOwners({});
}

void AgreementGeneralTab::buildForm()
{
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(mPrice, 1);
    priceRow->addWidget(mCurrency);
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(mHasEnd);
    endRow->addWidget(mEnd, 1);

    auto *form = newForm({{tr("Number:"), mNumber},
                          {tr("&Title:"), mTitle},
                          {tr("&Kind:"), mKind},
                          {tr("&Level:"), mLevel},
                          {tr("&Counterparty:"), mParty},
                          {tr("&Parent agreement:"), mParent},
                          {tr("O&wner:"), mOwner},
                          {tr("Status:"), mStatus},
                          {tr("Starts &on:"), mStart},
                          {QString(), endRow},
                          {tr("&Review every:"), mReview}},
                         this);
    // A layout as the field: the label needs its buddy named.
    auto *priceLabel = new QLabel(tr("Monthly &fee:"), this);
    priceLabel->setBuddy(mPrice);
    form->addRow(priceLabel, priceRow);
}

void AgreementGeneralTab::fillParties()
{
    const qint64 current = mParty->currentData().toLongLong();
    const auto kind = Agreements::counterpartyKind(AgreementKind(mKind->currentData().toInt()));
    mParty->clear();
    for (const Party &party : orEmpty(mSession.workspace().parties(kind)))
        mParty->addItem(party.name, party.id);
    mParty->setCurrentIndex(current ? mParty->findData(current) : -1);
}

void AgreementGeneralTab::fillParents()
{
    const qint64 current = mParent->count() ? mParent->currentData().toLongLong() : mParentId;
    mParent->clear();
    mParent->addItem(tr("(none: top of its hierarchy)"), qint64(0));
    const AgreementHierarchy hierarchy(mSession.database().connection());
    const auto candidates = orEmpty(
        hierarchy.parentCandidates(mParty->currentData().toLongLong(),
                                   AgreementLevel(mLevel->currentData().toInt()), mAgreementId));
    for (const auto &node : candidates) {
        mParent->addItem(
            u"%1 — %2 (%3)"_s.arg(node.number, node.title, Enums::displayName(node.level)),
            node.id);
    }
    mParent->setCurrentIndex(std::max(0, mParent->findData(current)));
}

void AgreementGeneralTab::fillOwners(const QString &current)
{
    mOwner->clear();
    mOwner->addItem(tr("(no owner yet)"), QString());
    // A deactivated owner still shows as the one stored, but cannot be chosen again.
    for (const User &user : orEmpty(UserDirectory(mSession.database().connection()).users())) {
        if (!user.active && user.name != current)
            continue;
        mOwner->addItem(user.displayName.isEmpty() ? user.name
                                                   : tr("%1 (%2)").arg(user.displayName, user.name),
                        user.name);
    }
    mOwner->setCurrentIndex(std::max(0, mOwner->findData(current)));
}

QString AgreementGeneralTab::ownerName() const
{
    return mOwner->currentData().toString();
}

void AgreementGeneralTab::setReadOnly(bool readOnly, bool ownerEditable)
{
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        child->setEnabled(!readOnly || (child == mOwner && ownerEditable));
}

void AgreementGeneralTab::setAgreement(const Agreement &a)
{
    mStoredOwner.clear();
    if (!a.number.isEmpty()) {
        // An owner that cannot be read shows as none; saving then says what failed.
        if (auto owner = AgreementOwners(mSession.workspace()).ownerOf(a.number))
            mStoredOwner = *owner;
    }
    fillOwners(mStoredOwner);
    mAgreementId = a.id;
    mParentId = a.parentId;
    mNumber->setText(a.number.isEmpty() ? QString() : u"%1 v%2"_s.arg(a.number).arg(a.version));
    mTitle->setText(a.title);
    mKind->setCurrentIndex(std::max(0, mKind->findData(int(a.kind))));
    fillParties();
    mParty->setCurrentIndex(a.partyId ? mParty->findData(a.partyId) : -1);
    mLevel->setCurrentIndex(std::max(0, mLevel->findData(int(a.level))));
    mParent->clear();
    fillParents();
    mParent->setCurrentIndex(std::max(0, mParent->findData(a.parentId)));
    mStatus->setText(WorkflowText::status(a.status, a.startDate, mSession.workflow().today()));
    if (a.startDate.isValid())
        mStart->setDate(a.startDate);
    mHasEnd->setChecked(a.endDate.isValid() || !a.id);
    if (a.endDate.isValid())
        mEnd->setDate(a.endDate);
    mReview->setValue(a.reviewMonths);
    mPrice->setText(Money(a.price.minorUnits(), {}).toDisplayString(locale()));
    if (!a.price.currency().isEmpty())
        mCurrency->setCurrentText(a.price.currency());
}

Result<void> AgreementGeneralTab::applyTo(Agreement &a) const
{
    a.title = mTitle->text().trimmed();
    a.kind = AgreementKind(mKind->currentData().toInt());
    a.level = AgreementLevel(mLevel->currentData().toInt());
    a.partyId = mParty->currentData().toLongLong();
    a.parentId = mParent->currentData().toLongLong();
    if (!mStart->date().isValid())
        return Error{tr("Starts on: %1").arg(mStart->errorText())};
    if (mHasEnd->isChecked() && !mEnd->date().isValid())
        return Error{tr("Ends on: %1").arg(mEnd->errorText())};
    a.startDate = mStart->date();
    a.endDate = mHasEnd->isChecked() ? mEnd->date() : QDate();
    a.reviewMonths = mReview->value();
    auto price = Money::parse(LocaleText::plainDecimal(mPrice->text(), locale()),
                              mCurrency->currentText().trimmed().toUpper());
    if (!price)
        return Error{tr("Monthly fee: %1").arg(price.errorString())};
    a.price = *price;
    return {};
}

qint64 AgreementGeneralTab::partyId() const
{
    return mParty->currentData().toLongLong();
}

QString AgreementGeneralTab::displayName() const
{
    return mNumber->text().isEmpty() ? mTitle->text() : mNumber->text() + u" — "_s + mTitle->text();
}

} // namespace Accordo
