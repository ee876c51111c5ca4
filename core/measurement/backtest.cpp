#include "backtest.h"

#include "calendar/calendarjson.h"
#include "calendar/durationparser.h"
#include "calendar/isotime.h"
#include "domain/enums.h"
#include "domain/targetvalue.h"
#include "measurement/targetjudgement.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString kCalendars = uR"(SELECT id, definition, name FROM calendars ORDER BY id)"_s;
const QString kRegions = uR"(SELECT id, code, calendar_id FROM regions)"_s;
const QString kParty = uR"(SELECT name, region_id FROM parties WHERE id = ?)"_s;
const QString kServiceNames = uR"(SELECT id, name FROM services)"_s;
const QString kServiceCodes = uR"(SELECT id, code, name FROM services)"_s;
const QString kRegionCodes = uR"(SELECT id, code, name FROM regions)"_s;
const QString kStoredTickets = uR"(SELECT id, service, region, priority, opened_at,
                                          first_response_at, resolved_at, pauses
                                   FROM tickets
                                   WHERE customer = ? AND opened_at >= ? AND opened_at < ?)"_s;

// Ids by code and by name, from rows of id, code and name; a code wins over its own name.
Result<QHash<QString, qint64>> idsByCodeOrName(QSqlDatabase db, const QString &sql)
{
    auto rows = Sql::select(db, sql);
    if (!rows)
        return rows.error();
    QHash<QString, qint64> ids;
    while (rows->next()) {
        ids.insert(rows->text("name"), rows->integer("id"));
        ids.insert(rows->text("code"), rows->integer("id"));
    }
    return ids;
}

} // namespace

Result<Backtest> Backtest::readTargets(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot be read: %2").arg(path, file.errorString())};
    return fromJson(file.readAll(), path, QFileInfo(path).absolutePath());
}

Result<Backtest> Backtest::fromJson(const QByteArray &json, const QString &where,
                                    const QString &baseDirectory)
{
    const auto object = ImportMapping::jsonObject(json, where);
    if (!object)
        return object.error();
    const QJsonObject &root = *object;
    for (const QString &key : root.keys()) {
        if (key != u"period"_s && key != u"calendars"_s && key != u"targets"_s)
            return Error{
                tr("%1: unknown key \"%2\" (expected period, calendars, targets)").arg(where, key)};
    }
    Backtest backtest;
    const QString period = root.value(u"period"_s).toString(u"month"_s);
    if (period != u"month"_s && period != u"quarter"_s)
        return Error{tr("%1: period: \"%2\" is not month or quarter").arg(where, period)};
    backtest.mQuarter = period == u"quarter"_s;
    QHash<QString, int> calendarIndex;
    const QJsonObject calendars = root.value(u"calendars"_s).toObject();
    for (auto it = calendars.begin(); it != calendars.end(); ++it) {
        const QString file = QDir(baseDirectory).filePath(it.value().toString());
        auto calendar = CalendarJson::readFile(file);
        if (!calendar)
            return Error{tr("%1: calendars.%2: %3").arg(where, it.key(), calendar.errorString())};
        calendarIndex.insert(it.key(), int(backtest.mCalendars.size()));
        backtest.mCalendars.push_back(*calendar);
    }
    if (!root.value(u"targets"_s).isArray() || root.value(u"targets"_s).toArray().isEmpty())
        return Error{tr("%1: targets: expected a non-empty array").arg(where)};
    const QJsonArray targets = root.value(u"targets"_s).toArray();
    const QStringList known = {u"name"_s,     u"metric"_s, u"priority"_s, u"service"_s,
                               u"customer"_s, u"within"_s, u"calendar"_s};
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QString at = tr("%1: targets[%2]").arg(where).arg(i);
        const QJsonObject object = targets.at(i).toObject();
        for (const QString &key : object.keys()) {
            if (!known.contains(key))
                return Error{tr("%1: unknown key \"%2\"").arg(at, key)};
        }
        BacktestTarget target;
        target.name = object.value(u"name"_s).toString();
        if (target.name.isEmpty())
            return Error{tr("%1: name: missing").arg(at)};
        for (const BacktestTarget &other : std::as_const(backtest.mTargets)) {
            if (other.name == target.name)
                return Error{tr("%1: name: \"%2\" is used twice").arg(at, target.name)};
        }
        const QString metric = object.value(u"metric"_s).toString();
        if (metric != u"first_response"_s && metric != u"resolution"_s)
            return Error{
                tr("%1: metric: \"%2\" is not first_response or resolution").arg(at, metric)};
        target.firstResponse = metric == u"first_response"_s;
        target.priority = object.value(u"priority"_s).toString();
        target.service = object.value(u"service"_s).toString();
        target.customer = object.value(u"customer"_s).toString();
        auto within = DurationParser::parse(object.value(u"within"_s).toString());
        if (!within)
            return Error{tr("%1: within: %2").arg(at, within.errorString())};
        if (*within <= 0)
            return Error{tr("%1: within: must be more than zero").arg(at)};
        target.within = *within;
        if (object.contains(u"calendar"_s)) {
            const QString name = object.value(u"calendar"_s).toString();
            if (!calendarIndex.contains(name))
                return Error{tr("%1: calendar: \"%2\" is not one of the calendars").arg(at, name)};
            target.calendar = calendarIndex.value(name);
        }
        backtest.mTargets.append(target);
        backtest.mReference.push_back(ReferenceComparison{target.name});
    }
    backtest.mOffsets.resize(backtest.mCalendars.size() + 1);
    return backtest;
}

