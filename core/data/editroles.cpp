#include "editroles.h"

namespace Accordo::EditRoles {

QList<Role> agreements()
{
    return {Role::SlaManager};
}

QList<Role> parties()
{
    return {Role::SlaManager, Role::Administrator};
}

QList<Role> services()
{
    return parties();
}

QList<Role> calendars()
{
    return {Role::Administrator};
}

QList<Role> clauseLibrary()
{
    return {Role::SlaManager, Role::Administrator};
}

QList<Role> reviews()
{
    return {Role::SlaManager, Role::Administrator};
}

QList<Role> raiseActions()
{
    return {Role::SlaManager, Role::Analyst, Role::Administrator};
}

} // namespace Accordo::EditRoles
