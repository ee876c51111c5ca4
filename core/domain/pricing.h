#pragma once

#include "domain/entities.h"
#include "domain/priceline.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Accordo {

/// A service level offering of the catalogue: one named level of one service with the
/// targets it promises and its price.
struct Offering
{
    qint64 id = 0;
    qint64 serviceId = 0;
    QString name; // "Gold"
    QString description;
    PriceBasis basis = PriceBasis::Month;
    Money price;           // per month, and per user or unit when the basis says so
    QList<Target> targets; // their serviceId is the offering's
    int rowVersion = 0;
};

/// The arithmetic and the rules of prices: offerings, breakdown lines and the fee an
/// agreement's credits are computed from.
class Pricing
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Pricing)

public:
    static QString key(PriceBasis basis);
    static std::optional<PriceBasis> basisFromKey(const QString &key);
    /// "per month", "per user", "per unit".
    static QString displayName(PriceBasis basis);

    /// quantity × unit price, exactly; refused beyond Money::MaxMinorUnits.
    static Result<Money> amount(const PriceLine &line);
    /// The sum of the lines in `currency`; refused when a line is in another currency or the
    /// sum is beyond Money::MaxMinorUnits.
    static Result<Money> total(const QList<PriceLine> &lines, const QString &currency);
    /// The monthly fee the credits, KPIs and reports use: the breakdown's total when the
    /// agreement has lines, else its single fee. A breakdown that check() refuses is never
    /// stored, so the total of a stored agreement always exists.
    static Money monthlyFee(const Agreement &agreement);

    /// Why the agreement's breakdown cannot be stored, naming the line and the field: a
    /// service it does not cover, a quantity below 1, another currency, a discount that is
    /// not negative or a service line that is, a total below zero.
    static Result<void> check(const Agreement &agreement);
    static Result<void> check(const Offering &offering);

    /// The agreement with `offering` applied to its service: the service's targets still
    /// marked as from an offering are replaced by copies of the offering's (marked as from
    /// it), targets written or edited here stay, and the service's price line becomes
    /// `quantity` × the offering's price. Refused when the agreement does not cover the
    /// service or is priced in another currency.
    static Result<Agreement> applied(const Agreement &agreement, const Offering &offering,
                                     qint64 quantity);
    /// The target with the offering's mark kept only if it is still one of the offering's
    /// targets as the offering states it.
    static Target marked(const Target &target, const Offering &offering);
};

} // namespace Accordo
