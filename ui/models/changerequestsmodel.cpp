#include "changerequestsmodel.h"

#include "domain/money.h"
#include "widgets/localetext.h"

#include <QLocale>

namespace Accordo {

ChangeRequestsModel::ChangeRequestsModel(QObject *parent) : RowTableModel(parent) {}

QVariant ChangeRequestsModel::header(int section) const
{
    return title({tr("No."), tr("Agreement"), tr("Customer"), tr("Status"), tr("Origin"),
                  tr("Requested by"), tr("Requested on"), tr("What is asked"),
                  tr("Proposed targets"), tr("Price effect"), tr("Decision")},
                 section);
}

QVariant ChangeRequestsModel::cell(const ChangeRequestListing &l, int column, int role) const
{
    const ChangeRequest &r = l.request;
    if (role == StatusKeyRole)
        return ChangeRequestStore::statusKey(r.status);
    if (role == Qt::TextAlignmentRole
        && (column == Id || column == Targets || column == PriceEffect))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    // Sorting by number, date and amount, not by their text.
    const bool sorting = role == Qt::UserRole + 1;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && !sorting)
        return {};
    switch (column) {
    case Id:
        return sorting ? QVariant(r.id) : QVariant(QString::number(r.id));
    case Agreement:
        return tr("%1 v%2").arg(l.agreementNumber).arg(l.agreementVersion);
    case Customer:
        return l.customer;
    case Status:
        return ChangeRequestStore::statusName(r.status);
    case Origin:
        return ChangeRequestStore::originName(r.origin);
    case RequestedBy:
        return r.requestedBy;
    case RequestedOn:
        return sorting ? QVariant(r.requestedOn) : QVariant(LocaleText::date(r.requestedOn));
    case Description:
        return r.description;
    case Targets:
        return sorting ? QVariant(r.proposedTargets.size())
                       : QVariant(QString::number(r.proposedTargets.size()));
    case PriceEffect:
        if (r.assessedBy.isEmpty())
            return sorting ? QVariant(qint64(0)) : QVariant();
        return sorting ? QVariant(r.priceEffectMinor)
                       : QVariant(Money(r.priceEffectMinor, l.currency).toDisplayString());
    case Decision:
        if (r.status == ChangeRequestStatus::Accepted)
            return tr("accepted by %1 on %2").arg(r.decidedBy, LocaleText::date(r.decidedOn));
        if (r.status == ChangeRequestStatus::Rejected)
            return tr("rejected by %1 on %2: %3")
                .arg(r.decidedBy, LocaleText::date(r.decidedOn), r.reason);
        return {};
    default:
        return {};
    }
}

} // namespace Accordo
