#include "servicenowpreset.h"

#include "calendar/isotime.h"
#include "measurement/csvreader.h"
#include "measurement/timestampformat.h"

#include <QHash>

#include <algorithm>
#include <charconv>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

struct Event
{
    int modCount = 0;
    qint64 updatedAt = 0;
    qint64 line = 0;
    QString state;
    qint64 openedAt = 0;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> closedAt;
    QString priority;
    QString category;
    QString location;
    QString madeSla;
};

struct Incident
{
    QString number;
    std::vector<Event> events;
};

const char *const Columns[] = {"number",    "incident_state", "sys_mod_count", "made_sla",
                               "opened_at", "sys_updated_at", "resolved_at",   "closed_at",
                               "priority",  "category",       "location"};
enum Column {
    CNumber,
    CState,
    CModCount,
    CMadeSla,
    COpened,
    CUpdated,
    CResolved,
    CClosed,
    CPriority,
    CCategory,
    CLocation,
    ColumnCount
};

bool isKnownState(const QString &state)
{
    return state == u"New"_s || state == u"Active"_s || state == u"Resolved"_s
           || state == u"Closed"_s || state.startsWith(u"Awaiting "_s);
}

// Pauses that never ended run to a far instant that every calendar still covers.
const qint64 kOpenEnd = IsoTime::daysFromCivil(9000, 1, 1) * 86400;

// The first response and the pauses of a ticket, from its events in order: the first event
// out of New answers it, an Awaiting state pauses it until the next other state (or its
// resolution, or for good).
void followEvents(const std::vector<Event> &events, Ticket &ticket)
{
    std::optional<qint64> pauseStart;
    for (const Event &event : events) {
        if (!ticket.firstResponseAt && event.state != u"New"_s)
            ticket.firstResponseAt = std::max(event.updatedAt, ticket.openedAt);
        const bool awaiting = event.state.startsWith(u"Awaiting "_s);
        if (awaiting && !pauseStart) {
            pauseStart = event.updatedAt;
        } else if (!awaiting && pauseStart) {
            if (event.updatedAt > *pauseStart)
                ticket.pauses.append(Pause{*pauseStart, event.updatedAt});
            pauseStart.reset();
        }
    }
    if (pauseStart) {
        const qint64 end = ticket.resolvedAt.value_or(kOpenEnd);
        if (end > *pauseStart)
            ticket.pauses.append(Pause{*pauseStart, end});
    }
}

// Each expected column's position in the header row.
Result<void> findColumns(const CsvReader &reader, int (&index)[ColumnCount])
{
    if (auto r = reader.checkHeader(); !r)
        return r;
    for (int c = 0; c < ColumnCount; ++c) {
        index[c] = -1;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
            if (reader.field(i).trimmed() == QByteArrayView(Columns[c]))
                index[c] = int(i);
        }
        if (index[c] < 0)
            return Error{ServiceNowPreset::tr("%1:%2: the column \"%3\" of a ServiceNow incident "
                                              "event log is missing")
                             .arg(reader.sourceName())
                             .arg(reader.line())
                             .arg(QString::fromLatin1(Columns[c]))};
    }
    return {};
}

// The tickets the incidents' events describe, each as its last event leaves it.
void emitTickets(std::vector<Incident> &incidents, const ImportMapping &overrides,
                 const ServiceNowPreset::TicketSink &onTicket,
                 const ServiceNowPreset::ProblemSink &onProblem)
{
    static const QHash<QString, QString> priorities = {{u"1 - Critical"_s, u"P1"_s},
                                                       {u"2 - High"_s, u"P2"_s},
                                                       {u"3 - Moderate"_s, u"P3"_s},
                                                       {u"4 - Low"_s, u"P4"_s}};
    const QString customer = overrides.constant(u"customer"_s);
    const QString service = overrides.constant(u"service"_s);
    const QString region = overrides.constant(u"region"_s);
    Ticket ticket;
    for (Incident &incident : incidents) {
        auto &events = incident.events;
        std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
            return a.modCount != b.modCount ? a.modCount < b.modCount : a.updatedAt < b.updatedAt;
        });
        const Event &last = events.back();
        ticket = Ticket();
        ticket.id = incident.number;
        ticket.customer = customer;
        ticket.service = service.isNull() ? overrides.translate(u"service"_s, last.category)
                                          : service;
        ticket.region = region.isNull() ? overrides.translate(u"region"_s, last.location) : region;
        ticket.priority = priorities.value(last.priority, last.priority);
        ticket.status = overrides.translate(u"status"_s, last.state);
        ticket.openedAt = last.openedAt;
        ticket.resolvedAt = last.resolvedAt;
        ticket.closedAt = last.closedAt;
        ticket.reference = last.madeSla;
        followEvents(events, ticket);
        if (ticket.resolvedAt && *ticket.resolvedAt < ticket.openedAt) {
            RowProblem problem{last.line,
                               u"resolved_at"_s,
                               ServiceNowPreset::tr("%1 comes before the opening instant %2")
                                   .arg(IsoTime::formatUtc(*ticket.resolvedAt),
                                        IsoTime::formatUtc(ticket.openedAt)),
                               {}};
            onProblem(problem);
            continue;
        }
        onTicket(ticket, last.line);
    }
}

} // namespace

