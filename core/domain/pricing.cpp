#include "pricing.h"

#include "domain/enumnames.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr EnumName<PriceBasis> Bases[] = {
    {PriceBasis::Month, "month", QT_TRANSLATE_NOOP("Accordo::Pricing", "per month")},
    {PriceBasis::User, "user", QT_TRANSLATE_NOOP("Accordo::Pricing", "per user")},
    {PriceBasis::Unit, "unit", QT_TRANSLATE_NOOP("Accordo::Pricing", "per unit")},
};

// A basis the table does not list reads as monthly, the default.
const EnumName<PriceBasis> &basisEntry(PriceBasis basis)
{
    const EnumName<PriceBasis> *entry = EnumNames::find(Bases, basis);
    return entry ? *entry : Bases[0];
}

// A line as people name it in an error: "SLA-2026-0001, price line 2".
QString lineName(const Agreement &agreement, qsizetype row)
{
    const QString where = agreement.number.isEmpty() ? Pricing::tr("New agreement")
                                                     : agreement.number;
    return Pricing::tr("%1, price line %2").arg(where).arg(row + 1);
}

// A target as the offering states it: no id of its own, no mark.
Target plain(Target target)
{
    target.id = 0;
    target.offeringId = 0;
    return target;
}

} // namespace

QString Pricing::key(PriceBasis basis)
{
    return QString::fromLatin1(basisEntry(basis).key);
}

std::optional<PriceBasis> Pricing::basisFromKey(const QString &key)
{
    return EnumNames::fromKey(Bases, key);
}

QString Pricing::displayName(PriceBasis basis)
{
    return tr(basisEntry(basis).name);
}

Result<Money> Pricing::amount(const PriceLine &line)
{
    return line.unitPrice.multiplied(line.quantity);
}

Result<Money> Pricing::total(const QList<PriceLine> &lines, const QString &currency)
{
    Money sum(0, currency);
    for (const PriceLine &line : lines) {
        auto lineAmount = amount(line);
        if (!lineAmount)
            return lineAmount.error();
        auto next = sum.plus(*lineAmount);
        if (!next)
            return next.error();
        sum = *next;
    }
    return sum;
}

Money Pricing::monthlyFee(const Agreement &agreement)
{
    if (agreement.priceLines.isEmpty())
        return agreement.price;
    auto sum = total(agreement.priceLines, agreement.price.currency());
    return sum ? *sum : agreement.price;
}

Result<void> Pricing::check(const Agreement &agreement)
{
    const QString currency = agreement.price.currency();
    const QSet<qint64> covered(agreement.serviceIds.cbegin(), agreement.serviceIds.cend());
    for (qsizetype row = 0; row < agreement.priceLines.size(); ++row) {
        const PriceLine &line = agreement.priceLines.at(row);
        const QString where = lineName(agreement, row);
        if (line.quantity < 1)
            return Error{tr("%1: the quantity must be at least 1 (%2 was given)")
                             .arg(where)
                             .arg(line.quantity)};
        if (line.unitPrice.currency() != currency)
            return Error{tr("%1: the price is in %2, the agreement in %3")
                             .arg(where, line.unitPrice.currency(), currency)};
        if (line.isDiscount()) {
            if (line.label.trimmed().isEmpty())
                return Error{tr("%1: say what the discount is for").arg(where)};
            if (line.unitPrice.minorUnits() >= 0)
                return Error{tr("%1: a discount must lower the price (%2 was given)")
                                 .arg(where, line.unitPrice.toPlainString())};
        } else {
            if (!covered.contains(line.serviceId))
                return Error{tr("%1: the agreement does not cover service %2")
                                 .arg(where)
                                 .arg(line.serviceId)};
            if (line.unitPrice.minorUnits() < 0)
                return Error{tr("%1: the unit price cannot be negative (%2 was given)")
                                 .arg(where, line.unitPrice.toPlainString())};
        }
    }
    auto sum = total(agreement.priceLines, currency);
    if (!sum)
        return Error{
            tr("%1: %2").arg(agreement.number.isEmpty() ? tr("New agreement") : agreement.number,
                             sum.errorString())};
    if (sum->minorUnits() < 0)
        return Error{tr("%1: the discounts exceed the price (the total would be %2)")
                         .arg(agreement.number.isEmpty() ? tr("New agreement") : agreement.number,
                              sum->toPlainString())};
    return {};
}

