#pragma once

#include "document/documentmodel.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>

namespace Accordo {

class Workspace;

/// Builds an agreement version's document as it is rendered: the cover (number, version,
/// kind, status, date), the parties, the parents a multi-level agreement inherits from (with a
/// clause saying their terms apply except where it says otherwise), the sections with every
/// placeholder filled in the document's language, and the signatories (from the signing
/// record once signed, else the required approvers).
class DocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DocumentBuilder)

public:
    /// Key of the clause the builder adds to the first section of a multi-level agreement.
    static constexpr auto InheritanceClauseKey = "inheritance.parents";

    /// `language` is "en" or "it". Fails when the version has no document, a clause names a
    /// placeholder without a value, or a record cannot be read.
    static Result<AgreementDocument> build(const Workspace &workspace, qint64 agreementId,
                                           const QString &language);
    /// The cover's date of an unsigned version (signed ones show the signing date); today
    /// unless set, for tests that compare documents built on different days.
    static void setUnsignedDate(const QDate &date);
};

} // namespace Accordo
