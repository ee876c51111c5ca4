#include "placeholdervalues.h"

#include "calendar/calendarjson.h"
#include "data/workspace.h"
#include "data/workspacemeta.h"
#include "document/documentwords.h"
#include "domain/targetvalue.h"
#include "lifecycle/lifecyclereads.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

using DocumentWords::word;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString list(const QStringList &items)
{
    QString html = u"<ul>"_s;
    for (const QString &item : items)
        html += u"<li>"_s + esc(item) + u"</li>"_s;
    return html + u"</ul>"_s;
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? u"th"_s : u"td"_s;
    QString html = u"<tr>"_s;
    for (const QString &cell : cells)
        html += u"<%1>%2</%1>"_s.arg(tag, esc(cell));
    return html + u"</tr>"_s;
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"_s
                   + row(header, true);
    for (const QStringList &cells : rows)
        html += row(cells);
    return html + u"</table>"_s;
}

// Everything the values are made of, read once.
struct Sources
{
    Agreement agreement;
    Party party;
    AgreementLifecycle lifecycle;
    Charter charter;
    QHash<qint64, QString> serviceNames;
    QHash<qint64, QString> regionNames;
    QHash<qint64, qint64> regionCalendars;
    QHash<qint64, CalendarRecord> calendars;
    QString parentNumber;
};

Result<Sources> read(const Workspace &workspace, qint64 agreementId)
{
    Sources s;
    auto agreement = workspace.agreement(agreementId);
    if (!agreement)
        return agreement.error();
    s.agreement = *agreement;
    auto party = workspace.party(s.agreement.partyId);
    if (!party)
        return party.error();
    s.party = *party;
    const LifecycleReads reads(workspace, {});
    auto lifecycle = reads.lifecycle(agreementId);
    if (!lifecycle)
        return lifecycle.error();
    s.lifecycle = *lifecycle;
    auto charter = reads.charter(agreementId);
    if (!charter)
        return charter.error();
    s.charter = *charter;
    auto services = workspace.services();
    if (!services)
        return services.error();
    for (const Service &service : std::as_const(*services))
        s.serviceNames.insert(service.id, service.name);
    auto regions = workspace.regions();
    if (!regions)
        return regions.error();
    for (const Region &region : std::as_const(*regions)) {
        s.regionNames.insert(region.id, region.name);
        s.regionCalendars.insert(region.id, region.calendarId);
    }
    auto calendars = workspace.calendars();
    if (!calendars)
        return calendars.error();
    for (const CalendarRecord &calendar : std::as_const(*calendars))
        s.calendars.insert(calendar.id, calendar);
    if (s.agreement.parentId > 0) {
        auto parent = workspace.agreement(s.agreement.parentId);
        if (!parent)
            return parent.error();
        s.parentNumber = parent->number;
    }
    return s;
}

QString metricName(const Target &t, const QString &language)
{
    if (t.metric == Metric::Custom)
        return t.customName;
    return word(u"metric."_s + Enums::key(t.metric), language);
}

QString threshold(const Target &t, const QString &language)
{
    if (TargetValue::isDuration(t.metric))
        return TargetValue::format(t.metric, t.threshold);
    const QString value = DocumentWords::milli(t.threshold, language);
    switch (t.metric) {
    case Metric::Availability:
        return value + u" %"_s;
    case Metric::Satisfaction:
        return value + u" / 5"_s;
    default:
        return t.customUnit.isEmpty() ? value : value + u' ' + t.customUnit;
    }
}

QString targetLabel(const Sources &s, const Target &t, const QString &language)
{
    QString label = s.serviceNames.value(t.serviceId) + u" — "_s + metricName(t, language);
    if (!t.priority.isEmpty())
        label += u" ("_s + t.priority + u')';
    return label;
}

QString targets(const Sources &s, const QString &language)
{
    if (s.agreement.targets.isEmpty())
        return u"<p>"_s + esc(word(u"no_targets"_s, language)) + u"</p>"_s;
    QList<QStringList> rows;
    for (const Target &t : s.agreement.targets) {
        rows.append(
            {s.serviceNames.value(t.serviceId), metricName(t, language),
             t.priority.isEmpty() ? word(u"any_priority"_s, language) : t.priority,
             t.regionId > 0 ? s.regionNames.value(t.regionId) : word(u"every_region"_s, language),
             threshold(t, language), DocumentWords::milli(t.goalMilli, language) + u" %"_s,
             word(u"period."_s + Enums::key(t.period), language)});
    }
    return table({word(u"col.service"_s, language), word(u"col.metric"_s, language),
                  word(u"col.priority"_s, language), word(u"col.region"_s, language),
                  word(u"col.threshold"_s, language), word(u"col.goal"_s, language),
                  word(u"col.period"_s, language)},
                 rows);
}

