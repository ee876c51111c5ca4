#include "workspace.h"

#include "audit/auditlog.h"
#include "audit/auditsnapshot.h"
#include "calendar/calendarjson.h"
#include "data/userdirectory.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Result<QSqlQuery> exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return Error{query.lastError().text()};
    for (const QVariant &value : values) {
        // An empty field is text, not SQL NULL: only idOrNull()/dateOrNull() produce NULLs.
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            query.addBindValue(u""_s);
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return Error{query.lastError().text()};
    return query;
}

// Turns constraint failures into sentences that name the record and the field.
Error describe(const Error &error, const QString &what)
{
    const QString &text = error.message;
    const Dialect::Violation violation = Dialect::violation(text);
    if (violation == Dialect::Violation::Unique)
        return Error{Workspace::tr("%1 already exists").arg(what)};
    if (violation == Dialect::Violation::ForeignKey)
        return Error{Workspace::tr("%1 refers to a record that does not exist or is still in use")
                         .arg(what)};
    if (violation == Dialect::Violation::Check)
        return Error{
            Workspace::tr("%1 has a value the workspace does not accept (%2)").arg(what, text)};
    return Error{what + u": "_s + text};
}

int countOf(QSqlDatabase db, const QString &sql, qint64 id)
{
    auto query = exec(db, sql, {id});
    return query && query->next() ? query->value(0).toInt() : 0;
}

bool isEditableStatus(const QString &status)
{
    return status == Enums::key(AgreementStatus::Draft)
           || status == Enums::key(AgreementStatus::Negotiation);
}

// Reads the columns id, code, name, category, owner_team, description, active, row_version.
Service readService(const QSqlQuery &query)
{
    Service s;
    s.id = query.value(0).toLongLong();
    s.code = query.value(1).toString();
    s.name = query.value(2).toString();
    s.category = query.value(3).toString();
    s.ownerTeam = query.value(4).toString();
    s.description = query.value(5).toString();
    s.active = query.value(6).toInt() != 0;
    s.rowVersion = query.value(7).toInt();
    return s;
}

} // namespace

Workspace::Workspace(Database &database)
    : mDb(database.connection()), mActingUser(UserDirectory::systemUserName())
{}

Workspace::Workspace(QSqlDatabase connection)
    : mDb(std::move(connection)), mActingUser(UserDirectory::systemUserName())
{}

Result<void> Workspace::requireRole(const QList<Role> &roles, const QString &what) const
{
    if (mActingUser == UserDirectory::systemUserName())
        return {};
    auto user = UserDirectory(mDb).user(mActingUser);
    if (!user)
        return Error{tr("%1: %2").arg(what, user.errorString())};
    if (!user->active)
        return Error{tr("%1: the user %2 is deactivated").arg(what, mActingUser)};
    for (Role role : roles) {
        if (user->has(role))
            return {};
    }
    QStringList names;
    for (Role role : roles)
        names.append(Roles::displayName(role));
    return Error{tr("%1: %2 is not allowed to do this; it needs the role %3")
                     .arg(what, mActingUser, names.join(tr(" or ")))};
}

Result<void> Workspace::audit(const QString &entity, qint64 id, const QString &action,
                              const QJsonValue &oldValue, const QJsonValue &newValue)
{
    auto seq = AuditLog(mDb).append(mActingUser, entity, id, action, oldValue, newValue);
    if (!seq)
        return seq.error();
    return {};
}

Result<void> Workspace::updateRow(const QString &table, const QString &entity, qint64 id,
                                  int rowVersion, const QString &assignments, QVariantList values,
                                  const QString &what)
{
    QString sql = u"UPDATE %1 SET %2, row_version = row_version + 1 WHERE id = ?"_s.arg(
        table, assignments);
    values.append(id);
    if (rowVersion > 0) {
        sql += u" AND row_version = ?"_s;
        values.append(rowVersion);
    }
    auto query = exec(mDb, sql, values);
    if (!query)
        return describe(query.error(), what);
    if (query->numRowsAffected() == 1)
        return {};
    auto still = exec(mDb, u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table), {id});
    if (rowVersion > 0 && still && still->next())
        return conflict(entity, id, what);
    return Error{tr("%1 no longer exists").arg(what)};
}

