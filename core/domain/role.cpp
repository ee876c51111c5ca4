#include "role.h"

using namespace Qt::StringLiterals;

namespace Accordo {

QString Roles::key(Role role)
{
    switch (role) {
    case Role::SlaManager:
        return u"sla_manager"_s;
    case Role::Approver:
        return u"approver"_s;
    case Role::Executive:
        return u"executive"_s;
    case Role::Analyst:
        return u"analyst"_s;
    case Role::Administrator:
        return u"administrator"_s;
    }
    return {};
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::SlaManager:
        return tr("SLA manager");
    case Role::Approver:
        return tr("Approver");
    case Role::Executive:
        return tr("Executive");
    case Role::Analyst:
        return tr("Analyst");
    case Role::Administrator:
        return tr("Administrator");
    }
    return {};
}

std::optional<Role> Roles::fromKey(const QString &key)
{
    for (Role role : all()) {
        if (Roles::key(role) == key)
            return role;
    }
    return std::nullopt;
}

QList<Role> Roles::all()
{
    return {Role::SlaManager, Role::Approver, Role::Executive, Role::Analyst, Role::Administrator};
}

} // namespace Accordo
