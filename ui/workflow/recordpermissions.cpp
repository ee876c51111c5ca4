#include "recordpermissions.h"

#include "data/editroles.h"
#include "data/workspace.h"

namespace Accordo {

namespace {

// Who may edit each kind of record, and how a refusal names the edit.
struct KindRule
{
    RecordPermissions::Kind kind;
    QList<Role> (*roles)();
    const char *what; // translated in the context of Accordo::RecordPermissions
};

const KindRule KindRules[] = {
    {RecordPermissions::Kind::Agreements, &EditRoles::agreements,
     QT_TRANSLATE_NOOP("Accordo::RecordPermissions", "Adding, editing or deleting agreements")},
    {RecordPermissions::Kind::Parties, &EditRoles::parties,
     QT_TRANSLATE_NOOP("Accordo::RecordPermissions", "Adding, editing or deleting parties")},
    {RecordPermissions::Kind::Services, &EditRoles::services,
     QT_TRANSLATE_NOOP("Accordo::RecordPermissions", "Adding, editing or deleting services")},
    {RecordPermissions::Kind::Calendars, &EditRoles::calendars,
     QT_TRANSLATE_NOOP("Accordo::RecordPermissions", "Adding, editing or deleting calendars")},
};

} // namespace

QString RecordPermissions::refusal(const Workspace &workspace, Kind kind)
{
    QList<Role> roles;
    QString what;
    for (const KindRule &rule : KindRules) {
        if (rule.kind == kind) {
            roles = rule.roles();
            what = tr(rule.what);
        }
    }
    auto allowed = workspace.requireRole(roles, what);
    return allowed ? QString() : allowed.errorString();
}

} // namespace Accordo
