#include "demodata.h"

#include "data/clausestore.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "demo/demochanges.h"
#include "demo/democrm.h"
#include "demo/demomeasurements.h"
#include "demo/demoofferings.h"
#include "demo/demometrics.h"
#include "demo/demoreviews.h"
#include "document/libraryjson.h"
#include "domain/credittiers.h"
#include "domain/entities.h"
#include "domain/targetvalue.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

struct CalendarSeed
{
    const char *name;
    const char *zone;
    const char *definition;
};

const CalendarSeed Calendars[] = {
    {"Italy office", "Europe/Rome", R"({ "name": "Italy office", "timezone": "Europe/Rome",
  "week": { "mon": ["08:00-12:30", "13:30-17:00"], "tue": ["08:00-12:30", "13:30-17:00"],
            "wed": ["08:00-12:30", "13:30-17:00"], "thu": ["08:00-12:30", "13:30-17:00"],
            "fri": ["08:00-12:30", "13:30-17:00"], "sat": [], "sun": [] },
  "holidays": [ {"fixed": "01-01", "name": "Capodanno"}, {"fixed": "01-06", "name": "Epifania"},
                {"easter": 1, "name": "Lunedì dell'Angelo"},
                {"fixed": "04-25", "name": "Festa della Liberazione"},
                {"fixed": "05-01", "name": "Festa del Lavoro"},
                {"fixed": "06-02", "name": "Festa della Repubblica"},
                {"fixed": "08-15", "name": "Ferragosto"}, {"fixed": "11-01", "name": "Ognissanti"},
                {"fixed": "12-08", "name": "Immacolata"}, {"fixed": "12-25", "name": "Natale"},
                {"fixed": "12-26", "name": "Santo Stefano"} ] })"},
    {"UK 24x7", "Europe/London", R"({ "name": "UK 24x7", "timezone": "Europe/London",
  "week": { "mon": ["00:00-24:00"], "tue": ["00:00-24:00"], "wed": ["00:00-24:00"],
            "thu": ["00:00-24:00"], "fri": ["00:00-24:00"], "sat": ["00:00-24:00"],
            "sun": ["00:00-24:00"] },
  "holidays": [] })"},
    {"UK office", "Europe/London", R"({ "name": "UK office", "timezone": "Europe/London",
  "week": { "mon": ["09:00-17:30"], "tue": ["09:00-17:30"], "wed": ["09:00-17:30"],
            "thu": ["09:00-17:30"], "fri": ["09:00-17:30"], "sat": [], "sun": [] },
  "holidays": [ {"fixed": "01-01", "observed": "monday", "name": "New Year's Day"},
                {"easter": -2, "name": "Good Friday"}, {"easter": 1, "name": "Easter Monday"},
                {"nth": 1, "weekday": "mon", "month": 5, "name": "Early May bank holiday"},
                {"nth": -1, "weekday": "mon", "month": 5, "name": "Spring bank holiday"},
                {"nth": -1, "weekday": "mon", "month": 8, "name": "Summer bank holiday"},
                {"fixed": "12-25", "observed": "monday", "name": "Christmas Day"},
                {"fixed": "12-26", "observed": "monday", "name": "Boxing Day"} ] })"},
    {"US East office", "America/New_York", R"({ "name": "US East office",
  "timezone": "America/New_York",
  "week": { "mon": ["08:00-17:00"], "tue": ["08:00-17:00"], "wed": ["08:00-17:00"],
            "thu": ["08:00-17:00"], "fri": ["08:00-17:00"], "sat": [], "sun": [] },
  "holidays": [ {"fixed": "01-01", "observed": "nearest", "name": "New Year's Day"},
                {"nth": -1, "weekday": "mon", "month": 5, "name": "Memorial Day"},
                {"fixed": "07-04", "observed": "nearest", "name": "Independence Day"},
                {"nth": 1, "weekday": "mon", "month": 9, "name": "Labor Day"},
                {"nth": 4, "weekday": "thu", "month": 11, "name": "Thanksgiving"},
                {"fixed": "12-25", "observed": "nearest", "name": "Christmas Day"} ] })"},
    {"Singapore office", "Asia/Singapore", R"({ "name": "Singapore office",
  "timezone": "Asia/Singapore",
  "week": { "mon": ["09:00-18:00"], "tue": ["09:00-18:00"], "wed": ["09:00-18:00"],
            "thu": ["09:00-18:00"], "fri": ["09:00-18:00"], "sat": [], "sun": [] },
  "holidays": [ {"fixed": "01-01", "name": "New Year's Day"},
                {"easter": -2, "name": "Good Friday"}, {"fixed": "05-01", "name": "Labour Day"},
                {"fixed": "08-09", "observed": "monday", "name": "National Day"},
                {"fixed": "12-25", "name": "Christmas Day"} ] })"},
};

