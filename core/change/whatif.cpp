#include "whatif.h"

#include "change/changerequests.h"
#include "data/agreementstore.h"
#include "data/offeringstore.h"
#include "data/workspace.h"

namespace Accordo {

namespace {

QList<Target> ofService(const QList<Target> &targets, qint64 serviceId)
{
    QList<Target> result;
    for (const Target &t : targets) {
        if (t.serviceId == serviceId)
            result.append(t);
    }
    return result;
}

} // namespace

Result<WhatIf> WhatIfAnalysis::compare(const Workspace &workspace, qint64 agreementId,
                                       qint64 offeringId, const QDate &today)
{
    auto agreement = AgreementStore(workspace).editable(
        agreementId,
        tr("Agreement %1 version %2 is %3: a what-if is for an agreement being negotiated"));
    if (!agreement)
        return agreement.error();
    auto offering = OfferingStore(workspace).offering(offeringId);
    if (!offering)
        return offering.error();
    // The quantity stays what was negotiated for the service; a first level counts one.
    WhatIf result;
    result.serviceId = offering->serviceId;
    result.toLevel = offering->name;
    qint64 quantity = 1;
    for (const PriceLine &line : agreement->priceLines) {
        if (line.serviceId == offering->serviceId) {
            result.fromLevel = line.label;
            quantity = line.quantity;
        }
    }
    auto switched = Pricing::applied(*agreement, *offering, quantity);
    if (!switched)
        return switched.error();
    result.currentFee = Pricing::monthlyFee(*agreement);
    result.proposedFee = Pricing::monthlyFee(*switched);
    result.difference = Money(result.proposedFee.minorUnits() - result.currentFee.minorUnits(),
                              result.currentFee.currency());

    QSqlDatabase db = workspace.connection();
    auto current = ChangeRequests::backtest(
        db, agreement->partyId, ofService(agreement->targets, offering->serviceId), today);
    if (!current)
        return current.error();
    auto proposed = ChangeRequests::backtest(
        db, agreement->partyId, ofService(switched->targets, offering->serviceId), today);
    if (!proposed)
        return proposed.error();
    result.current = *current;
    result.proposed = *proposed;
    return result;
}

} // namespace Accordo