Result<void> ServiceNowPreset::read(CsvReader &reader, const ImportMapping &overrides,
                                    const TicketSink &onTicket, const ProblemSink &onProblem,
                                    const std::function<void(qint64, qint64)> &progress)
{
    if (!reader.next())
        return Error{reader.error() ? reader.error()->message
                                    : tr("%1: the file is empty").arg(reader.sourceName())};
    int index[ColumnCount];
    if (auto r = findColumns(reader, index); !r)
        return r;
    const qsizetype headerFields = reader.fieldCount();
    auto format = TimestampFormat::create(u"D/M/YYYY HH:MM"_s,
                                          overrides.timestampFormat().timeZone());
    if (!format)
        return format.error();

    std::vector<Incident> incidents;
    QHash<QString, qsizetype> byNumber;
    qint64 rows = 0;
    while (reader.next()) {
        if (progress && (++rows & 0x3fff) == 0)
            progress(reader.position(), reader.size());
        RowProblem problem;
        problem.line = reader.line();
        problem.record = reader.rawRecord().toByteArray();
        const auto bad = [&](int column, const QString &reason) {
            problem.field = QString::fromLatin1(Columns[column]);
            problem.reason = reason;
            onProblem(problem);
        };
        if (!ImportMapping::hasHeaderWidth(reader, headerFields, problem)) {
            onProblem(problem);
            continue;
        }
        const auto text = [&](int column) {
            const QByteArrayView v = reader.field(index[column]).trimmed();
            return v == "?" ? QString() : QString::fromUtf8(v);
        };
        const auto instant = [&](int column, std::optional<qint64> &out) {
            out.reset();
            const QByteArrayView v = reader.field(index[column]).trimmed();
            if (v.isEmpty() || v == "?")
                return true;
            auto parsed = format->parse(v);
            if (!parsed) {
                bad(column, parsed.errorString());
                return false;
            }
            out = *parsed;
            return true;
        };
        Event event;
        event.line = reader.line();
        const QString number = text(CNumber);
        if (number.isEmpty()) {
            bad(CNumber, tr("the incident number is missing"));
            continue;
        }
        event.state = text(CState);
        if (!isKnownState(event.state)) {
            bad(CState, tr("\"%1\" is not an incident state (New, Active, Awaiting …, "
                           "Resolved, Closed)")
                            .arg(event.state));
            continue;
        }
        const QByteArrayView mod = reader.field(index[CModCount]).trimmed();
        const auto [end, ec] = std::from_chars(mod.data(), mod.data() + mod.size(), event.modCount);
        if (ec != std::errc() || end != mod.data() + mod.size()) {
            bad(CModCount, tr("\"%1\" is not a whole number").arg(QString::fromUtf8(mod)));
            continue;
        }
        std::optional<qint64> opened, updated;
        if (!instant(COpened, opened) || !instant(CUpdated, updated)
            || !instant(CResolved, event.resolvedAt) || !instant(CClosed, event.closedAt))
            continue;
        if (!opened) {
            bad(COpened, tr("the opening instant is missing"));
            continue;
        }
        if (!updated) {
            bad(CUpdated, tr("the update instant is missing"));
            continue;
        }
        event.openedAt = *opened;
        event.updatedAt = *updated;
        event.priority = overrides.translate(u"priority"_s, text(CPriority));
        event.category = text(CCategory);
        event.location = text(CLocation);
        event.madeSla = text(CMadeSla);
        auto it = byNumber.constFind(number);
        if (it == byNumber.constEnd()) {
            it = byNumber.insert(number, qsizetype(incidents.size()));
            incidents.push_back(Incident{number, {}});
        }
        incidents[size_t(*it)].events.push_back(std::move(event));
    }
    if (reader.error())
        return *reader.error();

    emitTickets(incidents, overrides, onTicket, onProblem);
    if (progress)
        progress(reader.size(), reader.size());
    return {};
}

} // namespace Accordo
