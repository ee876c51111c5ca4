#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace Accordo {

/// One table of findings (a portfolio check's rows) for display: translated headers, text
/// cells, and the agreement number each row is about, if any, to open it from the list.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        QStringList cells;
        QString agreementNumber;
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QStringList &headers, const QList<Row> &rows);
    QString agreementNumber(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList mHeaders;
    QList<Row> mRows;
};

} // namespace Accordo
