#pragma once

#include "crm/importedparty.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Accordo {

class Workspace;

/// A field that was changed in Accordo since the last import and that the file gives
/// otherwise.
struct PartyImportConflict
{
    QString party;
    QString field;
    QString accordoValue;
    QString fileValue;
};

/// What an import of customers will do, worked out before anything is written.
struct PartyImportPlan
{
    struct Change
    {
        bool create = false;
        Party party;               // as it will be stored
        QStringList changedFields; // the fields the import changes (all given, for a create)
    };
    QList<Change> changes; // every customer the import writes, in file order
    QList<PartyImportConflict> conflicts;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    bool preferImport = false;
};

/// Creates or updates customers from a CRM export (PartyImportFile) by their CRM account id.
///
/// An update never overwrites silently a field changed in Accordo since the last import: each
/// party keeps what the last import set of each field (Party::crmImported). A field whose
/// Accordo value differs from that, and from the file's, is a conflict; it keeps Accordo's
/// value unless the file is preferred. A field never imported counts as changed in Accordo
/// when it holds anything. A vCard organisation without an account id adds its contacts to
/// the customer of that name, which must exist.
class PartyImport
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::PartyImport)

public:
    explicit PartyImport(const Workspace &workspace) : mWorkspace(workspace) {}

    /// The fields an import compares, as the conflicts name them.
    static QStringList fields();

    Result<PartyImportPlan> plan(const QList<ImportedParty> &parties, bool preferImport) const;
    /// Writes the plan in one transaction, audited, as the workspace's acting user; nothing is
    /// stored when any customer fails. `progress` hears (done, total) after each customer.
    Result<void> apply(const PartyImportPlan &plan,
                       const std::function<void(int, int)> &progress = {}) const;

private:
    const Workspace &mWorkspace;
};

} // namespace Accordo
