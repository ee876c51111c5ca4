#pragma once

#include "data/auditedwrite.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>

namespace Accordo {

class Workspace;

/// What the record stores of the data layer share: how a failed statement reads, the
/// optimistic-lock UPDATE, the INSERT that returns the new id and the usage counts that
/// refuse a removal.
namespace Records {

/// The time written to created_at/updated_at: UTC, ISO 8601 to the second.
QString nowUtc();
/// Turns constraint failures into sentences that name the record (`what`) and the field.
Error describe(const Error &error, const QString &what);
/// Runs an INSERT … RETURNING id; a failure is described for `what`.
Result<qint64> insert(QSqlDatabase db, const QString &sql, const QVariantList &values,
                      const QString &what);
/// Runs a statement whose failure is described for `what`.
Result<void> write(QSqlDatabase db, const QString &sql, const QVariantList &values,
                   const QString &what);
/// The integer in column `n` of the first row of a count query with one id bound.
Result<int> count(QSqlDatabase db, const QString &sql, qint64 id);
/// Refuses while `uses` counts records that still need the one at hand, with the sentence
/// `refusal` makes of that count; a failed count is refused with its own error.
Result<void> refuseWhileUsed(const Result<int> &uses,
                             const std::function<QString(int uses)> &refusal);
/// UPDATE of one record that bumps its row_version and, when the caller read one, refuses
/// to overwrite a newer save: no silent lost update. `what` names the record in the conflict;
/// constraint failures name it `describedAs` and a vanished record reads `missing` (both
/// default to sentences built from `what`).
Result<void> updateRow(const Workspace &workspace, const QString &table, const QString &entity,
                       qint64 id, int rowVersion, const QString &assignments, QVariantList values,
                       const QString &what, const QString &describedAs = {},
                       const QString &missing = {});
/// The refusal of a save that lost a race: names the record and who changed it.
Error conflict(const Workspace &workspace, const QString &entity, qint64 id, const QString &what);

/// The audit entries of an insert and an update.
AuditEntry inserted(const QString &entity, qint64 id, const QJsonValue &after);
AuditEntry updated(const QString &entity, qint64 id, const QJsonValue &before,
                   const QJsonValue &after);

/// The removal of one record: `refuse` (when given) says why it cannot go yet; then the DELETE
/// (`deleteSql` with the id bound; its failure described for `describedAs`, or `what`) and its
/// audit entry, on AuditedWrite's path under `roles`.
struct Removal
{
    QString entity;
    qint64 id = 0;
    QJsonValue before;
    QString deleteSql;
    QString describedAs;
};
Result<void> remove(const Workspace &workspace, const QList<Role> &roles, const QString &what,
                    const Removal &removal, const std::function<Result<void>()> &refuse = {});

/// The outcome of an audited write whose id the caller does not need.
Result<void> done(const Result<qint64> &written);

} // namespace Records

} // namespace Accordo
