#pragma once

#include <QSqlDatabase>

#include <optional>

namespace Accordo::Sql {

/// A SQLite connection's page cache and temporary storage, set for as long as it lives and then
/// put back. Nothing on PostgreSQL. Changing temporary storage drops the connection's temporary
/// tables, and inside a transaction that has them SQLite refuses it (the setting is then left as
/// it is).
class CacheSettings
{
public:
    enum class TempStore { File = 1, Memory = 2 };
    CacheSettings(QSqlDatabase db, int cacheKiB, TempStore tempStore);
    ~CacheSettings();
    CacheSettings(const CacheSettings &) = delete;
    CacheSettings &operator=(const CacheSettings &) = delete;

private:
    QSqlDatabase mDb;
    std::optional<int> mPreviousCache;
    std::optional<int> mPreviousTempStore;
};

/// The settings of one transaction that writes many rows: a page cache of `cacheKiB`, so that
/// the transaction's pages are not spilled to the WAL and read back for every index update,
/// and temporary storage in memory. Every statement of such a transaction that may fail
/// halfway keeps the pages it changes in a statement journal; past 64 KiB SQLite moves that
/// journal to a temporary file and from then on writes it there, page by page, for every
/// statement. Kept in memory, it costs a copy. Set before the transaction begins: SQLite
/// decides where its statement journals go when a transaction starts.
class BulkWrite : public CacheSettings
{
public:
    BulkWrite(QSqlDatabase db, int cacheKiB) : CacheSettings(db, cacheKiB, TempStore::Memory) {}
};

/// The settings for making an index of many rows, inside a BulkWrite's transaction too: a
/// small page cache and temporary files. SQLite's sorter sizes its in-memory runs by the page
/// cache; with a large one it sorts one list of every row, slower than many short runs merged,
/// and with temporary storage in memory it uses no helper thread (`PRAGMA threads`). Making the
/// tickets' two indexes after a million rows took 2.4 s with the import's settings, about
/// 1.1 s with these. The pages the transaction changed before stay in it: those that no longer
/// fit the cache go to the WAL early.
class IndexBuild : public CacheSettings
{
public:
    static constexpr int CacheKiB = 8192; // the sorter's runs: 8 MB
    explicit IndexBuild(QSqlDatabase db) : CacheSettings(db, CacheKiB, TempStore::File) {}
};

} // namespace Accordo::Sql
