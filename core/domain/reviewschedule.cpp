#include "reviewschedule.h"

namespace Accordo::ReviewSchedule {

QDate firstOnOrAfter(const QDate &start, int months, const QDate &from, const QDate &end)
{
    if (!start.isValid() || months < 1)
        return {};
    // Jump close to `from` instead of stepping one period at a time from the start.
    int step = 1;
    if (from.isValid() && from > start) {
        const int monthsBetween = (from.year() - start.year()) * 12 + from.month() - start.month();
        step = std::max(1, monthsBetween / months);
    }
    QDate review = start.addMonths(months * step);
    while (from.isValid() && review < from)
        review = start.addMonths(months * ++step);
    if (end.isValid() && review >= end)
        return {};
    return review;
}

} // namespace Accordo::ReviewSchedule
