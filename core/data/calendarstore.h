#pragma once

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
    Result<void> update(const CalendarRecord &calendar);
    /// Refused while a region or a target uses the calendar.
    Result<void> remove(qint64 id);
    Result<CalendarRecord> calendar(qint64 id) const;
    /// Every calendar, by name.
    Result<QList<CalendarRecord>> calendars() const;

private:
    /// The record as stored: the definition in canonical form, with the name and zone it
    /// declares (an empty definition is a calendar with no working hours yet).
    Result<CalendarRecord> canonical(const CalendarRecord &calendar) const;
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
