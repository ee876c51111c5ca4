#include "enums.h"

#include "domain/enumnames.h"

namespace Accordo {

namespace {

constexpr EnumName<PartyKind> PartyKinds[] = {
    {PartyKind::Customer, "customer", QT_TRANSLATE_NOOP("Accordo::Enums", "Customer")},
    {PartyKind::Department, "department",
     QT_TRANSLATE_NOOP("Accordo::Enums", "Internal department")},
    {PartyKind::Supplier, "supplier", QT_TRANSLATE_NOOP("Accordo::Enums", "Supplier")},
};

constexpr EnumName<AgreementKind> AgreementKinds[] = {
    {AgreementKind::CustomerSla, "customer_sla",
     QT_TRANSLATE_NOOP("Accordo::Enums", "Customer SLA")},
    {AgreementKind::InternalSla, "internal_sla",
     QT_TRANSLATE_NOOP("Accordo::Enums", "Internal SLA")},
    {AgreementKind::Ola, "ola", QT_TRANSLATE_NOOP("Accordo::Enums", "Operational level agreement")},
    {AgreementKind::UnderpinningContract, "uc",
     QT_TRANSLATE_NOOP("Accordo::Enums", "Underpinning contract")},
};

// The prefix of generated agreement numbers, kept as the key.
constexpr EnumName<AgreementKind> NumberPrefixes[] = {
    {AgreementKind::CustomerSla, "SLA"},
    {AgreementKind::InternalSla, "ISLA"},
    {AgreementKind::Ola, "OLA"},
    {AgreementKind::UnderpinningContract, "UC"},
};

constexpr EnumName<AgreementLevel> AgreementLevels[] = {
    {AgreementLevel::Corporate, "corporate", QT_TRANSLATE_NOOP("Accordo::Enums", "Corporate")},
    {AgreementLevel::Customer, "customer", QT_TRANSLATE_NOOP("Accordo::Enums", "Customer")},
    {AgreementLevel::Service, "service", QT_TRANSLATE_NOOP("Accordo::Enums", "Service")},
};

constexpr EnumName<AgreementStatus> AgreementStatuses[] = {
    {AgreementStatus::Draft, "draft", QT_TRANSLATE_NOOP("Accordo::Enums", "Draft")},
    {AgreementStatus::Negotiation, "negotiation",
     QT_TRANSLATE_NOOP("Accordo::Enums", "Negotiation")},
    {AgreementStatus::Approval, "approval", QT_TRANSLATE_NOOP("Accordo::Enums", "Approval")},
    {AgreementStatus::Active, "active", QT_TRANSLATE_NOOP("Accordo::Enums", "Signed (active)")},
    {AgreementStatus::Expired, "expired", QT_TRANSLATE_NOOP("Accordo::Enums", "Expired")},
    {AgreementStatus::Terminated, "terminated", QT_TRANSLATE_NOOP("Accordo::Enums", "Terminated")},
};

constexpr EnumName<Metric> Metrics[] = {
    {Metric::FirstResponse, "first_response",
     QT_TRANSLATE_NOOP("Accordo::Enums", "First response time")},
    {Metric::Resolution, "resolution", QT_TRANSLATE_NOOP("Accordo::Enums", "Resolution time")},
    {Metric::Availability, "availability", QT_TRANSLATE_NOOP("Accordo::Enums", "Availability")},
    {Metric::Satisfaction, "satisfaction",
     QT_TRANSLATE_NOOP("Accordo::Enums", "Customer satisfaction")},
    {Metric::Custom, "custom", QT_TRANSLATE_NOOP("Accordo::Enums", "Custom metric")},
};

constexpr EnumName<MeasurementPeriod> MeasurementPeriods[] = {
    {MeasurementPeriod::Month, "month", QT_TRANSLATE_NOOP("Accordo::Enums", "Month")},
    {MeasurementPeriod::Quarter, "quarter", QT_TRANSLATE_NOOP("Accordo::Enums", "Quarter")},
};

// Each enumeration's table, found by the type of its values.
struct Tables
{
    static constexpr const auto &of(PartyKind) { return PartyKinds; }
    static constexpr const auto &of(AgreementKind) { return AgreementKinds; }
    static constexpr const auto &of(AgreementLevel) { return AgreementLevels; }
    static constexpr const auto &of(AgreementStatus) { return AgreementStatuses; }
    static constexpr const auto &of(Metric) { return Metrics; }
    static constexpr const auto &of(MeasurementPeriod) { return MeasurementPeriods; }
};

} // namespace

template<typename E>
QString EnumTable<E>::key(E value)
{
    return EnumNames::key(Tables::of(value), value);
}

template<typename E>
QString EnumTable<E>::displayName(E value)
{
    return Enums::tr(EnumNames::name(Tables::of(value), value));
}

template<typename E>
QList<E> EnumTable<E>::all()
{
    return EnumNames::values(Tables::of(E{}));
}

template struct EnumTable<PartyKind>;
template struct EnumTable<AgreementKind>;
template struct EnumTable<AgreementLevel>;
template struct EnumTable<AgreementStatus>;
template struct EnumTable<Metric>;
template struct EnumTable<MeasurementPeriod>;

QString Enums::numberPrefix(AgreementKind value)
{
    return EnumNames::key(NumberPrefixes, value);
}

} // namespace Accordo
