#include "clauselibrarymodel.h"

#include "document/placeholders.h"

using namespace Qt::StringLiterals;

namespace Accordo {

ClauseLibraryModel::ClauseLibraryModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClauseLibraryModel::setClauses(const QList<LibraryClause> &clauses)
{
    beginResetModel();
    mClauses = clauses;
    endResetModel();
}

int ClauseLibraryModel::rowOf(const QString &key) const
{
    for (qsizetype row = 0; row < mClauses.size(); ++row) {
        if (mClauses.at(row).key == key)
            return int(row);
    }
    return -1;
}

int ClauseLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mClauses.size());
}

int ClauseLibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClauseLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryClause &c = mClauses.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Key:
            return c.key;
        case EnglishTitle:
            return c.title.en;
        case ItalianTitle:
            return c.title.it;
        case Placeholders:
            return Accordo::Placeholders::used(c.body.en).join(u", "_s);
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Placeholders) {
        // The column is cut short in a narrow window: the whole list on hovering.
        return tr("Filled from the agreement: %1")
            .arg(Accordo::Placeholders::used(c.body.en).join(u", "_s));
    }
    return {};
}

QVariant ClauseLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Key:
        return tr("Key");
    case EnglishTitle:
        return tr("Title (English)");
    case ItalianTitle:
        return tr("Title (Italian)");
    case Placeholders:
        return tr("Placeholders");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Accordo
