#pragma once

#include "data/listqueries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace Accordo {

/// A read-only table over a paged list of the data layer that stays fast for 100,000+ rows:
/// sorting and the search run in the database, the model holds only the ordered row ids, and
/// row contents are read in blocks when a view first shows them.
class PagedSqlModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int BlockSize = 256;

    /// How a column of the list shows; its value and whether it is searched come from the list.
    struct Column
    {
        const char *header; // QT_TRANSLATE_NOOP("Accordo::Columns", ...)
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };

    explicit PagedSqlModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Words separated by spaces; a row matches when each word is in some searchable column.
    void setSearchText(const QString &text);
    QString searchText() const { return mSearch; }
    void refresh();

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    QString lastError() const { return mLastError; }

protected:
    /// The list's rows and the columns' headers, one per column of the list.
    void setList(PagedList list, QList<Column> columns);
    /// Another selection of the same columns (e.g. parties of another kind).
    void setList(PagedList list) { mList = std::move(list); }
    /// Turns a stored value into what the view shows (enum keys into names, cents into money).
    virtual QVariant display(int column, const QVariant &value) const;
    /// Colours, fonts and icons of a cell (Qt::ForegroundRole, Qt::FontRole,
    /// Qt::DecorationRole) from its stored value.
    virtual QVariant decoration(int column, const QVariant &value, int role) const;
    /// The stored value of another column of the row, for a cell that shows several.
    QVariant stored(int row, int column) const;

private:
    const QList<QVariantList> &block(int index) const;

    QSqlDatabase mDb;
    PagedList mList;
    QList<Column> mColumns;
    QString mSearch;
    int mSortColumn = 0;
    Qt::SortOrder mSortOrder = Qt::AscendingOrder;
    QList<qint64> mIds;
    QHash<qint64, int> mRowOfId;
    mutable QHash<int, QList<QVariantList>> mBlocks;
    mutable QString mLastError;
};

} // namespace Accordo
