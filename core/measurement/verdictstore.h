#pragma once

#include "measurement/targetjudgement.h"
#include "result.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <vector>

namespace Accordo {

/// One verdict the Evaluator reached: a ticket judged against the target that governs it.
struct TicketVerdict
{
    qint64 ticket = 0;
    qint64 target = 0;
    qint64 agreement = 0;
    qint64 elapsed = 0;
    qint64 openedAt = 0;
    QVariant due; // an instant, or a NULL integer when the target never falls due
    Verdict verdict = Verdict::Pending;
};

/// The Evaluator's SQL: the tickets it reads a chunk at a time, and the verdicts stored in
/// ticket_results, written as the difference to what is stored; a changed verdict marks its
/// target and month for the KPI engine (kpi_dirty_periods). Statements are prepared once per
/// run.
///
/// A run with `since` reads only the tickets whose reading as of `since` and as of a later
/// instant can differ: opened at or after it, or answered or resolved after it (or never).
/// A run for a change of terms reads the tickets of a customer and service at a time
/// (VerdictScope), through the tickets_customer_service index.
class VerdictStore
{
    // Its messages are the Evaluator's, translated as such.
    Q_DECLARE_TR_FUNCTIONS(Accordo::Evaluator)

public:
    explicit VerdictStore(QSqlDatabase db);
    VerdictStore(const VerdictStore &) = delete;
    VerdictStore &operator=(const VerdictStore &) = delete;

    /// Marks the results as being recomputed when `full`, and prepares the statements.
    Result<void> begin(bool full);
    /// Up to `limit` tickets with an id after `after`, in id order, among those `since`
    /// selects; the rows stay readable until the next call.
    Result<Sql::Rows *> tickets(qint64 after, qint64 since, qint64 limit);
    /// Stores the verdicts of the tickets with ids in (after, upTo] that `since` selects:
    /// new ones inserted, changed ones updated, those no longer reached removed, as of `asOf`,
    /// in one transaction; nothing when nothing changed.
    Result<void> write(qint64 after, qint64 upTo, qint64 since,
                       const std::vector<TicketVerdict> &verdicts, qint64 asOf);
    /// Every ticket of `customer` for `service`, in id order, a row for each of its stored
    /// verdicts (with their columns NULL when it has none); the rows stay readable until the
    /// next call. keepStored() takes the verdict of each row.
    Result<Sql::Rows *> ticketsOf(const QString &customer, const QString &service);
    /// Keeps the stored verdict of a row of ticketsOf(), if it has one, for writeKept().
    void keepStored(const Sql::Rows &row);
    /// The stored verdicts kept: for another store, on another connection, to write.
    struct Kept;
    Kept takeKept();
    /// Adds stored verdicts another store kept, for the next writeKept().
    void adoptKept(Kept kept);
    /// Stores the verdicts of the tickets read by ticketsOf() since the last call as write()
    /// does, against the stored verdicts kept.
    Result<void> writeKept(const std::vector<TicketVerdict> &verdicts, qint64 asOf);
    /// Holds the reads that follow, up to the next write, in one transaction that writes
    /// nothing: one snapshot for a chunk's thousands of small reads instead of one per
    /// statement (on SQLite, taking and dropping the WAL's read lock each time). The write
    /// ends it first and takes a transaction of its own, so that no writer waits on the reads.
    Result<void> startReading();
    /// Ticket `id`, if it exists; the row stays readable until the next call.
    Result<Sql::Rows *> ticket(qint64 id);
    /// Stores the verdicts of the tickets `ids` as write() does.
    Result<void> writeIds(const std::vector<qint64> &ids,
                          const std::vector<TicketVerdict> &verdicts, qint64 asOf);
    /// Records the as-of the verdicts now answer for, (after a full run that no change
    /// interrupted) that they are no longer stale, and forgets what the run claimed
    /// (VerdictScope): with `clearScope` the changes of terms, with `clearBatches` the import
    /// batches; in one transaction.
    Result<void> finish(bool full, qint64 asOf, bool clearScope, bool clearBatches);

private:
    struct Stored
    {
        qint64 agreement, elapsed, openedAt;
        QVariant due;
        QString verdict;
    };
    using Key = QPair<qint64, qint64>;          // ticket, target
    using DirtyPeriod = QPair<qint64, QString>; // target, UTC month

    Result<QHash<Key, Stored>> stored(qint64 after, qint64 upTo, qint64 since);
    Result<void> readStored(Sql::Rows &rows, QHash<Key, Stored> &into);
    static Result<void> collect(Sql::Rows &rows, QHash<Key, Stored> &into);
    Result<void> writeChanges(QHash<Key, Stored> before, const std::vector<TicketVerdict> &verdicts,
                              qint64 asOf);
    Result<void> endReading();
    Result<void> apply(const QHash<Key, Stored> &gone,
                       const std::vector<const TicketVerdict *> &updates,
                       const std::vector<const TicketVerdict *> &inserts,
                       const QSet<DirtyPeriod> &periods, qint64 asOf);

    QSqlDatabase mDb;
    Sql::Rows mTickets;
    Sql::Rows mStored;
    // A change of terms reads tens of thousands of customers and services: this runs as
    // SQLite's own statement there, its fields read as they are needed.
    Sql::Statement mTicketsOf;
    std::optional<Sql::Rows> mTicketsOfRows;
    QHash<Key, Stored> mKept; // the stored verdicts of the rows ticketsOf() read
    Sql::Rows mTicketById;
    Sql::Rows mStoredById;
    // The writes, as SQLite's own statements there.
    Sql::Statement mInsert;
    Sql::Statement mUpdate;
    Sql::Statement mRemove;
    Sql::Statement mDirty;
    std::optional<Transaction> mReading; // last: ended before the statements go

public:
    struct Kept
    {
        QHash<Key, Stored> verdicts;
    };
};

} // namespace Accordo
