#include "alertstore.h"

#include "data/auditedwrite.h"
#include "data/records.h"
#include "data/recordsql.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "domain/enumnames.h"
#include "storage/rowfields.h"
#include "storage/sqlquery.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString RuleColumns =
    u"SELECT id, user_name, event, scope, party_id, within_days FROM alert_rules "_s;
const QString SelectRules = RuleColumns + u"ORDER BY user_name, id"_s;
const QString SelectRulesOf = RuleColumns + u"WHERE user_name = ? ORDER BY id"_s;
const QString SelectRule = RuleColumns + u"WHERE id = ?"_s;
const QString InsertRule = uR"(
    INSERT INTO alert_rules (user_name, event, scope, party_id, within_days)
    VALUES (?, ?, ?, ?, ?) RETURNING id)"_s;
const QString DeleteRule = u"DELETE FROM alert_rules WHERE id = ?"_s;
const QString CustomerExists = u"SELECT count(*) AS n FROM parties WHERE id = ?"_s;

const QString AlertColumns = uR"(
    SELECT id, user_name, event, event_key, agreement_id, subject, raised_at, seen_at
    FROM alerts )"_s;
const QString SelectAlertsSince =
    AlertColumns + u"WHERE user_name = ? AND raised_at >= ? ORDER BY raised_at DESC, id DESC"_s;
const QString SelectUnseen =
    AlertColumns + u"WHERE user_name = ? AND seen_at IS NULL ORDER BY raised_at DESC, id DESC"_s;
const QString SelectAlert = AlertColumns + u"WHERE id = ?"_s;
const QString SelectRaisedKeys = u"SELECT user_name, event_key FROM alerts"_s;
using RecordSql::InsertAlert;
const QString MarkSeen = u"UPDATE alerts SET seen_at = ? WHERE id = ? AND seen_at IS NULL"_s;

constexpr EnumName<AlertEvent> Events[] = {
    {AlertEvent::TargetAtRisk, "target_at_risk",
     QT_TRANSLATE_NOOP("Accordo::AlertStore", "Target at risk")},
    {AlertEvent::TargetBreached, "target_breached",
     QT_TRANSLATE_NOOP("Accordo::AlertStore", "Target breached")},
    {AlertEvent::CreditOwed, "credit_owed",
     QT_TRANSLATE_NOOP("Accordo::AlertStore", "Service credit owed")},
    {AlertEvent::ReviewDue, "review_due", QT_TRANSLATE_NOOP("Accordo::AlertStore", "Review due")},
    {AlertEvent::RenewalDue, "renewal_due",
     QT_TRANSLATE_NOOP("Accordo::AlertStore", "Renewal due")},
    {AlertEvent::ActionOverdue, "action_overdue",
     QT_TRANSLATE_NOOP("Accordo::AlertStore", "Improvement action overdue")},
    {AlertEvent::ChangeRequestWaiting, "change_request_waiting",
     QT_TRANSLATE_NOOP("Accordo::AlertStore", "Change request waiting")},
};

constexpr EnumName<AlertScope> Scopes[] = {
    {AlertScope::All, "all", QT_TRANSLATE_NOOP("Accordo::AlertStore", "All agreements")},
    {AlertScope::Owner, "owner", QT_TRANSLATE_NOOP("Accordo::AlertStore", "Agreements I own")},
    {AlertScope::Customer, "customer",
     QT_TRANSLATE_NOOP("Accordo::AlertStore", "One customer's agreements")},
};

AlertRule readRule(const Sql::Rows &row)
{
    AlertRule r;
    Sql::readFields(row, r, "id", &AlertRule::id, "user_name", &AlertRule::userName, "party_id",
                    &AlertRule::partyId, "within_days", &AlertRule::withinDays);
    r.event = AlertStore::eventFromKey(row.text("event")).value_or(AlertEvent::TargetAtRisk);
    r.scope = AlertStore::scopeFromKey(row.text("scope")).value_or(AlertScope::All);
    return r;
}

