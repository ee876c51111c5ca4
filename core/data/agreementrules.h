#pragma once

#include "domain/entities.h"

#include <QDate>

#include <optional>

namespace Accordo {

/// The rules about agreements that the storage layer enforces and the GUI follows.
namespace Agreements {

/// Whether a version may still be edited or deleted: drafts and versions in negotiation.
/// Versions that went to approval or beyond stay as they are for the record.
bool isEditable(AgreementStatus status);

/// Why the version may not be deleted (it went to approval or beyond and stays on record), or
/// empty when it may; the hierarchy below it is checked when deleting.
QString whyNotDeletable(const Agreement &agreement);

/// Whether a version is signed but not yet in force on `today`: active, starting later.
bool isSignedAhead(AgreementStatus status, const QDate &start, const QDate &today);

/// The kind of party that signs an agreement of `kind` with the provider: a customer a
/// customer SLA, a department an internal SLA or an OLA, a supplier an underpinning contract.
/// Nothing for a value that is no agreement kind.
std::optional<PartyKind> counterpartyKind(AgreementKind kind);
/// The kind a new agreement with a party of `kind` starts as: the first kind such a party
/// signs (a department: an internal SLA).
AgreementKind usualKindFor(PartyKind kind);

/// A new agreement as the user starts it: a draft running two years from `start`, priced
/// at nothing in euros, with the default review interval and notice period of Agreement.
Agreement newDraft(const QDate &start);

} // namespace Agreements

} // namespace Accordo
