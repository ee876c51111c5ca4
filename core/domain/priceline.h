#pragma once

#include "domain/money.h"

#include <QString>

namespace Accordo {

/// What an offering's price is counted by: a flat monthly fee, or so much per user or per
/// unit (a device, a site) and month.
enum class PriceBasis { Month, User, Unit };

/// One line of an agreement's price breakdown: a service at an offering's level, or a
/// discount (no service, a negative unit price). Amounts are per month.
struct PriceLine
{
    qint64 serviceId = 0;  // 0: a discount
    qint64 offeringId = 0; // 0: not from the catalogue
    QString label;         // the level ("Gold") or what the discount is for
    PriceBasis basis = PriceBasis::Month;
    qint64 quantity = 1;
    Money unitPrice;

    bool isDiscount() const { return serviceId == 0; }
    friend bool operator==(const PriceLine &, const PriceLine &) = default;
};

} // namespace Accordo
