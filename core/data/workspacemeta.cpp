#include "workspacemeta.h"

#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString SelectValue = u"SELECT value FROM accordo_meta WHERE key = ?"_s;
const QString UpsertValue = uR"(
    INSERT INTO accordo_meta (key, value) VALUES (?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value)"_s;

} // namespace

QString WorkspaceMeta::value(QSqlDatabase db, const QString &key)
{
    auto value = Sql::scalar(db, SelectValue, {key});
    return value ? value->toString() : QString();
}

Result<void> WorkspaceMeta::set(QSqlDatabase db, const QString &key, const QString &value)
{
    if (auto written = Sql::exec(db, UpsertValue, {key, value}); !written)
        return written.error();
    return {};
}

} // namespace Accordo