QString credits(const Sources &s, const QString &language)
{
    QList<QStringList> rows;
    for (const Target &t : s.agreement.targets) {
        for (const CreditTier &tier : t.creditTiers)
            rows.append({targetLabel(s, t, language),
                         DocumentWords::milli(tier.belowMilli, language) + u" %"_s,
                         DocumentWords::milli(tier.creditHundredths * 10, language) + u" %"_s,
                         DocumentWords::milli(t.creditCapHundredths * 10, language) + u" %"_s});
    }
    if (rows.isEmpty())
        return u"<p>"_s + esc(word(u"no_credits"_s, language)) + u"</p>"_s;
    return table({word(u"col.target"_s, language), word(u"col.below"_s, language),
                  word(u"col.credit"_s, language), word(u"col.cap"_s, language)},
                 rows);
}

QString hours(const BusinessCalendar &calendar, const QString &language)
{
    const QLocale locale = DocumentWords::locale(language);
    QStringList days;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        QStringList spans;
        for (const WorkingInterval &i : calendar.workingIntervals(Qt::DayOfWeek(d)))
            spans.append(u"%1–%2"_s.arg(
                QTime(0, 0).addSecs(i.start).toString(u"HH:mm"_s),
                i.end >= 86400 ? u"24:00"_s : QTime(0, 0).addSecs(i.end).toString(u"HH:mm"_s)));
        days.append(locale.dayName(d) + u' '
                    + (spans.isEmpty() ? word(u"calendar.closed"_s, language) : spans.join(u", ")));
    }
    return word(u"calendar.hours"_s, language).arg(days.join(u"; "_s));
}

QString holidays(const BusinessCalendar &calendar, int year, const QString &language)
{
    QMap<QDate, QString> days;
    for (const HolidayRule &rule : calendar.holidays()) {
        for (const QDate &day : rule.closedDays(year)) {
            if (day.year() == year)
                days.insert(day, rule.name());
        }
    }
    if (days.isEmpty())
        return word(u"calendar.no_holidays"_s, language);
    const QLocale locale = DocumentWords::locale(language);
    QStringList named;
    for (auto it = days.begin(); it != days.end(); ++it)
        named.append(it.value().isEmpty()
                         ? locale.toString(it.key(), u"d MMMM"_s)
                         : u"%1 (%2)"_s.arg(it.value(), locale.toString(it.key(), u"d MMMM"_s)));
    return word(u"calendar.holidays"_s, language).arg(year).arg(named.join(u", "_s));
}

Result<QString> calendars(const Sources &s, const QString &language)
{
    QList<qint64> ids;
    bool aroundTheClock = false;
    for (const Target &t : s.agreement.targets) {
        qint64 id = t.calendarId;
        if (id <= 0)
            id = s.regionCalendars.value(t.regionId > 0 ? t.regionId : s.party.regionId);
        if (id <= 0)
            aroundTheClock = true;
        else if (!ids.contains(id))
            ids.append(id);
    }
    QString html;
    const int year = s.agreement.startDate.year();
    for (qint64 id : std::as_const(ids)) {
        const CalendarRecord record = s.calendars.value(id);
        auto calendar = CalendarJson::fromJson(record.definition.toUtf8(), record.name);
        if (!calendar)
            return calendar.error();
        html += u"<p><b>"_s + esc(word(u"calendar"_s, language).arg(record.name, record.timeZone))
                + u"</b> "_s + esc(hours(*calendar, language)) + u' '
                + esc(holidays(*calendar, year, language)) + u"</p>"_s;
    }
    if (aroundTheClock || html.isEmpty())
        html += u"<p>"_s + esc(word(u"calendar.around_clock"_s, language)) + u"</p>"_s;
    return html;
}

