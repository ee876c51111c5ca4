#pragma once

#include "domain/entities.h"
#include "session/outcome.h"
#include "session/workspacesession.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Accordo {

/// How the undo commands store, load and name one kind of record.
template<typename Record>
struct RecordTraits;

/// What every kind of record does the same way: it is stored through the workspace's
/// overloads, removed and loaded through its own members, and listed in one of its tables.
template<typename Record, WorkspaceSession::Table Listed, Result<void> (Workspace::*Remove)(qint64),
         Result<Record> (Workspace::*Load)(qint64) const>
struct StoredRecordTraits
{
    static constexpr auto table = Listed;
    static Result<qint64> insert(Workspace &w, const Record &r) { return w.insert(r); }
    static Result<void> update(Workspace &w, const Record &r) { return w.update(r); }
    static Result<void> remove(Workspace &w, qint64 id) { return (w.*Remove)(id); }
    static Result<Record> load(Workspace &w, qint64 id) { return (w.*Load)(id); }
};

/// A record that its undo commands name by one of its text fields.
template<typename Record, WorkspaceSession::Table Listed, Result<void> (Workspace::*Remove)(qint64),
         Result<Record> (Workspace::*Load)(qint64) const, QString Record::*Label>
struct LabelledRecordTraits : StoredRecordTraits<Record, Listed, Remove, Load>
{
    static QString label(const Record &r) { return r.*Label; }
};

template<>
struct RecordTraits<CalendarRecord>
    : LabelledRecordTraits<CalendarRecord, WorkspaceSession::Table::Calendars,
                           &Workspace::removeCalendar, &Workspace::calendar, &CalendarRecord::name>
{};
template<>
struct RecordTraits<Region>
    : LabelledRecordTraits<Region, WorkspaceSession::Table::Regions, &Workspace::removeRegion,
                           &Workspace::region, &Region::code>
{};
template<>
struct RecordTraits<Party>
    : LabelledRecordTraits<Party, WorkspaceSession::Table::Parties, &Workspace::removeParty,
                           &Workspace::party, &Party::name>
{};
template<>
struct RecordTraits<Service>
    : LabelledRecordTraits<Service, WorkspaceSession::Table::Services, &Workspace::removeService,
                           &Workspace::service, &Service::code>
{};

template<>
struct RecordTraits<Agreement>
    : StoredRecordTraits<Agreement, WorkspaceSession::Table::Agreements,
                         &Workspace::removeAgreement, &Workspace::agreement>
{
    static QString label(const Agreement &r) { return r.number.isEmpty() ? r.title : r.number; }
};

/// Edits made through these functions are written at once (nothing is lost on a crash) and
/// pushed on the session's undo stack. They return the error and push nothing on failure.
class RecordEdits
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::RecordEdits)

public:
    template<typename Record>
    static Result<qint64> add(WorkspaceSession &session, const Record &record);
    template<typename Record>
    static Result<void> edit(WorkspaceSession &session, const Record &before, const Record &after);
    template<typename Record>
    static Result<void> remove(WorkspaceSession &session, qint64 id);
};

namespace Detail {

/// Shared by the three commands: the first redo() has already happened when it is pushed.
class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(WorkspaceSession &session, WorkspaceSession::Table table, const QString &text)
        : QUndoCommand(text), mSession(session), mTable(table)
    {}

protected:
    // Returns false (and marks the command obsolete) when the workspace refused the change.
    bool settle(const Result<void> &result);
    bool mDone = true;
    WorkspaceSession &mSession;
    WorkspaceSession::Table mTable;
};

/// Adds a record or, when Removes, deletes it; undoing does the other.
template<typename Record, bool Removes>
class AddOrRemoveCommand : public RecordCommand
{
public:
    AddOrRemoveCommand(WorkspaceSession &session, Record record)
        : RecordCommand(session, RecordTraits<Record>::table,
                        (Removes ? RecordEdits::tr("Delete %1") : RecordEdits::tr("Add %1"))
                            .arg(RecordTraits<Record>::label(record))),
          mRecord(std::move(record))
    {}

    void undo() override { settle(Removes ? insert() : remove()); }
    void redo() override
    {
        if (std::exchange(mDone, false))
            return;
        settle(Removes ? remove() : insert());
    }

private:
    Result<void> insert()
    {
        auto id = RecordTraits<Record>::insert(mSession.workspace(), mRecord);
        return outcomeOf(id);
    }
    Result<void> remove() { return RecordTraits<Record>::remove(mSession.workspace(), mRecord.id); }

    Record mRecord;
};

template<typename Record>
using AddCommand = AddOrRemoveCommand<Record, false>;
template<typename Record>
using RemoveCommand = AddOrRemoveCommand<Record, true>;

template<typename Record>
class EditCommand : public RecordCommand
{
public:
    EditCommand(WorkspaceSession &session, Record before, Record after)
        : RecordCommand(session, RecordTraits<Record>::table,
                        RecordEdits::tr("Edit %1").arg(RecordTraits<Record>::label(after))),
          mBefore(std::move(before)),
          mAfter(std::move(after))
    {
        if constexpr (Versioned)
            mVersion = mAfter.rowVersion;
    }

    void undo() override { settle(apply(mBefore)); }
    void redo() override
    {
        if (std::exchange(mDone, false))
            return;
        settle(apply(mAfter));
    }

private:
    static constexpr bool Versioned = requires(Record r) { r.rowVersion; };

    // Undo and redo may only overwrite this command's own last write: a change someone else
    // saved in between is refused as a conflict, not silently reverted.
    Result<void> apply(Record record)
    {
        if constexpr (Versioned)
            record.rowVersion = mVersion;
        auto result = RecordTraits<Record>::update(mSession.workspace(), record);
        if constexpr (Versioned) {
            if (result) {
                if (auto stored = RecordTraits<Record>::load(mSession.workspace(), record.id))
                    mVersion = stored->rowVersion;
            }
        }
        return result;
    }

    Record mBefore;
    Record mAfter;
    int mVersion = 0;
};

} // namespace Detail

template<typename Record>
Result<qint64> RecordEdits::add(WorkspaceSession &session, const Record &record)
{
    auto id = RecordTraits<Record>::insert(session.workspace(), record);
    if (!id)
        return id;
    // Reload so that undo/redo restore exactly what was stored (generated number, ids).
    auto stored = RecordTraits<Record>::load(session.workspace(), *id);
    if (!stored)
        return stored.error();
    session.undoStack()->push(new Detail::AddCommand<Record>(session, *stored));
    session.notifyChanged(RecordTraits<Record>::table);
    return id;
}

template<typename Record>
Result<void> RecordEdits::edit(WorkspaceSession &session, const Record &before, const Record &after)
{
    if (auto r = RecordTraits<Record>::update(session.workspace(), after); !r)
        return r;
    auto stored = RecordTraits<Record>::load(session.workspace(), after.id);
    if (!stored)
        return stored.error();
    session.undoStack()->push(new Detail::EditCommand<Record>(session, before, *stored));
    session.notifyChanged(RecordTraits<Record>::table);
    return {};
}

template<typename Record>
Result<void> RecordEdits::remove(WorkspaceSession &session, qint64 id)
{
    auto record = RecordTraits<Record>::load(session.workspace(), id);
    if (!record)
        return record.error();
    if (auto r = RecordTraits<Record>::remove(session.workspace(), id); !r)
        return r;
    session.undoStack()->push(new Detail::RemoveCommand<Record>(session, *record));
    session.notifyChanged(RecordTraits<Record>::table);
    return {};
}

} // namespace Accordo
