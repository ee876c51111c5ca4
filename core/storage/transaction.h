#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace Accordo {

/// Rolls back unless commit() succeeded: every multi-row write goes through one of these.
/// Guards nest: an inner guard becomes a SAVEPOINT of the outer transaction, so a store
/// method that protects itself can also run inside a larger batch (an import, the demo data).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether a guard of this thread holds a transaction open on `db`.
    static bool isOpen(const QSqlDatabase &db);

    /// False when the transaction could not even start (see errorString()).
    bool isActive() const { return mActive; }
    QString errorString() const { return mError; }
    Result<void> commit();

private:
    void rollback();

    QSqlDatabase mDb;
    int mDepth = 0;
    bool mActive = false;
    QString mError;
};

} // namespace Accordo
