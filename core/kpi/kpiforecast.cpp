#include "kpiforecast.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo {

QList<qint64> KpiForecast::forecast(const QList<qint64> &history, int horizon, QString *method)
{
    QList<qint64> result;
    const qsizetype n = history.size();
    if (n >= 12) {
        if (method)
            *method = u"seasonal-naive-12"_s;
        for (int h = 0; h < horizon; ++h)
            result.append(history.at(n - 12 + h % 12));
        return result;
    }
    if (method)
        *method = u"linear-trend"_s;
    if (n == 0) {
        for (int h = 0; h < horizon; ++h)
            result.append(0);
        return result;
    }
    // Least squares over x = 0..n-1 in integers scaled by the denominator.
    qint64 sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (qsizetype x = 0; x < n; ++x) {
        sx += x;
        sy += history.at(x);
        sxx += qint64(x) * x;
        sxy += qint64(x) * history.at(x);
    }
    const qint64 d = n * sxx - sx * sx;
    for (int h = 0; h < horizon; ++h) {
        const qint64 x = n + h;
        double value = double(sy) / double(n);
        if (d != 0) {
            const double slope = double(n * sxy - sx * sy) / double(d);
            value = (double(sy) - slope * double(sx)) / double(n) + slope * double(x);
        }
        result.append(std::max<qint64>(0, qRound64(value)));
    }
    return result;
}

} // namespace Accordo