struct RegionSeed
{
    const char *code;
    const char *name;
    int calendar;
    const char *currency;
};

const RegionSeed Regions[] = {
    {"EMEA-S", "Southern Europe", 0, "EUR"},
    {"UK", "United Kingdom and Ireland", 2, "GBP"},
    {"NA-E", "North America East", 3, "USD"},
    {"APAC", "Asia Pacific", 4, "SGD"},
};

struct CustomerSeed
{
    const char *name;
    int region;
    const char *segment;
    const char *contact;
};

const CustomerSeed Customers[] = {
    {"Acme Manufacturing", 0, "Enterprise", "Giulia Ferri"},
    {"Banca Lombarda Digitale", 0, "Enterprise", "Marco Bellini"},
    {"Ospedale San Raffaele Nord", 0, "Public sector", "Elena Riva"},
    {"Trasporti Adriatici", 0, "Mid-market", "Paolo Greco"},
    {"Vinicola Colli Euganei", 0, "Small business", "Chiara Conte"},
    {"Comune di Bergamo", 0, "Public sector", "Luca Moretti"},
    {"Moda Milano Group", 0, "Enterprise", "Sara Galli"},
    {"Farmacie Unite", 0, "Mid-market", "Davide Costa"},
    {"Thames Water Analytics", 1, "Enterprise", "Oliver Hughes"},
    {"Brighton Retail Co", 1, "Mid-market", "Amelia Clarke"},
    {"Northern Rail Services", 1, "Enterprise", "Harry Walker"},
    {"Cardiff City Council", 1, "Public sector", "Isla Evans"},
    {"Edinburgh Fintech", 1, "Mid-market", "Jack Robertson"},
    {"Dublin Media House", 1, "Small business", "Aoife Byrne"},
    {"Leeds Logistics", 1, "Mid-market", "George Wood"},
    {"Oxford Biotech", 1, "Enterprise", "Emily Turner"},
    {"Hudson Insurance", 2, "Enterprise", "Michael Carter"},
    {"Boston Health Partners", 2, "Enterprise", "Jessica Moore"},
    {"Brooklyn Coffee Roasters", 2, "Small business", "Daniel Kim"},
    {"Philadelphia Law Group", 2, "Mid-market", "Sarah Mitchell"},
    {"Atlantic Shipping", 2, "Mid-market", "Robert Lee"},
    {"State University of New York Labs", 2, "Public sector", "Linda Perez"},
    {"Manhattan Realty", 2, "Small business", "Kevin Brooks"},
    {"Garden State Energy", 2, "Enterprise", "Ashley Reed"},
    {"Marina Bay Hotels", 3, "Enterprise", "Wei Ling Tan"},
    {"Sentosa Logistics", 3, "Mid-market", "Raj Kumar"},
    {"Lion City Bank", 3, "Enterprise", "Mei Chen"},
    {"Orchard Retail", 3, "Mid-market", "Jun Hao Lim"},
    {"Jurong Semiconductors", 3, "Enterprise", "Siti Rahman"},
    {"Changi Air Cargo", 3, "Mid-market", "Arjun Nair"},
    {"Tampines Town Council", 3, "Public sector", "Grace Ong"},
    {"Kallang Games Studio", 3, "Small business", "Ryan Teo"},
};

