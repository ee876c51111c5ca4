#include "calendarstore.h"

#include "audit/auditsnapshot.h"
#include "calendar/calendarjson.h"
#include "calendar/isotime.h"
#include "data/auditedwrite.h"
#include "data/editroles.h"
#include "data/records.h"
#include "data/workspace.h"
#include "storage/sqlquery.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString CalendarColumns = uR"(
    SELECT id, name, time_zone, definition, row_version FROM calendars )"_s;
const QString SelectCalendar = CalendarColumns + u"WHERE id = ?"_s;
const QString SelectCalendars = CalendarColumns + u"ORDER BY name"_s;
const QString InsertCalendar = uR"(
    INSERT INTO calendars (id, name, time_zone, definition) VALUES (?, ?, ?, ?) RETURNING id)"_s;
const QString CalendarAssignments = u"name = ?, time_zone = ?, definition = ?"_s;
const QString DeleteCalendar = u"DELETE FROM calendars WHERE id = ?"_s;
const QString RegionsOfCalendar = u"SELECT code FROM regions WHERE calendar_id = ? ORDER BY code"_s;
const QString TargetsOfCalendar = u"SELECT count(*) AS n FROM targets WHERE calendar_id = ?"_s;

// The signed agreements with a target judged in the calendar bound. An agreement counts as
// signed as the evaluation reads it: only the sign transition leads to active, so a version
// that is or was active counts as signed. The calendar a target is judged in is the one
// TargetJudgement::governingCalendar() picks: its own, else its region's, else its
// counterparty's region's.
const QString SignedTargets = uR"(
    SELECT DISTINCT a.number AS number
    FROM targets t JOIN agreements a ON a.id = t.agreement_id
    JOIN parties p ON p.id = a.party_id
    LEFT JOIN regions tr ON tr.id = t.region_id
    LEFT JOIN regions pr ON pr.id = p.region_id
    WHERE (a.status IN ('active', 'expired', 'terminated')
           OR EXISTS (SELECT 1 FROM signings s WHERE s.agreement_id = a.id)))"_s;
const QString SignedAgreementsOfCalendar = SignedTargets + uR"(
      AND coalesce(t.calendar_id, tr.calendar_id, pr.calendar_id, 0) = ?
    ORDER BY a.number)"_s;
// The signed agreements with a target whose governing calendar changes when the region bound
// first (and third) takes the calendar bound second (and fourth; 0 for none).
const QString SignedAgreementsMovedByRegion = SignedTargets + uR"(
      AND coalesce(t.calendar_id, tr.calendar_id, pr.calendar_id, 0)
          <> coalesce(t.calendar_id,
                      CASE WHEN t.region_id = ? THEN nullif(?, 0) ELSE tr.calendar_id END,
                      CASE WHEN p.region_id = ? THEN nullif(?, 0) ELSE pr.calendar_id END, 0)
    ORDER BY a.number)"_s;

// The latest instant of any stored measurement (ticket, outage, survey); 0 when none.
const QString LatestMeasurement = uR"(
    SELECT coalesce(max(x), 0) AS latest FROM (
        SELECT max(opened_at) AS x FROM tickets
        UNION ALL SELECT max(first_response_at) FROM tickets
        UNION ALL SELECT max(resolved_at) FROM tickets
        UNION ALL SELECT max(closed_at) FROM tickets
        UNION ALL SELECT max(start_at) FROM outages
        UNION ALL SELECT max(end_at) FROM outages
        UNION ALL SELECT max(answered_at) FROM surveys) m)"_s;

const QString RegionColumns = uR"(
    SELECT id, code, name, coalesce(calendar_id, 0) AS calendar_id, row_version
    FROM regions )"_s;
const QString SelectRegion = RegionColumns + u"WHERE id = ?"_s;
const QString SelectRegions = RegionColumns + u"ORDER BY code"_s;
const QString InsertRegion = uR"(
    INSERT INTO regions (id, code, name, calendar_id) VALUES (?, ?, ?, ?) RETURNING id)"_s;
const QString RegionAssignments = u"code = ?, name = ?, calendar_id = ?"_s;
const QString DeleteRegion = u"DELETE FROM regions WHERE id = ?"_s;
const QString PartiesOfRegion = u"SELECT count(*) AS n FROM parties WHERE region_id = ?"_s;
const QString TargetsOfRegion = u"SELECT count(*) AS n FROM targets WHERE region_id = ?"_s;

