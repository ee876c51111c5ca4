#include "agreementsmodel.h"

#include "data/agreementrules.h"
#include "data/workspace.h"
#include "domain/enums.h"
#include "domain/money.h"
#include "lifecycle/agreementworkflow.h"
#include "widgets/icons.h"
#include "widgets/localetext.h"
#include "workflow/workflowtext.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Accordo {

AgreementsModel::AgreementsModel(QSqlDatabase db, QObject *parent)
    : PagedSqlModel(db, parent), mDb(db)
{
    connect(this, &QAbstractItemModel::modelAboutToBeReset, this, [this] { mProgress.clear(); });
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
                {QT_TRANSLATE_NOOP("Accordo::Columns", "Owner")},
            });
    sort(Number, Qt::AscendingOrder);
}

QVariant AgreementsModel::data(const QModelIndex &index, int role) const
{
    if (index.column() == Status && (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return statusText(index.row(), role == Qt::ToolTipRole);
    if (index.column() == Status && (role == Qt::ForegroundRole || role == Qt::FontRole)
        && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        // Signed but not yet in force: the colour of the approval that led there, not bold.
        const auto status = Enums::fromKey<AgreementStatus>(stored(index.row(), Status).toString());
        const QDate start = QDate::fromString(stored(index.row(), Start).toString(), Qt::ISODate);
        const QDate today = mToday.isValid() ? mToday : QDate::currentDate();
        if (status && Agreements::isSignedAhead(*status, start, today))
            return role == Qt::ForegroundRole ? QVariant(QBrush(QColor(0x1a, 0x5f, 0xb4)))
                                              : QVariant();
    }
    return PagedSqlModel::data(index, role);
}

QString AgreementsModel::statusText(int row, bool tooltip) const
{
    const auto status = Enums::fromKey<AgreementStatus>(stored(row, Status).toString());
    if (!status)
        return stored(row, Status).toString();
    const QDate today = mToday.isValid() ? mToday : QDate::currentDate();
    const QDate start = QDate::fromString(stored(row, Start).toString(), Qt::ISODate);
    const QString shown = WorkflowText::status(*status, start, today);
    if (*status != AgreementStatus::Approval)
        return shown;
    const qint64 id = idAt(row);
    auto cached = mProgress.constFind(id);
    if (cached == mProgress.cend()) {
        Workspace workspace(mDb);
        AgreementWorkflow workflow(workspace);
        workflow.setToday(today);
        auto progress = workflow.approvalProgress(id);
        if (!progress)
            return tr("%1: %2").arg(shown, progress.errorString());
        cached = mProgress.insert(id, *progress);
    }
    const QString line = tr("%1: %2").arg(shown, WorkflowText::approvalProgress(*cached));
    const QString approvedBy = WorkflowText::approvedBy(*cached);
    return tooltip && !approvedBy.isEmpty() ? line + u'\n' + approvedBy : line;
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
    // Beside the colour, a shape of its own per state, for those who cannot tell the colours.
    if (role == Qt::DecorationRole)
        return Icons::status(*status);
    if (role != Qt::ForegroundRole)
        return {};
    // In force reads green, in the making amber/blue, no longer in force grey or red.
    static constexpr std::pair<AgreementStatus, QRgb> colours[] = {
        {AgreementStatus::Active, 0x1b7f3b},      {AgreementStatus::Draft, 0x5f6368},
        {AgreementStatus::Negotiation, 0xb06000}, {AgreementStatus::Approval, 0x1a5fb4},
        {AgreementStatus::Expired, 0x808080},     {AgreementStatus::Terminated, 0xb00020}};
    for (const auto &[state, colour] : colours) {
        if (state == *status)
            return QBrush(QColor(colour));
    }
    return {};
}

} // namespace Accordo
