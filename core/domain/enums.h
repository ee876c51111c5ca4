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

/// Stored keys (stable, never translated) and display names (translated) of the domain enums.
class Enums
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Enums)

public:
    static QString key(PartyKind value);
    static QString key(AgreementKind value);
    static QString key(AgreementLevel value);
    static QString key(AgreementStatus value);
    static QString key(Metric value);
    static QString key(MeasurementPeriod value);

    static QString displayName(PartyKind value);
    static QString displayName(AgreementKind value);
    static QString displayName(AgreementLevel value);
    static QString displayName(AgreementStatus value);
    static QString displayName(Metric value);
    static QString displayName(MeasurementPeriod value);

    /// Prefix of generated agreement numbers: SLA, ISLA, OLA, UC.
    static QString numberPrefix(AgreementKind value);

    template<typename E>
    static std::optional<E> fromKey(const QString &key);
    /// The display name of a stored key; the key itself when it names no value of E.
    template<typename E>
    static QString displayNameOfKey(const QString &key);
    template<typename E>
    static QList<E> all();
};

template<>
inline QList<PartyKind> Enums::all()
{
    return {PartyKind::Customer, PartyKind::Department, PartyKind::Supplier};
}
template<>
inline QList<AgreementKind> Enums::all()
{
    return {AgreementKind::CustomerSla, AgreementKind::InternalSla, AgreementKind::Ola,
            AgreementKind::UnderpinningContract};
}
template<>
inline QList<AgreementLevel> Enums::all()
{
    return {AgreementLevel::Corporate, AgreementLevel::Customer, AgreementLevel::Service};
}
template<>
inline QList<AgreementStatus> Enums::all()
{
    return {AgreementStatus::Draft,  AgreementStatus::Negotiation, AgreementStatus::Approval,
            AgreementStatus::Active, AgreementStatus::Expired,     AgreementStatus::Terminated};
}
template<>
inline QList<Metric> Enums::all()
{
    return {Metric::FirstResponse, Metric::Resolution, Metric::Availability, Metric::Satisfaction,
            Metric::Custom};
}
template<>
inline QList<MeasurementPeriod> Enums::all()
{
    return {MeasurementPeriod::Month, MeasurementPeriod::Quarter};
}

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
