#pragma once

#include "storage/database.h"
#include "storage/workspace.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace Accordo {

/// The workspace the GUI has open: its database, the record store and the undo history.
/// Views listen to `changed` to refresh after any edit, undo or redo.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    enum class Table { Parties, Services, Agreements };
    Q_ENUM(Table)

    WorkspaceSession(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    Database &database() { return *mDatabase; }
    Workspace &workspace() { return mWorkspace; }
    QUndoStack *undoStack() { return &mUndoStack; }
    QString location() const { return mDatabase->location(); }

    void notifyChanged(Table table) { emit changed(table); }

signals:
    void changed(Accordo::WorkspaceSession::Table table);
    /// A command failed while being undone or redone (the workspace changed under it).
    void commandFailed(const QString &message);

private:
    std::unique_ptr<Database> mDatabase;
    Workspace mWorkspace;
    QUndoStack mUndoStack;
};

} // namespace Accordo
