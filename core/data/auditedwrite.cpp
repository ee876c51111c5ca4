#include "auditedwrite.h"

#include "audit/auditlog.h"
#include "data/workspace.h"
#include "storage/transaction.h"

namespace Accordo::AuditedWrite {

Result<QList<AuditEntry>> run(const Workspace &workspace, const QList<Role> &roles,
                              const QString &what, const Change &change)
{
    if (!roles.isEmpty()) {
        if (auto allowed = workspace.requireRole(roles, what); !allowed)
            return allowed.error();
    }
    Transaction transaction(workspace.connection());
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    auto entries = change();
    if (!entries)
        return entries.error();
    AuditLog log(workspace.connection());
    for (const AuditEntry &entry : std::as_const(*entries)) {
        auto seq = log.append(workspace.actingUser(), entry.entity, entry.id, entry.action,
                              entry.before, entry.after);
        if (!seq)
            return seq.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return entries;
}

Result<qint64> runOne(const Workspace &workspace, const QList<Role> &roles, const QString &what,
                      const SingleChange &change)
{
    auto entries = run(workspace, roles, what, [&change]() -> Result<QList<AuditEntry>> {
        auto entry = change();
        if (!entry)
            return entry.error();
        return QList<AuditEntry>{*entry};
    });
    if (!entries)
        return entries.error();
    return entries->constFirst().id;
}

} // namespace Accordo::AuditedWrite
