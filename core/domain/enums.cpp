#include "enums.h"

using namespace Qt::StringLiterals;

namespace Accordo {

QString Enums::key(PartyKind value)
{
    switch (value) {
    case PartyKind::Customer:
        return u"customer"_s;
    case PartyKind::Department:
        return u"department"_s;
    case PartyKind::Supplier:
        return u"supplier"_s;
    }
    return {};
}

QString Enums::key(AgreementKind value)
{
    switch (value) {
    case AgreementKind::CustomerSla:
        return u"customer_sla"_s;
    case AgreementKind::InternalSla:
        return u"internal_sla"_s;
    case AgreementKind::Ola:
        return u"ola"_s;
    case AgreementKind::UnderpinningContract:
        return u"uc"_s;
    }
    return {};
}

QString Enums::key(AgreementLevel value)
{
    switch (value) {
    case AgreementLevel::Corporate:
        return u"corporate"_s;
    case AgreementLevel::Customer:
        return u"customer"_s;
    case AgreementLevel::Service:
        return u"service"_s;
    }
    return {};
}

QString Enums::key(AgreementStatus value)
{
    switch (value) {
    case AgreementStatus::Draft:
        return u"draft"_s;
    case AgreementStatus::Negotiation:
        return u"negotiation"_s;
    case AgreementStatus::Approval:
        return u"approval"_s;
    case AgreementStatus::Active:
        return u"active"_s;
    case AgreementStatus::Expired:
        return u"expired"_s;
    case AgreementStatus::Terminated:
        return u"terminated"_s;
    }
    return {};
}

QString Enums::key(Metric value)
{
    switch (value) {
    case Metric::FirstResponse:
        return u"first_response"_s;
    case Metric::Resolution:
        return u"resolution"_s;
    case Metric::Availability:
        return u"availability"_s;
    case Metric::Satisfaction:
        return u"satisfaction"_s;
    case Metric::Custom:
        return u"custom"_s;
    }
    return {};
}

QString Enums::key(MeasurementPeriod value)
{
    switch (value) {
    case MeasurementPeriod::Month:
        return u"month"_s;
    case MeasurementPeriod::Quarter:
        return u"quarter"_s;
    }
    return {};
}

QString Enums::displayName(PartyKind value)
{
    switch (value) {
    case PartyKind::Customer:
        return tr("Customer");
    case PartyKind::Department:
        return tr("Internal department");
    case PartyKind::Supplier:
        return tr("Supplier");
    }
    return {};
}

QString Enums::displayName(AgreementKind value)
{
    switch (value) {
    case AgreementKind::CustomerSla:
        return tr("Customer SLA");
    case AgreementKind::InternalSla:
        return tr("Internal SLA");
    case AgreementKind::Ola:
        return tr("Operational level agreement");
    case AgreementKind::UnderpinningContract:
        return tr("Underpinning contract");
    }
    return {};
}

QString Enums::displayName(AgreementLevel value)
{
    switch (value) {
    case AgreementLevel::Corporate:
        return tr("Corporate");
    case AgreementLevel::Customer:
        return tr("Customer");
    case AgreementLevel::Service:
        return tr("Service");
    }
    return {};
}

QString Enums::displayName(AgreementStatus value)
{
    switch (value) {
    case AgreementStatus::Draft:
        return tr("Draft");
    case AgreementStatus::Negotiation:
        return tr("Negotiation");
    case AgreementStatus::Approval:
        return tr("Approval");
    case AgreementStatus::Active:
        return tr("Signed (active)");
    case AgreementStatus::Expired:
        return tr("Expired");
    case AgreementStatus::Terminated:
        return tr("Terminated");
    }
    return {};
}

QString Enums::displayName(Metric value)
{
    switch (value) {
    case Metric::FirstResponse:
        return tr("First response time");
    case Metric::Resolution:
        return tr("Resolution time");
    case Metric::Availability:
        return tr("Availability");
    case Metric::Satisfaction:
        return tr("Customer satisfaction");
    case Metric::Custom:
        return tr("Custom metric");
    }
    return {};
}

QString Enums::displayName(MeasurementPeriod value)
{
    switch (value) {
    case MeasurementPeriod::Month:
        return tr("Month");
    case MeasurementPeriod::Quarter:
        return tr("Quarter");
    }
    return {};
}

QString Enums::numberPrefix(AgreementKind value)
{
    switch (value) {
    case AgreementKind::CustomerSla:
        return u"SLA"_s;
    case AgreementKind::InternalSla:
        return u"ISLA"_s;
    case AgreementKind::Ola:
        return u"OLA"_s;
    case AgreementKind::UnderpinningContract:
        return u"UC"_s;
    }
    return {};
}

} // namespace Accordo
