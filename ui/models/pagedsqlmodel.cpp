#include "pagedsqlmodel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr int MaxCachedBlocks = 64;

} // namespace

PagedSqlModel::PagedSqlModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), mDb(std::move(db))
{}

void PagedSqlModel::setList(PagedList list, QList<Column> columns)
{
    Q_ASSERT(list.columns.size() == columns.size());
    mList = std::move(list);
    mColumns = std::move(columns);
}

int PagedSqlModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mIds.size());
}

int PagedSqlModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mColumns.size());
}

QVariant PagedSqlModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= mColumns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("Accordo::Columns", mColumns.at(section).header);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(mColumns.at(section).alignment);
    return {};
}

QVariant PagedSqlModel::display(int, const QVariant &value) const
{
    return value;
}

QVariant PagedSqlModel::decoration(int, const QVariant &, int) const
{
    return {};
}

QVariant PagedSqlModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case IdRole:
        return mIds.at(index.row());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(mColumns.at(index.column()).alignment);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
    case Qt::FontRole:
    case Qt::DecorationRole: {
        const auto &rows = block(index.row() / BlockSize);
        const int offset = index.row() % BlockSize;
        if (offset >= rows.size())
            return {};
        const QVariant &value = rows.at(offset).value(index.column());
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return decoration(index.column(), value, role);
        return display(index.column(), value);
    }
    default:
        return {};
    }
}

QVariant PagedSqlModel::stored(int row, int column) const
{
    if (row < 0 || row >= mIds.size())
        return {};
    const auto &rows = block(row / BlockSize);
    const int offset = row % BlockSize;
    return offset < rows.size() ? rows.at(offset).value(column) : QVariant();
}

const QList<QVariantList> &PagedSqlModel::block(int index) const
{
    auto cached = mBlocks.constFind(index);
    if (cached != mBlocks.cend())
        return *cached;
    if (mBlocks.size() >= MaxCachedBlocks)
        mBlocks.clear();

    const qsizetype first = qsizetype(index) * BlockSize;
    const qsizetype count = std::min<qsizetype>(BlockSize, mIds.size() - first);
    auto byId = mList.rows(mDb, mIds.mid(first, count));
    if (!byId)
        mLastError = byId.errorString();
    QList<QVariantList> rows;
    rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        rows.append(byId ? byId->value(mIds.at(first + i)) : QVariantList());
    return *mBlocks.insert(index, rows);
}

void PagedSqlModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= mColumns.size())
        return;
    mSortColumn = column;
    mSortOrder = order;
    refresh();
}

void PagedSqlModel::setSearchText(const QString &text)
{
    if (text.simplified() == mSearch)
        return;
    mSearch = text.simplified();
    refresh();
}

void PagedSqlModel::refresh()
{
    beginResetModel();
    mIds.clear();
    mRowOfId.clear();
    mBlocks.clear();
    mLastError.clear();
    if (auto ids = mList.ids(mDb, mSearch, mSortColumn, mSortOrder == Qt::AscendingOrder))
        mIds = std::move(*ids);
    else
        mLastError = ids.errorString();
    mRowOfId.reserve(mIds.size());
    for (int row = 0; row < mIds.size(); ++row)
        mRowOfId.insert(mIds.at(row), row);
    endResetModel();
}

qint64 PagedSqlModel::idAt(int row) const
{
    return row >= 0 && row < mIds.size() ? mIds.at(row) : 0;
}

int PagedSqlModel::rowOfId(qint64 id) const
{
    return mRowOfId.value(id, -1);
}

} // namespace Accordo
