#include "alertsmodel.h"

#include "widgets/localetext.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace Accordo {

AlertsModel::AlertsModel(QObject *parent) : RowTableModel(parent) {}

int AlertsModel::unseen() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(),
                             [](const Alert &a) { return !a.seenAt.has_value(); }));
}

QVariant AlertsModel::header(int section) const
{
    return title({tr("Raised"), tr("Event"), tr("About")}, section);
}

QVariant AlertsModel::cell(const Alert &a, int column, int role) const
{
    if (role == Qt::FontRole && !a.seenAt) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole)
        return AlertStore::message(a);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case RaisedAt:
        return LocaleText::dateTime(QDateTime::fromSecsSinceEpoch(a.raisedAt).toLocalTime());
    case Event:
        return AlertStore::eventName(a.event);
    case Subject:
        return a.subject;
    default:
        return {};
    }
}

} // namespace Accordo
