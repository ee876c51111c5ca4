#include "demochanges.h"

#include "alerts/alertscanner.h"
#include "change/changerequests.h"
#include "data/workspace.h"
#include "demo/demodata.h"
#include "demo/demofollowupwriter.h"
#include "demo/demomeasurements.h"
#include "domain/targetvalue.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Accordo::DemoChanges {

namespace {

// Active customer SLAs with time targets and no open amendment, the first of each of four
// customers: the ones a change request can be accepted on.
const QString kAmendable = uR"(
    SELECT min(a.id) AS id FROM agreements a
    WHERE a.kind = 'customer_sla' AND a.status = 'active'
      AND NOT EXISTS (SELECT 1 FROM agreements d WHERE d.number = a.number
                      AND d.status IN ('draft', 'negotiation', 'approval'))
      AND EXISTS (SELECT 1 FROM targets t WHERE t.agreement_id = a.id
                  AND t.metric IN ('first_response', 'resolution'))
    GROUP BY a.party_id ORDER BY min(a.id) LIMIT 4)"_s;

const QString kPartyOf = u"SELECT party_id FROM agreements WHERE id = ?"_s;

// The agreement's first time target, a third tighter (to the nearest five minutes).
Result<ChangeRequest> proposal(Workspace &workspace, qint64 agreementId)
{
    auto agreement = workspace.agreement(agreementId);
    if (!agreement)
        return agreement.error();
    ChangeRequest request;
    request.agreementId = agreementId;
    for (const Target &t : agreement->targets) {
        if (!TargetValue::isDuration(t.metric))
            continue;
        Target tighter = t;
        tighter.threshold = std::max<qint64>(300, (t.threshold * 2 / 3 + 150) / 300 * 300);
        request.proposedTargets.append(tighter);
        break;
    }
    return request;
}

struct Seed
{
    const char *user;
    ChangeRequestOrigin origin;
    const char *requestedBy;
    const char *description;
    int daysAgo;
};

} // namespace

// The users' alert rules, then the alerts they raise as of `now`: one by one as the application
// raises them, or in bulk.
static Result<void> alerts(Workspace &workspace, qint64 agreementId, qint64 now,
                           DemoData::Path path)
{
    // Each user's rules: the SLA manager hears of everything at risk and waiting, the
    // approvers of breaches in what they approve, the executive of credits owed, the analyst
    // of one customer's targets.
    auto partyId = Sql::scalar(workspace.connection(), kPartyOf, {agreementId});
    if (!partyId)
        return partyId.error();
    struct RuleSeed
    {
        const char *user;
        AlertEvent event;
        AlertScope scope;
        int withinDays;
    };
    const RuleSeed rules[] = {
        {"alice", AlertEvent::TargetAtRisk, AlertScope::All, 30},
        {"alice", AlertEvent::ChangeRequestWaiting, AlertScope::All, 30},
        {"alice", AlertEvent::RenewalDue, AlertScope::Owner, 90},
        {"bob", AlertEvent::TargetBreached, AlertScope::Owner, 30},
        {"bob", AlertEvent::ReviewDue, AlertScope::All, 120},
        {"carol", AlertEvent::CreditOwed, AlertScope::All, 30},
        {"dave", AlertEvent::TargetAtRisk, AlertScope::Customer, 30},
        {"dave", AlertEvent::TargetBreached, AlertScope::Customer, 30},
        {"frank", AlertEvent::ActionOverdue, AlertScope::Owner, 30},
    };
    AlertStore store(workspace);
    for (const RuleSeed &seed : rules) {
        AlertRule rule;
        rule.userName = QString::fromUtf8(seed.user);
        rule.event = seed.event;
        rule.scope = seed.scope;
        rule.withinDays = seed.withinDays;
        if (seed.scope == AlertScope::Customer)
            rule.partyId = partyId->toLongLong();
        if (auto r = store.addRule(rule); !r)
            return r.error();
    }
    AlertScanner scanner(workspace);
    scanner.setAsOf(now);
    if (path == DemoData::Path::OneByOne) {
        if (auto raised = scanner.raise(); !raised)
            return raised.error();
        return {};
    }
    // AlertStore::raise writes them all inside one savepoint; with the demo's statement journal
    // in memory, SQLite walks that savepoint's journal after every statement, and thousands of
    // alerts take quadratic time.
    auto fresh = scanner.fresh();
    if (!fresh)
        return fresh.error();
    DemoFollowUpWriter bulk(workspace);
    if (auto r = bulk.begin(); !r)
        return r;
    for (const Alert &alert : std::as_const(*fresh)) {
        if (auto id = bulk.insert(alert); !id)
            return id.error();
    }
    return bulk.finish();
}

