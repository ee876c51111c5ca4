#include "partydialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Accordo {

PartyDialog::PartyDialog(const QList<Region> &regions, Save save, QWidget *parent)
    : RecordDialog(parent), mSave(std::move(save))
{
    setWindowTitle(tr("Customer"));
    mKind = new QComboBox(this);
    mKind->setObjectName(u"kind"_s);
    for (PartyKind kind : Enums::all<PartyKind>())
        mKind->addItem(Enums::displayName(kind), int(kind));
    mName = new QLineEdit(this);
    mName->setObjectName(u"name"_s);
    mName->setMaxLength(200);
    mRegion = new QComboBox(this);
    mRegion->setObjectName(u"region"_s);
    mRegion->addItem(tr("(none)"), qint64(0));
    for (const Region &region : regions)
        mRegion->addItem(region.name, region.id);
    mSegment = new QComboBox(this);
    mSegment->setObjectName(u"segment"_s);
    mSegment->setEditable(true);
    mSegment->addItems({QString(), tr("Enterprise"), tr("Mid-market"), tr("Small business"),
                        tr("Public sector")});
    mContact = new QLineEdit(this);
    mContact->setObjectName(u"contact"_s);
    mEmail = new QLineEdit(this);
    mEmail->setObjectName(u"email"_s);
    mEmail->setPlaceholderText(tr("name@example.com"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), mKind);
    form->addRow(tr("&Name:"), mName);
    form->addRow(tr("&Region:"), mRegion);
    form->addRow(tr("&Segment:"), mSegment);
    form->addRow(tr("&Contact:"), mContact);
    form->addRow(tr("&E-mail:"), mEmail);

    connect(mName, &QLineEdit::textChanged, this, &PartyDialog::updateOk);
    connect(mEmail, &QLineEdit::textChanged, this, &PartyDialog::updateOk);
    setContent(form);
    setMinimumWidth(420);
    updateOk();
}

void PartyDialog::setParty(const Party &party)
{
    mId = party.id;
    mRowVersion = party.rowVersion;
    mKind->setCurrentIndex(mKind->findData(int(party.kind)));
    mName->setText(party.name);
    const int region = mRegion->findData(party.regionId);
    mRegion->setCurrentIndex(region < 0 ? 0 : region);
    mSegment->setCurrentText(party.segment);
    mContact->setText(party.contact);
    mEmail->setText(party.email);
    setWindowTitle(party.id ? tr("Edit %1").arg(party.name)
                            : tr("New %1").arg(Enums::displayName(party.kind).toLower()));
}

Party PartyDialog::party() const
{
    Party p;
    p.id = mId;
    p.rowVersion = mRowVersion;
    p.kind = PartyKind(mKind->currentData().toInt());
    p.name = mName->text().trimmed();
    p.regionId = mRegion->currentData().toLongLong();
    p.segment = mSegment->currentText().trimmed();
    p.contact = mContact->text().trimmed();
    p.email = mEmail->text().trimmed();
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
    const Party p = party();
    Result<void> result = Validation::check(p);
    if (result && mSave)
        result = mSave(p);
    finish(result);
}

} // namespace Accordo
