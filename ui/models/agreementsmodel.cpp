#include "agreementsmodel.h"

#include "domain/enums.h"
#include "domain/money.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Accordo {

AgreementsModel::AgreementsModel(QSqlDatabase db, QObject *parent)
    : PagedSqlModel(std::move(db), parent)
{
    constexpr auto right = Qt::AlignRight | Qt::AlignVCenter;
    setSource(u"agreements a JOIN parties p ON p.id = a.party_id "
              "LEFT JOIN agreements pa ON pa.id = a.parent_id"_s,
              u"a.id"_s);
    setColumns({
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Number"), u"a.number"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Version"), u"a.version"_s, right, false},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Title"), u"a.title"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Kind"), u"a.kind"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Level"), u"a.level"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Parent"), u"pa.number"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Counterparty"), u"p.name"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Status"), u"a.status"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Start"), u"a.start_date"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "End"), u"a.end_date"_s},
        {QT_TRANSLATE_NOOP("Accordo::Columns", "Monthly fee"),
         u"a.price_minor || ' ' || a.currency"_s, right, false},
    });
    sort(Number, Qt::AscendingOrder);
}

QVariant AgreementsModel::display(int column, const QVariant &value) const
{
    const QString text = value.toString();
    switch (column) {
    case Kind:
        if (auto kind = Enums::fromKey<AgreementKind>(text))
            return Enums::displayName(*kind);
        break;
    case Level:
        if (auto level = Enums::fromKey<AgreementLevel>(text))
            return Enums::displayName(*level);
        break;
    case Status:
        if (auto status = Enums::fromKey<AgreementStatus>(text))
            return Enums::displayName(*status);
        break;
    case Start:
    case End:
        if (text.isEmpty())
            return QVariant();
        return QLocale().toString(QDate::fromString(text, Qt::ISODate), QLocale::ShortFormat);
    case Price: {
        const Money money(text.section(u' ', 0, 0).toLongLong(), text.section(u' ', 1, 1));
        return money.toDisplayString();
    }
    default:
        break;
    }
    return value;
}

} // namespace Accordo

namespace Accordo {

QVariant AgreementsModel::decoration(int column, const QVariant &value, int role) const
{
    if (column != Status)
        return {};
    const auto status = Enums::fromKey<AgreementStatus>(value.toString());
    if (!status)
        return {};
    if (role == Qt::FontRole && *status == AgreementStatus::Active) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::ForegroundRole)
        return {};
    // In force reads green, in the making amber/blue, no longer in force grey or red.
    switch (*status) {
    case AgreementStatus::Active:
        return QBrush(QColor(0x1b, 0x7f, 0x3b));
    case AgreementStatus::Draft:
        return QBrush(QColor(0x5f, 0x63, 0x68));
    case AgreementStatus::Negotiation:
        return QBrush(QColor(0xb0, 0x60, 0x00));
    case AgreementStatus::Approval:
        return QBrush(QColor(0x1a, 0x5f, 0xb4));
    case AgreementStatus::Expired:
        return QBrush(QColor(0x80, 0x80, 0x80));
    case AgreementStatus::Terminated:
        return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    return {};
}

} // namespace Accordo
