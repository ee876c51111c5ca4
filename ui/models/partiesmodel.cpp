#include "partiesmodel.h"

namespace Accordo {

PartiesModel::PartiesModel(QSqlDatabase db, QObject *parent) : PagedSqlModel(std::move(db), parent)
{
    setList(ListQueries::parties(PartyKind::Customer),
            {
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Name")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Kind")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Region")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Segment")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Contact")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "E-mail")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Agreements"),
                 Qt::AlignRight | Qt::AlignVCenter},
            });
    setKindFilter(PartyKind::Customer);
}

void PartiesModel::setKindFilter(std::optional<PartyKind> kind)
{
    setList(ListQueries::parties(kind));
    sort(Name, Qt::AscendingOrder);
}

QVariant PartiesModel::display(int column, const QVariant &value) const
{
    if (column == Kind) {
        if (auto kind = Enums::fromKey<PartyKind>(value.toString()))
            return Enums::displayName(*kind);
    }
    return value;
}

} // namespace Accordo
