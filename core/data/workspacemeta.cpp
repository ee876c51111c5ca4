#include "workspacemeta.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Accordo {

QString WorkspaceMeta::value(QSqlDatabase db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT value FROM accordo_meta WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<void> WorkspaceMeta::set(QSqlDatabase db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO accordo_meta (key, value) VALUES (?, ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Error{q.lastError().text()};
    return {};
}

} // namespace Accordo
