#include "pagedsqlmodel.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr int MaxCachedBlocks = 64;

QString escapeLike(QString word)
{
    word.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + word + u"%"_s;
}

} // namespace

PagedSqlModel::PagedSqlModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), mDb(std::move(db))
{}

void PagedSqlModel::setSource(const QString &from, const QString &idExpression)
{
    mFrom = from;
    mIdExpression = idExpression;
}

void PagedSqlModel::setBaseFilter(const QString &where, const QVariantList &values)
{
    mBaseFilter = where;
    mBaseValues = values;
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
    case Qt::FontRole: {
        const auto &rows = block(index.row() / BlockSize);
        const int offset = index.row() % BlockSize;
        if (offset >= rows.size())
            return {};
        const QVariant &value = rows.at(offset).value(index.column());
        if (role == Qt::ForegroundRole || role == Qt::FontRole)
            return decoration(index.column(), value, role);
        return display(index.column(), value);
    }
    default:
        return {};
    }
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
    QStringList expressions{mIdExpression};
    for (const Column &column : mColumns)
        expressions.append(column.expression);
    QStringList placeholders(count, u"?"_s);
    QSqlQuery query(mDb);
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM %2 WHERE %3 IN (%4)"_s.arg(
        expressions.join(u", "_s), mFrom, mIdExpression, placeholders.join(u',')));
    for (qsizetype i = 0; i < count; ++i)
        query.addBindValue(mIds.at(first + i));
    QHash<qint64, QVariantList> byId;
    if (query.exec()) {
        while (query.next()) {
            QVariantList values;
            values.reserve(mColumns.size());
            for (int c = 1; c <= mColumns.size(); ++c)
                values.append(query.value(c));
            byId.insert(query.value(0).toLongLong(), values);
        }
    } else {
        mLastError = query.lastError().text();
    }
    QList<QVariantList> rows;
    rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        rows.append(byId.value(mIds.at(first + i)));
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
    QStringList conditions;
    QVariantList values;
    if (!mBaseFilter.isEmpty()) {
        conditions.append(u"("_s + mBaseFilter + u")"_s);
        values += mBaseValues;
    }
    const QStringList words = mSearch.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QStringList any;
        for (const Column &column : std::as_const(mColumns)) {
            if (!column.searchable)
                continue;
            any.append(u"CAST(%1 AS TEXT) LIKE ? ESCAPE '\\'"_s.arg(column.expression));
            values.append(escapeLike(word));
        }
        if (!any.isEmpty())
            conditions.append(u"("_s + any.join(u" OR "_s) + u")"_s);
    }
    QString sql = u"SELECT %1 FROM %2"_s.arg(mIdExpression, mFrom);
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    if (!mColumns.isEmpty()) {
        const QString direction = mSortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
        sql += u" ORDER BY %1 %2, %3 %2"_s.arg(mColumns.at(mSortColumn).expression, direction,
                                               mIdExpression);
    }

    beginResetModel();
    mIds.clear();
    mRowOfId.clear();
    mBlocks.clear();
    mLastError.clear();
    QSqlQuery query(mDb);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (query.exec()) {
        while (query.next())
            mIds.append(query.value(0).toLongLong());
    } else {
        mLastError = query.lastError().text();
    }
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
