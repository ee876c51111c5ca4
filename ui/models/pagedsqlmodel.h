#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace Accordo {

/// A read-only table over a SQL query that stays fast for 100,000+ rows: sorting and the
/// search run in SQL, the model holds only the ordered row ids, and row contents are read
/// in blocks when a view first shows them.
class PagedSqlModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int BlockSize = 256;

    struct Column
    {
        const char *header; // QT_TRANSLATE_NOOP("Accordo::Columns", ...)
        QString expression; // SQL expression of the value
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        bool searchable = true;
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
    void setColumns(QList<Column> columns) { mColumns = std::move(columns); }
    /// e.g. "agreements a JOIN parties p ON p.id = a.party_id"; idExpression e.g. "a.id".
    void setSource(const QString &from, const QString &idExpression);
    void setBaseFilter(const QString &where, const QVariantList &values = {});
    /// Turns a stored value into what the view shows (enum keys into names, cents into money).
    virtual QVariant display(int column, const QVariant &value) const;
    /// Colours and fonts of a cell (Qt::ForegroundRole, Qt::FontRole) from its stored value.
    virtual QVariant decoration(int column, const QVariant &value, int role) const;

private:
    const QList<QVariantList> &block(int index) const;

    QSqlDatabase mDb;
    QList<Column> mColumns;
    QString mFrom;
    QString mIdExpression;
    QString mBaseFilter;
    QVariantList mBaseValues;
    QString mSearch;
    int mSortColumn = 0;
    Qt::SortOrder mSortOrder = Qt::AscendingOrder;
    QList<qint64> mIds;
    QHash<qint64, int> mRowOfId;
    mutable QHash<int, QList<QVariantList>> mBlocks;
    mutable QString mLastError;
};

} // namespace Accordo
