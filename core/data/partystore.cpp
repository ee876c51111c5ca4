#include "partystore.h"

#include "audit/auditsnapshot.h"
#include "data/auditedwrite.h"
#include "data/editroles.h"
#include "data/records.h"
#include "data/recordsql.h"
#include "data/workspace.h"
#include "storage/rowfields.h"
#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

using RecordSql::InsertContact;
using RecordSql::InsertParty;

const QList<Role> PartyRoles = EditRoles::parties();
const QList<Role> ServiceRoles = EditRoles::services();

const QString PartyColumns = uR"(
    SELECT id, kind, name, coalesce(region_id, 0) AS region_id, segment, contact, email,
           external_id, crm_status, crm_imported, row_version FROM parties )"_s;
const QString SelectParty = PartyColumns + u"WHERE id = ?"_s;
const QString SelectParties = PartyColumns + u"ORDER BY name"_s;
const QString SelectPartiesOfKind = PartyColumns + u"WHERE kind = ? ORDER BY name"_s;
const QString SelectPartyByExternalId = PartyColumns + u"WHERE kind = ? AND external_id = ?"_s;
const QString PartyAssignments = uR"(
    kind = ?, name = ?, region_id = ?, segment = ?, contact = ?, email = ?, external_id = ?,
    crm_status = ?, crm_imported = ?)"_s;
const QString DeleteParty = u"DELETE FROM parties WHERE id = ?"_s;
const QString AgreementsOfParty = u"SELECT count(*) AS n FROM agreements WHERE party_id = ?"_s;
const QString SelectDeliveries = uR"(
    SELECT service_id FROM service_deliveries WHERE party_id = ? ORDER BY service_id)"_s;
const QString DeleteDeliveries = u"DELETE FROM service_deliveries WHERE party_id = ?"_s;
const QString SelectContacts = uR"(
    SELECT name, role, email, phone FROM party_contacts WHERE party_id = ? ORDER BY position)"_s;
const QString DeleteContacts = u"DELETE FROM party_contacts WHERE party_id = ?"_s;
const QString InsertDelivery = uR"(
    INSERT INTO service_deliveries (party_id, service_id) VALUES (?, ?)
    ON CONFLICT DO NOTHING)"_s;

const QString ServiceColumns = uR"(
    SELECT id, code, name, category, owner_team, description, active, row_version
    FROM services )"_s;
const QString SelectService = ServiceColumns + u"WHERE id = ?"_s;
const QString SelectServices = ServiceColumns + u"ORDER BY code"_s;
const QString InsertService = uR"(
    INSERT INTO services (id, code, name, category, owner_team, description, active)
    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s;
const QString ServiceAssignments =
    u"code = ?, name = ?, category = ?, owner_team = ?, description = ?, active = ?"_s;
const QString DeleteService = u"DELETE FROM services WHERE id = ?"_s;
const QString AgreementsOfService =
    u"SELECT count(*) AS n FROM agreement_services WHERE service_id = ?"_s;

Party readParty(const Sql::Rows &row)
{
    Party p;
    p.kind = Enums::fromKey<PartyKind>(row.text("kind")).value_or(PartyKind::Customer);
    Sql::readFields(row, p, "id", &Party::id, "name", &Party::name, "region_id", &Party::regionId,
                    "segment", &Party::segment, "contact", &Party::contact, "email", &Party::email,
                    "external_id", &Party::externalId, "crm_status", &Party::crmStatus,
                    "crm_imported", &Party::crmImported, "row_version", &Party::rowVersion);
    return p;
}

Service readService(const Sql::Rows &row)
{
    Service s;
    Sql::readFields(row, s, "id", &Service::id, "code", &Service::code, "name", &Service::name,
                    "category", &Service::category, "owner_team", &Service::ownerTeam,
                    "description", &Service::description, "active", &Service::active, "row_version",
                    &Service::rowVersion);
    return s;
}

QString describeParty(const Party &party)
{
    return PartyStore::tr("%1 \"%2\"").arg(Enums::displayName(party.kind), party.name.trimmed());
}

// What is stored of a party or service: its name without surrounding blanks.
template<typename Record>
Record trimmedName(Record record)
{
    record.name = record.name.trimmed();
    return record;
}

// What is stored of a party: trimmed, and with the primary contact's name and e-mail as its
// contact and email when it has contacts.
Party stored(Party party)
{
    party = trimmedName(std::move(party));
    party.externalId = party.externalId.trimmed();
    for (PartyContact &c : party.contacts) {
        c.name = c.name.trimmed();
        c.role = c.role.trimmed();
        c.email = c.email.trimmed();
        c.phone = c.phone.trimmed();
    }
    if (!party.contacts.isEmpty()) {
        party.contact = party.contacts.constFirst().name;
        party.email = party.contacts.constFirst().email;
    }
    return party;
}

