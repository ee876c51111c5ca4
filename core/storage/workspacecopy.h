#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Accordo {

class Database;

/// Moves a whole workspace between back ends (a SQLite file and a PostgreSQL database, either
/// way): every table in dependency order in one transaction, then checks that each table has
/// as many rows as the source and that the audit trail's hash chain is intact.
class WorkspaceCopy
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::WorkspaceCopy)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };
    struct Report
    {
        QList<TableCount> tables;
        qint64 auditRecords = 0;
    };

    /// The target must hold an empty workspace of the same schema version.
    static Result<Report> copy(Database &source, Database &target);
};

} // namespace Accordo