struct PartySeed
{
    const char *name;
    PartyKind kind;
    const char *contact;
};

const PartySeed Internal[] = {
    {"IT Service Desk", PartyKind::Department, "Anna Russo"},
    {"Network Operations", PartyKind::Department, "Tom Baker"},
    {"Field Services", PartyKind::Department, "Ines Marino"},
    {"Procurement", PartyKind::Department, "Peter Schmidt"},
    {"Human Resources", PartyKind::Department, "Laura Fontana"},
    {"Finance", PartyKind::Department, "Nick Adams"},
    {"Northwind Hardware", PartyKind::Supplier, "Service manager"},
    {"Contoso Cloud", PartyKind::Supplier, "Account team"},
    {"PrintCo Managed Print", PartyKind::Supplier, "Key account"},
    {"Fabrikam Networks", PartyKind::Supplier, "NOC liaison"},
};

// How each service is usually measured: metric, threshold, goal, calendar (-1: region's).
struct TargetSeed
{
    Metric metric;
    qint64 threshold;
    qint64 goalMilli;
    int calendar;
    const char *priority;
};

struct ServiceSeed
{
    const char *code;
    const char *name;
    const char *category;
    const char *team;
    const char *description;
    TargetSeed targets[2];
};

constexpr qint64 Hour = 3600;

const ServiceSeed Services[] = {
    {"ACCT-NEW",
     "New customer account",
     "Accounts",
     "Identity team",
     "New customer account created within 1 business day.",
     {{Metric::Resolution, 9 * Hour, 95000, -1, ""}, {}}},
    {"USER-TERM",
     "User termination",
     "Accounts",
     "Identity team",
     "User termination handled immediately: access revoked within 1 hour, around the clock.",
     {{Metric::Resolution, 1 * Hour, 99000, 1, ""}, {}}},
    {"EQUIP-PURCH",
     "New equipment purchase",
     "Procurement",
     "Procurement",
     "New equipment purchased and shipped within 5 business days.",
     {{Metric::Resolution, 45 * Hour, 90000, -1, ""}, {}}},
    {"PRINT",
     "Printer support",
     "End-user support",
     "Field Services",
     "Printer support: 4-hour response, 8:00–17:00 on weekdays.",
     {{Metric::FirstResponse, 4 * Hour, 95000, -1, ""},
      {Metric::Resolution, 16 * Hour, 90000, -1, ""}}},
    {"SERVICE-DESK",
     "Service desk",
     "End-user support",
     "IT Service Desk",
     "Single point of contact for incidents and requests.",
     {{Metric::FirstResponse, Hour / 4, 95000, -1, "P1"},
      {Metric::Satisfaction, 4200, 80000, -1, ""}}},
    {"EMAIL",
     "E-mail and collaboration",
     "Workplace",
     "Workplace platform",
     "Mailboxes, calendars and chat.",
     {{Metric::Availability, 99900, 100000, 1, ""}, {Metric::Resolution, 8 * Hour, 95000, -1, ""}}},
    {"NETWORK",
     "Network connectivity",
     "Infrastructure",
     "Network Operations",
     "LAN, WAN and Internet access at customer sites.",
     {{Metric::Availability, 99950, 100000, 1, ""},
      {Metric::Resolution, 4 * Hour, 95000, 1, "P1"}}},
    {"HOSTING",
     "Application hosting",
     "Infrastructure",
     "Platform team",
     "Managed virtual machines and containers.",
     {{Metric::Availability, 99900, 100000, 1, ""},
      {Metric::Resolution, 2 * Hour, 95000, 1, "P1"}}},
    {"BACKUP",
     "Backup and restore",
     "Infrastructure",
     "Platform team",
     "Nightly backups; restore of a file or mailbox on request.",
     {{Metric::Resolution, 8 * Hour, 95000, -1, ""}, {}}},
    {"VPN",
     "Remote access (VPN)",
     "Workplace",
     "Network Operations",
     "Secure remote access for employees.",
     {{Metric::Availability, 99500, 100000, 1, ""}, {}}},
    {"ERP",
     "ERP application support",
     "Business applications",
     "Applications team",
     "Functional and technical support of the ERP.",
     {{Metric::FirstResponse, 1 * Hour, 95000, -1, "P1"},
      {Metric::Resolution, 24 * Hour, 90000, -1, ""}}},
    {"SECURITY",
     "Security incident response",
     "Security",
     "Security operations",
     "Triage and containment of security incidents, around the clock.",
     {{Metric::FirstResponse, Hour / 2, 99000, 1, "P1"},
      {Metric::Resolution, 8 * Hour, 95000, 1, "P1"}}},
};

