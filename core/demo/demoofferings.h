#pragma once

#include "domain/pricing.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>

namespace Accordo {

class Workspace;

/// The demo's service catalogue: Gold, Silver and Bronze of every service in every currency
/// the customers pay in, and the price breakdowns of the customer SLAs.
class DemoOfferings
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DemoOfferings)

public:
    explicit DemoOfferings(Workspace &workspace) : mWorkspace(workspace) {}

    /// The three levels of the service: Silver promises `standard` (the terms a customer SLA
    /// usually has), Gold halves its times and the downtime it allows, Bronze doubles them.
    Result<void> add(qint64 serviceId, const QString &code, const QList<Target> &standard,
                     const QStringList &currencies);
    /// A customer SLA with a fee gets its breakdown, keeping the fee: each service at Silver
    /// for as many users or units as the fee's share pays for, the rest a negotiated
    /// discount. Its targets that are Silver's are marked as from it.
    void price(Agreement &agreement) const;

private:
    Workspace &mWorkspace;
    QHash<QString, Offering> mSilver; // by service id and currency
};

} // namespace Accordo