Result<void> generate(Workspace &workspace, DemoData::Path path)
{
    auto ids = Sql::list(workspace.connection(), kAmendable, {},
                         [](const Sql::Rows &r) { return r.integer("id"); });
    if (!ids)
        return ids.error();
    if (ids->size() < 4)
        return {};
    const Workspace::Identity acting = workspace.identity();
    auto restore = qScopeGuard([&] { workspace.setIdentity(acting); });

    const Seed seeds[] = {
        {"alice", ChangeRequestOrigin::Customer, "Service owner at the customer",
         QT_TRANSLATE_NOOP("Accordo::DemoData",
                           "Faster resolution for the incidents that stop the tills"),
         12},
        {"dave", ChangeRequestOrigin::Internal, "Dave Okafor",
         QT_TRANSLATE_NOOP("Accordo::DemoData",
                           "Tighter first response: the new on-call rota allows it"),
         30},
        {"alice", ChangeRequestOrigin::Customer, "Procurement at the customer",
         QT_TRANSLATE_NOOP("Accordo::DemoData", "Quicker resolution in the renewed contract"), 60},
        {"alice", ChangeRequestOrigin::Customer, "IT director at the customer",
         QT_TRANSLATE_NOOP("Accordo::DemoData", "Resolution within a third less time, same price"),
         45},
    };
    // The demo's own "now", so that it is the same whenever it is generated.
    const qint64 now = DemoMeasurements::now();
    const QDate today = QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()).date();
    QList<qint64> requests;
    for (int i = 0; i < 4; ++i) {
        auto request = proposal(workspace, ids->at(i));
        if (!request)
            return request.error();
        request->origin = seeds[i].origin;
        request->requestedBy = QString::fromUtf8(seeds[i].requestedBy);
        request->description = DemoData::tr(seeds[i].description);
        request->requestedOn = today.addDays(-seeds[i].daysAgo);
        workspace.setActingUser(QString::fromUtf8(seeds[i].user));
        auto id = ChangeRequests(workspace).submit(*request);
        if (!id)
            return id.error();
        requests.append(*id);
    }
    // The second is assessed, the third assessed and accepted, the fourth rejected.
    workspace.setActingUser(u"dave"_s);
    ChangeRequests changes(workspace);
    changes.setToday(today);
    if (auto r = changes.assess(requests.at(1),
                                DemoData::tr("Feasible with the new rota; the backtest shows "
                                             "the target would have been met most months."),
                                15000);
        !r)
        return r;
    if (auto r = changes.assess(requests.at(2),
                                DemoData::tr("Feasible: two more engineers on the early shift."),
                                25000);
        !r)
        return r;
    workspace.setActingUser(u"alice"_s);
    if (auto r = changes.accept(requests.at(2)); !r)
        return r.error();
    if (auto r = changes.reject(requests.at(3),
                                DemoData::tr("Not at the same price: the backtest shows the "
                                             "target would have been breached too often."));
        !r)
        return r;

    workspace.setIdentity(acting);
    return alerts(workspace, ids->at(0), now, path);
}

} // namespace Accordo::DemoChanges
