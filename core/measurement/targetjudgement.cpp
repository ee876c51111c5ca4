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

std::optional<qint64> TargetJudgement::due(const BusinessCalendar &calendar, qint64 threshold,
                                           qint64 openedAt, const QList<Pause> &pauses,
                                           qint64 asOf)
{
    QList<Pause> known;
    for (const Pause &pause : pauses) {
        if (pause.start < asOf)
            known.append(Pause{pause.start, std::min(pause.end, asOf)});
    }
    return known.isEmpty() ? calendar.due(openedAt, threshold)
                           : calendar.due(openedAt, threshold, known);
}

qint64 TargetJudgement::localDayStart(const BusinessCalendar &calendar, const QDate &date,
                                      qint64 fallback)
{
    return date.isValid() ? calendar.localToUtc(date, 0) : fallback;
}

BusinessCalendar TargetJudgement::continuousCalendar()
{
    BusinessCalendar calendar(u"24x7"_s, QTimeZone::utc());
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        (void)calendar.setWorkingIntervals(Qt::DayOfWeek(day), {WorkingInterval{0, 86400}});
    return calendar;
}

} // namespace Accordo
