#include "dueitemsmodel.h"

#include <QLocale>

namespace Accordo {

DueItemsModel::DueItemsModel(QObject *parent) : QAbstractTableModel(parent), mDueHeader(tr("Due"))
{}

void DueItemsModel::setItems(const QList<DueItem> &items, const QString &dueHeader)
{
    beginResetModel();
    mItems = items;
    mDueHeader = dueHeader;
    endResetModel();
}

qint64 DueItemsModel::agreementId(const QModelIndex &index) const
{
    return index.isValid() && index.row() < mItems.size() ? mItems.at(index.row()).agreementId : 0;
}

int DueItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mItems.size());
}

int DueItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DueItem &item = mItems.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Number:
            return item.number;
        case Version:
            return item.version;
        case Title:
            return item.title;
        case Due:
            return QLocale().toString(item.due, QLocale::ShortFormat);
        case NoticeDeadline:
            return item.noticeDeadline.isValid()
                       ? QLocale().toString(item.noticeDeadline, QLocale::ShortFormat)
                       : QString();
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole && index.column() == NoticeDeadline
               && item.noticeDeadline.isValid()) {
        return tr("The last day to give notice to renew or cancel");
    }
    return {};
}

QVariant DueItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Version:
        return tr("Version");
    case Title:
        return tr("Title");
    case Due:
        return mDueHeader;
    case NoticeDeadline:
        return tr("Notice by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Accordo
