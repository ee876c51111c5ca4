#include "contactstable.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

enum Column { NameColumn, RoleColumn, EmailColumn, PhoneColumn, ColumnCount };

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ContactsTable::ContactsTable(QWidget *parent) : QWidget(parent)
{
    mTable = newNamed<QTableWidget>(u"contacts"_s, 0, ColumnCount, this);
    mTable->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("E-mail"), tr("Phone")});
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mTable->verticalHeader()->hide();
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setToolTip(tr("The people to deal with; the first is the primary contact. They are "
                          "offered as approvers and signatories for the party."));
    auto *add = newNamed<QPushButton>(u"addContact"_s, tr("Add contact"), this);
    auto *remove = newNamed<QPushButton>(u"removeContact"_s, tr("Remove contact"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({});
        mTable->setCurrentCell(mTable->rowCount() - 1, NameColumn);
        mTable->editItem(mTable->item(mTable->rowCount() - 1, NameColumn));
        emit changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (mTable->currentRow() < 0)
            return;
        mTable->removeRow(mTable->currentRow());
        emit changed();
    });
    connect(mTable, &QTableWidget::itemChanged, this, &ContactsTable::changed);
    auto *buttons = newButtonRow({add, remove});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTable);
    layout->addLayout(buttons);
}

void ContactsTable::addRow(const PartyContact &contact)
{
    const QSignalBlocker blocker(mTable);
    const int row = mTable->rowCount();
    mTable->insertRow(row);
    const QString values[ColumnCount] = {contact.name, contact.role, contact.email, contact.phone};
    for (int column = 0; column < ColumnCount; ++column)
        mTable->setItem(row, column, new QTableWidgetItem(values[column]));
}

void ContactsTable::setContacts(const QList<PartyContact> &contacts)
{
    mTable->setRowCount(0);
    for (const PartyContact &contact : contacts)
        addRow(contact);
    emit changed();
}

QList<PartyContact> ContactsTable::contacts() const
{
    QList<PartyContact> out;
    for (int row = 0; row < mTable->rowCount(); ++row) {
        const PartyContact c{cellText(mTable, row, NameColumn), cellText(mTable, row, RoleColumn),
                             cellText(mTable, row, EmailColumn),
                             cellText(mTable, row, PhoneColumn)};
        if (!(c.name.isEmpty() && c.role.isEmpty() && c.email.isEmpty() && c.phone.isEmpty()))
            out.append(c);
    }
    return out;
}

} // namespace Accordo
