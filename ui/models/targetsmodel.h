#pragma once

#include "domain/entities.h"
#include "models/rowtablemodel.h"

#include <QHash>

namespace Accordo {

/// The service level targets of the agreement being edited (in memory until saved).
class TargetsModel : public RowTableModel<Target>
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
    void setTargets(const QList<Target> &targets) { setRows(targets); }
    const QList<Target> &targets() const { return rows(); }

    void append(const Target &target) { appendRow(target); }
    void replace(int row, const Target &target) { replaceRowAt(row, target); }
    void remove(int row) { removeRowAt(row); }

protected:
    int columns() const override { return ColumnCount; }
    QVariant header(int section) const override;
    QVariant cell(const Target &t, int column, int role) const override;

private:
    QHash<qint64, QString> mServices;
    QHash<qint64, QString> mRegions;
    QHash<qint64, QString> mCalendars;
};

} // namespace Accordo
