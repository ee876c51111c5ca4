#pragma once

#include "result.h"

#include <QCoreApplication>

namespace Accordo {

class Workspace;

/// The demo's customers as the CRM knows them: each gets its CRM account id and one to three
/// contacts (the first its primary contact), and one customer with an agreement in force is
/// marked lost, which puts that agreement on the reviews-and-renewals list.
class DemoCrm
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DemoData)

public:
    static Result<void> add(Workspace &workspace);
};

} // namespace Accordo