const QList<CreditTier> StandardTiers = {{95000, 500}, {90000, 1000}, {80000, 2000}};
const QList<CreditTier> AvailabilityTiers = {{99900, 500}, {99500, 1000}, {99000, 2500}};

class Generator
{
public:
    Generator(Workspace &workspace, const DemoData::Progress &progress)
        : mWorkspace(workspace), mProgress(progress)
    {}

    Result<DemoData::Counts> run(int scale);

private:
    Result<void> seedReference();
    Result<void> seedOfferings();
    QList<Target> serviceTargets(int index, const Agreement &agreement) const;
    // `adjust` may change the agreement, its targets made, before it is stored.
    Result<qint64> addAgreement(Agreement agreement, qint64 regionId, const QList<int> &services,
                                const std::function<void(Agreement &)> &adjust = {});
    bool report();
    AgreementStatus nextStatus();
    Result<void> addCustomer(int c, const QString &suffix);
    Result<void> addInternals(int copy, const QString &suffix);

    Workspace &mWorkspace;
    const DemoData::Progress &mProgress;
    QRandomGenerator mRandom{20261126};
    QList<qint64> mCalendarIds;
    QList<qint64> mRegionIds;
    QList<qint64> mServiceIds;
    QList<qint64> mInternalIds;
    DemoOfferings mOfferings{mWorkspace};
    DemoData::Counts mCounts;
    qint64 mTotal = 0;
    bool mCancelled = false;
    int mStatusIndex = 0;
};

bool Generator::report()
{
    if (mProgress && mCounts.agreements % 200 == 0)
        mCancelled = !mProgress(mCounts.agreements, mTotal);
    return !mCancelled;
}

Result<void> Generator::seedReference()
{
    for (const CalendarSeed &seed : Calendars) {
        auto id = mWorkspace.insert(CalendarRecord{0, QString::fromUtf8(seed.name),
                                                   QString::fromUtf8(seed.zone),
                                                   QString::fromUtf8(seed.definition)});
        if (!id)
            return id.error();
        mCalendarIds.append(*id);
    }
    for (const RegionSeed &seed : Regions) {
        auto id = mWorkspace.insert(Region{0, QString::fromUtf8(seed.code),
                                           QString::fromUtf8(seed.name),
                                           mCalendarIds.at(seed.calendar)});
        if (!id)
            return id.error();
        mRegionIds.append(*id);
    }
    for (const ServiceSeed &seed : Services) {
        Service service;
        service.code = QString::fromUtf8(seed.code);
        service.name = QString::fromUtf8(seed.name);
        service.category = QString::fromUtf8(seed.category);
        service.ownerTeam = QString::fromUtf8(seed.team);
        service.description = QString::fromUtf8(seed.description);
        auto id = mWorkspace.insert(service);
        if (!id)
            return id.error();
        mServiceIds.append(*id);
    }
    for (const PartySeed &seed : Internal) {
        Party party;
        party.kind = seed.kind;
        party.name = QString::fromUtf8(seed.name);
        party.contact = QString::fromUtf8(seed.contact);
        party.regionId = mRegionIds.first();
        auto id = mWorkspace.insert(party);
        if (!id)
            return id.error();
        mInternalIds.append(*id);
    }
    mCounts.services = int(std::size(Services));
    if (auto r = seedOfferings(); !r)
        return r;

    // One person per role, and a second approver so that approvals can be segregated.
    struct UserSeed
    {
        const char *name;
        const char *display;
        QList<Role> roles;
    };
    const UserSeed users[] = {
        {"alice", "Alice Martin", {Role::SlaManager}},
        {"bob", "Bob Keller", {Role::Approver}},
        {"carol", "Carol Rossi", {Role::Executive}},
        {"dave", "Dave Okafor", {Role::Analyst}},
        {"erin", "Erin Walsh", {Role::Administrator}},
        {"frank", "Frank Lindqvist", {Role::Approver}},
    };
    UserDirectory directory(mWorkspace.connection());
    for (const UserSeed &seed : users) {
        User user;
        user.name = QString::fromUtf8(seed.name);
        user.displayName = QString::fromUtf8(seed.display);
        user.roles = seed.roles;
        if (auto id = directory.addAsSystem(user); !id)
            return id.error();
    }
    return {};
}

