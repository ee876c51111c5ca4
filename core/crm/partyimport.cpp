#include "partyimport.h"

#include "data/auditedwrite.h"
#include "data/editroles.h"
#include "data/partystore.h"
#include "data/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QStringList ComparedFields = {u"name"_s, u"region"_s, u"status"_s, u"segment"_s,
                                    u"contacts"_s};

// What Accordo and the file have of the fields, as comparable text.
QString contactsText(const QList<PartyContact> &contacts)
{
    QJsonArray array;
    for (const PartyContact &c : contacts)
        array.append(QJsonArray{c.name, c.role, c.email, c.phone});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<PartyContact> contactsOf(const QString &text)
{
    QList<PartyContact> contacts;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonArray c = value.toArray();
        contacts.append(
            {c.at(0).toString(), c.at(1).toString(), c.at(2).toString(), c.at(3).toString()});
    }
    return contacts;
}

// How a conflict shows contacts: "Name (Role, e-mail, phone); …".
QString shownContacts(const QList<PartyContact> &contacts)
{
    QStringList shown;
    for (const PartyContact &c : contacts) {
        QStringList details;
        for (const QString &detail : {c.role, c.email, c.phone}) {
            if (!detail.isEmpty())
                details.append(detail);
        }
        shown.append(details.isEmpty() ? c.name : u"%1 (%2)"_s.arg(c.name, details.join(u", "_s)));
    }
    return shown.join(u"; "_s);
}

// A field's value before any import: what Accordo holds unless it is the default.
bool isDefault(const QString &field, const QString &value)
{
    return value.isEmpty() || (field == u"status"_s && value == u"active"_s)
           || (field == u"contacts"_s && value == u"[]"_s);
}

struct Lookups
{
    QHash<QString, qint64> regionIds; // by code
    QHash<qint64, QString> regionCodes;
    QList<Party> customers;
};

Error lineError(const ImportedParty &p, const QString &field, const QString &value,
                const QString &problem)
{
    return Error{PartyImport::tr("%1, line %2, field %3, value \"%4\": %5")
                     .arg(p.sourceName)
                     .arg(p.line)
                     .arg(field, value, problem)};
}

// The customer an imported one updates, or nothing for a new one.
Result<std::optional<Party>> existing(const Lookups &lookups, const ImportedParty &imported)
{
    const QString name = imported.matchName.isEmpty() ? imported.fields.value(u"name"_s)
                                                      : imported.matchName;
    const Party *byName = nullptr;
    for (const Party &party : lookups.customers) {
        if (!imported.externalId.isEmpty() && party.externalId == imported.externalId)
            return std::optional<Party>(party);
        if (party.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            byName = &party;
    }
    if (imported.externalId.isEmpty()) {
        if (!byName)
            return lineError(imported, u"ORG"_s, name,
                             PartyImport::tr("no customer has this name, and the card gives no "
                                             "CRM account id (X-CRM-ACCOUNT-ID) to create it"));
        return std::optional<Party>(*byName);
    }
    if (!byName)
        return std::optional<Party>();
    if (!byName->externalId.isEmpty())
        return lineError(imported, u"name"_s, name,
                         PartyImport::tr("the customer of this name has the CRM account id "
                                         "\"%1\", not \"%2\"")
                             .arg(byName->externalId, imported.externalId));
    return std::optional<Party>(*byName); // a customer typed in before: it joins the CRM
}

QString accordoValue(const Lookups &lookups, const Party &party, const QString &field)
{
    if (field == u"name"_s)
        return party.name;
    if (field == u"region"_s)
        return lookups.regionCodes.value(party.regionId);
    if (field == u"status"_s)
        return party.crmStatus;
    if (field == u"segment"_s)
        return party.segment;
    return contactsText(party.contacts);
}

void setValue(const Lookups &lookups, Party &party, const QString &field, const QString &value)
{
    if (field == u"name"_s)
        party.name = value;
    else if (field == u"region"_s)
        party.regionId = lookups.regionIds.value(value);
    else if (field == u"status"_s)
        party.crmStatus = value.isEmpty() ? u"active"_s : value;
    else if (field == u"segment"_s)
        party.segment = value;
    else
        party.contacts = contactsOf(value);
}

QString shownValue(const QString &field, const QString &value)
{
    return field == u"contacts"_s ? shownContacts(contactsOf(value)) : value;
}

} // namespace

