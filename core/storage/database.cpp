#include "database.h"

#include "storage/dialect.h"
#include "storage/migrations.h"
#include "storage/nativestatement.h"
#include "storage/transaction.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

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

// A workspace opened read-only cannot be upgraded: it must be of the latest schema already.
// Errors name the workspace as `display`.
Result<void> requireLatestSchema(QSqlDatabase db, const QString &display)
{
    auto version = Migrations::currentVersion(db);
    if (!version)
        return Error{Database::tr("%1: %2").arg(display, version.errorString())};
    if (*version != Migrations::latestVersion())
        return Error{Database::tr("%1: the workspace is read-only and of schema version %2; it "
                                  "needs version %3, which only a writable workspace can be "
                                  "upgraded to")
                         .arg(display)
                         .arg(*version)
                         .arg(Migrations::latestVersion())};
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
            // Fold the WAL back so that the file alone is the whole workspace; not waiting for
            // another process that is writing, which folds it back when it closes.
            if (!Dialect::isPostgres(db) && !mReadOnly) {
                QSqlQuery(db).exec(u"PRAGMA busy_timeout = 0"_s);
                QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(mConnectionName);
}

std::unique_ptr<QThread> Database::readBeside(const QString &location, bool snapshot,
                                              std::function<void(Result<QSqlDatabase>)> read)
{
    std::unique_ptr<QThread> thread(QThread::create([location, snapshot, read = std::move(read)] {
        auto opened = open(location, OpenMode::ReadOnly);
        if (!opened) {
            read(opened.error());
            return;
        }
        QSqlDatabase db = (*opened)->connection();
        if (snapshot && !db.transaction()) {
            read(Error{errorText(db.lastError())});
            return;
        }
        read(db);
        if (snapshot)
            db.rollback(); // it wrote nothing
    }));
    thread->start();
    return thread;
}

Result<QString> Database::alikeLocation(const QSqlDatabase &db)
{
    if (Transaction::isOpen(db) || Sql::sqliteInTransaction(db))
        return Error{tr("the workspace is in a transaction another connection does not see")};
    if (!Dialect::isPostgres(db)) {
        const QString file = Sql::sqliteFile(db);
        if (file.isEmpty())
            return Error{tr("the workspace is not a file another connection can open")};
        return file;
    }
    if (db.hostName().isEmpty())
        return Error{tr("the server connection names no host")};
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(db.userName());
    url.setPassword(db.password());
    url.setHost(db.hostName());
    if (db.port() > 0)
        url.setPort(db.port());
    url.setPath(u'/' + db.databaseName());
    // openServer() adds the connect timeout; the URL's own options follow it.
    QUrlQuery query;
    for (const QString &option : db.connectOptions().split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = option.indexOf(u'=');
        if (equals > 0 && !option.startsWith(u"connect_timeout="_s))
            query.addQueryItem(option.left(equals), option.mid(equals + 1));
    }
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString();
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
    const bool mustExist = mode != OpenMode::CreateIfMissing;
    if (mustExist && !info.exists())
        return Error{tr("%1: no such workspace file").arg(location)};
    if (info.exists() && !info.isFile())
        return Error{tr("%1: not a file").arg(location)};
    if (!info.exists() && !QFileInfo(info.absolutePath()).isDir())
        return Error{tr("%1: the folder %2 does not exist").arg(location, info.absolutePath())};
    // Only init makes a workspace of an empty file; anything else that opened one would.
    if (mustExist && info.size() == 0)
        return Error{tr("%1 is not an Accordo workspace (empty file)").arg(location)};

    // A file or folder without any write permission is meant not to be written, even by a
    // user (root) whom the system would let.
    const auto writable = [](const QFileInfo &f) {
        return f.isWritable()
               && (f.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    };
    const QFileInfo folder(info.absolutePath());
    const bool unwritable = info.exists() && (!writable(info) || !writable(folder));
    const bool readOnly = mode == OpenMode::ReadOnly || unwritable;

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    database->mReadOnly = readOnly;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    QStringList options{u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs)};
    if (readOnly) {
        options << u"QSQLITE_OPEN_READONLY"_s;
        // Reading a WAL workspace takes a -shm file beside it, which a folder that may not be
        // written cannot hold, and which would be left behind a file that may not be written.
        // Nobody writes such a workspace, so it is read as an unchanging file.
        if (unwritable) {
            options << u"QSQLITE_OPEN_URI"_s;
            QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
            uri.setQuery(u"immutable=1"_s);
            db.setDatabaseName(uri.toString());
        } else {
            db.setDatabaseName(info.absoluteFilePath());
        }
    } else {
        db.setDatabaseName(info.absoluteFilePath());
    }
    db.setConnectOptions(options.join(u';'));
    if (!db.open())
        return Error{tr("%1: cannot open: %2").arg(location, errorText(db.lastError()))};

    // The first read tells a SQLite file from anything else.
    QSqlQuery probe(db);
    if (!probe.exec(u"PRAGMA application_id"_s) || !probe.next())
        return Error{
            tr("%1: not an Accordo workspace (%2)").arg(location, errorText(probe.lastError()))};
    const int applicationId = probe.value(u"application_id"_s).toInt();
    probe.finish();
    const bool empty = db.tables(QSql::Tables).isEmpty();
    if (!empty && applicationId != ApplicationId)
        return Error{
            tr("%1: not an Accordo workspace (it is a database of another program)").arg(location)};
    // A file Accordo created but never migrated (application id set, no tables yet) is
    // upgraded; any other database without tables is not a workspace.
    if (empty && mustExist && applicationId != ApplicationId)
        return Error{
            tr("%1 is not an Accordo workspace (a database without tables)").arg(location)};

    // The file is read through a memory map (up to SQLite's default limit of 2 GB), not
    // copied page by page into each connection's cache: a large workspace's reads are about a
    // fifth faster. Writes still go through the journal.
    if (auto r = run(db, u"PRAGMA mmap_size = 2147418112"_s); !r)
        return Error{tr("%1: %2").arg(location, r.error().message)};
    // A large sort (an index made again after an import, an ORDER BY over many rows) may use a
    // helper thread per core, up to four: making the tickets' two indexes after a million rows
    // takes about a third less on two cores.
    if (auto r = run(db,
                     u"PRAGMA threads = %1"_s.arg(std::clamp(QThread::idealThreadCount(), 1, 4)));
        !r)
        return Error{tr("%1: %2").arg(location, r.error().message)};
    if (readOnly) {
        if (auto latest = requireLatestSchema(db, location); !latest)
            return latest.error();
        if (auto r = run(db, u"PRAGMA foreign_keys = ON"_s); !r)
            return Error{tr("%1: %2").arg(location, r.error().message)};
        return database;
    }
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

bool Database::isReadOnly(const QSqlDatabase &db)
{
    return db.connectOptions().contains(u"QSQLITE_OPEN_READONLY"_s);
}

QString Database::busyText()
{
    return tr("the workspace is busy (another Accordo is writing)");
}

QString Database::readOnlyText()
{
    return tr("the workspace is read-only");
}

QString Database::errorText(const QSqlError &error)
{
    // SQLite's result codes have at most four digits (the primary code in the low byte);
    // PostgreSQL's SQLSTATEs always five characters.
    const QString native = error.nativeErrorCode();
    bool ok = false;
    const int code = native.toInt(&ok);
    if (ok && native.size() <= 4) {
        switch (code & 0xff) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return busyText();
        case 8: // SQLITE_READONLY
            return readOnlyText();
        default:
            break;
        }
    }
    // PostgreSQL: a read-only transaction refused a write.
    if (native == u"25006"_s)
        return readOnlyText();
    return error.text();
}

Result<std::unique_ptr<Database>> Database::writableCopy() const
{
    if (isServer())
        return Error{tr("%1: a server workspace is not copied").arg(mLocation)};
    auto scratch = std::make_unique<QTemporaryDir>();
    if (!scratch->isValid())
        return Error{
            tr("%1: no temporary folder for a copy: %2").arg(mLocation, scratch->errorString())};
    const QString copy = scratch->filePath(u"copy.accordo"_s);
    QSqlQuery vacuum(connection());
    if (!vacuum.prepare(u"VACUUM INTO ?"_s))
        return Error{tr("%1: cannot be copied: %2").arg(mLocation, errorText(vacuum.lastError()))};
    vacuum.addBindValue(copy);
    if (!vacuum.exec())
        return Error{tr("%1: cannot be copied: %2").arg(mLocation, errorText(vacuum.lastError()))};
    auto database = open(copy, OpenMode::MustExist);
    if (!database)
        return database.error();
    (*database)->mScratch = std::move(scratch);
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
    if (tables.isEmpty() && mode != OpenMode::CreateIfMissing)
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
    if (mode == OpenMode::ReadOnly) {
        // The server refuses every write of this session, and no upgrade is attempted.
        if (auto latest = requireLatestSchema(db, display); !latest)
            return latest.error();
        if (auto r = run(db, u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s); !r)
            return Error{tr("%1: %2").arg(display, r.error().message)};
        database->mReadOnly = true;
        return database;
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
