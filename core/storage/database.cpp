#include "database.h"

#include "storage/migrations.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"accordo-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

Result<void> run(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Error{query.lastError().text()};
    return {};
}

} // namespace

Database::Database(QString location, QString connectionName)
    : mLocation(std::move(location)), mConnectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
        if (db.isOpen()) {
            // Fold the WAL back so that the file alone is the whole workspace.
            QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(mConnectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(mConnectionName, false);
}

int Database::schemaVersion() const
{
    const auto version = Migrations::currentVersion(connection());
    return version ? *version : -1;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, OpenMode mode)
{
    const QFileInfo info(location);
    if (location.isEmpty())
        return Error{tr("no workspace file was given")};
    if (mode == OpenMode::MustExist && !info.exists())
        return Error{tr("%1: no such workspace file").arg(location)};
    if (info.exists() && !info.isFile())
        return Error{tr("%1: not a file").arg(location)};
    if (!info.exists() && !QFileInfo(info.absolutePath()).isDir())
        return Error{tr("%1: the folder %2 does not exist").arg(location, info.absolutePath())};

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return Error{tr("%1: cannot open: %2").arg(location, db.lastError().text())};

    // The first read tells a SQLite file from anything else.
    QSqlQuery probe(db);
    if (!probe.exec(u"PRAGMA application_id"_s) || !probe.next())
        return Error{tr("%1: not an Accordo workspace (%2)")
                         .arg(location, probe.lastError().databaseText())};
    const int applicationId = probe.value(0).toInt();
    probe.finish();
    const bool empty = db.tables(QSql::Tables).isEmpty();
    if (!empty && applicationId != ApplicationId)
        return Error{tr("%1: not an Accordo workspace (it is a database of another program)")
                         .arg(location)};

    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                                  u"PRAGMA synchronous = NORMAL"_s}) {
        if (auto r = run(db, pragma); !r)
            return Error{tr("%1: %2").arg(location, r.error().message)};
    }
    if (empty) {
        if (auto r = run(db, u"PRAGMA application_id = %1"_s.arg(ApplicationId)); !r)
            return Error{tr("%1: %2").arg(location, r.error().message)};
    }
    if (auto r = Migrations::upgrade(db); !r)
        return Error{tr("%1: %2").arg(location, r.error().message)};
    return database;
}

} // namespace Accordo
