#pragma once

// A long, realistic agreement document built by hand (12 sections, 40 clauses, a targets table
// of 20 rows and a service-credit table) and a revised version of it, for the renderer's
// tests and benchmark: neither needs a workspace.

#include "document/documentmodel.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Accordo::DocumentSample {

using namespace Qt::StringLiterals;

inline QString paragraphs(const QStringList &texts)
{
    QString html;
    for (const QString &text : texts)
        html += u"<p>"_s + text + u"</p>"_s;
    return html;
}

inline QString list(const QStringList &items, bool ordered = false)
{
    QString html = ordered ? u"<ol>"_s : u"<ul>"_s;
    for (const QString &item : items)
        html += u"<li>"_s + item + u"</li>"_s;
    return html + (ordered ? u"</ol>"_s : u"</ul>"_s);
}

inline QString table(const QList<QStringList> &rows)
{
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"_s;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        html += u"<tr>"_s;
        for (const QString &cell : rows[r])
            html += (r == 0 ? u"<th>"_s : u"<td>"_s) + cell.toHtmlEscaped()
                    + (r == 0 ? u"</th>"_s : u"</td>"_s);
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

/// The service-level targets: 20 rows, the first cell (service and metric) unique.
inline QList<QStringList> targetRows()
{
    QList<QStringList> rows = {
        {u"Service and metric"_s, u"Priority"_s, u"Target"_s, u"Measured over"_s, u"Calendar"_s}};
    const QStringList services = {u"Service Desk"_s, u"Email and Collaboration"_s, u"ERP Hosting"_s,
                                  u"Network Operations"_s, u"Field Support"_s};
    const QStringList metrics = {u"first response"_s, u"resolution"_s, u"availability"_s,
                                 u"customer satisfaction"_s};
    const QStringList priorities = {u"P1"_s, u"P2"_s, u"P3"_s, u"all"_s};
    const QStringList goals = {u"95 % within 30 minutes"_s, u"90 % within 8 business hours"_s,
                               u"99.8 % of the service window"_s,
                               u"average of at least 4.2 out of 5"_s};
    for (qsizetype s = 0; s < services.size(); ++s)
        for (qsizetype m = 0; m < metrics.size(); ++m)
            rows.append({services[s] + u" — "_s + metrics[m], priorities[m], goals[m],
                         u"calendar month"_s,
                         m == 2 ? u"24 × 7"_s : u"Italian office hours (Europe/Rome)"_s});
    return rows;
}

inline QList<QStringList> creditRows()
{
    return {{u"Compliance in the month"_s, u"Credit (share of the monthly fee)"_s},
            {u"below the target, at least 98 %"_s, u"2 %"_s},
            {u"below 98 %, at least 95 %"_s, u"5 %"_s},
            {u"below 95 %, at least 90 %"_s, u"10 %"_s},
            {u"below 90 %"_s, u"15 %, capped at EUR 4,500.00 per month"_s}};
}

inline DocumentClause clause(const QString &key, const QString &title, const QString &html)
{
    return {key, title, html};
}

inline QString boilerplate(const QString &subject)
{
    return paragraphs(
        {u"The provider shall perform the obligations concerning %1 with the care, skill and "
         "diligence of a professional service provider, in line with good industry practice "
         "and the customer's reasonable written instructions."_s.arg(subject),
         u"Where this clause refers to business hours, they are those of the calendar named "
         "for the service in the targets table; public holidays of the Italian calendar and "
         "the customer's announced closures are not business days."_s});
}

/// Version 2 of SLA-2024-0017, signed by two signatories of each party: a long document.
inline AgreementDocument longDocument()
{
    AgreementDocument d;
    d.language = u"en"_s;
    d.number = u"SLA-2024-0017"_s;
    d.version = 2;
    d.title = u"Managed workplace services for Acme Manufacturing S.p.A."_s;
    d.kind = u"Customer SLA"_s;
    d.status = u"Active"_s;
    d.draft = false;
    d.date = QDate(2026, 10, 1);
    d.parties = {{u"Provider"_s, u"Northwind IT Services S.r.l."_s},
                 {u"Customer"_s, u"Acme Manufacturing S.p.A."_s}};
    d.inheritsFrom = {u"SLA-2024-0006 — Acme customer terms (customer level)"_s,
                      u"SLA-2024-0001 — Northwind corporate terms (corporate level)"_s};
    d.signatories = {
        {u"Northwind IT Services S.r.l."_s, u"Giulia Ferraro"_s, u"Service Delivery Director"_s,
         u"2026-10-01"_s},
        {u"Acme Manufacturing S.p.A."_s, u"Marco Bianchi"_s, u"Chief Information Officer"_s,
         u"2026-10-02"_s},
        {u"Northwind IT Services S.r.l."_s, u"Paolo Conti"_s, u"Legal Counsel"_s, QString()},
        {u"Acme Manufacturing S.p.A."_s, u"Elena Russo"_s, u"Procurement Manager"_s, QString()}};

    const QString customer = u"Acme Manufacturing S.p.A."_s;
    d.sections = {
        {u"parties"_s,
         u"Parties"_s,
         false,
         {clause(u"parties.provider"_s, u"The provider"_s,
                 paragraphs({u"Northwind IT Services S.r.l., Via Torino 21, 20123 Milano, VAT "
                             "IT01234567890, represented by its Service Delivery Director."_s})),
          clause(u"parties.customer"_s, u"The customer"_s,
                 paragraphs({customer
                             + u", Viale Europa 4, 40128 Bologna, VAT IT09876543210, "
                               "represented by its Chief Information Officer."_s})),
          clause(u"parties.definitions"_s, u"Definitions"_s,
                 list({u"<b>Incident</b>: an unplanned interruption or reduction in the "
                       "quality of a service."_s,
                       u"<b>Service request</b>: a request for information, advice or a "
                       "standard change."_s,
                       u"<b>Business hours</b>: the working hours of the service's calendar."_s,
                       u"<b>Monthly fee</b>: EUR 30,000.00 excluding VAT."_s}))}},
        {u"scope"_s,
         u"Scope and services"_s,
         false,
         {clause(u"scope.services"_s, u"Services covered"_s,
                 paragraphs({u"This agreement covers the following services delivered to the "
                             "customer's sites in Bologna, Modena and Parma:"_s})
                     + list({u"Service Desk (Italian and English)"_s, u"Email and Collaboration"_s,
                             u"ERP Hosting"_s, u"Network Operations"_s, u"Field Support"_s})),
          clause(u"scope.users"_s, u"Users and sites"_s,
                 paragraphs({u"The services are provided to up to 1,200 named users at the "
                             "three sites and to remote workers connected through the "
                             "customer's VPN."_s})),
          clause(u"scope.out"_s, u"Out of scope"_s,
                 paragraphs({u"Application development, the customer's production machinery "
                             "and any equipment not listed in the asset register are out of "
                             "scope unless agreed through the change procedure."_s}))}},
        {u"service-hours"_s,
         u"Service hours"_s,
         true,
         {clause(u"service-hours.window"_s, u"Service window"_s,
                 paragraphs({u"The Service Desk is staffed Monday to Friday from 08:00 to "
                             "18:00 (Europe/Rome), except public holidays. The hosted and "
                             "network services are available 24 hours a day, 7 days a week."_s})),
          clause(u"service-hours.holidays"_s, u"Holidays"_s,
                 paragraphs({u"The holidays are the Italian national holidays and the feast "
                             "of the patron saint of Bologna (4 October)."_s})),
          clause(u"service-hours.maintenance"_s, u"Planned maintenance"_s,
                 paragraphs({u"Planned maintenance takes place on Sundays between 02:00 and "
                             "06:00 and is announced at least five business days before."_s}))}},
        {u"service-levels"_s,
         u"Service levels and targets"_s,
         true,
         {clause(u"service-levels.principles"_s, u"Principles"_s, boilerplate(u"service levels"_s)),
          clause(u"service-levels.targets"_s, u"Service level targets"_s,
                 paragraphs({u"The provider shall meet the following targets in every "
                             "calendar month:"_s})
                     + table(targetRows())),
          clause(u"service-levels.priorities"_s, u"Priorities"_s,
                 list({u"P1: a whole site or a critical service is down."_s,
                       u"P2: a service is degraded for many users."_s,
                       u"P3: one user or a non-critical function is affected."_s},
                      true)),
          clause(u"service-levels.pauses"_s, u"Pauses"_s,
                 paragraphs({u"The resolution clock pauses while the ticket waits for the "
                             "customer's information or for access to the customer's "
                             "premises."_s}))}},
        {u"measurement"_s,
         u"Measurement and reporting"_s,
         false,
         {clause(u"measurement.source"_s, u"Source of the measurements"_s,
                 paragraphs({u"Service levels are measured from the provider's ticketing "
                             "system, exported daily to the customer."_s})),
          clause(u"measurement.reports"_s, u"Monthly report"_s,
                 paragraphs({u"By the tenth business day of each month the provider sends a "
                             "service report with every target's compliance, the breaches "
                             "and the service credits due."_s})),
          clause(u"measurement.disputes"_s, u"Disputed measurements"_s,
                 boilerplate(u"disputed measurements"_s))}},
        {u"responsibilities"_s,
         u"Responsibilities"_s,
         false,
         {clause(u"responsibilities.provider"_s, u"Responsibilities of the provider"_s,
                 list({u"Keep the service catalogue and the asset register up to date."_s,
                       u"Staff the Service Desk with trained, Italian-speaking agents."_s,
                       u"Notify the customer of every P1 incident within 15 minutes."_s})),
          clause(u"responsibilities.customer"_s, u"Responsibilities of the customer"_s,
                 list({u"Name a service owner and a deputy."_s,
                       u"Give the provider's staff access to the sites and systems."_s,
                       u"Report incidents through the agreed channels only."_s})),
          clause(u"responsibilities.security"_s, u"Information security"_s,
                 boilerplate(u"information security"_s)),
          clause(u"responsibilities.subcontractors"_s, u"Subcontractors"_s,
                 boilerplate(u"subcontractors"_s))}},
        {u"exclusions"_s,
         u"Exclusions"_s,
         false,
         {clause(u"exclusions.force-majeure"_s, u"Force majeure"_s,
                 boilerplate(u"force majeure"_s)),
          clause(u"exclusions.customer-caused"_s, u"Customer-caused incidents"_s,
                 paragraphs({u"Incidents caused by the customer's changes made without the "
                             "provider's approval are excluded from the measurements."_s})),
          clause(u"exclusions.third-party"_s, u"Third-party outages"_s,
                 boilerplate(u"third-party outages"_s))}},
        {u"escalation"_s,
         u"Escalation"_s,
         false,
         {clause(u"escalation.levels"_s, u"Escalation levels"_s,
                 list({u"Level 1: Service Desk team leader, within 30 minutes."_s,
                       u"Level 2: service delivery manager, within 2 hours."_s,
                       u"Level 3: Service Delivery Director, within 4 hours."_s},
                      true)),
          clause(u"escalation.contacts"_s, u"Contacts"_s,
                 paragraphs({u"The contacts of each level are kept in the service "
                             "handbook."_s})),
          clause(u"escalation.crisis"_s, u"Major incidents"_s, boilerplate(u"major incidents"_s))}},
        {u"service-credits"_s,
         u"Service credits"_s,
         false,
         {clause(u"service-credits.tiers"_s, u"Credit tiers"_s,
                 paragraphs({u"When a target is missed in a month, the customer receives the "
                             "following credit:"_s})
                     + table(creditRows())),
          clause(u"service-credits.cap"_s, u"Cap on credits"_s,
                 paragraphs({u"The credits of one month together never exceed 15 % of the "
                             "monthly fee."_s})),
          clause(u"service-credits.payment"_s, u"Payment of credits"_s,
                 paragraphs({u"Credits are deducted from the invoice of the month after the "
                             "report."_s}))}},
        {u"reviews"_s,
         u"Reviews and changes"_s,
         false,
         {clause(u"reviews.meetings"_s, u"Service reviews"_s,
                 paragraphs({u"The parties review the service every three months."_s})),
          clause(u"reviews.changes"_s, u"Change procedure"_s,
                 boilerplate(u"changes to this agreement"_s)),
          clause(u"reviews.improvement"_s, u"Continual improvement"_s,
                 boilerplate(u"continual improvement"_s))}},
        {u"term"_s,
         u"Term and termination"_s,
         false,
         {clause(u"term.duration"_s, u"Term"_s,
                 paragraphs({u"This agreement runs from 1 October 2026 to 30 September 2029."_s})),
          clause(u"term.termination"_s, u"Termination"_s,
                 paragraphs({u"Either party may terminate this agreement with six months' "
                             "written notice."_s})),
          clause(u"term.exit"_s, u"Exit assistance"_s, boilerplate(u"exit assistance"_s))}},
        {u"signatures"_s,
         u"Signatures"_s,
         false,
         {clause(u"signatures.authority"_s, u"Authority to sign"_s,
                 paragraphs({u"Each signatory declares to be authorised to sign this "
                             "agreement for the party named above their signature."_s}))}},
    };
    return d;
}

/// Version 1 of the same agreement, a draft: the text version 2 changed, with a clause version
/// 2 removed ("scope.users" is new in 2), one version 2 no longer has ("term.renewal"), and
/// targets that differ: one row changed, one row version 2 dropped, one it added.
inline AgreementDocument earlierDocument()
{
    AgreementDocument d = longDocument();
    d.version = 1;
    d.status = u"Superseded"_s;
    d.draft = true;
    for (DocumentSection &section : d.sections) {
        for (qsizetype i = 0; i < section.clauses.size(); ++i) {
            DocumentClause &c = section.clauses[i];
            if (c.key == u"term.termination"_s)
                c.html = paragraphs({u"Either party may terminate this agreement with three "
                                     "months' notice."_s});
            if (c.key == u"service-levels.targets"_s) {
                QList<QStringList> rows = targetRows();
                rows[2][2] = u"85 % within 8 business hours"_s; // changed in version 2
                rows.removeAt(20);                              // added in version 2
                rows.append({u"Printing — availability"_s, u"all"_s, u"99.0 % of business hours"_s,
                             u"calendar month"_s, u"Italian office hours (Europe/Rome)"_s});
                c.html = paragraphs({u"The provider shall meet the following targets in every "
                                     "calendar month:"_s})
                         + table(rows);
            }
        }
        if (section.key == u"scope"_s)
            section.clauses.removeAt(1);
        if (section.key == u"term"_s)
            section.clauses.append(clause(
                u"term.renewal"_s, u"Renewal"_s,
                paragraphs({u"The agreement renews itself for one year unless cancelled."_s})));
    }
    return d;
}

} // namespace Accordo::DocumentSample