int Backtest::periodKey(int calendar, qint64 instant) const
{
    qint64 local = instant;
    if (calendar >= 0) {
        const QTimeZone &zone = mCalendars[size_t(calendar)].timeZone();
        if (zone != QTimeZone::utc()) {
            QHash<qint64, int> &cache = mOffsets[size_t(calendar)];
            const qint64 hour = IsoTime::floorDiv(instant, 3600);
            auto it = cache.constFind(hour);
            if (it == cache.constEnd())
                it = cache.insert(
                    hour, zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600, zone)));
            local += *it;
        }
    }
    const CivilDate date = IsoTime::civilFromDays(IsoTime::floorDiv(local, 86400));
    return mQuarter ? date.year * 4 + (date.month - 1) / 3 : date.year * 12 + date.month - 1;
}

QString Backtest::periodName(int key) const
{
    if (mQuarter)
        return u"%1-Q%2"_s.arg(key / 4).arg(key % 4 + 1);
    return u"%1-%2"_s.arg(key / 12).arg(key % 12 + 1, 2, 10, QChar(u'0'));
}

void Backtest::tally(qsizetype i, int calendarIndex, const Ticket &ticket, qint64 asOf)
{
    const BacktestTarget &target = mTargets[i];
    const BusinessCalendar &calendar = calendarIndex >= 0 ? mCalendars[size_t(calendarIndex)]
                                                          : mContinuous;
    const Judgement j = TargetJudgement::judge(
        calendar, target.within, ticket.openedAt,
        target.firstResponse ? ticket.firstResponseAt : ticket.resolvedAt, ticket.pauses, asOf);
    Counts &counts = mCounts[{periodKey(calendarIndex, ticket.openedAt), int(i)}];
    ++counts.tickets;
    ++(j.verdict == Verdict::Met        ? counts.met
       : j.verdict == Verdict::Breached ? counts.breached
                                        : counts.pending);
    if (j.verdict != Verdict::Pending && !ticket.reference.isEmpty()) {
        ReferenceComparison &ref = mReference[size_t(i)];
        const bool made = ticket.reference == u"true"_s;
        const bool met = j.verdict == Verdict::Met;
        ++ref.compared;
        if (made == met)
            ++ref.agreed;
        else if (met)
            ++ref.metButReferenceMissed;
        else
            ++ref.breachedButReferenceMade;
    }
}

Result<void> Backtest::run(const QString &ticketsPath, const ImportMapping &mapping,
                           TicketReader::Preset preset, qint64 asOf,
                           const TicketReader::Progress &progress)
{
    const qsizetype targetCount = mTargets.size();
    return TicketReader::read(
        ticketsPath, mapping, preset,
        [&](const Ticket &ticket, qint64, QByteArrayView) {
            ++mTicketsRead;
            if (!TargetJudgement::exists(ticket.openedAt, asOf))
                return;
            for (qsizetype i = 0; i < targetCount; ++i) {
                const BacktestTarget &target = mTargets[i];
                if ((!target.priority.isEmpty() && target.priority != ticket.priority)
                    || (!target.service.isEmpty() && target.service != ticket.service)
                    || (!target.customer.isEmpty() && target.customer != ticket.customer))
                    continue;
                tally(i, target.calendar, ticket, asOf);
            }
        },
        [&](const RowProblem &problem) {
            ++mRejected;
            if (mProblems.size() < 100)
                mProblems.append(problem);
        },
        progress);
}

