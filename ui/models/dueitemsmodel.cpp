#include "dueitemsmodel.h"

#include "widgets/localetext.h"
#include <QLocale>

namespace Accordo {

DueItemsModel::DueItemsModel(QObject *parent) : RowTableModel(parent), mDueHeader(tr("Due")) {}

void DueItemsModel::setItems(const QList<DueItem> &items, const QString &dueHeader)
{
    setRows(items, [&] { mDueHeader = dueHeader; });
}

qint64 DueItemsModel::agreementId(const QModelIndex &index) const
{
    const DueItem *item = rowAt(index.row());
    return item ? item->agreementId : 0;
}

QVariant DueItemsModel::cell(const DueItem &item, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        // Listed for another reason than its date: the reason says what is due.
        const QString due = item.note.isEmpty() ? LocaleText::date(item.due) : item.note;
        const QString notice = item.noticeDeadline.isValid() ? LocaleText::date(item.noticeDeadline)
                                                             : QString();
        return pick({item.number, item.version, item.title, due, notice}, column);
    } else if (role == Qt::ToolTipRole && column == NoticeDeadline
               && item.noticeDeadline.isValid()) {
        return tr("The last day to give notice to renew or cancel");
    }
    return {};
}

QVariant DueItemsModel::header(int section) const
{
    return title({tr("Number"), tr("Version"), tr("Title"), mDueHeader, tr("Notice by")}, section);
}

} // namespace Accordo
