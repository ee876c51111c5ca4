#pragma once

#include "domain/entities.h"

#include <QDate>

namespace Accordo {

/// The rules about agreements that the storage layer enforces and the GUI follows.
namespace Agreements {

/// Whether a version may still be edited or deleted: drafts and versions in negotiation.
/// Versions that went to approval or beyond stay as they are for the record.
bool isEditable(AgreementStatus status);

/// A new agreement as the user starts it: a draft running two years from `start`, priced
/// at nothing in euros, with the default review interval and notice period of Agreement.
Agreement newDraft(const QDate &start);

} // namespace Agreements

} // namespace Accordo
