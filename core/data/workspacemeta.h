#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace Accordo {

/// The workspace's own records in accordo_meta: the stale markers, the as-of the stored
/// results answer for, the demo's planted cases.
class WorkspaceMeta
{
public:
    /// The value of `key`; a null string when there is none or it cannot be read.
    static QString value(QSqlDatabase db, const QString &key);
    static Result<void> set(QSqlDatabase db, const QString &key, const QString &value);
};

} // namespace Accordo
