#pragma once

#include <QSqlDatabase>

#include <optional>

namespace Accordo::Sql {

/// SQLite settings for one transaction that writes many rows, set for as long as it lives and
/// then put back: a page cache of `cacheKiB`, so that the transaction's pages are not spilled
/// to the WAL and read back for every index update, and temporary storage in memory. Every
/// statement of such a transaction that may fail halfway keeps the pages it changes in a
/// statement journal; past 64 KiB SQLite moves that journal to a temporary file and from then
/// on writes it there, page by page, for every statement. Kept in memory, it costs a copy.
/// Nothing on PostgreSQL. Set before the transaction begins: SQLite decides where its
/// statement journals go when a transaction starts, and refuses to change temporary storage
/// inside one (the setting is then left as it is).
class BulkWrite
{
public:
    BulkWrite(QSqlDatabase db, int cacheKiB);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

private:
    QSqlDatabase mDb;
    std::optional<int> mPreviousCache;
    std::optional<int> mPreviousTempStore;
};

} // namespace Accordo::Sql
