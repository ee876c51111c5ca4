#pragma once

#include "calendar/businesscalendar.h"

#include <QList>
#include <QString>

#include <optional>

namespace Accordo {

enum class Verdict { Met, Breached, Pending };

/// The outcome of one ticket against one time target.
struct Judgement
{
    Verdict verdict = Verdict::Pending;
    qint64 elapsed = 0;         // business seconds to the end instant, or to asOf if open
};

/// Judges a ticket against a first-response or resolution target in business time: met when
/// the business time from opening to the end instant, minus pauses, is within the target;
/// a ticket without the end instant is breached once that time, counted to asOf, passes
/// the target, and pending before.
class TargetJudgement
{
public:
    static Judgement judge(const BusinessCalendar &calendar, qint64 threshold, qint64 openedAt,
                           const std::optional<qint64> &endAt, const QList<Pause> &pauses,
                           qint64 asOf)
    {
        Judgement j;
        if (endAt) {
            j.elapsed = pauses.isEmpty() ? calendar.elapsed(openedAt, *endAt)
                                         : calendar.elapsed(openedAt, *endAt, pauses);
            j.verdict = j.elapsed <= threshold ? Verdict::Met : Verdict::Breached;
            return j;
        }
        const qint64 to = asOf > openedAt ? asOf : openedAt;
        j.elapsed = pauses.isEmpty() ? calendar.elapsed(openedAt, to)
                                     : calendar.elapsed(openedAt, to, pauses);
        j.verdict = j.elapsed > threshold ? Verdict::Breached : Verdict::Pending;
        return j;
    }

    static QString key(Verdict verdict);
    /// Pauses as stored with a ticket: "start-end;start-end" in epoch seconds.
    static QList<Pause> unpackPauses(const QString &packed);
    /// A calendar that is always open, in UTC: for targets whose calendar is not known.
    static BusinessCalendar continuousCalendar();
};

} // namespace Accordo
