#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Accordo {

/// Creates and upgrades the schema one version at a time, each step in its own transaction.
/// The version lives in the accordo_meta table of the database itself.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Migrations)

public:
    static int latestVersion();
    /// 0 for an empty database.
    static Result<int> currentVersion(QSqlDatabase db);
    static Result<void> upgrade(QSqlDatabase db, int toVersion = latestVersion());
};

} // namespace Accordo
