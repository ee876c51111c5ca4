#include "role.h"

#include "domain/enumnames.h"

namespace Accordo {

namespace {

constexpr EnumName<Role> RoleNames[] = {
    {Role::SlaManager, "sla_manager", QT_TRANSLATE_NOOP("Accordo::Roles", "SLA manager")},
    {Role::Approver, "approver", QT_TRANSLATE_NOOP("Accordo::Roles", "Approver")},
    {Role::Executive, "executive", QT_TRANSLATE_NOOP("Accordo::Roles", "Executive")},
    {Role::Analyst, "analyst", QT_TRANSLATE_NOOP("Accordo::Roles", "Analyst")},
    {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("Accordo::Roles", "Administrator")},
};

} // namespace

QString Roles::key(Role role)
{
    return EnumNames::key(RoleNames, role);
}

QString Roles::displayName(Role role)
{
    return tr(EnumNames::name(RoleNames, role));
}

std::optional<Role> Roles::fromKey(const QString &key)
{
    return EnumNames::fromKey(RoleNames, key);
}

QList<Role> Roles::all()
{
    return EnumNames::values(RoleNames);
}

} // namespace Accordo
