#include "entities.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Accordo {

bool Validation::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(email).hasMatch();
}

Result<void> Validation::check(const Region &region)
{
    if (region.code.trimmed().isEmpty())
        return Error{tr("Region: the code is required")};
    if (region.name.trimmed().isEmpty())
        return Error{tr("Region %1: the name is required").arg(region.code)};
    return {};
}

Result<void> Validation::check(const Party &party)
{
    if (party.name.trimmed().isEmpty())
        return Error{tr("%1: the name is required").arg(Enums::displayName(party.kind))};
    if (party.name.size() > 200)
        return Error{tr("%1 \"%2\": the name is longer than 200 characters")
                         .arg(Enums::displayName(party.kind), party.name.left(40))};
    if (!party.email.isEmpty() && !isValidEmail(party.email))
        return Error{tr("%1 \"%2\": \"%3\" is not a valid e-mail address")
                         .arg(Enums::displayName(party.kind), party.name, party.email)};
    if (!QStringList{u"active"_s, u"lost"_s, u"terminated"_s}.contains(party.crmStatus))
        return Error{tr("%1 \"%2\": the CRM status \"%3\" is not active, lost or terminated")
                         .arg(Enums::displayName(party.kind), party.name, party.crmStatus)};
    for (qsizetype i = 0; i < party.contacts.size(); ++i) {
        const PartyContact &c = party.contacts.at(i);
        if (c.name.trimmed().isEmpty())
            return Error{tr("%1 \"%2\", contact %3: the name is required")
                             .arg(Enums::displayName(party.kind), party.name)
                             .arg(i + 1)};
        if (!c.email.isEmpty() && !isValidEmail(c.email))
            return Error{tr("%1 \"%2\", contact %3: \"%4\" is not a valid e-mail address")
                             .arg(Enums::displayName(party.kind), party.name)
                             .arg(i + 1)
                             .arg(c.email)};
    }
    return {};
}

Result<void> Validation::check(const Service &service)
{
    static const QRegularExpression codePattern(u"^[A-Z0-9][A-Z0-9_-]{1,31}$"_s);
    if (!codePattern.match(service.code).hasMatch())
        return Error{tr("Service: the code \"%1\" must be 2–32 capital letters, digits, - or _")
                         .arg(service.code)};
    if (service.name.trimmed().isEmpty())
        return Error{tr("Service %1: the name is required").arg(service.code)};
    return {};
}

Result<void> Validation::check(const Target &target, int row)
{
    const QString where = tr("Target %1").arg(row + 1);
    if (target.serviceId <= 0)
        return Error{tr("%1: choose the service it measures").arg(where)};
    if (target.threshold <= 0)
        return Error{tr("%1: the target value must be positive").arg(where)};
    if (target.metric == Metric::Availability && target.threshold > 100000)
        return Error{tr("%1: availability cannot exceed 100 %").arg(where)};
    if (target.metric == Metric::Satisfaction
        && (target.threshold < 1000 || target.threshold > 5000))
        return Error{tr("%1: satisfaction is scored from 1 to 5").arg(where)};
    if (target.metric == Metric::Custom && target.customName.trimmed().isEmpty())
        return Error{tr("%1: a custom metric needs a name").arg(where)};
    if (target.goalMilli <= 0 || target.goalMilli > 100000)
        return Error{tr("%1: the goal must be above 0 and at most 100 %").arg(where)};
    if (target.creditCapHundredths < 0 || target.creditCapHundredths > 10000)
        return Error{tr("%1: the credit cap must be between 0 and 100 %").arg(where)};
    qint64 previousBelow = std::numeric_limits<qint64>::max();
    for (const CreditTier &tier : target.creditTiers) {
        if (tier.creditHundredths <= 0 || tier.creditHundredths > 10000)
            return Error{
                tr("%1: a credit tier must credit between 0 and 100 % of the fee").arg(where)};
        if (tier.belowMilli >= previousBelow)
            return Error{
                tr("%1: credit tiers must be listed by decreasing compliance band").arg(where)};
        previousBelow = tier.belowMilli;
    }
    return {};
}

Result<void> Validation::check(const Agreement &agreement)
{
    const QString where = agreement.number.isEmpty() ? tr("New agreement") : agreement.number;
    if (agreement.title.trimmed().isEmpty())
        return Error{tr("%1: the title is required").arg(where)};
    if (agreement.partyId <= 0)
        return Error{tr("%1: choose the counterparty").arg(where)};
    if (!agreement.startDate.isValid())
        return Error{tr("%1: the start date is required").arg(where)};
    if (agreement.endDate.isValid() && agreement.endDate <= agreement.startDate)
        return Error{tr("%1: the end date %2 is not after the start date %3")
                         .arg(where, agreement.endDate.toString(Qt::ISODate),
                              agreement.startDate.toString(Qt::ISODate))};
    if (agreement.reviewMonths < 1 || agreement.reviewMonths > 120)
        return Error{tr("%1: the review interval must be 1–120 months").arg(where)};
    if (agreement.noticeDays < 0 || agreement.noticeDays > 3650)
        return Error{tr("%1: the notice period must be 0–3650 days").arg(where)};
    if (agreement.price.minorUnits() < 0)
        return Error{tr("%1: the price cannot be negative").arg(where)};
    if (!Money::isValidCurrency(agreement.price.currency()))
        return Error{
            tr("%1: \"%2\" is not a currency code").arg(where, agreement.price.currency())};
    if (agreement.id != 0 && agreement.parentId == agreement.id)
        return Error{tr("%1: an agreement cannot be its own parent").arg(where)};
    if (agreement.level == AgreementLevel::Corporate && agreement.parentId != 0)
        return Error{tr("%1: a corporate-level agreement has no parent").arg(where)};

    const QSet<qint64> covered(agreement.serviceIds.cbegin(), agreement.serviceIds.cend());
    for (int row = 0; row < agreement.targets.size(); ++row) {
        const Target &target = agreement.targets.at(row);
        if (auto checked = check(target, row); !checked)
            return Error{where + u": "_s + checked.error().message};
        if (!covered.contains(target.serviceId))
            return Error{tr("%1: target %2 measures a service the agreement does not cover")
                             .arg(where)
                             .arg(row + 1)};
    }
    return {};
}

} // namespace Accordo
