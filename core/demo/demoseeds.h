#pragma once

#include "domain/credittiers.h"
#include "domain/entities.h"

#include <QList>

// The seed lists of the demo portfolio: the calendars, regions, customers, internal parties
// and services every copy of the portfolio is made of.
namespace Accordo::DemoSeeds {

struct CalendarSeed
{
    const char *name;
    const char *zone;
    const char *definition;
};

inline const CalendarSeed Calendars[] = {
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

inline const RegionSeed Regions[] = {
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

inline const CustomerSeed Customers[] = {
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

inline const PartySeed Internal[] = {
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

inline constexpr qint64 Hour = 3600;

inline const ServiceSeed Services[] = {
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

inline const QList<CreditTier> StandardTiers = {{95000, 500}, {90000, 1000}, {80000, 2000}};
inline const QList<CreditTier> AvailabilityTiers = {{99900, 500}, {99500, 1000}, {99000, 2500}};

} // namespace Accordo::DemoSeeds
