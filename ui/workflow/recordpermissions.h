#pragma once

#include <QCoreApplication>
#include <QString>

namespace Accordo {

class Workspace;

/// Whether the acting user may add, edit and delete a kind of record, by the roles the stores
/// check, so that the GUI disables what would be refused and says why.
class RecordPermissions
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::RecordPermissions)

public:
    enum class Kind { Agreements, Parties, Services, Calendars };

    /// Why the workspace's acting user may not change records of the kind; empty when they may.
    static QString refusal(const Workspace &workspace, Kind kind);
};

} // namespace Accordo
