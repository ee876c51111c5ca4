#pragma once

// Small, explicit records for the tests' own fixtures: a test that needs "a customer with an
// agreement" builds just that through the core API instead of counting what the demo
// generator happens to create.

#include "data/userdirectory.h"
#include "data/workspace.h"
#include "domain/entities.h"
#include "storage/database.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>

namespace Accordo::TestFixtures {

/// A customer (or department, supplier) called `name`.
inline Party party(const QString &name, PartyKind kind = PartyKind::Customer, qint64 regionId = 0)
{
    Party p;
    p.kind = kind;
    p.name = name;
    p.regionId = regionId;
    return p;
}

/// Adds each person with their roles as a user, on behalf of the system; the name of the first
/// that could not be added, or an empty string.
inline QString addUsers(const QSqlDatabase &connection,
                        const QList<std::pair<QString, QList<Role>>> &people)
{
    UserDirectory users(connection);
    for (const auto &[name, roles] : people) {
        User user;
        user.name = name;
        user.roles = roles;
        if (!users.addAsSystem(user))
            return name;
    }
    return {};
}

/// A target on `serviceId`: `threshold` in the metric's unit (see TargetValue), met by
/// `goalMilli` thousandths of a percent of the items, for tickets of `priority` (empty: all).
inline Target target(qint64 serviceId, Metric metric, qint64 threshold, qint64 goalMilli = 95000,
                     const QString &priority = {})
{
    Target t;
    t.serviceId = serviceId;
    t.metric = metric;
    t.threshold = threshold;
    t.goalMilli = goalMilli;
    t.priority = priority;
    return t;
}

/// A draft customer SLA of `partyId` over `services`, measured by `targets`.
inline Agreement agreement(const QString &title, qint64 partyId, const QList<qint64> &services,
                           const QList<Target> &targets, const QDate &start, const QDate &end,
                           const Money &price)
{
    Agreement a;
    a.title = title;
    a.partyId = partyId;
    a.startDate = start;
    a.endDate = end;
    a.price = price;
    a.serviceIds = services;
    a.targets = targets;
    return a;
}

/// The latest version of the agreement numbered `number`; stops the test run when there is
/// none.
inline Agreement latestAgreement(Database &database, const QString &number)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT id FROM agreements WHERE number = ? ORDER BY version DESC"));
    q.addBindValue(number);
    if (!q.exec() || !q.next())
        qFatal("no agreement %s", qPrintable(number));
    auto a = Workspace(database).agreement(q.value(0).toLongLong());
    if (!a)
        qFatal("%s", qPrintable(a.errorString()));
    return *a;
}

} // namespace Accordo::TestFixtures