Alert readAlert(const Sql::Rows &row)
{
    Alert a;
    Sql::readFields(row, a, "id", &Alert::id, "user_name", &Alert::userName, "event_key",
                    &Alert::eventKey, "agreement_id", &Alert::agreementId, "subject",
                    &Alert::subject, "raised_at", &Alert::raisedAt, "seen_at", &Alert::seenAt);
    a.event = AlertStore::eventFromKey(row.text("event")).value_or(AlertEvent::TargetAtRisk);
    return a;
}

QJsonObject snapshot(const AlertRule &r)
{
    return {{u"user_name"_s, r.userName},
            {u"event"_s, AlertStore::eventKey(r.event)},
            {u"scope"_s, AlertStore::scopeKey(r.scope)},
            {u"party_id"_s, QString::number(r.partyId)},
            {u"within_days"_s, QString::number(r.withinDays)}};
}

} // namespace

QJsonObject AlertStore::auditSnapshot(const Alert &a)
{
    return {{u"user_name"_s, a.userName},
            {u"event"_s, AlertStore::eventKey(a.event)},
            {u"event_key"_s, a.eventKey},
            {u"agreement_id"_s, QString::number(a.agreementId)},
            {u"subject"_s, a.subject},
            {u"raised_at"_s, QString::number(a.raisedAt)},
            {u"seen_at"_s, a.seenAt ? QJsonValue(QString::number(*a.seenAt)) : QJsonValue()}};
}

AlertStore::AlertStore(Workspace &workspace) : mWorkspace(workspace) {}

QString AlertStore::eventKey(AlertEvent event)
{
    return EnumNames::key(Events, event);
}

std::optional<AlertEvent> AlertStore::eventFromKey(const QString &key)
{
    return EnumNames::fromKey(Events, key);
}

QList<AlertEvent> AlertStore::events()
{
    return EnumNames::values(Events);
}

QString AlertStore::eventName(AlertEvent event)
{
    return tr(EnumNames::name(Events, event));
}

QString AlertStore::scopeKey(AlertScope scope)
{
    return EnumNames::key(Scopes, scope);
}

std::optional<AlertScope> AlertStore::scopeFromKey(const QString &key)
{
    return EnumNames::fromKey(Scopes, key);
}

QString AlertStore::scopeName(AlertScope scope)
{
    return tr(EnumNames::name(Scopes, scope));
}

QString AlertStore::message(const Alert &alert)
{
    return tr("%1: %2").arg(eventName(alert.event), alert.subject);
}

Result<void> AlertStore::requireOwnRule(const QString &userName, const QString &what) const
{
    if (mWorkspace.actsAsSystem() || userName == mWorkspace.actingUser())
        return {};
    return mWorkspace.requireRole({Role::Administrator}, what);
}

Result<QList<AlertRule>> AlertStore::rules(const QString &userName) const
{
    if (userName.isEmpty())
        return Sql::list(mWorkspace.connection(), SelectRules, {}, readRule);
    return Sql::list(mWorkspace.connection(), SelectRulesOf, {userName}, readRule);
}

Result<qint64> AlertStore::addRule(const AlertRule &rule)
{
    const QString what = tr("Alert rule \"%1\" for %2").arg(eventName(rule.event), rule.userName);
    if (auto user = UserDirectory(mWorkspace.connection()).user(rule.userName); !user)
        return Error{tr("%1: user: %2").arg(what, user.errorString())};
    if (rule.withinDays < 1 || rule.withinDays > 3650)
        return Error{
            tr("%1: within days: %2 is not between 1 and 3650").arg(what).arg(rule.withinDays)};
    if (rule.scope == AlertScope::Customer) {
        auto exists = Records::count(mWorkspace.connection(), CustomerExists, rule.partyId);
        if (!exists)
            return exists.error();
        if (*exists == 0)
            return Error{
                tr("%1: customer: there is no party with id %2").arg(what).arg(rule.partyId)};
    }
    AlertRule stored = rule;
    if (rule.scope != AlertScope::Customer)
        stored.partyId = 0;
    if (auto own = requireOwnRule(rule.userName, what); !own)
        return own.error();
    return AuditedWrite::runOne(mWorkspace, {}, what, [&]() -> Result<AuditEntry> {
        auto id = Records::insert(mWorkspace.connection(), InsertRule,
                                  {stored.userName, eventKey(stored.event), scopeKey(stored.scope),
                                   stored.partyId, stored.withinDays},
                                  what);
        if (!id)
            return id.error();
        return Records::inserted(u"alert_rule"_s, *id, snapshot(stored));
    });
}

