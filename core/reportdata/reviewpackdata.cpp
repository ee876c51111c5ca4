#include "reviewpackdata.h"

#include "data/actionstore.h"
#include "data/reviewstore.h"
#include "data/workspace.h"

namespace Accordo {

namespace {

ReviewPackData::ChangeRequestReader &changeRequestReader()
{
    static ReviewPackData::ChangeRequestReader reader;
    return reader;
}

} // namespace

void ReviewPackData::setChangeRequestReader(ChangeRequestReader reader)
{
    changeRequestReader() = std::move(reader);
}

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
    if (const auto &reader = changeRequestReader()) {
        auto requests = reader(db, number);
        if (!requests)
            return requests.error();
        data.changeRequests = *requests;
    }
    return data;
}

} // namespace Accordo
