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

QList<Pause> TargetJudgement::unpackPauses(const QString &packed)
{
    QList<Pause> pauses;
    if (packed.isEmpty())
        return pauses;
    for (QStringView item : QStringView(packed).split(u';')) {
        const qsizetype dash = item.indexOf(u'-', 1);
        if (dash > 0)
            pauses.append(Pause{item.first(dash).toLongLong(), item.sliced(dash + 1).toLongLong()});
    }
    return pauses;
}

BusinessCalendar TargetJudgement::continuousCalendar()
{
    BusinessCalendar calendar(u"24x7"_s, QTimeZone::utc());
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        (void)calendar.setWorkingIntervals(Qt::DayOfWeek(day), {WorkingInterval{0, 86400}});
    return calendar;
}

} // namespace Accordo
