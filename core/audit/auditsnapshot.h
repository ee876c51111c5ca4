#pragma once

#include "domain/entities.h"
#include "domain/user.h"

#include <QJsonObject>

namespace Accordo {

/// The JSON form in which records enter the audit trail as old and new values.
class AuditSnapshot
{
public:
    static QJsonObject of(const CalendarRecord &calendar);
    static QJsonObject of(const Region &region);
    static QJsonObject of(const Party &party);
    static QJsonObject of(const Service &service);
    static QJsonObject of(const Agreement &agreement);
    static QJsonObject of(const Target &target);
    static QJsonObject of(const User &user);
};

} // namespace Accordo
