#include "alertscanner.h"

#include "data/changerequeststore.h"
#include "data/workspace.h"
#include "domain/enums.h"
#include "domain/money.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QTimeZone>

#include <map>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The recent periods whose status or credit an alert may be about.
const QString SelectKpiEvents = uR"(
    SELECT k.agreement_id, k.target_id, k.period, k.status, k.closed, k.credit_minor,
           k.currency, a.number, a.version, a.party_id, s.code AS service, t.metric, t.priority
    FROM kpi_periods k JOIN agreements a ON a.id = k.agreement_id
    JOIN targets t ON t.id = k.target_id
    JOIN services s ON s.id = t.service_id
    WHERE k.period_end > ? AND (k.status IN ('at_risk', 'breached') OR k.credit_minor > 0)
    ORDER BY k.agreement_id, k.target_id, k.period)"_s;

const QString SelectAgreementParties = u"SELECT id, party_id FROM agreements"_s;

// The owner of an agreement number (the provider's representative for the customer) owns each
// of its versions.
const QString SelectOwners = uR"(
    SELECT a.id AS agreement_id, u.name AS user_name FROM agreement_owners o
    JOIN users u ON u.id = o.user_id JOIN agreements a ON a.number = o.number)"_s;

// Improvement actions still open or in progress after their due date.
const QString SelectOverdueActions = uR"(
    SELECT x.id, x.title, x.due_date, x.agreement_id, a.number, a.version, a.party_id
    FROM actions x JOIN agreements a ON a.id = x.agreement_id
    WHERE x.state IN ('open', 'in_progress') AND x.due_date < ?
    ORDER BY x.due_date, x.id)"_s;

QString versionLabel(const QString &number, int version)
{
    return AlertScanner::tr("%1 v%2").arg(number).arg(version);
}

// Every agreement's id with the id of its party.
Result<QHash<qint64, qint64>> partiesOfAgreements(QSqlDatabase db)
{
    return Sql::keyed(db, SelectAgreementParties, {}, [](const Sql::Rows &row) {
        return std::pair{row.integer("id"), row.integer("party_id")};
    });
}

} // namespace

AlertScanner::AlertScanner(Workspace &workspace) : mWorkspace(workspace) {}

qint64 AlertScanner::asOf() const
{
    return mAsOf > 0 ? mAsOf : QDateTime::currentSecsSinceEpoch();
}

Result<QHash<qint64, QSet<QString>>> AlertScanner::ownersOf(QSqlDatabase db)
{
    auto rows = Sql::select(db, SelectOwners);
    if (!rows)
        return rows.error();
    QHash<qint64, QSet<QString>> owners;
    while (rows->next())
        owners[rows->integer("agreement_id")].insert(rows->text("user_name"));
    return owners;
}

Result<QList<AlertCandidate>> AlertScanner::overdueActions(QSqlDatabase db, qint64 asOf)
{
    const QString today =
        QDateTime::fromSecsSinceEpoch(asOf, QTimeZone::utc()).date().toString(Qt::ISODate);
    auto rows = Sql::select(db, SelectOverdueActions, {today});
    if (!rows)
        return rows.error();
    QList<AlertCandidate> out;
    while (rows->next()) {
        AlertCandidate c;
        c.event = AlertEvent::ActionOverdue;
        // Raised once per action and due date: a new due date that passes again is news.
        c.key = u"action:%1:%2"_s.arg(rows->text("id"), rows->text("due_date"));
        c.agreementId = rows->integer("agreement_id");
        c.partyId = rows->integer("party_id");
        c.subject = tr("%1 · action \"%2\", due %3")
                        .arg(versionLabel(rows->text("number"), rows->number("version")),
                             rows->text("title"), rows->text("due_date"));
        out.append(c);
    }
    return out;
}

Result<QList<AlertCandidate>> AlertScanner::kpiEvents() const
{
    auto rows = Sql::select(mWorkspace.connection(), SelectKpiEvents, {asOf() - kRecentSeconds});
    if (!rows)
        return rows.error();
    QList<AlertCandidate> out;
    while (rows->next()) {
        QStringList target{rows->text("service")};
        if (auto metric = Enums::fromKey<Metric>(rows->text("metric")))
            target.append(Enums::displayName(*metric));
        if (!rows->text("priority").isEmpty())
            target.append(rows->text("priority"));
        const QString where = tr("%1 · %2 · %3")
                                  .arg(versionLabel(rows->text("number"), rows->number("version")),
                                       target.join(u' '), rows->text("period"));
        const QString slot = u"%1:%2"_s.arg(rows->text("target_id"), rows->text("period"));
        const qint64 agreement = rows->integer("agreement_id");
        const qint64 party = rows->integer("party_id");
        const QString status = rows->text("status");
        if (status == u"at_risk"_s)
            out.append(
                {AlertEvent::TargetAtRisk, u"target_at_risk:"_s + slot, agreement, party, where});
        if (status == u"breached"_s)
            out.append({AlertEvent::TargetBreached, u"target_breached:"_s + slot, agreement, party,
                        where});
        if (rows->flag("closed") && rows->integer("credit_minor") > 0) {
            const Money credit(rows->integer("credit_minor"), rows->text("currency"));
            out.append({AlertEvent::CreditOwed, u"credit_owed:"_s + slot, agreement, party,
                        tr("%1 · %2 %3").arg(where, credit.currency(), credit.toPlainString())});
        }
    }
    return out;
}

