#pragma once

#include "domain/enums.h"
#include "domain/money.h"
#include "domain/priceline.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Accordo {

/// A stored business calendar; its definition is the calendar's JSON document.
struct CalendarRecord
{
    qint64 id = 0;
    QString name;
    QString timeZone;
    QString definition;
    int rowVersion = 0; // 0: not read from the workspace; see Agreement::rowVersion
};

struct Region
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 calendarId = 0;
    int rowVersion = 0;
};

/// A person to deal with at a party: a representative, an approver or a signatory.
struct PartyContact
{
    QString name;
    QString role; // the title or function, e.g. "Procurement Manager"
    QString email;
    QString phone;
    friend bool operator==(const PartyContact &, const PartyContact &) = default;
};

/// A counterparty: a customer, an internal department or a supplier.
struct Party
{
    qint64 id = 0;
    PartyKind kind = PartyKind::Customer;
    QString name;
    qint64 regionId = 0;
    QString segment;
    QString contact;
    QString email;
    // Services delivered to this party whether or not an SLA lists them: the coverage check
    // asks for a signed SLA in force for each.
    QList<qint64> deliveredServiceIds;
    // From the CRM: its account id (empty when the party is not in it), the party's status
    // there ("active", "lost" or "terminated"), and what the last import set of each field
    // (a JSON object) so that the next one can tell a change made in Accordo.
    QString externalId;
    QString crmStatus = QStringLiteral("active");
    QString crmImported = QStringLiteral("{}");
    // In order; the first is the primary contact, whose name and e-mail `contact` and `email`
    // repeat when there are any.
    QList<PartyContact> contacts;
    int rowVersion = 0;
};

struct Service
{
    qint64 id = 0;
    QString code;
    QString name;
    QString category;
    QString ownerTeam;
    QString description;
    bool active = true;
    int rowVersion = 0;
};

/// One band of a service-credit rule: below `belowMilli` compliance, credit a share of the fee.
struct CreditTier
{
    qint64 belowMilli = 0;       // thousandths of a percent of compliance/availability
    qint64 creditHundredths = 0; // hundredths of a percent of the period fee
    friend bool operator==(const CreditTier &, const CreditTier &) = default;
};

struct Target
{
    qint64 id = 0;
    qint64 serviceId = 0;
    qint64 regionId = 0; // 0: every region
    QString priority;    // empty: every priority
    Metric metric = Metric::Resolution;
    QString customName;
    QString customUnit;
    qint64 threshold = 0;     // see TargetValue
    qint64 goalMilli = 95000; // share of items that must meet the threshold
    MeasurementPeriod period = MeasurementPeriod::Month;
    qint64 calendarId = 0; // 0: the region's calendar
    QList<CreditTier> creditTiers;
    qint64 creditCapHundredths = 0;
    qint64 offeringId = 0; // copied from this offering and not edited since; 0: written here
    friend bool operator==(const Target &, const Target &) = default;
};

struct Agreement
{
    qint64 id = 0;
    QString number;
    int version = 1;
    QString title;
    AgreementKind kind = AgreementKind::CustomerSla;
    AgreementLevel level = AgreementLevel::Customer;
    qint64 parentId = 0;
    qint64 partyId = 0;
    QDate startDate;
    QDate endDate;
    int reviewMonths = 12;
    AgreementStatus status = AgreementStatus::Draft;
    Money price; // fee per measurement month; the breakdown's total when it has lines
    QList<qint64> serviceIds;
    QList<PriceLine> priceLines; // empty: the single fee `price`
    QList<Target> targets;
    int noticeDays = 90; // notice before the end date to renew or cancel
    // The stored row's version when it was read; a save with an older one is refused, so
    // that nobody overwrites a change they have not seen. 0 (never read) skips the check.
    int rowVersion = 0;
};

/// Field validation shared by the GUI dialogs, the importers and the storage layer.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Validation)

public:
    static Result<void> check(const Region &region);
    static Result<void> check(const Party &party);
    static Result<void> check(const Service &service);
    static Result<void> check(const Agreement &agreement);
    static Result<void> check(const Target &target, int row);
    static bool isValidEmail(const QString &email);
};

} // namespace Accordo
