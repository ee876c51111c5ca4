#pragma once

#include "document/clausetypes.h"

#include <QAbstractTableModel>

namespace Accordo {

/// The clauses of the library as a table: key, title in each language, and the placeholders
/// the English text fills.
class ClauseLibraryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Key, EnglishTitle, ItalianTitle, Placeholders, ColumnCount };

    explicit ClauseLibraryModel(QObject *parent = nullptr);

    void setClauses(const QList<LibraryClause> &clauses);
    const LibraryClause &clause(int row) const { return mClauses.at(row); }
    /// The row of the clause with `key`, or -1.
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<LibraryClause> mClauses;
};

} // namespace Accordo