Result<void> AlertStore::removeRule(qint64 id)
{
    auto rule = Sql::one(mWorkspace.connection(), SelectRule, {id}, readRule,
                         tr("there is no alert rule %1").arg(id));
    if (!rule)
        return rule.error();
    const QString what = tr("Alert rule \"%1\" for %2").arg(eventName(rule->event), rule->userName);
    if (auto own = requireOwnRule(rule->userName, what); !own)
        return own;
    return Records::remove(mWorkspace, {}, what,
                           {u"alert_rule"_s, id, snapshot(*rule), DeleteRule, what});
}

Result<QList<Alert>> AlertStore::alerts(const QString &userName, std::optional<qint64> since,
                                        bool unseenOnly) const
{
    if (unseenOnly)
        return Sql::list(mWorkspace.connection(), SelectUnseen, {userName}, readAlert);
    return Sql::list(mWorkspace.connection(), SelectAlertsSince,
                     {userName, since.value_or(std::numeric_limits<qint64>::min())}, readAlert);
}

QString AlertStore::raisedKey(const QString &userName, const QString &eventKey)
{
    return userName + QChar(0x1f) + eventKey;
}

Result<QSet<QString>> AlertStore::raisedKeys() const
{
    auto rows = Sql::select(mWorkspace.connection(), SelectRaisedKeys);
    if (!rows)
        return rows.error();
    QSet<QString> keys;
    while (rows->next())
        keys.insert(raisedKey(rows->text("user_name"), rows->text("event_key")));
    return keys;
}

Result<QList<Alert>> AlertStore::raise(QList<Alert> alerts)
{
    if (alerts.isEmpty())
        return alerts;
    // Raising is no one's role, but it is on the trail under a user of the workspace.
    if (!mWorkspace.actsAsSystem()) {
        if (auto user = UserDirectory(mWorkspace.connection()).actingUser(mWorkspace.actingUser());
            !user)
            return Error{tr("Raise alerts: %1").arg(user.errorString())};
    }
    auto written = AuditedWrite::run(
        mWorkspace, {}, tr("Raise alerts"), [&]() -> Result<QList<AuditEntry>> {
            QList<AuditEntry> entries;
            for (Alert &a : alerts) {
                auto id = Records::insert(mWorkspace.connection(), InsertAlert,
                                          {a.userName, eventKey(a.event), a.eventKey, a.agreementId,
                                           a.subject, a.raisedAt},
                                          tr("the alert \"%1\"").arg(a.eventKey));
                if (!id)
                    return id.error();
                a.id = *id;
                entries.append(Records::inserted(u"alert"_s, *id, auditSnapshot(a)));
            }
            return entries;
        });
    if (!written)
        return written.error();
    return alerts;
}

Result<void> AlertStore::markSeen(const QList<qint64> &ids, qint64 at)
{
    if (ids.isEmpty())
        return {};
    auto written = AuditedWrite::run(
        mWorkspace, {}, tr("Mark alerts seen"), [&]() -> Result<QList<AuditEntry>> {
            QList<AuditEntry> entries;
            for (qint64 id : ids) {
                auto before = Sql::one(mWorkspace.connection(), SelectAlert, {id}, readAlert,
                                       tr("there is no alert %1").arg(id));
                if (!before)
                    return before.error();
                if (before->userName != mWorkspace.actingUser())
                    return Error{tr("alert %1 is %2's, not %3's")
                                     .arg(id)
                                     .arg(before->userName, mWorkspace.actingUser())};
                if (before->seenAt)
                    continue;
                if (auto r = Sql::exec(mWorkspace.connection(), MarkSeen, {at, id}); !r)
                    return r.error();
                Alert after = *before;
                after.seenAt = at;
                entries.append(
                    Records::updated(u"alert"_s, id, auditSnapshot(*before), auditSnapshot(after)));
            }
            return entries;
        });
    if (!written)
        return written.error();
    return {};
}

} // namespace Accordo
