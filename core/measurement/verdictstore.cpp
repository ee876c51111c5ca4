#include "verdictstore.h"

#include "calendar/isotime.h"
#include "data/workspacemeta.h"
#include "measurement/verdictscope.h"
#include "storage/dialect.h"
#include "storage/transaction.h"

#include <QSet>
#include <QSqlError>

#include <limits>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// Which tickets a run reads: all of them, or those whose reading as of `since` and as of a
// later instant can differ. Bound with `since` three times.
const QString kAffectedTickets = uR"((t.opened_at >= ? OR t.first_response_at IS NULL
                                      OR t.first_response_at > ? OR t.resolved_at IS NULL
                                      OR t.resolved_at > ?))"_s;
const QString kTickets = uR"(SELECT t.id, t.customer, t.service, t.region, t.priority,
                                    t.opened_at, t.first_response_at, t.resolved_at, t.pauses
                             FROM tickets t WHERE t.id > ? AND )"_s
                         + kAffectedTickets + u" ORDER BY t.id LIMIT ?"_s;
const QString kStored = uR"(SELECT r.ticket_id, r.target_id, r.agreement_id, r.elapsed,
                                   r.due_at, r.verdict, t.opened_at
                            FROM ticket_results r JOIN tickets t ON t.id = r.ticket_id
                            WHERE r.ticket_id > ? AND r.ticket_id <= ? AND )"_s
                        + kAffectedTickets;
// The tickets of one customer and service, each with its stored verdicts (once per verdict,
// once with NULLs when it has none), through the tickets_customer_service index: one walk of
// the index for both.
const QString kTicketsOf = uR"(SELECT t.id, t.customer, t.service, t.region, t.priority,
                                      t.opened_at, t.first_response_at, t.resolved_at, t.pauses,
                                      r.target_id, r.agreement_id, r.elapsed, r.due_at, r.verdict
                               FROM tickets t LEFT JOIN ticket_results r ON r.ticket_id = t.id
                               WHERE t.customer = ? AND t.service = ?
                               ORDER BY t.id)"_s;
// One ticket and its stored verdicts, by its id.
const QString kTicketById = uR"(SELECT t.id, t.customer, t.service, t.region, t.priority,
                                       t.opened_at, t.first_response_at, t.resolved_at, t.pauses
                                FROM tickets t WHERE t.id = ?)"_s;
const QString kStoredById = uR"(SELECT r.ticket_id, r.target_id, r.agreement_id, r.elapsed,
                                       r.due_at, r.verdict, t.opened_at
                                FROM ticket_results r JOIN tickets t ON t.id = r.ticket_id
                                WHERE r.ticket_id = ?)"_s;
const QString kMarkRunning =
    uR"(UPDATE accordo_meta SET value = 'running' WHERE key = 'ticket_results_stale')"_s;
const QString kMarkFresh = uR"(UPDATE accordo_meta SET value = '0'
                               WHERE key = 'ticket_results_stale' AND value = 'running')"_s;
// An upsert: another session evaluating at the same time (two windows on one PostgreSQL
// workspace, both told of the same change) may have written the row in between.
const QString kInsert = uR"(INSERT INTO ticket_results (ticket_id, target_id, agreement_id,
                                                        elapsed, due_at, verdict, as_of)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (ticket_id, target_id) DO UPDATE SET
                                agreement_id = excluded.agreement_id, elapsed = excluded.elapsed,
                                due_at = excluded.due_at, verdict = excluded.verdict,
                                as_of = excluded.as_of)"_s;
const QString kUpdate = uR"(UPDATE ticket_results SET agreement_id = ?, elapsed = ?, due_at = ?,
                                                      verdict = ?, as_of = ?
                            WHERE ticket_id = ? AND target_id = ?)"_s;
const QString kRemove = uR"(DELETE FROM ticket_results WHERE ticket_id = ? AND target_id = ?)"_s;
// A changed verdict changes the KPIs of its target in its month: the KPI engine refreshes
// those.
const QString kDirtyPeriod = uR"(INSERT INTO kpi_dirty_periods (target_id, month) VALUES (?, ?)
                                 ON CONFLICT (target_id, month) DO NOTHING)"_s;

bool prepare(QSqlQuery &query, const QString &sql, QString &error)
{
    if (!query.prepare(sql))
        error = query.lastError().text();
    return error.isEmpty();
}

} // namespace

VerdictStore::VerdictStore(QSqlDatabase db)
    : mDb(db),
      mTickets(QSqlQuery(db)),
      mStored(QSqlQuery(db)),
      mTicketsOf(db),
      mTicketById(QSqlQuery(db)),
      mStoredById(QSqlQuery(db)),
      mInsert(db),
      mUpdate(db),
      mRemove(db),
      mDirty(db)
{}

