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

} // namespace

QString Enums::key(PartyKind value)
{
    return EnumNames::key(PartyKinds, value);
}

QString Enums::key(AgreementKind value)
{
    return EnumNames::key(AgreementKinds, value);
}

QString Enums::key(AgreementLevel value)
{
    return EnumNames::key(AgreementLevels, value);
}

QString Enums::key(AgreementStatus value)
{
    return EnumNames::key(AgreementStatuses, value);
}

QString Enums::key(Metric value)
{
    return EnumNames::key(Metrics, value);
}

QString Enums::key(MeasurementPeriod value)
{
    return EnumNames::key(MeasurementPeriods, value);
}

QString Enums::displayName(PartyKind value)
{
    return tr(EnumNames::name(PartyKinds, value));
}

QString Enums::displayName(AgreementKind value)
{
    return tr(EnumNames::name(AgreementKinds, value));
}

QString Enums::displayName(AgreementLevel value)
{
    return tr(EnumNames::name(AgreementLevels, value));
}

QString Enums::displayName(AgreementStatus value)
{
    return tr(EnumNames::name(AgreementStatuses, value));
}

QString Enums::displayName(Metric value)
{
    return tr(EnumNames::name(Metrics, value));
}

QString Enums::displayName(MeasurementPeriod value)
{
    return tr(EnumNames::name(MeasurementPeriods, value));
}

QString Enums::numberPrefix(AgreementKind value)
{
    return EnumNames::key(NumberPrefixes, value);
}

} // namespace Accordo
