#include "targetjudgement.h"

using namespace Qt::StringLiterals;

namespace Accordo {

QString TargetJudgement::key(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Met:
        return u"met"_s;
    case Verdict::Breached:
        return u"breached"_s;
    case Verdict::Pending:
        return u"pending"_s;
    }
    return {};
}

BusinessCalendar TargetJudgement::continuousCalendar()
{
    BusinessCalendar calendar(u"24x7"_s, QTimeZone::utc());
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        (void)calendar.setWorkingIntervals(Qt::DayOfWeek(day), {WorkingInterval{0, 86400}});
    return calendar;
}

} // namespace Accordo
