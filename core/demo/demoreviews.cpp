#include "demoreviews.h"

#include "data/actionstore.h"
#include "data/reviewstore.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "demo/demofollowupwriter.h"
#include "kpi/kpiengine.h"
#include "kpi/portfoliochecks.h"
#include "storage/sqlquery.h"

#include <QScopeGuard>

#include <QSet>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QDate kToday(2026, 10, 31);

const auto SelectActiveAgreements = uR"(SELECT a.id, a.number, a.kind, p.contact
                                   FROM agreements a JOIN parties p ON p.id = a.party_id
                                   WHERE a.status = 'active' ORDER BY a.number)"_s;

// Whether KPIs were ever computed (their as-of is kept) or any row stored: 0 for a new demo.
const auto NoKpisSql = uR"(SELECT (SELECT count(*) FROM accordo_meta WHERE key = 'kpi_as_of')
                              + (SELECT count(*) FROM (SELECT 1 FROM kpi_periods LIMIT 1) AS one)
                              AS kpis)"_s;

// Breached results of the last two closed months, worst first, one per agreement and target.
const auto SelectRecentBreaches = uR"(SELECT k.agreement_id, k.target_id, k.period,
                                  s.code, t.metric, t.priority
                           FROM kpi_periods k JOIN agreements a ON a.id = k.agreement_id
                           JOIN targets t ON t.id = k.target_id
                           JOIN services s ON s.id = t.service_id
                           WHERE a.status = 'active' AND k.status = 'breached'
                             AND k.period IN ('2026-09', '2026-10')
                           ORDER BY k.breached DESC, a.number, t.position, k.period)"_s;

QString quarterBefore(const QDate &day)
{
    const QDate previous = day.addMonths(-3);
    return u"%1-Q%2"_s.arg(previous.year()).arg((previous.month() - 1) / 3 + 1);
}

struct Active
{
    qint64 id = 0;
    QString kind;
    QString contact;
};

} // namespace

// What the steps share: the workspace, the two account owners, the active agreements and,
// when the follow-up is written in bulk, its writer.
struct DemoReviews::Context
{
    Workspace &workspace;
    User alice;
    User dave;
    QHash<QString, Active> active; // by number
    DemoFollowUpWriter *bulk = nullptr;
    // Whether KPIs were ever computed or stored: a new demo's are not, and each of its tens of
    // thousands of reviews at scale summarises no rows, without reading them.
    bool kpisRead = true;

    qint64 ownerOf(const Active &agreement) const
    {
        return agreement.kind == u"customer_sla"_s ? alice.id : dave.id;
    }
};

Result<void> DemoReviews::add(Workspace &workspace, DemoData::Path path)
{
    const Workspace::Identity acting = workspace.identity();
    workspace.setActingUser(u"alice"_s);
    const auto restore = qScopeGuard([&] { workspace.setIdentity(acting); });

    UserDirectory users(workspace.connection());
    auto alice = users.user(u"alice"_s);
    auto dave = users.user(u"dave"_s);
    if (!alice || !dave)
        return Error{tr("the demo users are missing")};
    Context context{workspace, *alice, *dave, {}};
    auto anyKpi = Sql::scalar(workspace.connection(), NoKpisSql);
    if (!anyKpi)
        return anyKpi.error();
    context.kpisRead = anyKpi->toInt() != 0;
    auto rows = Sql::select(workspace.connection(), SelectActiveAgreements);
    if (!rows)
        return rows.error();
    while (rows->next())
        context.active.insert(rows->text("number"),
                              {rows->integer("id"), rows->text("kind"), rows->text("contact")});
    std::optional<DemoFollowUpWriter> bulk;
    if (path == DemoData::Path::Bulk) {
        bulk.emplace(workspace);
        if (auto r = bulk->begin(); !r)
            return r;
        context.bulk = &*bulk;
    }
    auto added = [&]() -> Result<void> {
        if (auto r = assignOwners(context); !r)
            return r;
        if (auto r = holdReviews(context); !r)
            return r;
        return raiseBreachActions(context);
    }();
    if (bulk) {
        auto finished = bulk->finish();
        if (added && !finished)
            return finished;
    }
    return added;
}

Result<void> DemoReviews::assignOwners(const Context &context)
{
    // Customer agreements are alice's accounts; the internal ones, dave's.
    AgreementOwners owners(context.workspace);
    for (auto it = context.active.cbegin(); it != context.active.cend(); ++it) {
        const User &owner = it->kind == u"customer_sla"_s ? context.alice : context.dave;
        if (auto r = context.bulk ? context.bulk->setOwner(it.key(), owner.id)
                                  : owners.set(it.key(), owner.name);
            !r)
            return r;
    }
    return {};
}

