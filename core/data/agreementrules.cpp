#include "agreementrules.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Accordo::Agreements {

namespace {

// Who signs which kind of agreement; for a party kind, its first row is a new agreement's kind.
constexpr std::pair<AgreementKind, PartyKind> Signers[] = {
    {AgreementKind::CustomerSla, PartyKind::Customer},
    {AgreementKind::InternalSla, PartyKind::Department},
    {AgreementKind::Ola, PartyKind::Department},
    {AgreementKind::UnderpinningContract, PartyKind::Supplier},
};

} // namespace

std::optional<PartyKind> counterpartyKind(AgreementKind kind)
{
    const auto row = std::find_if(std::begin(Signers), std::end(Signers),
                                  [kind](const auto &signer) { return signer.first == kind; });
    if (row == std::end(Signers))
        return std::nullopt;
    return row->second;
}

AgreementKind usualKindFor(PartyKind kind)
{
    const auto row = std::find_if(std::begin(Signers), std::end(Signers),
                                  [kind](const auto &signer) { return signer.second == kind; });
    return row == std::end(Signers) ? AgreementKind::CustomerSla : row->first;
}

bool isEditable(AgreementStatus status)
{
    return status == AgreementStatus::Draft || status == AgreementStatus::Negotiation;
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
