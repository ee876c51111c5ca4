#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Accordo {

/// One open Accordo workspace: a SQLite file (PostgreSQL comes later), migrated to the
/// current schema. Owns its Qt Sql connection; not copyable.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Database)

public:
    enum class OpenMode {
        MustExist,          // refuse a missing file instead of creating it
        CreateIfMissing,
    };

    static Result<std::unique_ptr<Database>> open(const QString &location, OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString location() const { return mLocation; }
    int schemaVersion() const;

    /// The SQLite application_id that marks a file as an Accordo workspace ("ACCD").
    static constexpr int ApplicationId = 0x41434344;

private:
    Database(QString location, QString connectionName);

    QString mLocation;
    QString mConnectionName;
};

} // namespace Accordo
