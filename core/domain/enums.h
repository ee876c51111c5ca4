#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Accordo {

enum class PartyKind { Customer, Department, Supplier };
enum class AgreementKind { CustomerSla, InternalSla, Ola, UnderpinningContract };
enum class AgreementLevel { Corporate, Customer, Service };
enum class AgreementStatus { Draft, Negotiation, Approval, Active, Expired, Terminated };
enum class Metric { FirstResponse, Resolution, Availability, Satisfaction, Custom };
enum class MeasurementPeriod { Month, Quarter };

/// What Enums says of the values of one enumeration above; enums.cpp holds the tables.
template<typename E>
struct EnumTable
{
    static QString key(E value);
    static QString displayName(E value);
    static QList<E> all();
};

/// Stored keys (stable, never translated) and display names (translated) of the domain enums.
class Enums
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Enums)

public:
    /// The stored key of `value`; empty for a value its table does not list.
    template<typename E>
    static QString key(E value)
    {
        return EnumTable<E>::key(value);
    }
    template<typename E>
    static QString displayName(E value)
    {
        return EnumTable<E>::displayName(value);
    }

    /// Prefix of generated agreement numbers: SLA, ISLA, OLA, UC.
    static QString numberPrefix(AgreementKind value);

    template<typename E>
    static std::optional<E> fromKey(const QString &key);
    /// The display name of a stored key; the key itself when it names no value of E.
    template<typename E>
    static QString displayNameOfKey(const QString &key);
    /// Every value, in the order they are offered.
    template<typename E>
    static QList<E> all()
    {
        return EnumTable<E>::all();
    }
};

template<typename E>
std::optional<E> Enums::fromKey(const QString &k)
{
    for (E value : all<E>()) {
        if (key(value) == k)
            return value;
    }
    return std::nullopt;
}

template<typename E>
QString Enums::displayNameOfKey(const QString &k)
{
    const std::optional<E> value = fromKey<E>(k);
    return value ? displayName(*value) : k;
}

} // namespace Accordo
