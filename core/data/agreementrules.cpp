#include "agreementrules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Accordo::Agreements {

bool isEditable(AgreementStatus status)
{
    return status == AgreementStatus::Draft || status == AgreementStatus::Negotiation;
}

Result<void> requireEditable(const Agreement &agreement, const QString &refusal)
{
    if (isEditable(agreement.status))
        return {};
    return Error{refusal.arg(agreement.number)
                     .arg(agreement.version)
                     .arg(Enums::displayName(agreement.status).toLower())};
}

bool isSignedAhead(AgreementStatus status, const QDate &start, const QDate &today)
{
    return status == AgreementStatus::Active && start.isValid() && start > today;
}

QString whyNotDeletable(const Agreement &a)
{
    if (isEditable(a.status))
        return {};
    // The store's sentence, in the store's translation context.
    const QString what = QCoreApplication::translate("Accordo::Workspace",
                                                     "Agreement %1 version %2")
                             .arg(a.number)
                             .arg(a.version);
    return QCoreApplication::translate("Accordo::Workspace",
                                       "%1 is %2 and stays on record: only drafts and versions "
                                       "in negotiation can be deleted")
        .arg(what, Enums::displayName(a.status).toLower());
}

Agreement newDraft(const QDate &start)
{
    Agreement agreement;
    agreement.status = AgreementStatus::Draft;
    agreement.startDate = start;
    agreement.endDate = start.addYears(2).addDays(-1);
    agreement.price = Money(0, u"EUR"_s);
    return agreement;
}

} // namespace Accordo::Agreements