Result<Backtest> Backtest::forTargets(QSqlDatabase db, qint64 partyId, const QList<Target> &targets)
{
    Backtest backtest;
    backtest.mPartyId = partyId;
    QHash<qint64, int> calendarIndex;
    auto calendars = Sql::select(db, kCalendars);
    if (!calendars)
        return calendars.error();
    while (calendars->next()) {
        auto calendar = CalendarJson::fromJson(calendars->value("definition").toByteArray(),
                                               tr("calendar \"%1\"").arg(calendars->text("name")));
        if (!calendar)
            return calendar.error();
        calendarIndex.insert(calendars->integer("id"), int(backtest.mCalendars.size()));
        backtest.mCalendars.push_back(*calendar);
    }
    QHash<qint64, QString> regionCodes;
    QHash<qint64, qint64> regionCalendarIds;
    auto regions = Sql::select(db, kRegions);
    if (!regions)
        return regions.error();
    while (regions->next()) {
        regionCodes.insert(regions->integer("id"), regions->text("code"));
        regionCalendarIds.insert(regions->integer("id"), regions->integer("calendar_id"));
    }
    auto party = Sql::select(db, kParty, {partyId});
    if (!party || !party->next())
        return Error{tr("The counterparty (id %1) is not in the workspace.").arg(partyId)};
    backtest.mPartyName = party->text("name");
    const qint64 partyRegionCalendarId = regionCalendarIds.value(party->integer("region_id"));
    auto serviceNames = Sql::keyed(db, kServiceNames, {}, [](const Sql::Rows &row) {
        return std::pair{row.integer("id"), row.text("name")};
    });
    if (!serviceNames)
        return serviceNames.error();

    QSet<QString> names;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const Target &t = targets.at(i);
        if (t.metric != Metric::FirstResponse && t.metric != Metric::Resolution)
            continue;
        BacktestTarget target;
        target.firstResponse = t.metric == Metric::FirstResponse;
        target.serviceId = t.serviceId;
        target.regionId = t.regionId;
        target.priority = t.priority;
        target.within = t.threshold;
        target.goalMilli = t.goalMilli;
        target.sourceIndex = int(i);
        // The calendar the Evaluator would judge the target in (-1: continuous time).
        const qint64 calendarId = TargetJudgement::governingCalendar(
            t.calendarId, regionCalendarIds.value(t.regionId), partyRegionCalendarId,
            [&calendarIndex](qint64 id) { return calendarIndex.contains(id); });
        target.calendar = calendarId != 0 ? calendarIndex.value(calendarId) : -1;
        QStringList parts{serviceNames->value(t.serviceId), Enums::displayName(t.metric)};
        if (!t.priority.isEmpty())
            parts.append(t.priority);
        if (t.regionId != 0)
            parts.append(regionCodes.value(t.regionId));
        parts.append(tr("within %1").arg(TargetValue::formatDuration(t.threshold)));
        target.name = parts.join(u" · "_s);
        for (int n = 2; names.contains(target.name); ++n)
            target.name = parts.join(u" · "_s) + u" (%1)"_s.arg(n);
        names.insert(target.name);
        backtest.mTargets.append(target);
        backtest.mReference.push_back(ReferenceComparison{target.name});
    }
    backtest.mOffsets.resize(backtest.mCalendars.size() + 1);
    return backtest;
}

Result<void> Backtest::runStored(QSqlDatabase db, qint64 from, qint64 to, qint64 asOf,
                                 const std::function<bool(qint64 done)> &keepGoing)
{
    // Tickets name their service and region by code or name, as they were imported.
    const auto serviceIds = idsByCodeOrName(db, kServiceCodes);
    if (!serviceIds)
        return serviceIds.error();
    const auto regionIds = idsByCodeOrName(db, kRegionCodes);
    if (!regionIds)
        return regionIds.error();
    Sql::Rows tickets{QSqlQuery(db)};
    QSqlQuery &q = tickets.query();
    q.setForwardOnly(true);
    q.prepare(kStoredTickets);
    // A zone's month starts up to 14 hours either side of the UTC one.
    constexpr qint64 kMargin = 86400;
    q.addBindValue(mPartyName);
    q.addBindValue(from - kMargin);
    q.addBindValue(to + kMargin);
    const int firstPeriod = periodKey(-1, from);
    const int endPeriod = periodKey(-1, to);
    if (!q.exec())
        return Error{q.lastError().text()};
    return tallyStored(tickets, firstPeriod, endPeriod, asOf, *serviceIds, *regionIds, keepGoing);
}

