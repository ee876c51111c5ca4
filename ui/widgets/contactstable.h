#pragma once

#include "domain/entities.h"

#include <QWidget>

class QTableWidget;

namespace Accordo {

/// Edits a party's contacts: one row each (name, role, e-mail, phone), in order; the first is
/// the primary contact.
class ContactsTable : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsTable(QWidget *parent = nullptr);

    void setContacts(const QList<PartyContact> &contacts);
    /// Every row with anything in it; a row without a name is kept, for the check to name.
    QList<PartyContact> contacts() const;

signals:
    void changed();

private:
    void addRow(const PartyContact &contact);

    QTableWidget *mTable;
};

} // namespace Accordo