// The targets a service usually has in an agreement of this kind and level.
QList<Target> Generator::serviceTargets(int index, const Agreement &agreement) const
{
    const ServiceSeed &seed = Services[index];
    QList<Target> targets;
    for (const TargetSeed &targetSeed : seed.targets) {
        if (targetSeed.threshold == 0)
            continue;
        Target target;
        target.serviceId = mServiceIds.at(index);
        target.metric = targetSeed.metric;
        target.priority = QString::fromUtf8(targetSeed.priority);
        // More specific agreements tighten the general terms a little.
        target.threshold = targetSeed.threshold;
        if (agreement.level == AgreementLevel::Service && TargetValue::isDuration(target.metric))
            target.threshold = targetSeed.threshold * 3 / 4;
        target.goalMilli = targetSeed.goalMilli;
        // Suppliers report per quarter, and so does equipment purchasing: a few orders a
        // month say little about a 90 % goal.
        const bool quarterly = agreement.kind == AgreementKind::UnderpinningContract
                               || qstrcmp(seed.code, "EQUIP-PURCH") == 0;
        target.period = quarterly ? MeasurementPeriod::Quarter : MeasurementPeriod::Month;
        target.calendarId = targetSeed.calendar >= 0 ? mCalendarIds.at(targetSeed.calendar) : 0;
        target.regionId = 0;
        if (agreement.kind == AgreementKind::CustomerSla && target.metric != Metric::Satisfaction) {
            // The first credit is owed where the target is missed, never while it is met.
            target.creditTiers = CreditTiers::startingAt(
                target.metric == Metric::Availability ? AvailabilityTiers : StandardTiers,
                *CreditTiers::metFrom(target.metric, target.threshold, target.goalMilli));
            target.creditCapHundredths = 2500;
        }
        targets.append(target);
    }
    return targets;
}

// Every service at three levels, in the currencies the customers pay in; Silver has the terms
// a customer SLA usually has.
Result<void> Generator::seedOfferings()
{
    QStringList currencies;
    for (const RegionSeed &seed : Regions) {
        if (!currencies.contains(QString::fromUtf8(seed.currency)))
            currencies.append(QString::fromUtf8(seed.currency));
    }
    Agreement standard;
    standard.kind = AgreementKind::CustomerSla;
    standard.level = AgreementLevel::Customer;
    for (int index = 0; index < int(std::size(Services)); ++index) {
        if (auto r = mOfferings.add(mServiceIds.at(index), QString::fromUtf8(Services[index].code),
                                    serviceTargets(index, standard), currencies);
            !r)
            return r;
    }
    return {};
}

