#include "recordpermissions.h"

#include "data/editroles.h"
#include "data/workspace.h"

namespace Accordo {

QString RecordPermissions::refusal(const Workspace &workspace, Kind kind)
{
    QList<Role> roles;
    QString what;
    switch (kind) {
    case Kind::Agreements:
        roles = EditRoles::agreements();
        what = tr("Adding, editing or deleting agreements");
        break;
    case Kind::Parties:
        roles = EditRoles::parties();
        what = tr("Adding, editing or deleting parties");
        break;
    case Kind::Services:
        roles = EditRoles::services();
        what = tr("Adding, editing or deleting services");
        break;
    case Kind::Calendars:
        roles = EditRoles::calendars();
        what = tr("Adding, editing or deleting calendars");
        break;
    }
    auto allowed = workspace.requireRole(roles, what);
    return allowed ? QString() : allowed.errorString();
}

} // namespace Accordo
