#pragma once

#include "domain/entities.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>

namespace Accordo {

class Workspace;

/// The parties table with the services delivered to each party (service_deliveries) and
/// its contacts (party_contacts).
class PartyStore
{
    // The messages keep the translation context they had when Workspace wrote them.
    Q_DECLARE_TR_FUNCTIONS(Accordo::Workspace)

public:
    explicit PartyStore(const Workspace &workspace) : mWorkspace(workspace) {}

    /// What is stored of a party: names trimmed, and with the primary contact's name and
    /// e-mail as its contact and email when it has contacts.
    static Party normalized(Party party);

    Result<qint64> insert(const Party &party);
    Result<void> update(const Party &party);
    /// Refused while an agreement has the party as its counterparty.
    Result<void> remove(qint64 id);
    Result<Party> party(qint64 id) const;
    /// The parties (of one kind, if given), by name.
    Result<QList<Party>> parties(std::optional<PartyKind> kind = std::nullopt) const;
    /// The party of that kind with that CRM account id, if there is one.
    Result<std::optional<Party>> partyByExternalId(PartyKind kind, const QString &externalId) const;

private:
    Result<void> writeDeliveries(qint64 partyId, const QList<qint64> &serviceIds,
                                 const QString &what);
    Result<void> readDeliveries(Party &party) const;
    Result<void> writeContacts(qint64 partyId, const QList<PartyContact> &contacts,
                               const QString &what);
    Result<void> readContacts(Party &party) const;

    const Workspace &mWorkspace;
};

/// The services table: the service catalogue agreements cover.
class ServiceStore
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Workspace)

public:
    explicit ServiceStore(const Workspace &workspace) : mWorkspace(workspace) {}

    Result<qint64> insert(const Service &service);
    Result<void> update(const Service &service);
    /// Refused while an agreement covers the service.
    Result<void> remove(qint64 id);
    Result<Service> service(qint64 id) const;
    /// Every service, by code.
    Result<QList<Service>> services() const;

private:
    const Workspace &mWorkspace;
};

} // namespace Accordo
