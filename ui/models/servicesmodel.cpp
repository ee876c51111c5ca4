#include "servicesmodel.h"

namespace Accordo {

ServicesModel::ServicesModel(QSqlDatabase db, QObject *parent)
    : PagedSqlModel(std::move(db), parent)
{
    setList(ListQueries::services(),
            {
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Code")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Name")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Category")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Owner team")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Active"), Qt::AlignCenter},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Agreements"),
                 Qt::AlignRight | Qt::AlignVCenter},
            });
    sort(Code, Qt::AscendingOrder);
}

QVariant ServicesModel::display(int column, const QVariant &value) const
{
    if (column == Active)
        return value.toInt() ? tr("Yes") : tr("No");
    return value;
}

} // namespace Accordo
