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
const int kTempStoreFile = 1;
const int kTempStoreMemory = 2;
// The sorter's runs while an index is made: 8 MB.
const int kIndexBuildCacheKiB = 8192;

std::optional<int> pragmaValue(QSqlDatabase db, const QString &pragma, const QString &column)
{
    QSqlQuery query(db);
    if (!query.exec(pragma) || !query.next())
        return std::nullopt;
    return query.value(column).toInt();
}

} // namespace

BulkWrite::BulkWrite(QSqlDatabase db, int cacheKiB) : mDb(db)
{
    if (!mDb.isOpen() || Dialect::isPostgres(mDb))
        return;
    mPreviousCache = pragmaValue(mDb, kCacheSize, u"cache_size"_s);
    // A negative size is in KiB, a positive one in pages.
    QSqlQuery(mDb).exec(kSetCacheSize.arg(-cacheKiB));
    // Changing it drops the connection's temporary tables (created again on use).
    if (const auto tempStore = pragmaValue(mDb, kTempStore, u"temp_store"_s);
        tempStore && *tempStore != kTempStoreMemory
        && QSqlQuery(mDb).exec(kSetTempStore.arg(kTempStoreMemory)))
        mPreviousTempStore = tempStore;
}

BulkWrite::~BulkWrite()
{
    if (mPreviousCache)
        QSqlQuery(mDb).exec(kSetCacheSize.arg(*mPreviousCache));
    if (mPreviousTempStore)
        QSqlQuery(mDb).exec(kSetTempStore.arg(*mPreviousTempStore));
}

IndexBuild::IndexBuild(QSqlDatabase db) : mDb(db)
{
    if (!mDb.isOpen() || Dialect::isPostgres(mDb))
        return;
    mPreviousCache = pragmaValue(mDb, kCacheSize, u"cache_size"_s);
    QSqlQuery(mDb).exec(kSetCacheSize.arg(-kIndexBuildCacheKiB));
    // Refused inside a transaction once the connection has temporary tables: then the sort
    // stays in memory, as before.
    if (const auto tempStore = pragmaValue(mDb, kTempStore, u"temp_store"_s);
        tempStore && *tempStore != kTempStoreFile
        && QSqlQuery(mDb).exec(kSetTempStore.arg(kTempStoreFile)))
        mPreviousTempStore = tempStore;
}

IndexBuild::~IndexBuild()
{
    if (mPreviousCache)
        QSqlQuery(mDb).exec(kSetCacheSize.arg(*mPreviousCache));
    if (mPreviousTempStore)
        QSqlQuery(mDb).exec(kSetTempStore.arg(*mPreviousTempStore));
}

} // namespace Accordo::Sql
