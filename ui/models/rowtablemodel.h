#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <utility>

namespace Accordo {

/// A flat table with one `Row` per line, the plumbing the read-mostly table models share: the
/// row and column counts, the horizontal header, bounds-checked cells and the row list's
/// resets, inserts and removals. A subclass says how many columns there are, what each header
/// and cell shows, and keeps its own Q_OBJECT so that its tr() texts keep their context.
template<typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    explicit RowTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    const QList<Row> &rows() const { return mRows; }
    /// The row at `row`, or null when there is none (an invalid index's row is -1).
    const Row *rowAt(int row) const
    {
        return row >= 0 && row < mRows.size() ? &mRows.at(row) : nullptr;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(mRows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : columns();
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cell(mRows.at(index.row()), index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        return header(section);
    }

protected:
    virtual int columns() const = 0;
    /// The horizontal header's text of `section`.
    virtual QVariant header(int section) const = 0;
    /// What `row` shows in `column` (within the table) for `role`.
    virtual QVariant cell(const Row &row, int column, int role) const = 0;

    /// `titles[section]`, or no value past the end.
    static QVariant title(const QStringList &titles, int section)
    {
        return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
    }

    /// `values[column]`, or no value past the end: the cell of a row whose columns each show
    /// one value, listed in column order.
    static QVariant pick(const QVariantList &values, int column)
    {
        return column >= 0 && column < values.size() ? values.at(column) : QVariant();
    }

    /// Replaces every row in one model reset.
    void setRows(QList<Row> rows)
    {
        setRows(std::move(rows), [] {});
    }
    /// Replaces every row and, within the same reset, whatever else `alsoReset` changes.
    template<typename AlsoReset>
    void setRows(QList<Row> rows, AlsoReset &&alsoReset)
    {
        beginResetModel();
        mRows = std::move(rows);
        std::forward<AlsoReset>(alsoReset)();
        endResetModel();
    }

    /// Appends a row; returns its index.
    int appendRow(const Row &row)
    {
        const int at = int(mRows.size());
        beginInsertRows({}, at, at);
        mRows.append(row);
        endInsertRows();
        return at;
    }
    /// Replaces the row at `at`, if there is one, and reports the whole line changed.
    void replaceRowAt(int at, const Row &row, const QList<int> &roles = {})
    {
        if (at < 0 || at >= mRows.size())
            return;
        mRows[at] = row;
        emit dataChanged(index(at, 0), index(at, columns() - 1), roles);
    }
    /// Removes the row at `at`, if there is one.
    void removeRowAt(int at)
    {
        if (at < 0 || at >= mRows.size())
            return;
        beginRemoveRows({}, at, at);
        mRows.removeAt(at);
        endRemoveRows();
    }

private:
    QList<Row> mRows;
};

} // namespace Accordo
