#pragma once

#include "lifecycle/lifecycletypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Accordo {

/// The workflow's data in the user's words: approval progress, what is still missing for the
/// next step, and the status of a version as the lists and the agreement view show it.
class WorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::WorkflowText)

public:
    /// A date in the locale's short form, with the year in four digits.
    static QString date(const QDate &date);
    /// The status of a version on `today`: a signed version that starts later reads
    /// "Signed (starts …)" rather than active.
    static QString status(AgreementStatus status, const QDate &start, const QDate &today);
    /// One line on the approval round: "2 of 3: waiting for …", or "ready to sign"; empty when
    /// the version is not in approval.
    static QString approvalProgress(const ApprovalProgress &progress);
    /// Who gave which approval, for a tooltip or a second line; empty when nobody has yet.
    static QString approvedBy(const ApprovalProgress &progress);
    /// The banner of the agreement view: what the version still lacks for its next step; empty
    /// when nothing does or there is no next step.
    static QString missing(const NextStep &next);
    /// Who a required approval waits for: its title, and the user it is reserved to.
    static QString awaitedName(const RequiredApprover &approver);
};

} // namespace Accordo