QVariantList partyValues(const Party &p)
{
    return {Enums::key(p.kind), p.name,      Sql::idOrNull(p.regionId),
            p.segment,          p.contact,   p.email,
            p.externalId,       p.crmStatus, p.crmImported};
}

// The values of ServiceAssignments, and of InsertService after the id, in order.
QVariantList serviceValues(const Service &s)
{
    return {s.code, s.name.trimmed(), s.category, s.ownerTeam, s.description, s.active ? 1 : 0};
}

} // namespace

Party PartyStore::normalized(Party party)
{
    return stored(std::move(party));
}

Result<qint64> PartyStore::insert(const Party &given)
{
    if (auto valid = Validation::check(given); !valid)
        return valid.error();
    const Party party = stored(given);
    const QString what = describeParty(party);
    return AuditedWrite::runOne(mWorkspace, PartyRoles, what, [&]() -> Result<AuditEntry> {
        auto id = Records::insert(mWorkspace.connection(), InsertParty,
                                  QVariantList{Sql::idOrNull(party.id)} + partyValues(party), what);
        if (!id)
            return id.error();
        if (auto r = writeDeliveries(*id, party.deliveredServiceIds, what); !r)
            return r.error();
        if (auto r = writeContacts(*id, party.contacts, what); !r)
            return r.error();
        return Records::inserted(u"party"_s, *id, AuditSnapshot::of(party));
    });
}

Result<void> PartyStore::update(const Party &given)
{
    if (auto valid = Validation::check(given); !valid)
        return valid;
    const Party party = stored(given);
    const QString what = describeParty(party);
    return Records::done(
        AuditedWrite::runOne(mWorkspace, PartyRoles, what, [&]() -> Result<AuditEntry> {
            auto before = this->party(party.id);
            if (!before)
                return Error{tr("%1 no longer exists").arg(what)};
            if (auto r = Records::updateRow(mWorkspace, u"parties"_s, u"party"_s, party.id,
                                            party.rowVersion, PartyAssignments, partyValues(party),
                                            what);
                !r)
                return r.error();
            if (auto r = writeDeliveries(party.id, party.deliveredServiceIds, what); !r)
                return r.error();
            if (auto r = writeContacts(party.id, party.contacts, what); !r)
                return r.error();
            return Records::updated(u"party"_s, party.id, AuditSnapshot::of(*before),
                                    AuditSnapshot::of(party));
        }));
}

Result<void> PartyStore::remove(qint64 id)
{
    auto existing = party(id);
    if (!existing)
        return existing.error();
    const QString what = tr("%1 \"%2\"").arg(Enums::displayName(existing->kind), existing->name);
    auto unused = [&]() -> Result<void> {
        return Records::refuseWhileUsed(
            Records::count(mWorkspace.connection(), AgreementsOfParty, id), [&](int uses) {
                return tr("%1 \"%2\" is the counterparty of %n agreement(s): delete or "
                          "reassign them first",
                          nullptr, uses)
                    .arg(Enums::displayName(existing->kind), existing->name);
            });
    };
    return Records::remove(
        mWorkspace, PartyRoles, what,
        {u"party"_s, id, AuditSnapshot::of(*existing), DeleteParty, existing->name}, unused);
}

Result<void> PartyStore::readDeliveries(Party &party) const
{
    auto delivered = Sql::list(mWorkspace.connection(), SelectDeliveries, {party.id},
                               [](const Sql::Rows &row) { return row.integer("service_id"); });
    if (!delivered)
        return delivered.error();
    party.deliveredServiceIds = *delivered;
    return {};
}

Result<void> PartyStore::readContacts(Party &party) const
{
    auto contacts = Sql::list(mWorkspace.connection(), SelectContacts, {party.id},
                              [](const Sql::Rows &row) {
                                  return PartyContact{row.text("name"), row.text("role"),
                                                      row.text("email"), row.text("phone")};
                              });
    if (!contacts)
        return contacts.error();
    party.contacts = *contacts;
    return {};
}

Result<Party> PartyStore::party(qint64 id) const
{
    auto party = Sql::one(mWorkspace.connection(), SelectParty, {id}, readParty,
                          tr("there is no party with id %1").arg(id));
    if (!party)
        return party;
    if (auto r = readDeliveries(*party); !r)
        return r.error();
    if (auto r = readContacts(*party); !r)
        return r.error();
    return party;
}