Result<void> VerdictStore::begin(bool full)
{
    // The stale flag reads "running" meanwhile: a run that dies half-way leaves the results
    // stale, and so does a change of terms or tickets during the run (its trigger or the
    // importer writes "1"). A run for another as-of leaves the flag alone.
    if (full) {
        if (auto r = Sql::exec(mDb, kMarkRunning); !r)
            return r.error();
    }
    // Qt's PostgreSQL driver streams a forward-only result row by row and drops the rest when
    // the connection runs another statement, as storing each verdict does: there, read the
    // whole result first. SQLite keeps both going.
    mTickets.query().setForwardOnly(!Dialect::isPostgres(mDb));
    mStored.query().setForwardOnly(true);
    mTicketById.query().setForwardOnly(true);
    mStoredById.query().setForwardOnly(true);
    QString error;
    if (!prepare(mTickets.query(), kTickets, error) || !prepare(mStored.query(), kStored, error)
        || !prepare(mTicketById.query(), kTicketById, error)
        || !prepare(mStoredById.query(), kStoredById, error))
        return Error{error};
    for (const auto &[statement, sql] :
         {std::pair{&mTicketsOf, &kTicketsOf}, std::pair{&mInsert, &kInsert},
          std::pair{&mUpdate, &kUpdate}, std::pair{&mRemove, &kRemove},
          std::pair{&mDirty, &kDirtyPeriod}}) {
        if (auto r = statement->prepare(*sql); !r)
            return r;
    }
    return {};
}

Result<Sql::Rows *> VerdictStore::tickets(qint64 after, qint64 since, qint64 limit)
{
    QSqlQuery &q = mTickets.query();
    q.addBindValue(after);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(since);
    q.addBindValue(limit);
    if (!q.exec())
        return Error{q.lastError().text()};
    return &mTickets;
}

Result<Sql::Rows *> VerdictStore::ticketsOf(const QString &customer, const QString &service)
{
    mTicketsOfRows.reset();
    auto rows = mTicketsOf.select({customer, service});
    if (!rows)
        return rows.error();
    mTicketsOfRows = std::move(*rows);
    return &*mTicketsOfRows;
}

Result<void> VerdictStore::startReading()
{
    if (auto r = endReading(); !r)
        return r;
    mReading.emplace(mDb);
    if (!mReading->isActive()) {
        const QString error = mReading->errorString();
        mReading.reset();
        return Error{error};
    }
    return {};
}

Result<void> VerdictStore::endReading()
{
    if (!mReading)
        return {};
    auto ended = mReading->commit();
    mReading.reset();
    return ended;
}

Result<Sql::Rows *> VerdictStore::ticket(qint64 id)
{
    QSqlQuery &q = mTicketById.query();
    q.addBindValue(id);
    if (!q.exec())
        return Error{q.lastError().text()};
    return &mTicketById;
}

Result<void> VerdictStore::readStored(Sql::Rows &rows, QHash<Key, Stored> &into)
{
    QSqlQuery &q = rows.query();
    if (!q.exec())
        return Error{q.lastError().text()};
    auto read = collect(rows, into);
    q.finish();
    return read;
}

Result<void> VerdictStore::collect(Sql::Rows &rows, QHash<Key, Stored> &into)
{
    const int ticket = rows.column("ticket_id"), target = rows.column("target_id"),
              agreement = rows.column("agreement_id"), elapsed = rows.column("elapsed"),
              openedAt = rows.column("opened_at"), due = rows.column("due_at"),
              verdict = rows.column("verdict");
    while (rows.next())
        into.insert({rows.value(ticket).toLongLong(), rows.value(target).toLongLong()},
                    {rows.value(agreement).toLongLong(), rows.value(elapsed).toLongLong(),
                     rows.value(openedAt).toLongLong(), rows.value(due),
                     rows.value(verdict).toString()});
    if (const QString error = rows.errorText(); !error.isEmpty())
        return Error{error};
    return {};
}

Result<QHash<VerdictStore::Key, VerdictStore::Stored>> VerdictStore::stored(qint64 after,
                                                                            qint64 upTo,
                                                                            qint64 since)
{
    QSqlQuery &q = mStored.query();
    q.addBindValue(after);
    q.addBindValue(upTo);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(since);
    QHash<Key, Stored> before;
    if (auto r = readStored(mStored, before); !r)
        return r.error();
    return before;
}

Result<void> VerdictStore::write(qint64 after, qint64 upTo, qint64 since,
                                 const std::vector<TicketVerdict> &verdicts, qint64 asOf)
{
    // What is stored for the chunk's tickets, to write only what changed.
    auto before = stored(after, upTo, since);
    if (!before)
        return before.error();
    return writeChanges(std::move(*before), verdicts, asOf);
}

