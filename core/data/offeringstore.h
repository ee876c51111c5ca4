#pragma once

#include "domain/pricing.h"
#include "result.h"

#include <QCoreApplication>

namespace Accordo {

class Workspace;

/// The offerings table: the service catalogue's levels with their targets and prices.
/// Whoever maintains services maintains them; an offering an agreement uses (a price line or
/// a target copied from it) cannot be removed. Applying one to an agreement is a change of
/// that agreement, on the agreements' roles and rules (draft or negotiation only).
class OfferingStore
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::OfferingStore)

public:
    explicit OfferingStore(const Workspace &workspace) : mWorkspace(workspace) {}

    Result<qint64> insert(const Offering &offering);
    /// Refused with Error::conflict when offering.rowVersion is not the stored one.
    Result<void> update(const Offering &offering);
    Result<void> remove(qint64 id);

    Result<Offering> offering(qint64 id) const;
    /// By service code, then price; only the service's when serviceId is not 0.
    Result<QList<Offering>> offerings(qint64 serviceId = 0) const;
    /// The service's offering with this name (case-insensitive) in this currency, for the
    /// command line.
    Result<Offering> byName(qint64 serviceId, const QString &name, const QString &currency) const;

    /// Applies the offering to the agreement's service (Pricing::applied) and saves the
    /// agreement; refused unless the agreement is a draft or in negotiation.
    Result<void> apply(qint64 agreementId, qint64 offeringId, qint64 quantity = 1);

private:
    Result<void> validate(const Offering &offering) const;

    const Workspace &mWorkspace;
};

} // namespace Accordo
