#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

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
        MustExist, // refuse a missing file instead of creating it
        CreateIfMissing,
    };

    /// On PostgreSQL the database itself must exist; MustExist also refuses one that holds
    /// no workspace yet. The password comes from the URL or, as with psql, from PGPASSWORD or
    /// the password file (~/.pgpass, PGPASSFILE).
    static Result<std::unique_ptr<Database>> open(const QString &location, OpenMode mode);
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
};

} // namespace Accordo
