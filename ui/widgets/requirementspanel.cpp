#include "requirementspanel.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/userdirectory.h"
#include "session/workspacesession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

enum ApproverColumn { SideColumn, TitleColumn, UserColumn };

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

} // namespace

RequirementsPanel::RequirementsPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), mSession(session)
{
    for (const User &user : orEmpty(UserDirectory(session.database().connection()).users())) {
        if (user.active && user.has(Role::Approver))
            mApproverUsers.append(user.name);
    }

    mNeeds = newNamed<QPlainTextEdit>(u"needs"_s, this);
    mNeeds->setTabChangesFocus(true);
    mNeeds->setPlaceholderText(tr("What the customer needs, in their words"));
    mRequirements = newNamed<QPlainTextEdit>(u"requirements"_s, this);
    mRequirements->setTabChangesFocus(true);
    mRequirements->setPlaceholderText(tr("One requirement per line"));
    mDeliveryOptions = newNamed<QPlainTextEdit>(u"deliveryOptions"_s, this);
    mDeliveryOptions->setTabChangesFocus(true);
    mDeliveryOptions->setPlaceholderText(tr("One delivery option per line, as negotiated"));
    auto *charterBox = new QGroupBox(tr("Requirements charter"), this);
    newForm({{tr("&Needs:"), mNeeds}, // lays the box out
             {tr("&Requirements:"), mRequirements},
             {tr("Delivery o&ptions:"), mDeliveryOptions}},
            charterBox);

    mApprovers = newNamed<QTableWidget>(u"approvers"_s, 0, 3, this);
    mApprovers->setHorizontalHeaderLabels({tr("Side"), tr("Role or title"), tr("Reserved for")});
    mApprovers->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    mApprovers->verticalHeader()->hide();
    mApprovers->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *add = new QPushButton(tr("Add approver"), this);
    auto *remove = new QPushButton(tr("Remove approver"), this);
    // The counterparty's contacts, as its representative who approves.
    auto *addContact = newNamed<QPushButton>(u"addContactApprover"_s, tr("Add a customer contact"),
                                             this);
    mContactMenu = new QMenu(addContact);
    addContact->setMenu(mContactMenu);
    setCounterparty(0);
    mButtons = {add, remove, addContact};
    connect(add, &QPushButton::clicked, this, [this] {
        addApprover({0, Side::Provider, tr("Service owner"), {}});
        mApprovers->editItem(mApprovers->item(mApprovers->rowCount() - 1, TitleColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (mApprovers->currentRow() >= 0)
            mApprovers->removeRow(mApprovers->currentRow());
    });
    auto *approverBox = new QGroupBox(tr("Required approvers"), this);
    auto *approverLayout = new QVBoxLayout(approverBox);
    approverLayout->addWidget(mApprovers);
    approverLayout->addLayout(newButtonRow({add, remove, addContact}));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(charterBox, 3);
    layout->addWidget(approverBox, 2);
}

QList<RequiredApprover> RequirementsPanel::defaultApprovers()
{
    return {{0, Side::Provider, tr("Service owner"), {}},
            {0, Side::Counterparty, tr("Customer representative"), {}}};
}

void RequirementsPanel::addApprover(const RequiredApprover &approver)
{
    const int row = mApprovers->rowCount();
    mApprovers->insertRow(row);
    auto *side = new QComboBox(mApprovers);
    side->addItem(tr("Provider"), int(Side::Provider));
    side->addItem(tr("Counterparty"), int(Side::Counterparty));
    side->setCurrentIndex(approver.side == Side::Provider ? 0 : 1);
    mApprovers->setCellWidget(row, SideColumn, side);
    mApprovers->setItem(row, TitleColumn, new QTableWidgetItem(approver.title));
    auto *user = new QComboBox(mApprovers);
    user->addItem(tr("(any approver)"), QString());
    for (const QString &name : std::as_const(mApproverUsers))
        user->addItem(name, name);
    user->setCurrentIndex(std::max(0, user->findData(approver.userName)));
    mApprovers->setCellWidget(row, UserColumn, user);
}

void RequirementsPanel::setDetails(const Charter &charter, const QList<RequiredApprover> &approvers)
{
    mNeeds->setPlainText(charter.needs);
    mRequirements->setPlainText(charter.requirements.join(u'\n'));
    mDeliveryOptions->setPlainText(charter.deliveryOptions.join(u'\n'));
    mApprovers->setRowCount(0);
    for (const RequiredApprover &approver : approvers)
        addApprover(approver);
    mApprovers->resizeColumnToContents(SideColumn);
    mApprovers->resizeColumnToContents(UserColumn);
}

void RequirementsPanel::setCounterparty(qint64 partyId)
{
    mContactMenu->clear();
    QList<PartyContact> contacts;
    if (partyId) {
        if (auto party = mSession.workspace().party(partyId))
            contacts = party->contacts;
    }
    for (const PartyContact &contact : std::as_const(contacts)) {
        const QString title = contact.role.isEmpty() ? contact.name
                                                     : tr("%1, %2").arg(contact.name, contact.role);
        mContactMenu->addAction(title, this, [this, title] {
            addApprover({0, Side::Counterparty, title, {}});
        });
    }
    if (contacts.isEmpty())
        mContactMenu->addAction(tr("(the counterparty has no contacts)"))->setEnabled(false);
}

Charter RequirementsPanel::charter() const
{
    return {mNeeds->toPlainText().trimmed(), lines(mRequirements), lines(mDeliveryOptions)};
}

QList<RequiredApprover> RequirementsPanel::approvers() const
{
    QList<RequiredApprover> result;
    for (int row = 0; row < mApprovers->rowCount(); ++row) {
        const auto *side = qobject_cast<QComboBox *>(mApprovers->cellWidget(row, SideColumn));
        const auto *user = qobject_cast<QComboBox *>(mApprovers->cellWidget(row, UserColumn));
        const QString title = mApprovers->item(row, TitleColumn)
                                  ? mApprovers->item(row, TitleColumn)->text().trimmed()
                                  : QString();
        if (title.isEmpty())
            continue;
        result.append(
            {0, Side(side->currentData().toInt()), title, user->currentData().toString()});
    }
    return result;
}

void RequirementsPanel::setReadOnly(bool readOnly)
{
    for (QPlainTextEdit *edit : {mNeeds, mRequirements, mDeliveryOptions})
        edit->setReadOnly(readOnly);
    mApprovers->setEnabled(!readOnly);
    for (QWidget *button : std::as_const(mButtons))
        button->setEnabled(!readOnly);
}

} // namespace Accordo