CalendarRecord readCalendar(const Sql::Rows &row)
{
    return CalendarRecord{row.integer("id"), row.text("name"), row.text("time_zone"),
                          row.text("definition"), row.number("row_version")};
}

Region readRegion(const Sql::Rows &row)
{
    return Region{row.integer("id"), row.text("code"), row.text("name"), row.integer("calendar_id"),
                  row.number("row_version")};
}

QString readNumber(const Sql::Rows &row)
{
    return row.text("number");
}

// The holiday rules in one list and not the other.
QList<HolidayRule> changedHolidays(const QList<HolidayRule> &a, const QList<HolidayRule> &b)
{
    QList<HolidayRule> changed;
    for (const HolidayRule &rule : a) {
        if (!b.contains(rule))
            changed.append(rule);
    }
    for (const HolidayRule &rule : b) {
        if (!a.contains(rule))
            changed.append(rule);
    }
    return changed;
}

// Whether the two definitions give the same business time: same zone, working hours and
// holidays (the name does not count).
bool sameTerms(const BusinessCalendar &a, const BusinessCalendar &b)
{
    BusinessCalendar renamed = b;
    renamed.setName(a.name());
    return a == renamed;
}

// Whether every day the changed holidays close comes after `cutoff`: the change moves no
// business time up to then. Working hours and zone must be the same.
bool onlyAfter(const BusinessCalendar &before, const BusinessCalendar &after, qint64 cutoff)
{
    BusinessCalendar sameHolidays = after;
    sameHolidays.setHolidays(before.holidays());
    if (!sameTerms(before, sameHolidays))
        return false;
    const int lastYear = IsoTime::civilFromDays(IsoTime::floorDiv(cutoff, 86400)).year + 1;
    for (const HolidayRule &rule : changedHolidays(before.holidays(), after.holidays())) {
        for (int year = IsoTime::FirstSupportedYear - 1; year <= lastYear; ++year) {
            for (const QDate &day : rule.closedDays(year)) {
                if (before.localToUtc(day, 0) <= cutoff)
                    return false;
            }
        }
    }
    return true;
}

} // namespace

Result<CalendarRecord> CalendarStore::canonical(const CalendarRecord &record) const
{
    const QString what = tr("Calendar \"%1\"").arg(record.name.trimmed());
    BusinessCalendar calendar(record.name.trimmed(), QTimeZone(record.timeZone.toUtf8()));
    if (!record.definition.trimmed().isEmpty() && record.definition.trimmed() != u"{}"_s) {
        auto read = CalendarJson::fromJson(record.definition.toUtf8());
        if (!read)
            return Error{tr("%1: definition: %2").arg(what, read.errorString())};
        calendar = std::move(read).value();
        // The columns are what lists and pickers show: they must say what the rules say.
        if (record.name.trimmed().isEmpty())
            calendar.setName(calendar.name().trimmed());
        else if (calendar.name().isEmpty())
            calendar.setName(record.name.trimmed());
        else if (calendar.name() != record.name.trimmed())
            return Error{tr("%1: name: the definition calls the calendar \"%2\"")
                             .arg(what, calendar.name())};
        const QString zone = QString::fromUtf8(calendar.timeZone().id());
        if (!record.timeZone.isEmpty() && record.timeZone != zone)
            return Error{tr("%1: time zone: \"%2\" differs from the definition's \"%3\"")
                             .arg(what, record.timeZone, zone)};
    } else if (!calendar.timeZone().isValid()) {
        return Error{
            tr("%1: time zone: \"%2\" is not a known IANA time zone").arg(what, record.timeZone)};
    }
    if (calendar.name().isEmpty())
        return Error{tr("Calendar: name: a calendar needs a name")};
    CalendarRecord stored;
    stored.id = record.id;
    stored.name = calendar.name();
    stored.timeZone = QString::fromUtf8(calendar.timeZone().id());
    stored.definition = QString::fromUtf8(CalendarJson::toJson(calendar));
    return stored;
}

Result<qint64> CalendarStore::insert(const CalendarRecord &input)
{
    auto calendar = canonical(input);
    if (!calendar)
        return calendar.error();
    const QString what = tr("Calendar \"%1\"").arg(calendar->name);
    return AuditedWrite::runOne(
        mWorkspace, EditRoles::calendars(), what, [&]() -> Result<AuditEntry> {
            auto id = Records::insert(mWorkspace.connection(), InsertCalendar,
                                      {Sql::idOrNull(calendar->id), calendar->name,
                                       calendar->timeZone, calendar->definition},
                                      what);
            if (!id)
                return id.error();
            return Records::inserted(u"calendar"_s, *id, AuditSnapshot::of(*calendar));
        });
}

