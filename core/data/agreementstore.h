#pragma once

#include "domain/entities.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>

namespace Accordo {

class Workspace;
struct Offering;

/// The agreements table with the rows each version owns (targets with their credit tiers,
/// agreement_services, price_lines), who edited a version (agreement_editors) and the agreement numbers
/// (number_sequences).
class AgreementStore
{
    // The messages keep the translation context they had when Workspace wrote them.
    Q_DECLARE_TR_FUNCTIONS(Accordo::Workspace)

public:
    explicit AgreementStore(const Workspace &workspace) : mWorkspace(workspace) {}

    /// Generates the number when it is empty; returns the new id.
    Result<qint64> insert(const Agreement &agreement);
    /// Refused with Error::conflict when agreement.rowVersion is not the stored one.
    Result<void> update(const Agreement &agreement);
    /// Removes a draft or negotiation version with its targets; refused while other
    /// agreements hang below it.
    Result<void> remove(qint64 id);

    Result<Agreement> agreement(qint64 id) const;
    /// The version `id` for a change that needs it still a draft or in negotiation; refused
    /// otherwise with `refusal` (%1 its number, %2 its version, %3 its status).
    Result<Agreement> editable(qint64 id, const QString &refusal) const;
    Result<qint64> idByNumber(const QString &number) const;
    /// The next free number for this kind and year, e.g. SLA-2026-0042.
    Result<QString> nextNumber(AgreementKind kind, int year);
    /// Agreements above `id` in the multi-level hierarchy, nearest first.
    Result<QList<qint64>> ancestors(qint64 id) const;

    /// The agreement as it is stored: its breakdown checked, the fee its breakdown's total,
    /// and the offering's mark left only on the targets that still say what it says. The
    /// offerings are read into `offerings` once each (a writer of many agreements keeps it).
    Result<Agreement> priced(const Agreement &agreement, QHash<qint64, Offering> &offerings) const;

private:
    Result<Agreement> priced(const Agreement &agreement) const;
    Result<void> checkHierarchy(const Agreement &agreement) const;
    /// Why a change of the stored version `before` (named `what`) is refused, if it is.
    Result<void> checkEditable(const Agreement &before, const Agreement &changed,
                               const QString &what) const;
    Result<qint64> insertRow(const Agreement &agreement);
    Result<void> updateRow(const Agreement &agreement, const QString &what);
    Result<void> writeChildren(qint64 id, const Agreement &agreement);
    Result<void> writeTarget(qint64 agreementId, int row, const Target &target,
                             const QString &where);
    Result<void> recordEditor(qint64 agreementId);
    Result<void> readChildren(Agreement &agreement) const;

    const Workspace &mWorkspace;
};

} // namespace Accordo