Result<void> Backtest::tallyStored(Sql::Rows &tickets, int firstPeriod, int endPeriod, qint64 asOf,
                                   const QHash<QString, qint64> &serviceIds,
                                   const QHash<QString, qint64> &regionIds,
                                   const std::function<bool(qint64 done)> &keepGoing)
{
    const auto instant = [](const QVariant &value) {
        return value.isNull() ? std::nullopt : std::optional(value.toLongLong());
    };
    // Each column's position once, for a loop over a million rows.
    const int idColumn = tickets.column("id"), serviceColumn = tickets.column("service"),
              regionColumn = tickets.column("region"), priorityColumn = tickets.column("priority"),
              openedColumn = tickets.column("opened_at"),
              respondedColumn = tickets.column("first_response_at"),
              resolvedColumn = tickets.column("resolved_at"),
              pausesColumn = tickets.column("pauses");
    const qsizetype targetCount = mTargets.size();
    Ticket ticket;
    while (tickets.next()) {
        if (keepGoing && (mTicketsRead & 1023) == 0 && !keepGoing(mTicketsRead))
            return Error{QString()};
        ++mTicketsRead;
        const qint64 serviceId = serviceIds.value(tickets.value(serviceColumn).toString());
        const qint64 regionId = regionIds.value(tickets.value(regionColumn).toString());
        ticket.id = tickets.value(idColumn).toString();
        ticket.priority = tickets.value(priorityColumn).toString();
        ticket.openedAt = tickets.value(openedColumn).toLongLong();
        if (!TargetJudgement::exists(ticket.openedAt, asOf))
            continue;
        ticket.firstResponseAt = instant(tickets.value(respondedColumn));
        ticket.resolvedAt = instant(tickets.value(resolvedColumn));
        ticket.pauses = TargetJudgement::unpackPauses(tickets.value(pausesColumn).toString());
        for (qsizetype i = 0; i < targetCount; ++i) {
            const BacktestTarget &target = mTargets[i];
            if (target.serviceId != serviceId
                || (target.regionId != 0 && target.regionId != regionId)
                || (!target.priority.isEmpty() && target.priority != ticket.priority))
                continue;
            const int period = periodKey(target.calendar, ticket.openedAt);
            if (period < firstPeriod || period >= endPeriod)
                continue;
            tally(i, target.calendar, ticket, asOf);
        }
    }
    return {};
}

QList<BacktestRow> Backtest::rows() const
{
    QList<BacktestRow> rows;
    for (auto it = mCounts.begin(); it != mCounts.end(); ++it) {
        BacktestRow row;
        row.period = periodName(it.key().first);
        row.target = mTargets[it.key().second].name;
        row.targetIndex = it.key().second;
        row.tickets = it->tickets;
        row.met = it->met;
        row.breached = it->breached;
        row.pending = it->pending;
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const BacktestRow &a, const BacktestRow &b) {
        return a.period != b.period ? a.period < b.period : a.target < b.target;
    });
    return rows;
}

QByteArray Backtest::csv() const
{
    QByteArray out = "period,target,tickets,met,breached,pending,compliance_pct\n";
    for (const BacktestRow &row : rows()) {
        QByteArray name = row.target.toUtf8();
        if (name.contains(',') || name.contains('"') || name.contains('\n'))
            name = '"' + name.replace('"', "\"\"") + '"';
        out += row.period.toLatin1() + ',' + name + ',' + QByteArray::number(row.tickets) + ','
               + QByteArray::number(row.met) + ',' + QByteArray::number(row.breached) + ','
               + QByteArray::number(row.pending) + ',';
        const qint64 judged = row.met + row.breached;
        if (judged > 0) {
            // Exact to the hundredth, rounded half up, without floating point.
            const qint64 hundredths = (row.met * 20000 + judged) / (2 * judged);
            out += QByteArray::number(hundredths / 100) + '.'
                   + QByteArray::number(hundredths % 100).rightJustified(2, '0');
        }
        out += '\n';
    }
    return out;
}

QList<ReferenceComparison> Backtest::referenceComparison() const
{
    return QList<ReferenceComparison>(mReference.begin(), mReference.end());
}

} // namespace Accordo