Result<void> CalendarStore::update(const CalendarRecord &input)
{
    auto calendar = canonical(input);
    if (!calendar)
        return calendar.error();
    const QString what = tr("Calendar \"%1\"").arg(calendar->name);
    std::optional<AuditEntry> refusal;
    auto written = AuditedWrite::runOne(
        mWorkspace, EditRoles::calendars(), what, [&]() -> Result<AuditEntry> {
            auto before = this->calendar(input.id);
            if (!before)
                return Error{tr("%1 no longer exists").arg(what)};
            if (auto kept = checkSignedTerms(*before, *calendar); !kept) {
                refusal = AuditEntry{u"calendar"_s, input.id, u"refused:update"_s,
                                     AuditSnapshot::of(*before), AuditSnapshot::of(*calendar)};
                return kept.error();
            }
            if (auto r = Records::updateRow(
                    mWorkspace, u"calendars"_s, u"calendar"_s, input.id, input.rowVersion,
                    CalendarAssignments, {calendar->name, calendar->timeZone, calendar->definition},
                    what);
                !r)
                return r.error();
            return Records::updated(u"calendar"_s, input.id, AuditSnapshot::of(*before),
                                    AuditSnapshot::of(*calendar));
        });
    if (!written && refusal)
        recordRefusal(mWorkspace, what, *refusal);
    return Records::done(written);
}

Result<void> CalendarStore::checkSignedTerms(const CalendarRecord &before,
                                             const CalendarRecord &after) const
{
    auto old = CalendarJson::fromJson(before.definition.toUtf8());
    auto changed = CalendarJson::fromJson(after.definition.toUtf8());
    if (!old || !changed) {
        // A stored definition that no longer reads cannot be compared: treat it as changed.
    } else if (sameTerms(*old, *changed)) {
        return {};
    }
    auto agreements = Sql::list(mWorkspace.connection(), SignedAgreementsOfCalendar, {before.id},
                                readNumber);
    if (!agreements)
        return agreements.error();
    if (agreements->isEmpty())
        return {};
    if (old && changed) {
        auto latest = Sql::scalar(mWorkspace.connection(), LatestMeasurement);
        if (!latest)
            return latest.error();
        const qint64 cutoff = std::max(latest->toLongLong(), QDateTime::currentSecsSinceEpoch());
        if (onlyAfter(*old, *changed, cutoff))
            return {};
    }
    return Error{tr("Calendar \"%1\" is used by signed agreements %2: amend them, or create a new "
                    "calendar (only holidays dated after today and after every stored "
                    "measurement may be added or removed)")
                     .arg(before.name, agreements->join(u", "_s))};
}

void CalendarStore::recordRefusal(const Workspace &workspace, const QString &what,
                                  const AuditEntry &entry)
{
    // The refused change rolled back; the attempt goes on the trail in a transaction of its
    // own. Failing to record it does not turn the refusal into something else.
    (void)AuditedWrite::runOne(workspace, {}, what, [&]() -> Result<AuditEntry> { return entry; });
}

Result<void> CalendarStore::checkUnused(qint64 id, const QString &what) const
{
    auto regionNames = Sql::list(mWorkspace.connection(), RegionsOfCalendar, {id},
                                 [](const Sql::Rows &row) { return row.text("code"); });
    if (!regionNames)
        return regionNames.error();
    auto targets = Records::count(mWorkspace.connection(), TargetsOfCalendar, id);
    if (!targets)
        return targets.error();
    const QString regions = QStringList(*regionNames).join(u", "_s);
    if (!regionNames->isEmpty() && *targets > 0)
        return Error{tr("%1 is the calendar of the region(s) %2 and of %n target(s): give them "
                        "another calendar first",
                        nullptr, *targets)
                         .arg(what, regions)};
    if (!regionNames->isEmpty())
        return Error{tr("%1 is the calendar of the region(s) %2: give them another calendar "
                        "first")
                         .arg(what, regions)};
    if (*targets > 0)
        return Error{tr("%1 is the calendar of %n target(s): give them another calendar first",
                        nullptr, *targets)
                         .arg(what)};
    return {};
}

