#pragma once

#include "domain/enums.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Accordo {

/// Reads the multi-level structure of agreements (corporate > customer > service).
class AgreementHierarchy
{
public:
    struct Node
    {
        qint64 id = 0;
        qint64 parentId = 0;
        QString number;
        QString title;
        AgreementLevel level = AgreementLevel::Customer;
        AgreementStatus status = AgreementStatus::Draft;
    };

    explicit AgreementHierarchy(QSqlDatabase db) : mDb(std::move(db)) {}

    /// Agreements that may sit above one of `level` for this counterparty: less specific ones.
    Result<QList<Node>> parentCandidates(qint64 partyId, AgreementLevel level,
                                         qint64 excludeId) const;
    /// The whole tree that contains `id`, parents before children (depth-first order).
    Result<QList<Node>> treeOf(qint64 id) const;

private:
    Result<QList<Node>> select(const QString &where, const QVariantList &values) const;
    /// The top of the tree `id` is in (`id` itself when it has no parent).
    Result<qint64> rootOf(qint64 id) const;

    QSqlDatabase mDb;
};

} // namespace Accordo
