#pragma once

#include "result.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace Accordo {

/// The tickets a change of terms can affect, as noted by the schema's triggers in
/// verdict_scope: (counterparty, service) pairs whose tickets the Evaluator judges again.
/// Owns that table's SQL.
///
/// An evaluation claims what is noted before it reads the terms, and clears what it claimed
/// once its verdicts are stored: a change noted in between (its trigger unclaims the pair)
/// stays for the next evaluation.
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
    /// Whether any change is noted.
    static Result<bool> any(QSqlDatabase db);
    /// Claims every noted pair and returns them.
    static Result<QList<Pair>> claim(QSqlDatabase db);
    /// The customer and service texts of the tickets of the claimed pairs: the counterparty's
    /// name with the service's code and with its name.
    static Result<QList<TicketKey>> claimedTickets(QSqlDatabase db);
    /// Forgets the claimed pairs; runs inside the caller's transaction.
    static Result<void> clearClaimed(QSqlDatabase db);
};

} // namespace Accordo
