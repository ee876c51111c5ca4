#include "partydialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "widgets/contactstable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo {

PartyDialog::PartyDialog(const QList<Region> &regions, const QList<Service> &services, Save save,
                         QWidget *parent)
    : RecordDialog(parent), mSave(std::move(save))
{
    setWindowTitle(tr("Customer"));
    mKind = newNamed<QComboBox>(u"kind"_s, this);
    for (PartyKind kind : Enums::all<PartyKind>())
        mKind->addItem(Enums::displayName(kind), int(kind));
    mName = newNamed<QLineEdit>(u"name"_s, this);
    mName->setMaxLength(200);
    mRegion = newNamed<QComboBox>(u"region"_s, this);
    mRegion->addItem(tr("(none)"), qint64(0));
    for (const Region &region : regions)
        mRegion->addItem(region.name, region.id);
    mSegment = newNamed<QComboBox>(u"segment"_s, this);
    mSegment->setEditable(true);
    mSegment->addItems(
        {QString(), tr("Enterprise"), tr("Mid-market"), tr("Small business"), tr("Public sector")});
    mContact = newNamed<QLineEdit>(u"contact"_s, this);
    mEmail = newNamed<QLineEdit>(u"email"_s, this);
    mEmail->setPlaceholderText(tr("name@example.com"));
    // What the coverage check holds against the signed SLAs in force.
    mDelivered = newNamed<QListWidget>(u"delivered"_s, this);
    mDelivered->setToolTip(tr("Services this party receives. The portfolio check reports each "
                              "one that no signed SLA in force covers."));
    for (const Service &service : services) {
        auto *item = new QListWidgetItem(service.code + u" — "_s + service.name, mDelivered);
        item->setData(Qt::UserRole, service.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    mExternalId = newNamed<QLineEdit>(u"externalId"_s, this);
    mExternalId->setPlaceholderText(tr("the CRM's account id, if it is there"));
    mCrmStatus = newNamed<QComboBox>(u"crmStatus"_s, this);
    mCrmStatus->addItem(tr("Active"), u"active"_s);
    mCrmStatus->addItem(tr("Lost"), u"lost"_s);
    mCrmStatus->addItem(tr("Terminated"), u"terminated"_s);
    mCrmStatus->setToolTip(tr("Lost or terminated puts the party's agreements in force on the "
                              "reviews-and-renewals list: their termination is to be decided."));
    mContacts = new ContactsTable(this);
    mContacts->setMinimumHeight(150);
    auto *form = newForm({{tr("&Kind:"), mKind},
                          {tr("&Name:"), mName},
                          {tr("&Region:"), mRegion},
                          {tr("&Segment:"), mSegment},
                          {tr("&Contact:"), mContact},
                          {tr("&E-mail:"), mEmail},
                          {tr("Services &delivered:"), mDelivered},
                          {tr("CRM &account id:"), mExternalId},
                          {tr("CRM s&tatus:"), mCrmStatus},
                          {tr("C&ontacts:"), mContacts}});
    // With contacts, the primary one (the first) is the party's contact and e-mail.
    connect(mContacts, &ContactsTable::changed, this, [this] {
        const QList<PartyContact> contacts = mContacts->contacts();
        mContact->setReadOnly(!contacts.isEmpty());
        mEmail->setReadOnly(!contacts.isEmpty());
        if (!contacts.isEmpty()) {
            mContact->setText(contacts.first().name);
            mEmail->setText(contacts.first().email);
        }
        updateOk();
    });

    connect(mName, &QLineEdit::textChanged, this, &PartyDialog::updateOk);
    connect(mEmail, &QLineEdit::textChanged, this, &PartyDialog::updateOk);
    setContent(form);
    // From the customer straight to an agreement with it: saved first, so nothing typed is lost.
    mNewAgreement = findChild<QDialogButtonBox *>()->addButton(tr("Save and New &Agreement…"),
                                                               QDialogButtonBox::ActionRole);
    mNewAgreement->setObjectName(u"newAgreement"_s);
    mNewAgreement->hide();
    connect(mNewAgreement, &QPushButton::clicked, this, [this] {
        mNewAgreementAsked = true;
        accept();
        if (result() != QDialog::Accepted)
            mNewAgreementAsked = false;
    });
    setMinimumWidth(520);
    updateOk();
}

void PartyDialog::setParty(const Party &party)
{
    setStored(party);
    mStored = party;
    mKind->setCurrentIndex(mKind->findData(int(party.kind)));
    mName->setText(party.name);
    const int region = mRegion->findData(party.regionId);
    mRegion->setCurrentIndex(region < 0 ? 0 : region);
    mSegment->setCurrentText(party.segment);
    mContact->setText(party.contact);
    mEmail->setText(party.email);
    for (int row = 0; row < mDelivered->count(); ++row) {
        QListWidgetItem *item = mDelivered->item(row);
        item->setCheckState(
            party.deliveredServiceIds.contains(item->data(Qt::UserRole).toLongLong())
                ? Qt::Checked
                : Qt::Unchecked);
    }
    mExternalId->setText(party.externalId);
    mCrmStatus->setCurrentIndex(std::max(0, mCrmStatus->findData(party.crmStatus)));
    mContacts->setContacts(party.contacts);
    mNewAgreement->setVisible(party.id != 0);
    setWindowTitle(party.id ? tr("Edit %1").arg(party.name)
                            : tr("New %1").arg(Enums::displayName(party.kind).toLower()));
}

Party PartyDialog::party() const
{
    Party p = storedRecord<Party>();
    p.kind = PartyKind(mKind->currentData().toInt());
    p.name = mName->text().trimmed();
    p.regionId = mRegion->currentData().toLongLong();
    p.segment = mSegment->currentText().trimmed();
    p.contact = mContact->text().trimmed();
    p.email = mEmail->text().trimmed();
    for (int row = 0; row < mDelivered->count(); ++row) {
        const QListWidgetItem *item = mDelivered->item(row);
        if (item->checkState() == Qt::Checked)
            p.deliveredServiceIds.append(item->data(Qt::UserRole).toLongLong());
    }
    std::sort(p.deliveredServiceIds.begin(), p.deliveredServiceIds.end()); // as stored
    p.externalId = mExternalId->text().trimmed();
    p.crmStatus = mCrmStatus->currentData().toString();
    p.crmImported = mStored.crmImported;
    p.contacts = mContacts->contacts();
    return p;
}

void PartyDialog::updateOk()
{
    const auto valid = Validation::check(party());
    okButton()->setEnabled(valid.ok());
    mEmail->setToolTip(valid.ok() ? QString() : valid.errorString());
}

void PartyDialog::accept()
{
    checkAndSave(party(), mSave);
}

} // namespace Accordo
