#pragma once

#include "domain/role.h"

#include <QList>
#include <QString>

namespace Accordo {

/// A person working in the workspace, known by a unique login name (no password: the
/// workspace is a local file).
struct User
{
    qint64 id = 0;
    QString name;
    QString displayName;
    QList<Role> roles;
    bool active = true;

    bool has(Role role) const { return roles.contains(role); }
};

} // namespace Accordo