Result<void> CalendarStore::remove(qint64 id)
{
    auto existing = calendar(id);
    if (!existing)
        return existing.error();
    const QString what = tr("Calendar \"%1\"").arg(existing->name);
    return Records::remove(mWorkspace, EditRoles::calendars(), what,
                           {u"calendar"_s, id, AuditSnapshot::of(*existing), DeleteCalendar, {}},
                           [&] { return checkUnused(id, what); });
}

Result<CalendarRecord> CalendarStore::calendar(qint64 id) const
{
    return Sql::one(mWorkspace.connection(), SelectCalendar, {id}, readCalendar,
                    tr("there is no calendar with id %1").arg(id));
}

Result<QList<CalendarRecord>> CalendarStore::calendars() const
{
    return Sql::list(mWorkspace.connection(), SelectCalendars, {}, readCalendar);
}

Result<qint64> RegionStore::insert(const Region &region)
{
    if (auto valid = Validation::check(region); !valid)
        return valid.error();
    const QString what = tr("Region %1").arg(region.code);
    return AuditedWrite::runOne(
        mWorkspace, EditRoles::calendars(), what, [&]() -> Result<AuditEntry> {
            auto id = Records::insert(mWorkspace.connection(), InsertRegion,
                                      {Sql::idOrNull(region.id), region.code, region.name,
                                       Sql::idOrNull(region.calendarId)},
                                      what);
            if (!id)
                return id.error();
            return Records::inserted(u"region"_s, *id, AuditSnapshot::of(region));
        });
}

Result<void> RegionStore::update(const Region &region)
{
    if (auto valid = Validation::check(region); !valid)
        return valid;
    const QString what = tr("Region %1").arg(region.code);
    std::optional<AuditEntry> refusal;
    auto written = AuditedWrite::runOne(
        mWorkspace, EditRoles::calendars(), what, [&]() -> Result<AuditEntry> {
            auto before = this->region(region.id);
            if (!before)
                return Error{tr("%1 no longer exists").arg(what)};
            if (before->calendarId != region.calendarId) {
                auto moved = Sql::list(mWorkspace.connection(), SignedAgreementsMovedByRegion,
                                       {region.id, region.calendarId, region.id, region.calendarId},
                                       readNumber);
                if (!moved)
                    return moved.error();
                if (!moved->isEmpty()) {
                    refusal = AuditEntry{u"region"_s, region.id, u"refused:update"_s,
                                         AuditSnapshot::of(*before), AuditSnapshot::of(region)};
                    return Error{tr("%1: its calendar is used by signed agreements %2: amend "
                                    "them, or give the new calendar to a new region")
                                     .arg(what, moved->join(u", "_s))};
                }
            }
            if (auto r = Records::updateRow(
                    mWorkspace, u"regions"_s, u"region"_s, region.id, region.rowVersion,
                    RegionAssignments, {region.code, region.name, Sql::idOrNull(region.calendarId)},
                    what);
                !r)
                return r.error();
            return Records::updated(u"region"_s, region.id, AuditSnapshot::of(*before),
                                    AuditSnapshot::of(region));
        });
    if (!written && refusal)
        CalendarStore::recordRefusal(mWorkspace, what, *refusal);
    return Records::done(written);
}

Result<void> RegionStore::remove(qint64 id)
{
    auto existing = region(id);
    if (!existing)
        return existing.error();
    const QString what = tr("Region %1").arg(existing->code);
    auto unused = [&]() -> Result<void> {
        auto parties = Records::count(mWorkspace.connection(), PartiesOfRegion, id);
        if (!parties)
            return parties.error();
        auto targets = Records::count(mWorkspace.connection(), TargetsOfRegion, id);
        if (!targets)
            return targets.error();
        if (*parties + *targets > 0)
            return Error{tr("%1 is used by %2 parties and %3 targets: move them to another "
                            "region first")
                             .arg(what)
                             .arg(*parties)
                             .arg(*targets)};
        return {};
    };
    return Records::remove(mWorkspace, EditRoles::calendars(), what,
                           {u"region"_s, id, AuditSnapshot::of(*existing), DeleteRegion, {}},
                           unused);
}

Result<Region> RegionStore::region(qint64 id) const
{
    return Sql::one(mWorkspace.connection(), SelectRegion, {id}, readRegion,
                    tr("there is no region with id %1").arg(id));
}

Result<QList<Region>> RegionStore::regions() const
{
    return Sql::list(mWorkspace.connection(), SelectRegions, {}, readRegion);
}

} // namespace Accordo
