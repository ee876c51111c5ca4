#pragma once

#include "result.h"

#include <QCoreApplication>

namespace Accordo {

class Workspace;
struct Party;

/// The demo's customers as the CRM knows them: each gets its CRM account id and one to three
/// contacts (the first its primary contact) when it is created, and once the agreements are
/// written, one customer with an agreement in force is marked lost, which puts that agreement
/// on the reviews-and-renewals list.
class DemoCrm
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DemoData)

public:
    /// Gives the `serial`-th customer (from 1, in the order they are created) its account id
    /// and contacts; `other` counts the extra contacts handed out so far.
    static void describe(Party &customer, int serial, int &other);
    /// Marks the first customer with a customer SLA in force lost.
    static Result<void> add(Workspace &workspace);
};

} // namespace Accordo