void VerdictStore::keepStored(const Sql::Rows &row)
{
    if (row.isNull("target_id"))
        return;
    mKept.insert({row.integer("id"), row.integer("target_id")},
                 {row.integer("agreement_id"), row.integer("elapsed"), row.integer("opened_at"),
                  row.value("due_at"), row.text("verdict")});
}

VerdictStore::Kept VerdictStore::takeKept()
{
    return {std::exchange(mKept, {})};
}

void VerdictStore::adoptKept(Kept kept)
{
    if (mKept.isEmpty())
        mKept = std::move(kept.verdicts);
    else
        mKept.insert(kept.verdicts);
}

Result<void> VerdictStore::writeKept(const std::vector<TicketVerdict> &verdicts, qint64 asOf)
{
    return writeChanges(std::exchange(mKept, {}), verdicts, asOf);
}

Result<void> VerdictStore::writeIds(const std::vector<qint64> &ids,
                                    const std::vector<TicketVerdict> &verdicts, qint64 asOf)
{
    QHash<Key, Stored> before;
    for (const qint64 id : ids) {
        mStoredById.query().addBindValue(id);
        if (auto r = readStored(mStoredById, before); !r)
            return r;
    }
    return writeChanges(std::move(before), verdicts, asOf);
}

Result<void> VerdictStore::writeChanges(QHash<Key, Stored> before,
                                        const std::vector<TicketVerdict> &verdicts, qint64 asOf)
{
    if (auto r = endReading(); !r)
        return r;
    std::vector<const TicketVerdict *> inserts, updates;
    QSet<DirtyPeriod> periods;
    for (const TicketVerdict &p : verdicts) {
        const auto it = before.constFind({p.ticket, p.target});
        if (it == before.constEnd()) {
            inserts.push_back(&p);
            periods.insert({p.target, IsoTime::utcMonth(p.openedAt)});
            continue;
        }
        if (it->agreement != p.agreement || it->elapsed != p.elapsed
            || it->due.isNull() != p.due.isNull()
            || (!p.due.isNull() && it->due.toLongLong() != p.due.toLongLong())
            || it->verdict != TargetJudgement::key(p.verdict)) {
            updates.push_back(&p);
            periods.insert({p.target, IsoTime::utcMonth(p.openedAt)});
        }
        before.remove({p.ticket, p.target});
    }
    for (auto gone = before.cbegin(); gone != before.cend(); ++gone)
        periods.insert({gone.key().second, IsoTime::utcMonth(gone->openedAt)});
    if (inserts.empty() && updates.empty() && before.isEmpty())
        return {};
    return apply(before, updates, inserts, periods, asOf);
}

Result<void> VerdictStore::apply(const QHash<Key, Stored> &gone,
                                 const std::vector<const TicketVerdict *> &updates,
                                 const std::vector<const TicketVerdict *> &inserts,
                                 const QSet<DirtyPeriod> &periods, qint64 asOf)
{
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    for (auto it = gone.cbegin(); it != gone.cend(); ++it) { // no longer governed
        if (auto r = mRemove.run({it.key().first, it.key().second}); !r)
            return r;
    }
    const auto notStored = [](const TicketVerdict *p, const Error &error) {
        return Error{
            tr("ticket %1: the result cannot be stored: %2").arg(p->ticket).arg(error.message)};
    };
    for (const TicketVerdict *p : updates) {
        if (auto r = mUpdate.run({p->agreement, p->elapsed, p->due,
                                  TargetJudgement::key(p->verdict), asOf, p->ticket, p->target});
            !r)
            return notStored(p, r.error());
    }
    for (const TicketVerdict *p : inserts) {
        if (auto r = mInsert.run({p->ticket, p->target, p->agreement, p->elapsed, p->due,
                                  TargetJudgement::key(p->verdict), asOf});
            !r)
            return notStored(p, r.error());
    }
    for (const auto &[target, month] : periods) {
        if (auto r = mDirty.run({target, month}); !r)
            return r;
    }
    return transaction.commit();
}

Result<void> VerdictStore::finish(bool full, qint64 asOf, bool clearScope, bool clearBatches)
{
    // The as-of the stored verdicts now answer for. A full run completes only if no change
    // came in meanwhile; a run for another as-of leaves a pending "stale" as it found it.
    if (auto r = endReading(); !r)
        return r;
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    if (full) {
        if (auto r = Sql::exec(mDb, kMarkFresh); !r)
            return r.error();
    }
    if (clearScope) {
        if (auto r = VerdictScope::clearClaimed(mDb); !r)
            return r;
    }
    if (clearBatches) {
        if (auto r = VerdictScope::clearClaimedBatches(mDb); !r)
            return r;
    }
    if (auto r = WorkspaceMeta::set(mDb, u"ticket_results_as_of"_s, QString::number(asOf)); !r)
        return r.error();
    return transaction.commit();
}

} // namespace Accordo
