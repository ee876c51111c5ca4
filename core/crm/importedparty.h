#pragma once

#include "domain/entities.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Accordo {

/// One customer as an import file gives it: its CRM account id, the fields the file sets
/// (by name: "name", "region" as a region code, "status", "segment") and its contacts, with
/// the line it starts on so that a problem found later still names it.
struct ImportedParty
{
    QString sourceName;
    qint64 line = 0;
    QString externalId; // empty: a vCard organisation matched by the customer's name
    QString matchName;  // that organisation, when there is no account id
    QMap<QString, QString> fields;
    QList<PartyContact> contacts;
    bool contactsGiven = false; // the file has contacts: the customer's list becomes its own
};

} // namespace Accordo