Error Workspace::conflict(const QString &entity, qint64 id, const QString &what) const
{
    auto last = exec(mDb,
                     u"SELECT user_name, at FROM audit_log WHERE entity = ? AND entity_id = ? "
                     "ORDER BY seq DESC LIMIT 1"_s,
                     {entity, id});
    Error error;
    error.conflict = true;
    if (last && last->next()) {
        const QDateTime at = QDateTime::fromString(last->value(1).toString(), Qt::ISODate);
        error.message = tr("%1 was changed by %2 at %3 after you opened it, and your changes "
                           "were not saved: reload it to see the other changes, or compare the "
                           "two versions")
                            .arg(what, last->value(0).toString(),
                                 QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    } else {
        error.message = tr("%1 was changed by someone else after you opened it, and your "
                           "changes were not saved: reload it to see the other changes")
                            .arg(what);
    }
    return error;
}

Result<void> Workspace::recordEditor(qint64 agreementId)
{
    // Segregation of duties: whoever shaped a version may not approve it.
    auto query = exec(mDb,
                      u"INSERT INTO agreement_editors (agreement_id, user_name) "
                      "VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                      {agreementId, mActingUser});
    if (!query)
        return query.error();
    return {};
}

Result<CalendarRecord> Workspace::canonicalCalendar(const CalendarRecord &record) const
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

Result<qint64> Workspace::insert(const CalendarRecord &input)
{
    auto calendar = canonicalCalendar(input);
    if (!calendar)
        return calendar.error();
    const QString what = tr("Calendar \"%1\"").arg(calendar->name);
    if (auto allowed = requireRole({Role::Administrator}, what); !allowed)
        return allowed.error();
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    auto query = exec(
        mDb,
        u"INSERT INTO calendars (id, name, time_zone, definition) "
        "VALUES (?, ?, ?, ?) RETURNING id"_s,
        {idOrNull(calendar->id), calendar->name, calendar->timeZone, calendar->definition});
    if (!query)
        return describe(query.error(), what);
    auto inserted = Dialect::insertedId(*query);
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (auto r = audit(u"calendar"_s, id, u"insert"_s, QJsonValue(), AuditSnapshot::of(*calendar));
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return id;
}

Result<void> Workspace::update(const CalendarRecord &input)
{
    auto calendar = canonicalCalendar(input);
    if (!calendar)
        return calendar.error();
    const QString what = tr("Calendar \"%1\"").arg(calendar->name);
    if (auto allowed = requireRole({Role::Administrator}, what); !allowed)
        return allowed;
    auto before = this->calendar(input.id);
    if (!before)
        return Error{tr("%1 no longer exists").arg(what)};
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    if (auto r = updateRow(u"calendars"_s, u"calendar"_s, input.id, input.rowVersion,
                           u"name = ?, time_zone = ?, definition = ?"_s,
                           {calendar->name, calendar->timeZone, calendar->definition}, what);
        !r)
        return r;
    if (auto r = audit(u"calendar"_s, input.id, u"update"_s, AuditSnapshot::of(*before),
                       AuditSnapshot::of(*calendar));
        !r)
        return r;
    return transaction.commit();
}

Result<void> Workspace::removeCalendar(qint64 id)
{
    auto existing = calendar(id);
    if (!existing)
        return existing.error();
    const QString what = tr("Calendar \"%1\"").arg(existing->name);
    if (auto allowed = requireRole({Role::Administrator}, what); !allowed)
        return allowed;
    QStringList regionNames;
    auto regionsUsing = exec(mDb,
                             u"SELECT code FROM regions WHERE calendar_id = ? "
                             "ORDER BY code"_s,
                             {id});
    while (regionsUsing && regionsUsing->next())
        regionNames.append(regionsUsing->value(0).toString());
    const int targets = countOf(mDb, u"SELECT count(*) FROM targets WHERE calendar_id = ?"_s, id);
    if (!regionNames.isEmpty() && targets > 0)
        return Error{tr("%1 is the calendar of the region(s) %2 and of %n target(s): give them "
                        "another calendar first",
                        nullptr, targets)
                         .arg(what, regionNames.join(u", "_s))};
    if (!regionNames.isEmpty())
        return Error{tr("%1 is the calendar of the region(s) %2: give them another calendar "
                        "first")
                         .arg(what, regionNames.join(u", "_s))};
    if (targets > 0)
        return Error{tr("%1 is the calendar of %n target(s): give them another calendar first",
                        nullptr, targets)
                         .arg(what)};
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    auto query = exec(mDb, u"DELETE FROM calendars WHERE id = ?"_s, {id});
    if (!query)
        return describe(query.error(), what);
    if (auto r = audit(u"calendar"_s, id, u"delete"_s, AuditSnapshot::of(*existing), QJsonValue());
        !r)
        return r;
    return transaction.commit();
}

Result<CalendarRecord> Workspace::calendar(qint64 id) const
{
    auto query = exec(mDb,
                      u"SELECT id, name, time_zone, definition, row_version FROM calendars "
                      "WHERE id = ?"_s,
                      {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("there is no calendar with id %1").arg(id)};
    return CalendarRecord{query->value(0).toLongLong(), query->value(1).toString(),
                          query->value(2).toString(), query->value(3).toString(),
                          query->value(4).toInt()};
}

Result<qint64> Workspace::insert(const Region &region)
{
    if (auto valid = Validation::check(region); !valid)
        return valid.error();
    if (auto allowed = requireRole({Role::Administrator}, tr("Region %1").arg(region.code));
        !allowed)
        return allowed.error();
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    auto query = exec(
        mDb,
        u"INSERT INTO regions (id, code, name, calendar_id) VALUES (?, ?, ?, ?) RETURNING id"_s,
        {idOrNull(region.id), region.code, region.name, idOrNull(region.calendarId)});
    if (!query)
        return describe(query.error(), tr("Region %1").arg(region.code));
    auto inserted = Dialect::insertedId(*query);
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (auto r = audit(u"region"_s, id, u"insert"_s, QJsonValue(), AuditSnapshot::of(region)); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return id;
}

Result<qint64> Workspace::insert(const Party &party)
{
    if (auto valid = Validation::check(party); !valid)
        return valid.error();
    const QString what = tr("%1 \"%2\"").arg(Enums::displayName(party.kind), party.name.trimmed());
    if (auto allowed = requireRole({Role::SlaManager, Role::Administrator}, what); !allowed)
        return allowed.error();
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    auto query = exec(mDb,
                      u"INSERT INTO parties (id, kind, name, region_id, segment, contact, "
                      "email) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                      {idOrNull(party.id), Enums::key(party.kind), party.name.trimmed(),
                       idOrNull(party.regionId), party.segment, party.contact, party.email});
    if (!query)
        return describe(query.error(), what);
    auto inserted = Dialect::insertedId(*query);
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (auto r = writeDeliveries(id, party.deliveredServiceIds, what); !r)
        return r.error();
    Party stored = party;
    stored.name = party.name.trimmed();
    if (auto r = audit(u"party"_s, id, u"insert"_s, QJsonValue(), AuditSnapshot::of(stored)); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return id;
}

Result<void> Workspace::update(const Party &party)
{
    if (auto valid = Validation::check(party); !valid)
        return valid;
    const QString what = tr("%1 \"%2\"").arg(Enums::displayName(party.kind), party.name.trimmed());
    if (auto allowed = requireRole({Role::SlaManager, Role::Administrator}, what); !allowed)
        return allowed;
    auto before = this->party(party.id);
    if (!before)
        return Error{tr("%1 no longer exists").arg(what)};
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    if (auto r = updateRow(u"parties"_s, u"party"_s, party.id, party.rowVersion,
                           u"kind = ?, name = ?, region_id = ?, segment = ?, contact = ?, "
                           "email = ?"_s,
                           {Enums::key(party.kind), party.name.trimmed(), idOrNull(party.regionId),
                            party.segment, party.contact, party.email},
                           what);
        !r)
        return r;
    if (auto r = writeDeliveries(party.id, party.deliveredServiceIds, what); !r)
        return r;
    Party stored = party;
    stored.name = party.name.trimmed();
    if (auto r = audit(u"party"_s, party.id, u"update"_s, AuditSnapshot::of(*before),
                       AuditSnapshot::of(stored));
        !r)
        return r;
    return transaction.commit();
}

Result<void> Workspace::removeParty(qint64 id)
{
    auto existing = party(id);
    if (!existing)
        return existing.error();
    if (auto allowed = requireRole(
            {Role::SlaManager, Role::Administrator},
            tr("%1 \"%2\"").arg(Enums::displayName(existing->kind), existing->name));
        !allowed)
        return allowed;
    const int uses = countOf(mDb, u"SELECT count(*) FROM agreements WHERE party_id = ?"_s, id);
    if (uses > 0)
        return Error{tr("%1 \"%2\" is the counterparty of %n agreement(s): delete or reassign "
                        "them first",
                        nullptr, uses)
                         .arg(Enums::displayName(existing->kind), existing->name)};
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    auto query = exec(mDb, u"DELETE FROM parties WHERE id = ?"_s, {id});
    if (!query)
        return describe(query.error(), existing->name);
    if (auto r = audit(u"party"_s, id, u"delete"_s, AuditSnapshot::of(*existing), QJsonValue()); !r)
        return r;
    return transaction.commit();
}

Result<Party> Workspace::party(qint64 id) const
{
    auto query = exec(mDb,
                      u"SELECT id, kind, name, coalesce(region_id, 0), segment, contact, "
                      "email, row_version FROM parties WHERE id = ?"_s,
                      {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("there is no party with id %1").arg(id)};
    Party p;
    p.id = query->value(0).toLongLong();
    p.kind = Enums::fromKey<PartyKind>(query->value(1).toString()).value_or(PartyKind::Customer);
    p.name = query->value(2).toString();
    p.regionId = query->value(3).toLongLong();
    p.segment = query->value(4).toString();
    p.contact = query->value(5).toString();
    p.email = query->value(6).toString();
    p.rowVersion = query->value(7).toInt();
    auto delivered = exec(mDb,
                          u"SELECT service_id FROM service_deliveries WHERE party_id = ? "
                          "ORDER BY service_id"_s,
                          {id});
    if (!delivered)
        return delivered.error();
    while (delivered->next())
        p.deliveredServiceIds.append(delivered->value(0).toLongLong());
    return p;
}

Result<void> Workspace::writeDeliveries(qint64 partyId, const QList<qint64> &serviceIds,
                                        const QString &what)
{
    if (auto r = exec(mDb, u"DELETE FROM service_deliveries WHERE party_id = ?"_s, {partyId}); !r)
        return describe(r.error(), what);
    for (qint64 serviceId : serviceIds) {
        auto r = exec(mDb,
                      u"INSERT INTO service_deliveries (party_id, service_id) VALUES (?, ?) "
                      "ON CONFLICT DO NOTHING"_s,
                      {partyId, serviceId});
        if (!r)
            return describe(r.error(), what);
    }
    return {};
}

QList<Party> Workspace::parties(std::optional<PartyKind> kind) const
{
    QList<Party> result;
    auto query = kind ? exec(mDb, u"SELECT id FROM parties WHERE kind = ? ORDER BY name"_s,
                             {Enums::key(*kind)})
                      : exec(mDb, u"SELECT id FROM parties ORDER BY name"_s);
    QList<qint64> ids;
    while (query && query->next())
        ids.append(query->value(0).toLongLong());
    for (qint64 id : ids) {
        if (auto p = party(id))
            result.append(*p);
    }
    return result;
}

Result<qint64> Workspace::insert(const Service &service)
{
    if (auto valid = Validation::check(service); !valid)
        return valid.error();
    if (auto allowed = requireRole({Role::SlaManager, Role::Administrator},
                                   tr("Service %1").arg(service.code));
        !allowed)
        return allowed.error();
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    auto query = exec(mDb,
                      u"INSERT INTO services (id, code, name, category, owner_team, "
                      "description, active) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                      {idOrNull(service.id), service.code, service.name.trimmed(), service.category,
                       service.ownerTeam, service.description, service.active ? 1 : 0});
    if (!query)
        return describe(query.error(), tr("Service %1").arg(service.code));
    auto inserted = Dialect::insertedId(*query);
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    Service stored = service;
    stored.name = service.name.trimmed();
    if (auto r = audit(u"service"_s, id, u"insert"_s, QJsonValue(), AuditSnapshot::of(stored)); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return id;
}

Result<void> Workspace::update(const Service &service)
{
    if (auto valid = Validation::check(service); !valid)
        return valid;
    if (auto allowed = requireRole({Role::SlaManager, Role::Administrator},
                                   tr("Service %1").arg(service.code));
        !allowed)
        return allowed;
    auto before = this->service(service.id);
    if (!before)
        return Error{tr("Service %1 no longer exists").arg(service.code)};
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    if (auto r = updateRow(u"services"_s, u"service"_s, service.id, service.rowVersion,
                           u"code = ?, name = ?, category = ?, owner_team = ?, description = ?, "
                           "active = ?"_s,
                           {service.code, service.name.trimmed(), service.category,
                            service.ownerTeam, service.description, service.active ? 1 : 0},
                           tr("Service %1").arg(service.code));
        !r)
        return r;
    Service stored = service;
    stored.name = service.name.trimmed();
    if (auto r = audit(u"service"_s, service.id, u"update"_s, AuditSnapshot::of(*before),
                       AuditSnapshot::of(stored));
        !r)
        return r;
    return transaction.commit();
}

Result<void> Workspace::removeService(qint64 id)
{
    auto existing = service(id);
    if (!existing)
        return existing.error();
    if (auto allowed = requireRole({Role::SlaManager, Role::Administrator},
                                   tr("Service %1").arg(existing->code));
        !allowed)
        return allowed;
    const int uses = countOf(mDb, u"SELECT count(*) FROM agreement_services WHERE service_id = ?"_s,
                             id);
    if (uses > 0)
        return Error{
            tr("Service %1 is covered by %n agreement(s): remove it from them first", nullptr, uses)
                .arg(existing->code)};
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    auto query = exec(mDb, u"DELETE FROM services WHERE id = ?"_s, {id});
    if (!query)
        return describe(query.error(), tr("Service %1").arg(existing->code));
    if (auto r = audit(u"service"_s, id, u"delete"_s, AuditSnapshot::of(*existing), QJsonValue());
        !r)
        return r;
    return transaction.commit();
}

Result<Service> Workspace::service(qint64 id) const
{
    auto query = exec(
        mDb,
        u"SELECT id, code, name, category, owner_team, description, active, row_version "
        "FROM services WHERE id = ?"_s,
        {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("there is no service with id %1").arg(id)};
    return readService(*query);
}

QList<Service> Workspace::services() const
{
    QList<Service> result;
    auto query = exec(
        mDb, u"SELECT id, code, name, category, owner_team, description, active, row_version "
             "FROM services ORDER BY code"_s);
    while (query && query->next())
        result.append(readService(*query));
    return result;
}

Result<Region> Workspace::region(qint64 id) const
{
    auto query = exec(mDb,
                      u"SELECT id, code, name, coalesce(calendar_id, 0), row_version "
                      "FROM regions WHERE id = ?"_s,
                      {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("there is no region with id %1").arg(id)};
    return Region{query->value(0).toLongLong(), query->value(1).toString(),
                  query->value(2).toString(), query->value(3).toLongLong(),
                  query->value(4).toInt()};
}

Result<void> Workspace::update(const Region &region)
{
    if (auto valid = Validation::check(region); !valid)
        return valid;
    const QString what = tr("Region %1").arg(region.code);
    if (auto allowed = requireRole({Role::Administrator}, what); !allowed)
        return allowed;
    auto before = this->region(region.id);
    if (!before)
        return Error{tr("%1 no longer exists").arg(what)};
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    if (auto r = updateRow(u"regions"_s, u"region"_s, region.id, region.rowVersion,
                           u"code = ?, name = ?, calendar_id = ?"_s,
                           {region.code, region.name, idOrNull(region.calendarId)}, what);
        !r)
        return r;
    if (auto r = audit(u"region"_s, region.id, u"update"_s, AuditSnapshot::of(*before),
                       AuditSnapshot::of(region));
        !r)
        return r;
    return transaction.commit();
}

Result<void> Workspace::removeRegion(qint64 id)
{
    auto existing = region(id);
    if (!existing)
        return existing.error();
    const QString what = tr("Region %1").arg(existing->code);
    if (auto allowed = requireRole({Role::Administrator}, what); !allowed)
        return allowed;
    const int parties = countOf(mDb, u"SELECT count(*) FROM parties WHERE region_id = ?"_s, id);
    const int targets = countOf(mDb, u"SELECT count(*) FROM targets WHERE region_id = ?"_s, id);
    if (parties + targets > 0)
        return Error{tr("%1 is used by %2 parties and %3 targets: move them to another region "
                        "first")
                         .arg(what)
                         .arg(parties)
                         .arg(targets)};
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    auto query = exec(mDb, u"DELETE FROM regions WHERE id = ?"_s, {id});
    if (!query)
        return describe(query.error(), what);
    if (auto r = audit(u"region"_s, id, u"delete"_s, AuditSnapshot::of(*existing), QJsonValue());
        !r)
        return r;
    return transaction.commit();
}

QList<Region> Workspace::regions() const
{
    QList<Region> result;
    auto query = exec(mDb, u"SELECT id, code, name, coalesce(calendar_id, 0), row_version "
                           "FROM regions ORDER BY code"_s);
    while (query && query->next()) {
        result.append({query->value(0).toLongLong(), query->value(1).toString(),
                       query->value(2).toString(), query->value(3).toLongLong(),
                       query->value(4).toInt()});
    }
    return result;
}

QList<CalendarRecord> Workspace::calendars() const
{
    QList<CalendarRecord> result;
    auto query = exec(mDb, u"SELECT id, name, time_zone, definition, row_version FROM calendars "
                           "ORDER BY name"_s);
    while (query && query->next()) {
        result.append({query->value(0).toLongLong(), query->value(1).toString(),
                       query->value(2).toString(), query->value(3).toString(),
                       query->value(4).toInt()});
    }
    return result;
}

Result<QString> Workspace::nextAgreementNumber(AgreementKind kind, int year)
{
    const QString prefix = Enums::numberPrefix(kind);
    auto query = exec(mDb,
                      u"INSERT INTO number_sequences (prefix, year, last_value) "
                      "VALUES (?, ?, 1) ON CONFLICT (prefix, year) "
                      "DO UPDATE SET last_value = number_sequences.last_value + 1 "
                      "RETURNING last_value"_s,
                      {prefix, year});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("the number sequence %1-%2 could not be advanced").arg(prefix).arg(year)};
    const int value = query->value(0).toInt();
    query->finish();
    return u"%1-%2-%3"_s.arg(prefix).arg(year).arg(value, 4, 10, QChar(u'0'));
}

QList<qint64> Workspace::ancestors(qint64 id) const
{
    QList<qint64> chain;
    QSet<qint64> seen{id};
    qint64 current = id;
    while (current > 0) {
        auto query = exec(mDb, u"SELECT coalesce(parent_id, 0) FROM agreements WHERE id = ?"_s,
                          {current});
        if (!query || !query->next())
            break;
        current = query->value(0).toLongLong();
        if (current <= 0 || seen.contains(current))
            break;
        seen.insert(current);
        chain.append(current);
    }
    return chain;
}

Result<void> Workspace::checkHierarchy(const Agreement &agreement) const
{
    if (agreement.parentId <= 0) {
        if (agreement.level == AgreementLevel::Service
            && agreement.kind == AgreementKind::CustomerSla)
            return {}; // a stand-alone service SLA is allowed
        return {};
    }
    auto parent = this->agreement(agreement.parentId);
    if (!parent)
        return Error{tr("%1: the parent agreement does not exist").arg(agreement.title)};
    // Multi-level SLAs go from the general to the specific: corporate > customer > service.
    if (int(parent->level) >= int(agreement.level))
        return Error{tr("%1: a %2-level agreement cannot sit below the %3-level agreement %4")
                         .arg(agreement.title, Enums::displayName(agreement.level).toLower(),
                              Enums::displayName(parent->level).toLower(), parent->number)};
    if (agreement.id > 0 && ancestors(agreement.parentId).contains(agreement.id))
        return Error{tr("%1: choosing %2 as parent would make a cycle")
                         .arg(agreement.number, parent->number)};
    return {};
}

Result<qint64> Workspace::insert(const Agreement &input)
{
    if (auto valid = Validation::check(input); !valid)
        return valid.error();
    if (auto valid = checkHierarchy(input); !valid)
        return valid.error();
    const QString what = input.number.isEmpty() ? tr("New agreement \"%1\"").arg(input.title)
                                                : tr("Agreement %1").arg(input.number);
    if (auto allowed = requireRole({Role::SlaManager}, what); !allowed)
        return allowed.error();
    if (mActingUser != UserDirectory::systemUserName() && input.status != AgreementStatus::Draft)
        return Error{tr("%1: a new agreement starts as a draft; it reaches %2 through the "
                        "workflow")
                         .arg(what, Enums::displayName(input.status).toLower())};
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    Agreement agreement = input;
    if (agreement.number.isEmpty()) {
        auto number = nextAgreementNumber(agreement.kind, agreement.startDate.year());
        if (!number)
            return number.error();
        agreement.number = *number;
    }
    auto id = insertAgreementRows(agreement);
    if (!id)
        return id;
    if (auto r = recordEditor(*id); !r)
        return r.error();
    auto stored = this->agreement(*id);
    if (!stored)
        return stored.error();
    if (auto r = audit(u"agreement"_s, *id, u"insert"_s, QJsonValue(), AuditSnapshot::of(*stored));
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return id;
}

Result<qint64> Workspace::insertAgreementRows(const Agreement &a)
{
    const QString now = nowUtc();
    auto query = exec(mDb,
                      u"INSERT INTO agreements (id, number, version, title, kind, level, "
                      "parent_id, party_id, start_date, end_date, review_months, status, "
                      "price_minor, currency, created_at, updated_at, notice_days) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                      {idOrNull(a.id), a.number, a.version, a.title.trimmed(), Enums::key(a.kind),
                       Enums::key(a.level), idOrNull(a.parentId), a.partyId,
                       dateOrNull(a.startDate), dateOrNull(a.endDate), a.reviewMonths,
                       Enums::key(a.status), a.price.minorUnits(), a.price.currency(), now, now,
                       a.noticeDays});
    if (!query)
        return describe(query.error(), tr("Agreement %1").arg(a.number));
    auto inserted = Dialect::insertedId(*query);
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (auto r = writeAgreementChildren(id, a); !r)
        return r.error();
    return id;
}

Result<void> Workspace::writeAgreementChildren(qint64 id, const Agreement &a)
{
    const QString where = tr("Agreement %1").arg(a.number);
    for (const char *sql : {"DELETE FROM targets WHERE agreement_id = ?",
                            "DELETE FROM agreement_services WHERE agreement_id = ?"}) {
        if (auto r = exec(mDb, QString::fromLatin1(sql), {id}); !r)
            return describe(r.error(), where);
    }
    for (qint64 serviceId : a.serviceIds) {
        auto r = exec(mDb,
                      u"INSERT INTO agreement_services (agreement_id, service_id) "
                      "VALUES (?, ?)"_s,
                      {id, serviceId});
        if (!r)
            return describe(r.error(), tr("%1, service %2").arg(where).arg(serviceId));
    }
    for (int row = 0; row < a.targets.size(); ++row) {
        const Target &t = a.targets.at(row);
        auto r = exec(mDb,
                      u"INSERT INTO targets (id, agreement_id, service_id, region_id, "
                      "priority, metric, custom_name, custom_unit, threshold, goal_milli, "
                      "period, calendar_id, credit_cap_hundredths, position) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                      {idOrNull(t.id), id, t.serviceId, idOrNull(t.regionId), t.priority,
                       Enums::key(t.metric), t.customName, t.customUnit, t.threshold, t.goalMilli,
                       Enums::key(t.period), idOrNull(t.calendarId), t.creditCapHundredths, row});
        if (!r)
            return describe(r.error(), tr("%1, target %2").arg(where).arg(row + 1));
        auto inserted = Dialect::insertedId(*r);
        if (!inserted)
            return inserted.error();
        const qint64 targetId = *inserted;
        for (int position = 0; position < t.creditTiers.size(); ++position) {
            const CreditTier &tier = t.creditTiers.at(position);
            auto tierQuery = exec(mDb,
                                  u"INSERT INTO credit_tiers (target_id, position, "
                                  "below_milli, credit_hundredths) VALUES (?, ?, ?, ?)"_s,
                                  {targetId, position, tier.belowMilli, tier.creditHundredths});
            if (!tierQuery)
                return describe(
                    tierQuery.error(),
                    tr("%1, target %2, credit tier %3").arg(where).arg(row + 1).arg(position + 1));
        }
    }
    return {};
}

Result<void> Workspace::update(const Agreement &a)
{
    if (auto valid = Validation::check(a); !valid)
        return valid;
    if (auto valid = checkHierarchy(a); !valid)
        return valid;
    const QString what = tr("Agreement %1 version %2").arg(a.number).arg(a.version);
    if (auto allowed = requireRole({Role::SlaManager}, what); !allowed)
        return allowed;
    auto before = agreement(a.id);
    if (!before)
        return Error{tr("Agreement %1 no longer exists").arg(a.number)};
    if (!isEditableStatus(Enums::key(before->status)))
        return Error{before->status == AgreementStatus::Approval
                         ? tr("%1 is awaiting approval and cannot be changed: send it back to "
                              "negotiation first")
                               .arg(what)
                         : tr("%1 is %2 and can no longer be changed: signed versions are "
                              "immutable; amend it to create a new version")
                               .arg(what, Enums::displayName(before->status).toLower())};
    if (a.status != before->status)
        return Error{tr("%1: the status changes only through the workflow (from %2 to %3 was "
                        "asked)")
                         .arg(what, Enums::key(before->status), Enums::key(a.status))};
    if (a.number != before->number || a.version != before->version)
        return Error{tr("%1: the number and version of an agreement cannot be edited").arg(what)};
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    // Optimistic concurrency: the row changes only if nobody saved it since it was read.
    QString sql = u"UPDATE agreements SET number = ?, version = ?, title = ?, kind = ?, "
                  "level = ?, parent_id = ?, party_id = ?, start_date = ?, end_date = ?, "
                  "review_months = ?, status = ?, price_minor = ?, currency = ?, "
                  "updated_at = ?, notice_days = ?, row_version = row_version + 1 "
                  "WHERE id = ?"_s;
    QVariantList values{a.number,
                        a.version,
                        a.title.trimmed(),
                        Enums::key(a.kind),
                        Enums::key(a.level),
                        idOrNull(a.parentId),
                        a.partyId,
                        dateOrNull(a.startDate),
                        dateOrNull(a.endDate),
                        a.reviewMonths,
                        Enums::key(a.status),
                        a.price.minorUnits(),
                        a.price.currency(),
                        nowUtc(),
                        a.noticeDays,
                        a.id};
    if (a.rowVersion > 0) {
        sql += u" AND row_version = ?"_s;
        values.append(a.rowVersion);
    }
    auto query = exec(mDb, sql, values);
    if (!query)
        return describe(query.error(), tr("Agreement %1").arg(a.number));
    if (query->numRowsAffected() != 1) {
        if (a.rowVersion > 0 && agreement(a.id))
            return conflict(u"agreement"_s, a.id, what);
        return Error{tr("Agreement %1 no longer exists").arg(a.number)};
    }
    if (auto r = writeAgreementChildren(a.id, a); !r)
        return r;
    if (auto r = recordEditor(a.id); !r)
        return r;
    auto after = agreement(a.id);
    if (!after)
        return after.error();
    if (auto r = audit(u"agreement"_s, a.id, u"update"_s, AuditSnapshot::of(*before),
                       AuditSnapshot::of(*after));
        !r)
        return r;
    return transaction.commit();
}

Result<void> Workspace::removeAgreement(qint64 id)
{
    auto existing = agreement(id);
    if (!existing)
        return existing.error();
    const int children = countOf(mDb, u"SELECT count(*) FROM agreements WHERE parent_id = ?"_s, id);
    if (children > 0)
        return Error{tr("Agreement %1 has %n agreement(s) below it in the hierarchy: delete or "
                        "move them first",
                        nullptr, children)
                         .arg(existing->number)};
    const QString what = tr("Agreement %1 version %2").arg(existing->number).arg(existing->version);
    if (auto allowed = requireRole({Role::SlaManager}, what); !allowed)
        return allowed;
    if (!isEditableStatus(Enums::key(existing->status)))
        return Error{tr("%1 is %2 and stays on record: only drafts and versions in negotiation "
                        "can be deleted")
                         .arg(what, Enums::displayName(existing->status).toLower())};
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    auto query = exec(mDb, u"DELETE FROM agreements WHERE id = ?"_s, {id});
    if (!query)
        return describe(query.error(), tr("Agreement %1").arg(existing->number));
    if (auto r = audit(u"agreement"_s, id, u"delete"_s, AuditSnapshot::of(*existing), QJsonValue());
        !r)
        return r;
    return transaction.commit();
}

Result<qint64> Workspace::agreementIdByNumber(const QString &number) const
{
    auto query = exec(mDb,
                      u"SELECT id FROM agreements WHERE number = ? "
                      "ORDER BY version DESC LIMIT 1"_s,
                      {number});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("there is no agreement numbered %1").arg(number)};
    return query->value(0).toLongLong();
}

Result<Agreement> Workspace::agreement(qint64 id) const
{
    auto query = exec(mDb,
                      u"SELECT id, number, version, title, kind, level, "
                      "coalesce(parent_id, 0), party_id, start_date, end_date, "
                      "review_months, status, price_minor, currency, notice_days, "
                      "row_version FROM agreements WHERE id = ?"_s,
                      {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("there is no agreement with id %1").arg(id)};
    Agreement a;
    a.id = query->value(0).toLongLong();
    a.number = query->value(1).toString();
    a.version = query->value(2).toInt();
    a.title = query->value(3).toString();
    a.kind = Enums::fromKey<AgreementKind>(query->value(4).toString())
                 .value_or(AgreementKind::CustomerSla);
    a.level = Enums::fromKey<AgreementLevel>(query->value(5).toString())
                  .value_or(AgreementLevel::Customer);
    a.parentId = query->value(6).toLongLong();
    a.partyId = query->value(7).toLongLong();
    a.startDate = QDate::fromString(query->value(8).toString(), Qt::ISODate);
    a.endDate = QDate::fromString(query->value(9).toString(), Qt::ISODate);
    a.reviewMonths = query->value(10).toInt();
    a.status = Enums::fromKey<AgreementStatus>(query->value(11).toString())
                   .value_or(AgreementStatus::Draft);
    a.price = Money(query->value(12).toLongLong(), query->value(13).toString());
    a.noticeDays = query->value(14).toInt();
    a.rowVersion = query->value(15).toInt();

    auto services = exec(mDb,
                         u"SELECT service_id FROM agreement_services WHERE agreement_id = ? "
                         "ORDER BY service_id"_s,
                         {id});
    while (services && services->next())
        a.serviceIds.append(services->value(0).toLongLong());

    auto targets = exec(mDb,
                        u"SELECT id, service_id, coalesce(region_id, 0), priority, metric, "
                        "custom_name, custom_unit, threshold, goal_milli, period, "
                        "coalesce(calendar_id, 0), credit_cap_hundredths "
                        "FROM targets WHERE agreement_id = ? ORDER BY position, id"_s,
                        {id});
    while (targets && targets->next()) {
        Target t;
        t.id = targets->value(0).toLongLong();
        t.serviceId = targets->value(1).toLongLong();
        t.regionId = targets->value(2).toLongLong();
        t.priority = targets->value(3).toString();
        t.metric = Enums::fromKey<Metric>(targets->value(4).toString()).value_or(Metric::Custom);
        t.customName = targets->value(5).toString();
        t.customUnit = targets->value(6).toString();
        t.threshold = targets->value(7).toLongLong();
        t.goalMilli = targets->value(8).toLongLong();
        t.period = Enums::fromKey<MeasurementPeriod>(targets->value(9).toString())
                       .value_or(MeasurementPeriod::Month);
        t.calendarId = targets->value(10).toLongLong();
        t.creditCapHundredths = targets->value(11).toLongLong();
        auto tiers = exec(mDb,
                          u"SELECT below_milli, credit_hundredths FROM credit_tiers "
                          "WHERE target_id = ? ORDER BY position"_s,
                          {t.id});
        while (tiers && tiers->next())
            t.creditTiers.append({tiers->value(0).toLongLong(), tiers->value(1).toLongLong()});
        a.targets.append(t);
    }
    return a;
}

} // namespace Accordo
