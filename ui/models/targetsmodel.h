#pragma once

#include "domain/entities.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Accordo {

/// The service level targets of the agreement being edited (in memory until saved).
class TargetsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Service,
        Metric,
        Value,
        Goal,
        Priority,
        Region,
        Period,
        Calendar,
        Credits,
        ColumnCount
    };

    explicit TargetsModel(QObject *parent = nullptr);

    /// Names shown for ids: services by code, regions and calendars by name.
    void setNames(QHash<qint64, QString> services, QHash<qint64, QString> regions,
                  QHash<qint64, QString> calendars);
    void setTargets(const QList<Target> &targets);
    const QList<Target> &targets() const { return mTargets; }

    void append(const Target &target);
    void replace(int row, const Target &target);
    void remove(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Target> mTargets;
    QHash<qint64, QString> mServices;
    QHash<qint64, QString> mRegions;
    QHash<qint64, QString> mCalendars;
};

} // namespace Accordo
