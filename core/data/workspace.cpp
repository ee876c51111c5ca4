#include "workspace.h"

#include "data/agreementstore.h"
#include "data/calendarstore.h"
#include "data/partystore.h"
#include "data/userdirectory.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Accordo {

Workspace::Workspace(Database &database) : mDb(database.connection()) {}

Workspace::Workspace(QSqlDatabase connection) : mDb(std::move(connection)) {}

QString Workspace::actingUser() const
{
    return mIdentity.system ? UserDirectory::reservedName() : mIdentity.user;
}

Result<void> Workspace::requireRole(const QList<Role> &roles, const QString &what) const
{
    if (mIdentity.system)
        return {};
    auto user = UserDirectory(mDb).actingUser(mIdentity.user);
    if (!user)
        return Error{tr("%1: %2").arg(what, user.errorString())};
    for (Role role : roles) {
        if (user->has(role))
            return {};
    }
    QStringList names;
    for (Role role : roles)
        names.append(Roles::displayName(role));
    return Error{tr("%1: %2 is not allowed to do this; it needs the role %3")
                     .arg(what, user->name, names.join(tr(" or ")))};
}

Result<qint64> Workspace::insert(const CalendarRecord &calendar)
{
    return CalendarStore(*this).insert(calendar);
}

Result<qint64> Workspace::insert(const Region &region)
{
    return RegionStore(*this).insert(region);
}

Result<qint64> Workspace::insert(const Party &party)
{
    return PartyStore(*this).insert(party);
}

Result<qint64> Workspace::insert(const Service &service)
{
    return ServiceStore(*this).insert(service);
}

Result<qint64> Workspace::insert(const Agreement &agreement)
{
    return AgreementStore(*this).insert(agreement);
}

Result<void> Workspace::update(const CalendarRecord &calendar)
{
    return CalendarStore(*this).update(calendar);
}

Result<void> Workspace::update(const Region &region)
{
    return RegionStore(*this).update(region);
}

Result<void> Workspace::update(const Party &party)
{
    return PartyStore(*this).update(party);
}

Result<void> Workspace::update(const Service &service)
{
    return ServiceStore(*this).update(service);
}

Result<void> Workspace::update(const Agreement &agreement)
{
    return AgreementStore(*this).update(agreement);
}

Result<void> Workspace::removeCalendar(qint64 id)
{
    return CalendarStore(*this).remove(id);
}

Result<void> Workspace::removeRegion(qint64 id)
{
    return RegionStore(*this).remove(id);
}

Result<void> Workspace::removeParty(qint64 id)
{
    return PartyStore(*this).remove(id);
}

Result<void> Workspace::removeService(qint64 id)
{
    return ServiceStore(*this).remove(id);
}

Result<void> Workspace::removeAgreement(qint64 id)
{
    return AgreementStore(*this).remove(id);
}

Result<CalendarRecord> Workspace::calendar(qint64 id) const
{
    return CalendarStore(*this).calendar(id);
}

Result<Region> Workspace::region(qint64 id) const
{
    return RegionStore(*this).region(id);
}

Result<Party> Workspace::party(qint64 id) const
{
    return PartyStore(*this).party(id);
}

Result<Service> Workspace::service(qint64 id) const
{
    return ServiceStore(*this).service(id);
}

Result<Agreement> Workspace::agreement(qint64 id) const
{
    return AgreementStore(*this).agreement(id);
}

Result<qint64> Workspace::agreementIdByNumber(const QString &number) const
{
    return AgreementStore(*this).idByNumber(number);
}

Result<QList<Region>> Workspace::regions() const
{
    return RegionStore(*this).regions();
}

Result<QList<CalendarRecord>> Workspace::calendars() const
{
    return CalendarStore(*this).calendars();
}

Result<QList<Party>> Workspace::parties(std::optional<PartyKind> kind) const
{
    return PartyStore(*this).parties(kind);
}

Result<QList<Service>> Workspace::services() const
{
    return ServiceStore(*this).services();
}

Result<QString> Workspace::nextAgreementNumber(AgreementKind kind, int year)
{
    return AgreementStore(*this).nextNumber(kind, year);
}

Result<QList<qint64>> Workspace::ancestors(qint64 id) const
{
    return AgreementStore(*this).ancestors(id);
}

} // namespace Accordo
