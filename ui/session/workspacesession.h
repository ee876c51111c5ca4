#pragma once

#include "data/workspace.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/database.h"

#include <QObject>
#include <QSqlDriver>
#include <QUndoStack>

#include <memory>

namespace Accordo {

/// The workspace the GUI has open: its database, the record store and the undo history.
/// Views listen to `changed` to refresh after any edit, undo or redo, and on PostgreSQL after
/// another user's change too.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    enum class Table { Parties, Services, Agreements, Calendars, Regions };
    Q_ENUM(Table)

    WorkspaceSession(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    Database &database() { return *mDatabase; }
    Workspace &workspace() { return mWorkspace; }
    QUndoStack *undoStack() { return &mUndoStack; }
    AgreementWorkflow &workflow() { return mWorkflow; }
    QString location() const { return mDatabase->location(); }
    /// Who works in this session: every write and workflow step is checked against them.
    QString userName() const { return mWorkspace.actingUser(); }
    void setUserName(const QString &name);

    void notifyChanged(Table table) { emit changed(table); }

signals:
    void changed(Accordo::WorkspaceSession::Table table);
    /// A command failed while being undone or redone (the workspace changed under it).
    void commandFailed(const QString &message);
    void userChanged(const QString &name);

private:
    void onNotification(const QString &channel, QSqlDriver::NotificationSource source,
                        const QVariant &payload);

    std::unique_ptr<Database> mDatabase;
    Workspace mWorkspace;
    AgreementWorkflow mWorkflow;
    QUndoStack mUndoStack;
};

} // namespace Accordo
