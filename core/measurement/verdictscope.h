#pragma once

#include "result.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace Accordo {

/// The tickets a change can affect: for a change of terms, as noted by the schema's triggers
/// in verdict_scope, (counterparty, service) pairs whose tickets the Evaluator judges again;
/// for an import of tickets, the batch in verdict_batches, whose added and changed tickets it
/// judges. Owns those tables' SQL.
///
/// An evaluation claims what is noted before it reads the terms, and clears what it claimed
/// once its verdicts are stored: a change noted in between (its trigger unclaims the pair, a
/// new batch is noted unclaimed) stays for the next evaluation.
class VerdictScope
{
public:
    /// A ticket's customer and service as the tickets name them.
    using TicketKey = QPair<QString, QString>;
    /// A counterparty and a service, by id.
    using Pair = QPair<qint64, qint64>;

    /// Notes the pairs whose tickets the ticket targets of every version of agreement `number`
    /// can govern, as a change of its terms would.
    static Result<void> noteAgreement(QSqlDatabase db, const QString &number);
    /// Notes import batch `batchId` of tickets, written after the ticket id `afterId`; runs
    /// inside the import's transaction.
    static Result<void> noteBatch(QSqlDatabase db, qint64 batchId, qint64 afterId);
    /// Whether any change is noted, of terms or of tickets.
    static Result<bool> any(QSqlDatabase db);
    /// Whether any import batch is noted.
    static Result<bool> anyBatch(QSqlDatabase db);
    /// Claims every noted pair and returns them.
    static Result<QList<Pair>> claim(QSqlDatabase db);
    /// The customer and service texts of the tickets of the claimed pairs: the counterparty's
    /// name with the service's code and with its name.
    static Result<QList<TicketKey>> claimedTickets(QSqlDatabase db);
    /// Forgets the claimed pairs; runs inside the caller's transaction.
    static Result<void> clearClaimed(QSqlDatabase db);
    /// Claims every noted import batch.
    static Result<void> claimBatches(QSqlDatabase db);
    /// The ids of the tickets the claimed import batches added or changed, in order, each
    /// once.
    static Result<std::vector<qint64>> claimedBatchTickets(QSqlDatabase db);
    /// The highest ticket id (0 without tickets): how many tickets there are, at most.
    static Result<qint64> lastTicket(QSqlDatabase db);
    /// A SELECT of the ids of the tickets the claimed import batches added or changed, for
    /// a subquery: what claimedBatchTickets() reads.
    static QString claimedBatchTicketIds();
    /// Forgets the claimed import batches; runs inside the caller's transaction.
    static Result<void> clearClaimedBatches(QSqlDatabase db);
};

} // namespace Accordo