QString charter(const Charter &c, const QString &language)
{
    QString html;
    if (!c.needs.trimmed().isEmpty())
        html += u"<p><b>"_s + esc(word(u"charter.needs"_s, language)) + u"</b></p><p>"_s
                + esc(c.needs) + u"</p>"_s;
    if (!c.requirements.isEmpty())
        html += u"<p><b>"_s + esc(word(u"charter.requirements"_s, language)) + u"</b></p>"_s
                + list(c.requirements);
    if (!c.deliveryOptions.isEmpty())
        html += u"<p><b>"_s + esc(word(u"charter.options"_s, language)) + u"</b></p>"_s
                + list(c.deliveryOptions);
    return html.isEmpty() ? u"<p>"_s + esc(word(u"none"_s, language)) + u"</p>"_s : html;
}

QString signatories(const Sources &s, const QString &providerName, const QString &language)
{
    QStringList lines;
    auto party = [&](Side side) { return side == Side::Provider ? providerName : s.party.name; };
    if (s.lifecycle.signing) {
        const QString on = word(u"signed_on"_s, language)
                               .arg(DocumentWords::date(s.lifecycle.signing->signedOn, language));
        for (const Signatory &signatory : s.lifecycle.signing->signatories)
            lines.append(u"%1, %2 (%3), %4"_s.arg(signatory.name, signatory.title,
                                                  party(signatory.side), on));
    } else {
        for (const RequiredApprover &approver : s.lifecycle.approvers)
            lines.append(u"%1 (%2), %3"_s.arg(approver.title, party(approver.side),
                                              word(u"to_be_signed"_s, language)));
    }
    return lines.isEmpty() ? u"<p>"_s + esc(word(u"representatives"_s, language)) + u"</p>"_s
                           : list(lines);
}

QString plural(const QString &one, const QString &many, int n, const QString &language)
{
    return n == 1 ? word(one, language) : word(many, language).arg(n);
}

} // namespace

Result<QHash<QString, QString>> PlaceholderValues::of(const Workspace &workspace,
                                                      qint64 agreementId, const QString &language)
{
    auto sources = read(workspace, agreementId);
    if (!sources)
        return sources.error();
    const Sources &s = *sources;
    const Agreement &a = s.agreement;
    const QString provider = WorkspaceMeta::value(workspace.connection(), u"provider_name"_s);
    if (provider.trimmed().isEmpty())
        return Error{tr("%1 version %2: the workspace does not name the provider, which every "
                        "document names (set it in the clause library)")
                         .arg(a.number)
                         .arg(a.version)};
    auto calendarText = calendars(s, language);
    if (!calendarText)
        return calendarText.error();
    QStringList services;
    for (qint64 id : a.serviceIds)
        services.append(s.serviceNames.value(id));

    QHash<QString, QString> v;
    v.insert(u"provider.name"_s, esc(provider));
    v.insert(u"customer.name"_s, esc(s.party.name));
    v.insert(u"customer.contact"_s, esc(s.party.contact));
    v.insert(u"customer.email"_s, esc(s.party.email));
    v.insert(u"agreement.number"_s, esc(a.number));
    v.insert(u"agreement.title"_s, esc(a.title));
    v.insert(u"agreement.version"_s, QString::number(a.version));
    v.insert(u"agreement.kind"_s, esc(word(u"kind."_s + Enums::key(a.kind), language)));
    v.insert(u"agreement.level"_s, esc(word(u"level."_s + Enums::key(a.level), language)));
    v.insert(u"agreement.start"_s, esc(DocumentWords::date(a.startDate, language)));
    v.insert(u"agreement.end"_s, esc(a.endDate.isValid() ? DocumentWords::date(a.endDate, language)
                                                         : word(u"until_terminated"_s, language)));
    v.insert(u"notice.period"_s, esc(plural(u"one_day"_s, u"days"_s, a.noticeDays, language)));
    v.insert(u"fee"_s, esc(word(u"per_month"_s, language)
                               .arg(a.price.toDisplayString(DocumentWords::locale(language)))));
    v.insert(u"services"_s, services.isEmpty() ? esc(word(u"none"_s, language)) : list(services));
    v.insert(u"targets"_s, targets(s, language));
    v.insert(u"credits"_s, credits(s, language));
    v.insert(u"calendars"_s, *calendarText);
    v.insert(u"review.interval"_s,
             esc(plural(u"one_month"_s, u"months"_s, a.reviewMonths, language)));
    v.insert(u"charter"_s, charter(s.charter, language));
    v.insert(u"signatories"_s, signatories(s, provider, language));
    v.insert(u"parent.number"_s,
             esc(s.parentNumber.isEmpty() ? word(u"parent.none"_s, language) : s.parentNumber));
    return v;
}

} // namespace Accordo
