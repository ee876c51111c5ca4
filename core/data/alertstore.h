#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Accordo {

class Workspace;

/// The events a user may ask to be told of.
enum class AlertEvent {
    TargetAtRisk,
    TargetBreached,
    CreditOwed,
    ReviewDue,
    RenewalDue,
    ActionOverdue,
    ChangeRequestWaiting
};

/// Which agreements a rule covers.
enum class AlertScope { All, Owner, Customer };

/// One user's wish to be told of one kind of event for some agreements.
struct AlertRule
{
    qint64 id = 0;
    QString userName;
    AlertEvent event = AlertEvent::TargetAtRisk;
    AlertScope scope = AlertScope::All;
    qint64 partyId = 0;  // the customer, for AlertScope::Customer
    int withinDays = 30; // reviews and renewals due within this many days
};

/// An event told to one user, stored when it first arose for them.
struct Alert
{
    qint64 id = 0;
    QString userName;
    AlertEvent event = AlertEvent::TargetAtRisk;
    QString eventKey; // what the event is about, unique per user: raised once
    qint64 agreementId = 0;
    QString subject; // the agreement and what in it, as the event found it
    qint64 raisedAt = 0;
    std::optional<qint64> seenAt;
};

/// The alert_rules and alerts tables. Rules are the user's own (an administrator may set
/// anyone's); alerts are raised by the AlertScanner and marked seen by their user. Every
/// write is audited.
class AlertStore
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::AlertStore)

public:
    explicit AlertStore(Workspace &workspace);

    static QString eventKey(AlertEvent event);
    static std::optional<AlertEvent> eventFromKey(const QString &key);
    static QString eventName(AlertEvent event);
    static QList<AlertEvent> events();
    static QString scopeKey(AlertScope scope);
    static std::optional<AlertScope> scopeFromKey(const QString &key);
    static QString scopeName(AlertScope scope);
    /// The sentence an alert reads as: its event and its subject.
    static QString message(const Alert &alert);

    Result<QList<AlertRule>> rules(const QString &userName = {}) const;
    Result<qint64> addRule(const AlertRule &rule);
    Result<void> removeRule(qint64 id);

    /// The user's alerts, newest first: raised at or after `since` (epoch seconds), or only
    /// the unseen ones.
    Result<QList<Alert>> alerts(const QString &userName, std::optional<qint64> since,
                                bool unseenOnly = false) const;
    /// Every (user, event key) already raised.
    Result<QSet<QString>> raisedKeys() const;
    static QString raisedKey(const QString &userName, const QString &eventKey);
    /// Stores new alerts in one audited transaction; returns them with their ids.
    Result<QList<Alert>> raise(QList<Alert> alerts);
    /// What the audit trail keeps of an alert.
    static QJsonObject auditSnapshot(const Alert &alert);
    /// Marks the acting user's alerts seen at `at`; others' alerts are refused.
    Result<void> markSeen(const QList<qint64> &ids, qint64 at);

private:
    Result<void> requireOwnRule(const QString &userName, const QString &what) const;

    Workspace &mWorkspace;
};

} // namespace Accordo
