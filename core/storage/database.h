#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QThread>

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace Accordo {

/// One open Accordo workspace: a SQLite file or a PostgreSQL database
/// (postgresql://user@host:port/dbname), migrated to the current schema. Owns its Qt Sql
/// connection; not copyable.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Database)

public:
    enum class OpenMode {
        MustExist, // refuse a missing or empty file instead of creating a workspace in it
        CreateIfMissing,
        ReadOnly, // as MustExist, and nothing is written: no upgrade, no write
    };

    /// On PostgreSQL the database itself must exist; MustExist also refuses one that holds
    /// no workspace yet. The password comes from the URL or, as with psql, from PGPASSWORD or
    /// the password file (~/.pgpass, PGPASSFILE).
    ///
    /// A workspace file that may not be written (no write permission on it or on its folder,
    /// for whoever runs, root included) opens read-only whatever the mode. Read-only, a
    /// transaction is refused with "the workspace is read-only", and a workspace of an older
    /// schema is refused rather than upgraded. A workspace another process is writing is
    /// waited for up to BusyTimeoutMs, then refused as busy.
    static Result<std::unique_ptr<Database>> open(const QString &location, OpenMode mode);

    /// What open() takes, with OpenMode::ReadOnly, for another connection to the workspace
    /// `db` is open on: for a reader in another thread (a connection belongs to the thread that
    /// opens it) that must see what `db` sees. Refused for a connection in a transaction (a
    /// Transaction guard's or, on SQLite, any) and for a SQLite database in memory, whose data
    /// another connection would not see, and for a server connection without a host name. A
    /// server's location holds the connection's password.
    static Result<QString> alikeLocation(const QSqlDatabase &db);
    /// Starts `read` in a thread of its own, on a read-only connection to `location` (as
    /// alikeLocation() gives it) that the thread opens and closes: a connection belongs to the
    /// thread that opens it. `read` gets the connection, or why it could not be opened; with
    /// `snapshot`, every read it makes shares one read transaction. Wait for the thread before
    /// what `read` touches goes.
    static std::unique_ptr<QThread> readBeside(const QString &location, bool snapshot,
                                               std::function<void(Result<QSqlDatabase>)> read);

    /// How long a write waits for another process's write to end.
    static constexpr int BusyTimeoutMs = 5000;

    /// True when the connection writes nothing (OpenMode::ReadOnly or a read-only file).
    bool isReadOnly() const { return mReadOnly; }
    static bool isReadOnly(const QSqlDatabase &db);
    /// A private, writable copy of this workspace in a temporary folder that goes with it: what
    /// a command that must bring results up to date works on when the workspace is read-only.
    /// SQLite only.
    Result<std::unique_ptr<Database>> writableCopy() const;

    /// A driver error as people should read it: busy and read-only workspaces say so, anything
    /// else is the driver's text.
    static QString errorText(const QSqlError &error);
    static QString busyText();
    static QString readOnlyText();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    /// The file path, or the server URL without its password.
    QString location() const { return mLocation; }
    bool isServer() const;
    /// How people name a workspace: the file name, or "database on host" for a server.
    static QString displayName(const QString &location);
    /// The user the connection acts as: the PostgreSQL role, empty for a SQLite file.
    QString serverUser() const;
    int schemaVersion() const;

    /// The SQLite application_id that marks a file as an Accordo workspace ("ACCD").
    static constexpr int ApplicationId = 0x41434344;

private:
    Database(QString location, QString connectionName);
    static Result<std::unique_ptr<Database>> openServer(const QString &location, OpenMode mode);
    static Result<void> prepareSchema(QSqlDatabase db, const QString &location);

    QString mLocation;
    QString mConnectionName;
    QString mServerUser;
    bool mReadOnly = false;
    std::unique_ptr<QTemporaryDir>
        mScratch; // a writable copy's folder, removed after the connection
};

} // namespace Accordo
