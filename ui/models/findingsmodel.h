#pragma once

#include "models/rowtablemodel.h"

#include <QStringList>

namespace Accordo {

/// A row of FindingsModel: its text cells and the agreement number it is about, if any.
struct FindingsRow
{
    QStringList cells;
    QString agreementNumber;
};

/// One table of findings (a portfolio check's rows) for display: translated headers, text
/// cells, and the agreement number each row is about, if any, to open it from the list.
class FindingsModel : public RowTableModel<FindingsRow>
{
    Q_OBJECT

public:
    using Row = FindingsRow;

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QStringList &headers, const QList<Row> &rows);
    QString agreementNumber(const QModelIndex &index) const;

protected:
    int columns() const override { return int(mHeaders.size()); }
    QVariant header(int section) const override { return mHeaders.value(section); }
    QVariant cell(const Row &row, int column, int role) const override;

private:
    QStringList mHeaders;
};

} // namespace Accordo
