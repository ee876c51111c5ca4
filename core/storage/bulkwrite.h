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

/// SQLite settings for making an index of many rows, inside a BulkWrite's transaction too, set
/// for as long as it lives and then put back: a small page cache and temporary files. SQLite's
/// sorter sizes its in-memory runs by the page cache; with a large one it sorts one list of
/// every row, slower than many short runs merged, and with temporary storage in memory it
/// uses no helper thread (`PRAGMA threads`). Making the tickets' two indexes after a million
/// rows took 2.4 s with the import's settings, about 1.1 s with these. The pages the
/// transaction changed before stay in it: those that no longer fit the cache go to the WAL
/// early. Nothing on PostgreSQL.
class IndexBuild
{
public:
    explicit IndexBuild(QSqlDatabase db);
    ~IndexBuild();
    IndexBuild(const IndexBuild &) = delete;
    IndexBuild &operator=(const IndexBuild &) = delete;

private:
    QSqlDatabase mDb;
    std::optional<int> mPreviousCache;
    std::optional<int> mPreviousTempStore;
};

} // namespace Accordo::Sql
