#pragma once

#include "domain/pricing.h"
#include "models/rowtablemodel.h"

#include <QHash>

namespace Accordo {

/// The price breakdown of the agreement being edited (in memory until saved): one line per
/// service and level, discounts as lines of their own. The quantity of a service's line is
/// edited in place.
class PriceLinesModel : public RowTableModel<PriceLine>
{
    Q_OBJECT

public:
    enum Column { Service, Level, Quantity, UnitPrice, Basis, Amount, ColumnCount };

    explicit PriceLinesModel(QObject *parent = nullptr);

    /// Services are shown by code.
    void setServiceNames(QHash<qint64, QString> services);
    void setLines(const QList<PriceLine> &lines) { setRows(lines); }
    const QList<PriceLine> &lines() const { return rows(); }
    void append(const PriceLine &line) { appendRow(line); }
    void remove(int row) { removeRowAt(row); }

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    int columns() const override { return ColumnCount; }
    QVariant header(int section) const override;
    QVariant cell(const PriceLine &line, int column, int role) const override;

private:
    QHash<qint64, QString> mServices;
};

} // namespace Accordo
