#include "servicesmodel.h"

using namespace Qt::StringLiterals;

namespace Accordo {

ServicesModel::ServicesModel(QSqlDatabase db, QObject *parent)
    : PagedSqlModel(std::move(db), parent)
{
    setSource(u"services s"_s, u"s.id"_s);
    setColumns({
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Code"), u"s.code"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Name"), u"s.name"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Category"), u"s.category"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Owner team"), u"s.owner_team"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Active"), u"s.active"_s, Qt::AlignCenter, false},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Agreements"),
         u"(SELECT count(*) FROM agreement_services x WHERE x.service_id = s.id)"_s,
         Qt::AlignRight | Qt::AlignVCenter, false},
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