Result<std::optional<Party>> PartyStore::partyByExternalId(PartyKind kind,
                                                           const QString &externalId) const
{
    auto found = Sql::list(mWorkspace.connection(), SelectPartyByExternalId,
                           {Enums::key(kind), externalId.trimmed()}, readParty);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Party>();
    auto party = this->party(found->constFirst().id);
    if (!party)
        return party.error();
    return std::optional<Party>(*party);
}

Result<void> PartyStore::writeContacts(qint64 partyId, const QList<PartyContact> &contacts,
                                       const QString &what)
{
    QSqlDatabase db = mWorkspace.connection();
    if (auto r = Records::write(db, DeleteContacts, {partyId}, what); !r)
        return r;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const PartyContact &c = contacts.at(i);
        if (auto r = Records::write(db, InsertContact,
                                    {partyId, i, c.name, c.role, c.email, c.phone}, what);
            !r)
            return r;
    }
    return {};
}

Result<void> PartyStore::writeDeliveries(qint64 partyId, const QList<qint64> &serviceIds,
                                         const QString &what)
{
    QSqlDatabase db = mWorkspace.connection();
    if (auto r = Records::write(db, DeleteDeliveries, {partyId}, what); !r)
        return r;
    for (qint64 serviceId : serviceIds) {
        if (auto r = Records::write(db, InsertDelivery, {partyId, serviceId}, what); !r)
            return r;
    }
    return {};
}

Result<QList<Party>> PartyStore::parties(std::optional<PartyKind> kind) const
{
    auto parties = kind ? Sql::list(mWorkspace.connection(), SelectPartiesOfKind,
                                    {Enums::key(*kind)}, readParty)
                        : Sql::list(mWorkspace.connection(), SelectParties, {}, readParty);
    if (!parties)
        return parties;
    for (Party &party : *parties) {
        if (auto r = readDeliveries(party); !r)
            return r.error();
        if (auto r = readContacts(party); !r)
            return r.error();
    }
    return parties;
}

Result<qint64> ServiceStore::insert(const Service &service)
{
    if (auto valid = Validation::check(service); !valid)
        return valid.error();
    const QString what = tr("Service %1").arg(service.code);
    return AuditedWrite::runOne(mWorkspace, ServiceRoles, what, [&]() -> Result<AuditEntry> {
        auto id = Records::insert(mWorkspace.connection(), InsertService,
                                  QVariantList{Sql::idOrNull(service.id)} + serviceValues(service),
                                  what);
        if (!id)
            return id.error();
        return Records::inserted(u"service"_s, *id, AuditSnapshot::of(trimmedName(service)));
    });
}

Result<void> ServiceStore::update(const Service &service)
{
    if (auto valid = Validation::check(service); !valid)
        return valid;
    const QString what = tr("Service %1").arg(service.code);
    return Records::done(
        AuditedWrite::runOne(mWorkspace, ServiceRoles, what, [&]() -> Result<AuditEntry> {
            auto before = this->service(service.id);
            if (!before)
                return Error{tr("Service %1 no longer exists").arg(service.code)};
            if (auto r = Records::updateRow(mWorkspace, u"services"_s, u"service"_s, service.id,
                                            service.rowVersion, ServiceAssignments,
                                            serviceValues(service), what);
                !r)
                return r.error();
            return Records::updated(u"service"_s, service.id, AuditSnapshot::of(*before),
                                    AuditSnapshot::of(trimmedName(service)));
        }));
}

Result<void> ServiceStore::remove(qint64 id)
{
    auto existing = service(id);
    if (!existing)
        return existing.error();
    const QString what = tr("Service %1").arg(existing->code);
    auto unused = [&]() -> Result<void> {
        return Records::refuseWhileUsed(
            Records::count(mWorkspace.connection(), AgreementsOfService, id), [&](int uses) {
                return tr("Service %1 is covered by %n agreement(s): remove it from them "
                          "first",
                          nullptr, uses)
                    .arg(existing->code);
            });
    };
    return Records::remove(mWorkspace, ServiceRoles, what,
                           {u"service"_s, id, AuditSnapshot::of(*existing), DeleteService, {}},
                           unused);
}

Result<Service> ServiceStore::service(qint64 id) const
{
    return Sql::one(mWorkspace.connection(), SelectService, {id}, readService,
                    tr("there is no service with id %1").arg(id));
}

Result<QList<Service>> ServiceStore::services() const
{
    return Sql::list(mWorkspace.connection(), SelectServices, {}, readService);
}

} // namespace Accordo
