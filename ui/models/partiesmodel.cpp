#include "partiesmodel.h"

using namespace Qt::StringLiterals;

namespace Accordo {

PartiesModel::PartiesModel(QSqlDatabase db, QObject *parent) : PagedSqlModel(std::move(db), parent)
{
    setSource(u"parties p LEFT JOIN regions r ON r.id = p.region_id"_s, u"p.id"_s);
    setColumns({
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Name"), u"p.name"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Kind"), u"p.kind"_s,
         Qt::AlignLeft | Qt::AlignVCenter, false},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Region"), u"r.name"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Segment"), u"p.segment"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Contact"), u"p.contact"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "E-mail"), u"p.email"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Agreements"),
         u"(SELECT count(*) FROM agreements x WHERE x.party_id = p.id)"_s,
         Qt::AlignRight | Qt::AlignVCenter, false},
    });
    setKindFilter(PartyKind::Customer);
}

void PartiesModel::setKindFilter(std::optional<PartyKind> kind)
{
    if (kind)
        setBaseFilter(u"p.kind = ?"_s, {Enums::key(*kind)});
    else
        setBaseFilter({});
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
