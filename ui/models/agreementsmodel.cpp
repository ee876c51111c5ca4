#include "agreementsmodel.h"

#include "domain/enums.h"
#include "widgets/localetext.h"
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
    setList(ListQueries::agreements(),
            {
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Number")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Version"), right},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Title")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Kind")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Level")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Parent")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Counterparty")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Status")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Start")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "End")},
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Monthly fee"), right},
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
        return LocaleText::date(QDate::fromString(text, Qt::ISODate));
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
