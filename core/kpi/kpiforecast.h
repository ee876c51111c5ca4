#pragma once

#include <QList>
#include <QString>

namespace Accordo {

/// The forecast of ticket volumes the KPI engine stores beside the history.
class KpiForecast
{
public:
    /// The forecast of the next `horizon` values: seasonal naive over 12 periods when there
    /// are at least 12, else a least-squares line (never below zero). Sets `method`.
    static QList<qint64> forecast(const QList<qint64> &history, int horizon, QString *method);
};

} // namespace Accordo
