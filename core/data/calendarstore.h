#pragma once

#include "data/auditedwrite.h"
#include "domain/entities.h"
#include "result.h"

#include <QCoreApplication>

namespace Accordo {

class Workspace;

/// The calendars table: business calendars stored as their canonical JSON definition.
class CalendarStore
{
    // The messages keep the translation context they had when Workspace wrote them.
    Q_DECLARE_TR_FUNCTIONS(Accordo::Workspace)

public:
    explicit CalendarStore(const Workspace &workspace) : mWorkspace(workspace) {}

    Result<qint64> insert(const CalendarRecord &calendar);
    /// Refused when it changes the zone, working hours or holidays of a calendar that targets
    /// of signed agreements are judged in (their own calendar, or their region's or their
    /// counterparty's region's): the signed terms would move under them. The one change
    /// allowed then is adding or removing holidays whose every closed day comes after today
    /// and after every stored measurement, which moves no business time already measured.
    /// A refusal is recorded on the audit trail as "refused:update".
    Result<void> update(const CalendarRecord &calendar);
    /// Refused while a region or a target uses the calendar.
    Result<void> remove(qint64 id);
    Result<CalendarRecord> calendar(qint64 id) const;
    /// Every calendar, by name.
    Result<QList<CalendarRecord>> calendars() const;

    /// Puts a refused change on the audit trail, in a transaction of its own.
    static void recordRefusal(const Workspace &workspace, const QString &what,
                              const AuditEntry &entry);

private:
    /// The record as stored: the definition in canonical form, with the name and zone it
    /// declares (an empty definition is a calendar with no working hours yet).
    Result<CalendarRecord> canonical(const CalendarRecord &calendar) const;
    /// Why the change from `before` to `after` would move signed terms, if it would.
    Result<void> checkSignedTerms(const CalendarRecord &before, const CalendarRecord &after) const;
    /// Why the calendar cannot be removed yet, if anything still uses it.
    Result<void> checkUnused(qint64 id, const QString &what) const;

    const Workspace &mWorkspace;
};

/// The regions table: the regions parties and targets belong to, each with its calendar.
class RegionStore
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Workspace)

public:
    explicit RegionStore(const Workspace &workspace) : mWorkspace(workspace) {}

    Result<qint64> insert(const Region &region);
    /// Refused when the new calendar would change the calendar that targets of signed
    /// agreements are judged in (recorded on the audit trail as "refused:update").
    Result<void> update(const Region &region);
    /// Refused while a party or a target belongs to the region.
    Result<void> remove(qint64 id);
    Result<Region> region(qint64 id) const;
    /// Every region, by code.
    Result<QList<Region>> regions() const;

private:
    const Workspace &mWorkspace;
};

} // namespace Accordo