Result<void> Pricing::check(const Offering &offering)
{
    const QString where = offering.name.trimmed().isEmpty() ? tr("New offering")
                                                            : tr("Offering %1").arg(offering.name);
    if (offering.name.trimmed().isEmpty())
        return Error{tr("%1: the name is required").arg(where)};
    if (offering.serviceId <= 0)
        return Error{tr("%1: choose the service").arg(where)};
    if (!Money::isValidCurrency(offering.price.currency()))
        return Error{tr("%1: \"%2\" is not a currency code").arg(where, offering.price.currency())};
    if (offering.price.minorUnits() < 0)
        return Error{tr("%1: the price cannot be negative (%2 was given)")
                         .arg(where, offering.price.toPlainString())};
    for (qsizetype row = 0; row < offering.targets.size(); ++row) {
        Target target = offering.targets.at(row);
        target.serviceId = offering.serviceId;
        if (auto checked = Validation::check(target, int(row)); !checked)
            return Error{tr("%1: %2").arg(where, checked.errorString())};
    }
    return {};
}

Result<Agreement> Pricing::applied(const Agreement &agreement, const Offering &offering,
                                   qint64 quantity)
{
    const QString where = agreement.number.isEmpty() ? tr("New agreement") : agreement.number;
    if (!agreement.serviceIds.contains(offering.serviceId))
        return Error{tr("%1 does not cover the service of offering %2: add the service first")
                         .arg(where, offering.name)};
    if (offering.price.currency() != agreement.price.currency())
        return Error{
            tr("%1 is priced in %2, offering %3 in %4")
                .arg(where, agreement.price.currency(), offering.name, offering.price.currency())};
    if (quantity < 1)
        return Error{
            tr("%1: the quantity must be at least 1 (%2 was given)").arg(where).arg(quantity)};

    Agreement result = agreement;
    result.targets.clear();
    for (const Target &target : agreement.targets) {
        if (target.serviceId == offering.serviceId && target.offeringId != 0)
            continue;
        result.targets.append(target);
    }
    for (Target target : offering.targets) {
        target.id = 0;
        target.serviceId = offering.serviceId;
        target.offeringId = offering.id;
        result.targets.append(target);
    }

    const PriceLine line{offering.serviceId, offering.id, offering.name,
                         offering.basis,     quantity,    offering.price};
    // The service's line keeps its place in the breakdown; a first one goes before the
    // discounts.
    qsizetype at = -1;
    for (qsizetype row = 0; row < result.priceLines.size(); ++row) {
        if (result.priceLines.at(row).serviceId == offering.serviceId) {
            at = row;
            break;
        }
    }
    if (at >= 0) {
        result.priceLines[at] = line;
    } else {
        qsizetype before = 0;
        while (before < result.priceLines.size() && !result.priceLines.at(before).isDiscount())
            ++before;
        result.priceLines.insert(before, line);
    }
    result.price = monthlyFee(result);
    return result;
}

Target Pricing::marked(const Target &target, const Offering &offering)
{
    Target result = target;
    if (target.offeringId == 0)
        return result;
    const Target asStated = plain(target);
    for (Target candidate : offering.targets) {
        candidate.serviceId = offering.serviceId;
        if (plain(candidate) == asStated && target.offeringId == offering.id)
            return result;
    }
    result.offeringId = 0;
    return result;
}

} // namespace Accordo
