#pragma once

#include "domain/role.h"
#include "result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

namespace Accordo {

class Workspace;

/// What one audited change leaves on the audit trail.
struct AuditEntry
{
    QString entity; // "agreement", "party", "service", "calendar", "region", "user", ...
    qint64 id = 0;
    QString action; // "insert", "update", "delete", "transition:<name>", ...
    QJsonValue before;
    QJsonValue after;
};

/// The one path every audited write takes: the caller has validated its input; then the
/// acting user's role is checked, the change runs in a transaction (a savepoint inside a
/// larger one), its audit entries are appended in that same transaction, and only then does
/// it commit. A failure at any step leaves the database as it was.
namespace AuditedWrite {

using Change = std::function<Result<QList<AuditEntry>>()>;
using SingleChange = std::function<Result<AuditEntry>()>;

/// An empty `roles` skips the role check, for a caller that has checked a finer rule.
/// Returns the entries written.
Result<QList<AuditEntry>> run(const Workspace &workspace, const QList<Role> &roles,
                              const QString &what, const Change &change);
/// run() for a change of one record; returns that record's id (the new id of an insert).
Result<qint64> runOne(const Workspace &workspace, const QList<Role> &roles, const QString &what,
                      const SingleChange &change);

} // namespace AuditedWrite

} // namespace Accordo
