#include "pricelinesmodel.h"

namespace Accordo {

PriceLinesModel::PriceLinesModel(QObject *parent) : RowTableModel<PriceLine>(parent) {}

void PriceLinesModel::setServiceNames(QHash<qint64, QString> services)
{
    beginResetModel();
    mServices = std::move(services);
    endResetModel();
}

QVariant PriceLinesModel::header(int section) const
{
    return title(
        {tr("Service"), tr("Level"), tr("Quantity"), tr("Unit price"), tr("Per"), tr("Amount")},
        section);
}

Qt::ItemFlags PriceLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = RowTableModel<PriceLine>::flags(index);
    const PriceLine *line = rowAt(index.row());
    if (line && index.column() == Quantity && !line->isDiscount())
        result |= Qt::ItemIsEditable;
    return result;
}

bool PriceLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const PriceLine *line = rowAt(index.row());
    if (!line || role != Qt::EditRole || index.column() != Quantity || line->isDiscount())
        return false;
    bool ok = false;
    const qint64 quantity = value.toLongLong(&ok);
    if (!ok || quantity < 1)
        return false;
    PriceLine changed = *line;
    changed.quantity = quantity;
    // Only the quantity and the amount it makes change.
    replaceRowAt(index.row(), changed, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

QVariant PriceLinesModel::cell(const PriceLine &line, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column >= Quantity && column != Basis)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole && column == Quantity)
        return line.quantity;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Service:
        return line.isDiscount() ? tr("Discount") : mServices.value(line.serviceId);
    case Level:
        return line.label;
    case Quantity:
        return QString::number(line.quantity);
    case UnitPrice:
        return line.unitPrice.toDisplayString();
    case Basis:
        return line.isDiscount() ? QString() : Pricing::displayName(line.basis);
    case Amount: {
        const auto amount = Pricing::amount(line);
        return amount ? amount->toDisplayString() : amount.errorString();
    }
    default:
        return {};
    }
}

} // namespace Accordo