Result<qint64> Generator::addAgreement(Agreement agreement, qint64 regionId,
                                       const QList<int> &services,
                                       const std::function<void(Agreement &)> &adjust)
{
    for (int index : services) {
        if (agreement.serviceIds.contains(mServiceIds.at(index)))
            continue;
        agreement.serviceIds.append(mServiceIds.at(index));
        agreement.targets.append(serviceTargets(index, agreement));
    }
    Q_UNUSED(regionId);
    if (adjust)
        adjust(agreement);
    mOfferings.price(agreement);
    auto id = mWorkspace.insert(agreement);
    if (!id)
        return id;
    ++mCounts.agreements;
    mCounts.targets += int(agreement.targets.size());
    return id;
}

Result<DemoData::Counts> Generator::run(int scale)
{
    if (auto r = seedReference(); !r)
        return r.error();
    mTotal = qint64(scale) * 68;
    for (int copy = 0; copy < scale; ++copy) {
        const QString suffix = copy == 0 ? QString() : u" %1"_s.arg(copy + 1, 4, 10, QChar(u'0'));
        for (int c = 0; c < int(std::size(Customers)); ++c) {
            if (auto r = addCustomer(c, suffix); !r)
                return r.error();
            if (!report())
                return Error{DemoData::tr("cancelled")};
        }
        if (auto r = addInternals(copy, suffix); !r)
            return r.error();
    }
    if (mProgress)
        mProgress(mTotal, mTotal);
    return mCounts;
}

AgreementStatus Generator::nextStatus()
{
    static const AgreementStatus statusCycle[] = {
        AgreementStatus::Active,    AgreementStatus::Active,      AgreementStatus::Draft,
        AgreementStatus::Active,    AgreementStatus::Negotiation, AgreementStatus::Active,
        AgreementStatus::Approval,  AgreementStatus::Expired,     AgreementStatus::Active,
        AgreementStatus::Terminated};
    return statusCycle[mStatusIndex++ % std::size(statusCycle)];
}

// A customer of the seed list, with its agreements: a multi-level SLA for every fourth.
Result<void> Generator::addCustomer(int c, const QString &suffix)
{
    const CustomerSeed &seed = Customers[c];
    Party customer;
    customer.name = QString::fromUtf8(seed.name) + suffix;
    customer.regionId = mRegionIds.at(seed.region);
    customer.segment = QString::fromUtf8(seed.segment);
    customer.contact = QString::fromUtf8(seed.contact);
    QString domain = QString::fromUtf8(seed.name).toLower();
    domain.remove(u' ');
    customer.email = u"%1@%2.example"_s.arg(customer.contact.section(u' ', 0, 0).toLower(),
                                            domain.left(20));
    auto customerId = mWorkspace.insert(customer);
    if (!customerId)
        return customerId.error();
    ++mCounts.customers;
    const qint64 regionId = mRegionIds.at(seed.region);
    const QString currency = QString::fromUtf8(Regions[seed.region].currency);

    const QDate start(2024 + int(mRandom.bounded(3)), 1 + int(mRandom.bounded(12)), 1);
    Agreement base;
    base.kind = AgreementKind::CustomerSla;
    base.partyId = *customerId;
    base.startDate = start;
    base.endDate = start.addYears(3).addDays(-1);
    base.reviewMonths = 12;

    // Every fourth customer has a multi-level SLA: corporate > customer > service.
    if (c % 4 == 0) {
        Agreement corporate = base;
        corporate.level = AgreementLevel::Corporate;
        corporate.title = DemoData::tr("%1 corporate SLA").arg(customer.name);
        corporate.status = AgreementStatus::Active;
        corporate.price = Money(0, currency);
        corporate.reviewMonths = 24;
        auto corporateId = addAgreement(corporate, regionId, {4, 11});
        if (!corporateId)
            return corporateId.error();

        Agreement customerLevel = base;
        customerLevel.level = AgreementLevel::Customer;
        customerLevel.parentId = *corporateId;
        customerLevel.title = DemoData::tr("%1 workplace services").arg(customer.name);
        customerLevel.status = nextStatus();
        customerLevel.price = Money(1200000 + 50000 * qint64(mRandom.bounded(40)), currency);
        auto customerLevelId = addAgreement(customerLevel, regionId, {0, 1, 3, 4, 5});
        if (!customerLevelId)
            return customerLevelId.error();

        const int serviceLevels[][2] = {{6, 7}, {10, 8}};
        for (const auto &pair : serviceLevels) {
            Agreement serviceLevel = base;
            serviceLevel.level = AgreementLevel::Service;
            serviceLevel.parentId = *customerLevelId;
            serviceLevel.title = DemoData::tr("%1 — %2").arg(
                customer.name, QString::fromUtf8(Services[pair[0]].name));
            serviceLevel.status = nextStatus();
            serviceLevel.price = Money(300000 + 25000 * qint64(mRandom.bounded(30)), currency);
            // The custom metrics' targets go to one SLA of the first copy, late in it so that
            // the ids of the records before stay as they were.
            const bool metrics = suffix.isEmpty() && pair[1] == 8
                                 && customer.name == DemoMetrics::customer();
            const auto adjust = [&](Agreement &a) {
                if (metrics)
                    DemoMetrics::addTargets(a, mServiceIds.at(8), mServiceIds.at(2));
            };
            if (!addAgreement(serviceLevel, regionId, {pair[0], pair[1]}, adjust))
                return Error{DemoData::tr("could not create %1").arg(serviceLevel.title)};
        }
    } else {
        Agreement single = base;
        single.level = AgreementLevel::Customer;
        single.title = DemoData::tr("%1 managed IT services").arg(customer.name);
        single.status = nextStatus();
        if (single.status == AgreementStatus::Expired) {
            single.startDate = QDate(2023, 7, 1);
            single.endDate = QDate(2026, 6, 30);
        }
        single.price = Money(250000 + 25000 * qint64(mRandom.bounded(60)), currency);
        const int first = int(mRandom.bounded(int(std::size(Services)) - 2));
        auto id = addAgreement(single, regionId, {first, first + 1, 3});
        if (!id)
            return id.error();
    }
    return {};
}

