#include "workspacesession.h"

#include "storage/dialect.h"

#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace Accordo {

WorkspaceSession::WorkspaceSession(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent), mDatabase(std::move(database)), mWorkspace(*mDatabase), mWorkflow(mWorkspace)
{
    mUndoStack.setUndoLimit(200);
    // Nobody may write until the window names who works (setUserName).
    mWorkspace.setActingUser(QString());
    if (mDatabase->isServer()) {
        // On a server the user is who PostgreSQL says connected; the users table gives the
        // roles.
        mWorkspace.setActingUser(mDatabase->serverUser());
        QSqlDriver *driver = mDatabase->connection().driver();
        driver->subscribeToNotification(Dialect::changeChannel());
        connect(driver, &QSqlDriver::notification, this, &WorkspaceSession::onNotification);
    }
}

void WorkspaceSession::onNotification(const QString &channel, QSqlDriver::NotificationSource source,
                                      const QVariant &payload)
{
    // Our own writes are announced by RecordEdits already.
    if (channel != Dialect::changeChannel() || source == QSqlDriver::SelfSource)
        return;
    static const QHash<QString, Table> tables{
        {u"party"_s, Table::Parties},        {u"service"_s, Table::Services},
        {u"agreement"_s, Table::Agreements}, {u"calendar"_s, Table::Calendars},
        {u"region"_s, Table::Regions},
    };
    const auto table = tables.constFind(payload.toString());
    if (table != tables.constEnd())
        emit changed(*table);
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
