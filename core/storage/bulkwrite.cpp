#include "bulkwrite.h"

#include "storage/dialect.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Accordo::Sql {

namespace {

const QString kCacheSize = u"PRAGMA cache_size"_s;
const QString kSetCacheSize = u"PRAGMA cache_size = %1"_s;
const QString kTempStore = u"PRAGMA temp_store"_s;
const QString kSetTempStore = u"PRAGMA temp_store = %1"_s;

std::optional<int> pragmaValue(QSqlDatabase db, const QString &pragma, const QString &column)
{
    QSqlQuery query(db);
    if (!query.exec(pragma) || !query.next())
        return std::nullopt;
    return query.value(column).toInt();
}

} // namespace

CacheSettings::CacheSettings(QSqlDatabase db, int cacheKiB, TempStore tempStore) : mDb(db)
{
    if (!mDb.isOpen() || Dialect::isPostgres(mDb))
        return;
    mPreviousCache = pragmaValue(mDb, kCacheSize, u"cache_size"_s);
    // A negative size is in KiB, a positive one in pages.
    QSqlQuery(mDb).exec(kSetCacheSize.arg(-cacheKiB));
    if (const auto previous = pragmaValue(mDb, kTempStore, u"temp_store"_s);
        previous && *previous != int(tempStore)
        && QSqlQuery(mDb).exec(kSetTempStore.arg(int(tempStore))))
        mPreviousTempStore = previous;
}

CacheSettings::~CacheSettings()
{
    if (mPreviousCache)
        QSqlQuery(mDb).exec(kSetCacheSize.arg(*mPreviousCache));
    if (mPreviousTempStore)
        QSqlQuery(mDb).exec(kSetTempStore.arg(*mPreviousTempStore));
}

} // namespace Accordo::Sql