QStringList PartyImport::fields()
{
    return ComparedFields;
}

Result<PartyImportPlan> PartyImport::plan(const QList<ImportedParty> &parties,
                                          bool preferImport) const
{
    Lookups lookups;
    auto regions = mWorkspace.regions();
    if (!regions)
        return regions.error();
    for (const Region &region : std::as_const(*regions)) {
        lookups.regionIds.insert(region.code, region.id);
        lookups.regionCodes.insert(region.id, region.code);
    }
    auto customers = mWorkspace.parties(PartyKind::Customer);
    if (!customers)
        return customers.error();
    lookups.customers = *customers;

    PartyImportPlan plan;
    plan.preferImport = preferImport;
    QHash<qint64, qint64> seen; // party id → line
    for (const ImportedParty &imported : parties) {
        const QString region = imported.fields.value(u"region"_s);
        if (!region.isEmpty() && !lookups.regionIds.contains(region))
            return lineError(imported, u"region"_s, region, tr("no region has this code"));
        auto found = existing(lookups, imported);
        if (!found)
            return found.error();
        if (*found && seen.contains((*found)->id))
            return lineError(imported, u"external_id"_s, imported.externalId,
                             tr("the customer \"%1\" comes twice in the file (line %2)")
                                 .arg((*found)->name)
                                 .arg(seen.value((*found)->id)));
        QMap<QString, QString> given = imported.fields;
        if (imported.contactsGiven)
            given.insert(u"contacts"_s, contactsText(imported.contacts));

        PartyImportPlan::Change change;
        change.create = !found->has_value();
        Party &party = change.party;
        if (*found) {
            party = **found;
            seen.insert(party.id, imported.line);
        } else {
            party.kind = PartyKind::Customer;
        }
        if (!imported.externalId.isEmpty())
            party.externalId = imported.externalId;
        QJsonObject last = QJsonDocument::fromJson(party.crmImported.toUtf8()).object();
        for (auto it = given.begin(); it != given.end(); ++it) {
            const QString &field = it.key();
            const QString &file = it.value();
            const QString accordo = change.create ? QString() : accordoValue(lookups, party, field);
            // Changed in Accordo: other than the last import set it, or (never imported)
            // filled in by hand.
            const bool wasImported = last.contains(field);
            const QString previous = last.value(field).toString();
            last.insert(field, file);
            if (file == accordo)
                continue;
            const bool conflict =
                !change.create && (wasImported ? accordo != previous : !isDefault(field, accordo));
            if (conflict) {
                plan.conflicts.append(
                    {party.name, field, shownValue(field, accordo), shownValue(field, file)});
                if (!preferImport)
                    continue;
            }
            setValue(lookups, party, field, file);
            change.changedFields.append(field);
        }
        party.crmImported = QString::fromUtf8(QJsonDocument(last).toJson(QJsonDocument::Compact));
        if (change.create)
            ++plan.created;
        else if (change.changedFields.isEmpty())
            ++plan.unchanged;
        else
            ++plan.updated;
        if (change.create || party.crmImported != (*found)->crmImported
            || !change.changedFields.isEmpty() || party.externalId != (*found)->externalId)
            plan.changes.append(change);
    }
    return plan;
}

Result<void> PartyImport::apply(const PartyImportPlan &plan,
                                const std::function<void(int, int)> &progress) const
{
    PartyStore store(mWorkspace);
    const int total = int(plan.changes.size());
    auto written = AuditedWrite::run(
        mWorkspace, EditRoles::parties(), tr("the import of customers"),
        [&]() -> Result<QList<AuditEntry>> {
            int done = 0;
            for (const PartyImportPlan::Change &change : plan.changes) {
                // Each write records its own audit entry inside this transaction.
                if (change.create) {
                    if (auto r = store.insert(change.party); !r)
                        return r.error();
                } else if (auto r = store.update(change.party); !r) {
                    return r.error();
                }
                if (progress)
                    progress(++done, total);
            }
            return QList<AuditEntry>();
        });
    if (!written)
        return written.error();
    return {};
}

} // namespace Accordo
