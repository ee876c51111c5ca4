#include "verdictscope.h"

#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString kAny = u"SELECT 1 AS noted FROM verdict_scope LIMIT 1"_s;
const QString kClaim = u"UPDATE verdict_scope SET running = 1 WHERE running = 0"_s;
const QString kClaimed = uR"(SELECT party_id, service_id FROM verdict_scope WHERE running = 1
                             ORDER BY party_id, service_id)"_s;
// A ticket names its service by code or by name (TargetMatcher): both.
const QString kClaimedTickets = uR"(
    SELECT p.name AS customer, v.code AS service FROM verdict_scope s
        JOIN parties p ON p.id = s.party_id JOIN services v ON v.id = s.service_id
        WHERE s.running = 1
    UNION SELECT p.name, v.name FROM verdict_scope s
        JOIN parties p ON p.id = s.party_id JOIN services v ON v.id = s.service_id
        WHERE s.running = 1
    ORDER BY 1, 2)"_s;
// What the schema's triggers note for a change of these targets (verdictscope.h).
const QString kNoteAgreement = uR"(
    INSERT INTO verdict_scope (party_id, service_id)
        SELECT DISTINCT a.party_id, t.service_id FROM targets t
        JOIN agreements a ON a.id = t.agreement_id
        WHERE a.number = ? AND t.metric IN ('first_response', 'resolution')
    ON CONFLICT (party_id, service_id) DO UPDATE SET running = 0)"_s;
const QString kClear = u"DELETE FROM verdict_scope WHERE running = 1"_s;
const QString kNoteBatch = u"INSERT INTO verdict_batches (batch_id, after_id) VALUES (?, ?)"_s;
const QString kAnyBatch = u"SELECT 1 AS noted FROM verdict_batches LIMIT 1"_s;
const QString kClaimBatches = u"UPDATE verdict_batches SET running = 1 WHERE running = 0"_s;
const QString kClearBatches = u"DELETE FROM verdict_batches WHERE running = 1"_s;
const QString kLastTicket = u"SELECT coalesce(max(id), 0) AS last FROM tickets"_s;

} // namespace

Result<void> VerdictScope::noteAgreement(QSqlDatabase db, const QString &number)
{
    if (auto r = Sql::exec(db, kNoteAgreement, {number}); !r)
        return r.error();
    return {};
}

Result<void> VerdictScope::noteBatch(QSqlDatabase db, qint64 batchId, qint64 afterId)
{
    if (auto r = Sql::exec(db, kNoteBatch, {batchId, afterId}); !r)
        return r.error();
    return {};
}

Result<bool> VerdictScope::any(QSqlDatabase db)
{
    auto noted = Sql::scalar(db, kAny);
    if (!noted)
        return noted.error();
    if (noted->isValid())
        return true;
    return anyBatch(db);
}

Result<bool> VerdictScope::anyBatch(QSqlDatabase db)
{
    auto noted = Sql::scalar(db, kAnyBatch);
    if (!noted)
        return noted.error();
    return noted->isValid();
}

Result<QList<VerdictScope::Pair>> VerdictScope::claim(QSqlDatabase db)
{
    if (auto r = Sql::exec(db, kClaim); !r)
        return r.error();
    return Sql::list(db, kClaimed, {}, [](const Sql::Rows &r) {
        return Pair{r.integer("party_id"), r.integer("service_id")};
    });
}

Result<QList<VerdictScope::TicketKey>> VerdictScope::claimedTickets(QSqlDatabase db)
{
    return Sql::list(db, kClaimedTickets, {}, [](const Sql::Rows &r) {
        return TicketKey{r.text("customer"), r.text("service")};
    });
}

Result<void> VerdictScope::clearClaimed(QSqlDatabase db)
{
    if (auto r = Sql::exec(db, kClear); !r)
        return r.error();
    return {};
}

Result<void> VerdictScope::claimBatches(QSqlDatabase db)
{
    if (auto r = Sql::exec(db, kClaimBatches); !r)
        return r.error();
    return {};
}

Result<std::vector<qint64>> VerdictScope::claimedBatchTickets(QSqlDatabase db)
{
    auto ids = Sql::list(db, claimedBatchTicketIds() + u" ORDER BY 1"_s, {},
                         [](const Sql::Rows &r) { return r.integer("id"); });
    if (!ids)
        return ids.error();
    return std::vector<qint64>(ids->cbegin(), ids->cend());
}

QString VerdictScope::claimedBatchTicketIds()
{
    // The rows a batch added carry its id and come after the last id before it (a range of
    // the primary key); those it changed are its import_batch_rows. A literal, not a
    // file-level constant: other files' constants are built from it before main() runs.
    // The few running batches lead (CROSS JOIN keeps SQLite's join order, and `+` keeps it
    // off an index on batch_id): the tickets are then a range of the primary key from each
    // batch's first, not a scan of every ticket for a batch that may not exist.
    return uR"(
        SELECT t.id AS id FROM verdict_batches b CROSS JOIN tickets t
            WHERE b.running = 1 AND t.id > b.after_id AND +t.batch_id = b.batch_id
        UNION SELECT r.row_id FROM verdict_batches b CROSS JOIN import_batch_rows r
            WHERE b.running = 1 AND r.batch_id = b.batch_id)"_s;
}

Result<qint64> VerdictScope::lastTicket(QSqlDatabase db)
{
    auto last = Sql::scalar(db, kLastTicket);
    if (!last)
        return last.error();
    return last->toLongLong();
}

Result<void> VerdictScope::clearClaimedBatches(QSqlDatabase db)
{
    if (auto r = Sql::exec(db, kClearBatches); !r)
        return r.error();
    return {};
}

} // namespace Accordo
