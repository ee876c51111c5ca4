#include "targetjudgement.h"

#include "domain/enumnames.h"

using namespace Qt::StringLiterals;

namespace Accordo {

QString TargetJudgement::key(Verdict verdict)
{
    static constexpr EnumName<Verdict> Verdicts[] = {
        {Verdict::Met, "met"}, {Verdict::Breached, "breached"}, {Verdict::Pending, "pending"}};
    return EnumNames::key(Verdicts, verdict);
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
                                           qint64 openedAt, const QList<Pause> &pauses, qint64 asOf)
{
    QList<Pause> known;
    for (const Pause &pause : pauses) {
        if (pause.start < asOf)
            known.append(Pause{pause.start, std::min(pause.end, asOf)});
    }
    // No due instant within the supported years reads as none at all.
    const Result<qint64> due = known.isEmpty() ? calendar.due(openedAt, threshold)
                                               : calendar.due(openedAt, threshold, known);
    return due ? std::optional(*due) : std::nullopt;
}

TargetJudgement::InForce TargetJudgement::InForce::fromDates(const QString &start,
                                                             const QString &end,
                                                             const QString &terminated,
                                                             const QString &signedOn)
{
    InForce days;
    days.from = QDate::fromString(start, Qt::ISODate);
    const QDate signedDay = QDate::fromString(signedOn, Qt::ISODate);
    if (days.from.isValid() && signedDay.isValid())
        days.from = std::max(days.from, signedDay);
    const QDate last = QDate::fromString(end, Qt::ISODate);
    days.until = last.isValid() ? last.addDays(1) : QDate();
    const QDate stopped = QDate::fromString(terminated, Qt::ISODate);
    if (stopped.isValid() && (!days.until.isValid() || stopped < days.until))
        days.until = stopped;
    return days;
}

std::pair<qint64, qint64> TargetJudgement::InForce::instants(const BusinessCalendar &calendar,
                                                             qint64 unbounded) const
{
    return {from.isValid() ? calendar.localToUtc(from, 0) : unbounded,
            until.isValid() ? calendar.localToUtc(until, 0) : unbounded};
}

BusinessCalendar TargetJudgement::continuousCalendar()
{
    BusinessCalendar calendar(u"24x7"_s, QTimeZone::utc());
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        (void)calendar.setWorkingIntervals(Qt::DayOfWeek(day), {WorkingInterval{0, 86400}});
    return calendar;
}

} // namespace Accordo
