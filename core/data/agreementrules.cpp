#include "agreementrules.h"

using namespace Qt::StringLiterals;

namespace Accordo::Agreements {

bool isEditable(AgreementStatus status)
{
    return status == AgreementStatus::Draft || status == AgreementStatus::Negotiation;
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
