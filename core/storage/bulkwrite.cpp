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
const int kTempStoreMemory = 2;

} // namespace

BulkWrite::BulkWrite(QSqlDatabase db, int cacheKiB) : mDb(db)
{
    if (!mDb.isOpen() || Dialect::isPostgres(mDb))
        return;
    QSqlQuery pragma(mDb);
    if (pragma.exec(kCacheSize) && pragma.next())
        mPreviousCache = pragma.value(u"cache_size"_s).toInt();
    // A negative size is in KiB, a positive one in pages.
    pragma.exec(kSetCacheSize.arg(-cacheKiB));
    if (pragma.exec(kTempStore) && pragma.next()) {
        const int tempStore = pragma.value(u"temp_store"_s).toInt();
        pragma.finish();
        // Changing it drops the connection's temporary tables (created again on use).
        if (tempStore != kTempStoreMemory && pragma.exec(kSetTempStore.arg(kTempStoreMemory)))
            mPreviousTempStore = tempStore;
    }
}

BulkWrite::~BulkWrite()
{
    if (mPreviousCache)
        QSqlQuery(mDb).exec(kSetCacheSize.arg(*mPreviousCache));
    if (mPreviousTempStore)
        QSqlQuery(mDb).exec(kSetTempStore.arg(*mPreviousTempStore));
}

} // namespace Accordo::Sql