// Internal SLAs, OLAs with the teams behind them, and underpinning contracts.
Result<void> Generator::addInternals(int copy, const QString &suffix)
{
    struct InternalSeed
    {
        AgreementKind kind;
        int party;
        const char *title;
        QList<int> services;
    };
    const InternalSeed internals[] = {
        {AgreementKind::InternalSla, 4, "HR on-boarding and off-boarding", {0, 1}},
        {AgreementKind::InternalSla, 5, "Finance workplace support", {4, 10}},
        {AgreementKind::InternalSla, 3, "Procurement equipment requests", {2}},
        {AgreementKind::Ola, 0, "Service desk first-line support", {4, 3}},
        {AgreementKind::Ola, 1, "Network operations second line", {6, 9}},
        {AgreementKind::Ola, 2, "Field services on-site support", {3, 2}},
        {AgreementKind::Ola, 1, "Security operations escalation", {11}},
        {AgreementKind::Ola, 0, "Account administration", {0, 1}},
        {AgreementKind::UnderpinningContract, 6, "Hardware supply and shipping", {2}},
        {AgreementKind::UnderpinningContract, 7, "Cloud hosting platform", {7, 8}},
        {AgreementKind::UnderpinningContract, 8, "Managed print services", {3}},
        {AgreementKind::UnderpinningContract, 9, "WAN carrier services", {6}},
    };
    for (const InternalSeed &seed : internals) {
        Agreement agreement;
        agreement.kind = seed.kind;
        agreement.level = AgreementLevel::Service;
        agreement.partyId = mInternalIds.at(seed.party);
        agreement.title = QString::fromUtf8(seed.title) + suffix;
        agreement.startDate = QDate(2025, 1 + int(mRandom.bounded(12)), 1);
        agreement.endDate = agreement.startDate.addYears(2).addDays(-1);
        agreement.status = nextStatus();
        agreement.reviewMonths = 6;
        agreement.price = seed.kind == AgreementKind::UnderpinningContract
                              ? Money(800000 + 100000 * qint64(mRandom.bounded(20)), u"EUR"_s)
                              : Money(0, u"EUR"_s);
        // The inconsistent OLA the consistency check finds: network operations promise
        // 6 h for P1 network resolution, looser than the 3-4 h of the customer SLAs.
        const bool loose = copy == 0 && qstrcmp(seed.title, "Network operations second line") == 0;
        auto id = addAgreement(agreement, mRegionIds.first(), seed.services, [&](Agreement &a) {
            if (!loose)
                return;
            for (Target &t : a.targets) {
                if (t.serviceId == mServiceIds.at(6) && t.metric == Metric::Resolution
                    && t.priority == u"P1"_s)
                    t.threshold = 6 * 3600;
            }
        });
        if (!id)
            return id.error();
        if (!report())
            return Error{DemoData::tr("cancelled")};
    }
    return {};
}

} // namespace