Result<QList<AlertCandidate>> AlertScanner::dueEvents(bool reviews, int withinDays) const
{
    auto partyOf = partiesOfAgreements(mWorkspace.connection());
    if (!partyOf)
        return partyOf.error();
    AgreementWorkflow workflow(mWorkspace);
    workflow.setToday(QDateTime::fromSecsSinceEpoch(asOf(), QTimeZone::utc()).date());
    const QList<DueItem> due = reviews ? workflow.reviewsDue(withinDays)
                                       : workflow.renewalsDue(withinDays);
    QList<AlertCandidate> out;
    for (const DueItem &item : due) {
        const QString date = item.due.toString(Qt::ISODate);
        const QString subject =
            tr("%1 \"%2\" · due %3").arg(versionLabel(item.number, item.version), item.title, date);
        out.append({reviews ? AlertEvent::ReviewDue : AlertEvent::RenewalDue,
                    u"%1:%2:%3"_s.arg(reviews ? u"review_due"_s : u"renewal_due"_s)
                        .arg(item.agreementId)
                        .arg(date),
                    item.agreementId, partyOf->value(item.agreementId), subject});
    }
    return out;
}

Result<QList<AlertCandidate>> AlertScanner::changeRequestEvents() const
{
    auto waiting = ChangeRequestStore(mWorkspace.connection()).waiting();
    if (!waiting)
        return waiting.error();
    auto partyOf = partiesOfAgreements(mWorkspace.connection());
    if (!partyOf)
        return partyOf.error();
    QList<AlertCandidate> out;
    for (const ChangeRequestListing &l : *waiting) {
        const ChangeRequest &r = l.request;
        const QString status = ChangeRequestStore::statusKey(r.status);
        const QString waitsFor = r.status == ChangeRequestStatus::Submitted
                                     ? tr("waiting for an assessment")
                                     : tr("waiting for a decision");
        out.append({AlertEvent::ChangeRequestWaiting,
                    u"change_request_waiting:%1:%2"_s.arg(r.id).arg(status), r.agreementId,
                    partyOf->value(r.agreementId),
                    tr("%1 · change request %2 from %3, %4")
                        .arg(versionLabel(l.agreementNumber, l.agreementVersion))
                        .arg(r.id)
                        .arg(r.requestedBy, waitsFor)});
    }
    return out;
}

Result<QList<AlertCandidate>> AlertScanner::candidates(const QList<AlertRule> &rules) const
{
    QSet<int> wanted;
    std::map<std::pair<bool, int>, bool> dueWindows; // (reviews, days)
    for (const AlertRule &rule : rules) {
        wanted.insert(int(rule.event));
        if (rule.event == AlertEvent::ReviewDue || rule.event == AlertEvent::RenewalDue)
            dueWindows[{rule.event == AlertEvent::ReviewDue, rule.withinDays}] = true;
    }
    QList<AlertCandidate> out;
    auto add = [&out](Result<QList<AlertCandidate>> found) -> Result<void> {
        if (!found)
            return found.error();
        out.append(*found);
        return {};
    };
    if (wanted.contains(int(AlertEvent::TargetAtRisk))
        || wanted.contains(int(AlertEvent::TargetBreached))
        || wanted.contains(int(AlertEvent::CreditOwed))) {
        if (auto r = add(kpiEvents()); !r)
            return r.error();
    }
    for (const auto &[window, unused] : dueWindows) {
        Q_UNUSED(unused);
        if (auto r = add(dueEvents(window.first, window.second)); !r)
            return r.error();
    }
    if (wanted.contains(int(AlertEvent::ChangeRequestWaiting))) {
        if (auto r = add(changeRequestEvents()); !r)
            return r.error();
    }
    if (wanted.contains(int(AlertEvent::ActionOverdue))) {
        if (auto r = add(overdueActions(mWorkspace.connection(), asOf())); !r)
            return r.error();
    }
    return out;
}

Result<QList<Alert>> AlertScanner::raise()
{
    auto alerts = fresh();
    if (!alerts)
        return alerts;
    return AlertStore(mWorkspace).raise(*alerts);
}

Result<QList<Alert>> AlertScanner::fresh() const
{
    AlertStore store(mWorkspace);
    auto rules = store.rules();
    if (!rules)
        return rules.error();
    if (rules->isEmpty())
        return QList<Alert>();
    auto found = candidates(*rules);
    if (!found)
        return found.error();
    auto owners = ownersOf(mWorkspace.connection());
    if (!owners)
        return owners.error();
    auto raised = store.raisedKeys();
    if (!raised)
        return raised.error();
    // The due events of a rule are those of its own window: a review due in 60 days is not
    // news to a rule that asks for 30, though another rule's scan found it.
    const QDate today = QDateTime::fromSecsSinceEpoch(asOf(), QTimeZone::utc()).date();
    QHash<QString, QDate> dueDates;
    for (const AlertCandidate &c : std::as_const(*found)) {
        if (c.event == AlertEvent::ReviewDue || c.event == AlertEvent::RenewalDue)
            dueDates.insert(c.key, QDate::fromString(c.key.section(u':', 2), Qt::ISODate));
    }
    QList<Alert> fresh;
    for (const AlertRule &rule : std::as_const(*rules)) {
        for (const AlertCandidate &c : std::as_const(*found)) {
            if (c.event != rule.event)
                continue;
            if (dueDates.contains(c.key) && today.daysTo(dueDates.value(c.key)) > rule.withinDays)
                continue;
            if (rule.scope == AlertScope::Customer && c.partyId != rule.partyId)
                continue;
            if (rule.scope == AlertScope::Owner
                && !owners->value(c.agreementId).contains(rule.userName))
                continue;
            const QString k = AlertStore::raisedKey(rule.userName, c.key);
            if (raised->contains(k))
                continue;
            raised->insert(k);
            fresh.append({0, rule.userName, c.event, c.key, c.agreementId, c.subject, asOf(), {}});
        }
    }
    return fresh;
}

} // namespace Accordo
