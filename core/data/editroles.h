#pragma once

#include "domain/role.h"

#include <QList>

namespace Accordo {

/// Which roles may add, change and delete each kind of record: the stores refuse anyone
/// else, and the GUI disables what the user may not do with the same lists.
namespace EditRoles {

QList<Role> agreements();
/// Parties and the services they are offered.
QList<Role> parties();
QList<Role> services();
/// Calendars and regions.
QList<Role> calendars();
/// The clause library, the document templates and the provider's name the documents give.
QList<Role> clauseLibrary();
/// Service reviews and the owners of agreements.
QList<Role> reviews();
/// Raising an improvement action (changing any action takes reviews()).
QList<Role> raiseActions();

} // namespace EditRoles

} // namespace Accordo
