#pragma once

#include "domain/entities.h"
#include "domain/role.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Accordo {

class Database;

/// Reads and writes the domain records of one open workspace: a facade over the stores that
/// own each table family's SQL (CalendarStore, RegionStore, PartyStore, ServiceStore,
/// AgreementStore). Every write validates first, then takes AuditedWrite's one path: the
/// acting user's role, one transaction together with its audit record, nothing changed when
/// it fails.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Workspace)

public:
    explicit Workspace(Database &database);
    explicit Workspace(QSqlDatabase connection);

    QSqlDatabase connection() const { return mDb; }

    /// Who the following writes are recorded under and checked against: a user of the
    /// workspace, or Accordo itself. Accordo itself is a state of this object that only code
    /// inside the process can choose (actAsSystem()), never a name: the migrations, the demo
    /// generator and the tests' fixtures write as it. A new Workspace starts as Accordo itself;
    /// the entry points (the command line, a GUI session) name the user before any write.
    struct Identity
    {
        bool system = true;
        QString user;
    };

    /// From now on, writes are checked against the user `name`: the reserved name "system"
    /// is refused like an unknown user, and on PostgreSQL the name must be the server login.
    void setActingUser(const QString &name) { mIdentity = {false, name}; }
    /// From now on, writes are Accordo's own: no role is checked; they are recorded under
    /// UserDirectory::reservedName().
    void actAsSystem() { mIdentity = {true, {}}; }
    bool actsAsSystem() const { return mIdentity.system; }
    Identity identity() const { return mIdentity; }
    void setIdentity(const Identity &identity) { mIdentity = identity; }
    /// The name the writes are recorded under.
    QString actingUser() const;
    /// Refuses unless the acting user holds one of the roles; `what` names the change.
    Result<void> requireRole(const QList<Role> &roles, const QString &what) const;

    // A record with id 0 gets a new id; a non-zero id is kept (used by undo to restore).
    /// The definition must be readable by CalendarJson; it is stored in canonical form with
    /// the record's name and time zone (an empty definition is a calendar with no working
    /// hours yet; an empty name or zone is taken from the definition).
    Result<qint64> insert(const CalendarRecord &calendar);
    Result<qint64> insert(const Region &region);
    Result<qint64> insert(const Party &party);
    Result<qint64> insert(const Service &service);
    /// Generates the number when it is empty; returns the new id.
    Result<qint64> insert(const Agreement &agreement);

    Result<void> update(const CalendarRecord &calendar);
    Result<void> update(const Region &region);
    Result<void> update(const Party &party);
    Result<void> update(const Service &service);
    /// Refused with Error::conflict when agreement.rowVersion is not the stored one.
    Result<void> update(const Agreement &agreement);

    /// Refused while a region or a target uses the calendar.
    Result<void> removeCalendar(qint64 id);
    /// Refused while a party or a target belongs to the region.
    Result<void> removeRegion(qint64 id);
    Result<void> removeParty(qint64 id);
    Result<void> removeService(qint64 id);
    /// Removes a draft or negotiation version with its targets; refused while other agreements
    /// hang below it. Versions that went to approval stay for the record.
    Result<void> removeAgreement(qint64 id);

    Result<CalendarRecord> calendar(qint64 id) const;
    Result<Region> region(qint64 id) const;
    Result<Party> party(qint64 id) const;
    Result<Service> service(qint64 id) const;
    Result<Agreement> agreement(qint64 id) const;
    Result<qint64> agreementIdByNumber(const QString &number) const;

    Result<QList<Region>> regions() const;
    Result<QList<CalendarRecord>> calendars() const;
    Result<QList<Party>> parties(std::optional<PartyKind> kind = std::nullopt) const;
    Result<QList<Service>> services() const;

    /// The next free number for this kind and year, e.g. SLA-2026-0042.
    Result<QString> nextAgreementNumber(AgreementKind kind, int year);
    /// Agreements above `id` in the multi-level hierarchy, nearest first.
    Result<QList<qint64>> ancestors(qint64 id) const;

private:
    QSqlDatabase mDb;
    Identity mIdentity;
};

/// What a list read returned, or an empty list when it failed: for pickers and views that
/// show what they can and leave reporting the failure to the action that needs the records.
template<typename T>
QList<T> orEmpty(Result<QList<T>> read)
{
    return read ? std::move(read).value() : QList<T>();
}

} // namespace Accordo
