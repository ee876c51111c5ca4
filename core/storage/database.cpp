#include "database.h"

#include "storage/dialect.h"
#include "storage/migrations.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

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
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
        if (db.isOpen()) {
            // Fold the WAL back so that the file alone is the whole workspace.
            if (!Dialect::isPostgres(db))
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

QString Database::displayName(const QString &location)
{
    if (!Dialect::isServerUrl(location))
        return QFileInfo(location).fileName();
    const QUrl url(location);
    return tr("%1 on %2").arg(url.path().mid(1), url.host());
}

bool Database::isServer() const
{
    return Dialect::isPostgres(connection());
}

QString Database::serverUser() const
{
    return mServerUser;
}

int Database::schemaVersion() const
{
    const auto version = Migrations::currentVersion(connection());
    return version ? *version : -1;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, OpenMode mode)
{
    if (Dialect::isServerUrl(location))
        return openServer(location, mode);
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
    const int applicationId = probe.value(u"application_id"_s).toInt();
    probe.finish();
    const bool empty = db.tables(QSql::Tables).isEmpty();
    if (!empty && applicationId != ApplicationId)
        return Error{
            tr("%1: not an Accordo workspace (it is a database of another program)").arg(location)};

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

Result<std::unique_ptr<Database>> Database::openServer(const QString &location, OpenMode mode)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString databaseName = url.path().mid(1);
    if (!url.isValid() || databaseName.isEmpty() || databaseName.contains(u'/'))
        return Error{tr("%1: a server workspace is written postgresql://user@host:port/database")
                         .arg(location)};
    QUrl shown = url;
    shown.setPassword(QString());
    const QString display = shown.toString();

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(display, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isValid())
        return Error{tr("%1: Qt's PostgreSQL driver is not installed (Debian package "
                        "libqt6sql6-psql)")
                         .arg(display)};
    if (!url.host().isEmpty())
        db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    // Without one, libpq looks in PGPASSWORD and the password file, as psql does.
    db.setPassword(url.password());
    db.setDatabaseName(databaseName);
    QStringList options{u"connect_timeout=10"_s};
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        options.append(key + u'=' + value);
    db.setConnectOptions(options.join(u';'));
    if (!db.open())
        return Error{tr("%1: cannot connect: %2").arg(display, db.lastError().text())};

    QSqlQuery probe(db);
    if (!probe.exec(u"SELECT current_user AS login"_s) || !probe.next())
        return Error{tr("%1: %2").arg(display, probe.lastError().text())};
    database->mServerUser = probe.value(u"login"_s).toString();
    probe.finish();
    // Notices of CREATE OR REPLACE and the like are not for the user.
    if (auto r = run(db, u"SET client_min_messages = warning"_s); !r)
        return Error{tr("%1: %2").arg(display, r.error().message)};

    const QStringList tables = db.tables(QSql::Tables);
    if (tables.isEmpty() && mode == OpenMode::MustExist)
        return Error{tr("%1: the database holds no Accordo workspace yet (create one with "
                        "accordo-cli init --db %1)")
                         .arg(display)};
    if (!tables.isEmpty()) {
        // PostgreSQL has no application_id: a row of accordo_meta marks the workspace.
        const bool marked = tables.contains(u"accordo_meta"_s)
                            && probe.exec(
                                u"SELECT value FROM accordo_meta WHERE key = 'application_id'"_s)
                            && probe.next() && probe.value(u"value"_s).toInt() == ApplicationId;
        probe.finish();
        if (!marked)
            return Error{tr("%1: not an Accordo workspace (it is a database of another program)")
                             .arg(display)};
    }
    if (auto r = Migrations::upgrade(db); !r)
        return Error{tr("%1: %2").arg(display, r.error().message)};
    if (tables.isEmpty()) {
        if (auto r = run(db, u"INSERT INTO accordo_meta (key, value) VALUES ('application_id', "
                             "'%1') ON CONFLICT (key) DO NOTHING"_s.arg(ApplicationId));
            !r)
            return Error{tr("%1: %2").arg(display, r.error().message)};
    }
    return database;
}

} // namespace Accordo
