#include "workspacesession.h"

namespace Accordo {

WorkspaceSession::WorkspaceSession(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent), mDatabase(std::move(database)), mWorkspace(*mDatabase),
      mWorkflow(mWorkspace)
{
    mUndoStack.setUndoLimit(200);
}

WorkspaceSession::~WorkspaceSession()
{
    // Commands refer to the workspace: drop them before the database closes.
    mUndoStack.clear();
}

void WorkspaceSession::setUserName(const QString &name)
{
    mWorkspace.setActingUser(name);
    emit userChanged(name);
}

} // namespace Accordo
