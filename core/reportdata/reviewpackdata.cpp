#include "reviewpackdata.h"

#include "data/actionstore.h"
#include "data/changerequeststore.h"
#include "data/reviewstore.h"
#include "data/workspace.h"

namespace Accordo {

namespace {} // namespace

Result<ReviewPackData> ReviewPackData::load(QSqlDatabase db, const QString &number)
{
    Workspace workspace(db);
    ReviewPackData data;
    data.number = number;
    auto owner = AgreementOwners(workspace).ownerOf(number);
    if (!owner)
        return owner.error();
    data.owner = *owner;
    auto reviews = ReviewStore(workspace).reviews(number);
    if (!reviews)
        return reviews.error();
    if (!reviews->isEmpty())
        data.lastReview = reviews->constFirst();
    ActionFilter filter;
    filter.agreementNumber = number;
    auto actions = ActionStore(workspace).actions(filter);
    if (!actions)
        return actions.error();
    for (const ImprovementAction &a : *actions) {
        if (Improvement::isOpen(a.state))
            data.openActions.append(a);
        // Closed actions are news until the review after their due date has seen them.
        else if (!data.lastReview || a.dueDate >= data.lastReview->heldOn)
            data.closedActions.append(a);
    }
    // The requests still waiting for a decision: submitted or assessed.
    auto requests = ChangeRequestStore(db).list(number);
    if (!requests)
        return requests.error();
    for (const ChangeRequestListing &listing : std::as_const(*requests)) {
        const ChangeRequest &r = listing.request;
        if (r.status != ChangeRequestStatus::Submitted && r.status != ChangeRequestStatus::Assessed)
            continue;
        data.changeRequests.append(
            {tr("CR-%1").arg(r.id), r.description, ChangeRequestStore::statusName(r.status)});
    }
    return data;
}

} // namespace Accordo
