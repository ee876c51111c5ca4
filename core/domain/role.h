#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Accordo {

/// What a user may do in a workspace; a user can hold several roles.
enum class Role { SlaManager, Approver, Executive, Analyst, Administrator };

/// Stored keys (stable, never translated) and display names (translated) of the roles.
class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Roles)

public:
    static QString key(Role role);
    static QString displayName(Role role);
    static std::optional<Role> fromKey(const QString &key);
    static QList<Role> all();
};

} // namespace Accordo