Result<void> DemoReviews::holdReviews(const Context &context)
{
    Workspace &workspace = context.workspace;
    auto due = PortfolioChecks::reviews(workspace.connection(), kToday);
    if (!due)
        return due.error();
    int held = 0;
    for (const DueAgreement &d : *due) {
        if (d.kind != u"review"_s || !context.active.contains(d.number))
            continue;
        // A third of the overdue reviews are still to be held: the check keeps showing them.
        if (++held % 3 == 0)
            continue;
        const Active &agreement = context.active.value(d.number);
        ServiceReview review;
        review.agreementId = agreement.id;
        review.heldOn = std::min(d.due.addDays(21), kToday.addDays(-3));
        review.periods = quarterBefore(review.heldOn);
        review.participants = {
            {u"provider"_s, context.alice.displayName},
            {u"customer"_s, agreement.contact.isEmpty() ? tr("Service owner") : agreement.contact}};
        const bool agreed = held % 2 == 0;
        review.outcome = agreed ? ReviewOutcome::ActionsAgreed : ReviewOutcome::NoChange;
        review.notes = agreed ? tr("Results discussed; the customer asks for a plan on the "
                                   "targets missed.")
                              : tr("Targets met or explained; the terms stay as they are.");
        auto reviewId = record(context, review, d.number);
        if (!reviewId)
            return reviewId.error();
        // Where later scheduled reviews also passed, the latest was held last month.
        auto still = PortfolioChecks::reviews(workspace.connection(), kToday, d.number);
        if (!still)
            return still.error();
        const bool overdue = std::any_of(still->cbegin(), still->cend(),
                                         [](const auto &s) { return s.kind == u"review"_s; });
        if (overdue) {
            ServiceReview recent = review;
            recent.heldOn = kToday.addDays(-3 - (held % 4) * 7);
            recent.periods = quarterBefore(recent.heldOn);
            recent.outcome = ReviewOutcome::NoChange;
            recent.notes = tr("Targets met or explained; the terms stay as they are.");
            if (auto r = record(context, recent, d.number); !r)
                return r.error();
        }
        if (!agreed)
            continue;
        ImprovementAction action;
        action.agreementId = agreement.id;
        action.reviewId = *reviewId;
        action.source = u"review"_s;
        action.title = tr("Plan to recover the missed targets of %1").arg(review.periods);
        action.ownerId = context.ownerOf(agreement);
        action.dueDate = review.heldOn.addDays(60);
        // Older plans are done; recent ones still run, and one is late.
        if (action.dueDate < kToday.addMonths(-2)) {
            action.state = ActionState::Done;
            action.notes = tr("Plan delivered and presented to the customer.");
        } else if (action.dueDate < kToday) {
            action.state = ActionState::InProgress;
        }
        if (auto r = insert(context, action); !r)
            return r.error();
    }
    return {};
}

Result<qint64> DemoReviews::record(const Context &context, ServiceReview review,
                                   const QString &number)
{
    auto summary = context.kpisRead ? ReviewStore::kpiSummary(context.workspace.connection(),
                                                              number, review.periods)
                                    : Result<QString>(ReviewStore::kpiSummaryOf({}));
    if (!summary)
        return summary.error();
    review.kpiSummary = *summary;
    return context.bulk ? context.bulk->record(review)
                        : ReviewStore(context.workspace).record(review);
}

Result<qint64> DemoReviews::insert(const Context &context, const ImprovementAction &action)
{
    return context.bulk ? context.bulk->insert(action)
                        : ActionStore(context.workspace).insert(action);
}

Result<void> DemoReviews::raiseBreachActions(const Context &context)
{
    auto breaches = Sql::select(context.workspace.connection(), SelectRecentBreaches);
    if (!breaches)
        return breaches.error();
    QSet<QPair<qint64, qint64>> seen;
    int raised = 0;
    while (breaches->next() && raised < 6) {
        const QPair<qint64, qint64> key{breaches->integer("agreement_id"),
                                        breaches->integer("target_id")};
        if (seen.contains(key))
            continue;
        seen.insert(key);
        ImprovementAction action;
        action.agreementId = key.first;
        action.targetId = key.second;
        action.period = breaches->text("period");
        action.source = u"breach"_s;
        const QString target = QStringList{breaches->text("code"), breaches->text("metric"),
                                           breaches->text("priority")}
                                   .join(u' ')
                                   .trimmed();
        action.title = tr("Find the cause of the %1 breach").arg(target);
        action.ownerId = raised % 2 == 0 ? context.alice.id : context.dave.id;
        stage(action, raised++);
        if (auto r = insert(context, action); !r)
            return r.error();
    }
    return {};
}

void DemoReviews::stage(ImprovementAction &action, int index)
{
    switch (index) {
    case 0:
        action.dueDate = QDate(2026, 10, 20); // overdue
        break;
    case 1:
        action.dueDate = QDate(2026, 10, 24);
        action.state = ActionState::InProgress; // overdue too
        action.notes = tr("Waiting for the supplier's incident report.");
        break;
    case 2:
        action.dueDate = QDate(2026, 10, 15);
        action.state = ActionState::Done;
        action.notes = tr("A faulty switch was replaced; no breach since.");
        break;
    case 3:
        action.dueDate = QDate(2026, 11, 30);
        action.state = ActionState::Dropped;
        action.reason = tr("A one-off: the customer's own change caused it.");
        break;
    default:
        action.dueDate = QDate(2027, 1, 15);
        break;
    }
}

} // namespace Accordo