namespace {

// The customer-level SLA in force of the customer with the most tickets.
const QString kBusiestCustomerSla =
    uR"(SELECT a.id FROM agreements a JOIN parties p ON p.id = a.party_id
                                        WHERE a.kind = 'customer_sla' AND a.level = 'customer'
                                          AND a.status = 'active'
                                        ORDER BY (SELECT count(*) FROM tickets t
                                                  WHERE t.customer = p.name) DESC, a.id
                                        LIMIT 1)"_s;

// A renegotiation in progress, for the agreement view's Backtest…: the customer-level SLA of
// the busiest customer amended by alice, its response and resolution times proposed a
// quarter tighter. Drafts govern no ticket, so the measurements and KPIs stay as they are.
Result<void> addRenegotiation(Workspace &workspace)
{
    const auto busiest = Sql::scalar(workspace.connection(), kBusiestCustomerSla);
    if (!busiest || !busiest->isValid())
        return {};
    const qint64 active = busiest->toLongLong();
    const QString manager = u"alice"_s;
    AgreementWorkflow workflow(workspace);
    TransitionRequest amend;
    amend.transition = Transition::Amend;
    amend.reason = DemoData::tr("Renewal: the customer asks for faster response and resolution");
    auto draft = workflow.transition(active, amend, manager);
    if (!draft)
        return draft.error();
    auto agreement = workspace.agreement(*draft);
    if (!agreement)
        return agreement.error();
    for (Target &t : agreement->targets) {
        if (TargetValue::isDuration(t.metric)) // to the nearest five minutes, as people ask
            t.threshold = std::max<qint64>(300, (t.threshold * 3 / 4 + 150) / 300 * 300);
    }
    const Workspace::Identity acting = workspace.identity();
    workspace.setActingUser(manager);
    auto updated = workspace.update(*agreement);
    workspace.setIdentity(acting);
    return updated;
}

} // namespace

Result<DemoData::Counts> DemoData::populate(Workspace &workspace, int scale,
                                            const Progress &progress)
{
    if (scale < 1 || scale > 10000)
        return Error{tr("the demo scale must be between 1 and 10000, not %1").arg(scale)};
    Transaction transaction(workspace.connection());
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    // The library comes first: every agreement version the demo makes gets its document.
    auto library = LibraryJson::builtIn();
    if (!library)
        return library.error();
    if (auto r = LibraryJson::store(workspace, *library); !r)
        return r.error();
    if (auto r = ClauseStore(workspace).setProviderName(u"Meridiana IT Services S.p.A."_s); !r)
        return r.error();
    Generator generator(workspace, progress);
    auto counts = generator.run(scale);
    if (!counts)
        return counts;
    if (auto r = DemoMetrics::generate(workspace); !r)
        return r.error();
    if (auto measured = DemoMeasurements::generate(workspace.connection()); !measured)
        return measured.error();
    if (auto r = addRenegotiation(workspace); !r)
        return r.error();
    if (auto r = DemoChanges::generate(workspace); !r)
        return r.error();
    if (auto r = DemoReviews::add(workspace); !r)
        return r.error();
    if (auto r = DemoCrm::add(workspace); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return counts;
}

} // namespace Accordo
