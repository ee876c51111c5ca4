#pragma once

#include "calendar/businesscalendar.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Accordo {

enum class Verdict { Met, Breached, Pending };

/// The outcome of one ticket against one time target.
struct Judgement
{
    Verdict verdict = Verdict::Pending;
    qint64 elapsed = 0; // business seconds to the end instant, or to asOf if open
};

/// Judges a ticket against a first-response or resolution target in business time: met when
/// the business time from opening to the end instant, minus pauses, is within the target;
/// a ticket without the end instant is breached once that time, counted to asOf, passes
/// the target, and pending before.
///
/// "As of T" reads the measurements as they stood at T: a ticket opened at or after T does
/// not exist yet (callers skip it, see exists()), an end instant after T had not happened
/// (the ticket was still open at T), and a pause under way at T counts up to T.
class TargetJudgement
{
public:
    /// Whether a ticket opened at `openedAt` existed as of `asOf`.
    static bool exists(qint64 openedAt, qint64 asOf) { return openedAt < asOf; }

    static Judgement judge(const BusinessCalendar &calendar, qint64 threshold, qint64 openedAt,
                           const std::optional<qint64> &endAt, const QList<Pause> &pauses,
                           qint64 asOf)
    {
        Judgement j;
        if (endAt && *endAt <= asOf) {
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

    /// When the target falls due, with the pauses known as of `asOf` (one under way at
    /// `asOf` counted as ending then); empty when the calendar never reaches it.
    static std::optional<qint64> due(const BusinessCalendar &calendar, qint64 threshold,
                                     qint64 openedAt, const QList<Pause> &pauses, qint64 asOf);

    /// The calendar a target is judged in and its periods counted in, one rule for the
    /// Evaluator, the KPI engine and the backtest: the target's own calendar, else that of
    /// the target's region, else that of the counterparty's region, else continuous time in
    /// UTC (0). The region a ticket was filed under does not change the agreed hours: a
    /// contract that wants other hours for another region says so with a regional target.
    /// `known` tells whether a calendar id names a stored calendar.
    template<typename Known>
    static qint64 governingCalendar(qint64 targetCalendar, qint64 targetRegionCalendar,
                                    qint64 partyRegionCalendar, Known known)
    {
        for (qint64 id : {targetCalendar, targetRegionCalendar, partyRegionCalendar}) {
            if (id != 0 && known(id))
                return id;
        }
        return 0;
    }

    /// The days an agreement is in force: from its start date, or its signing if later, to
    /// its end date or the day it was terminated. `from` is invalid when it never started,
    /// `until` (the first day no longer in force) when it is open-ended. Dates are ISO texts
    /// as stored.
    struct InForce
    {
        QDate from;
        QDate until;

        static InForce fromDates(const QString &start, const QString &end,
                                 const QString &terminated, const QString &signedOn);
        /// The same days as instants in the zone of the calendar that governs a target: from
        /// local midnight of the first day to local midnight after the last. A ticket is
        /// governed when it opens inside, so that it lands in a period of the zone the
        /// agreement spans. Never and forever are `unbounded`.
        std::pair<qint64, qint64> instants(const BusinessCalendar &calendar,
                                           qint64 unbounded) const;
    };

    static QString key(Verdict verdict);
    /// Pauses as stored with a ticket: "start-end;start-end" in epoch seconds.
    static QList<Pause> unpackPauses(const QString &packed);
    /// A calendar that is always open, in UTC: for targets whose calendar is not known.
    static BusinessCalendar continuousCalendar();
};

} // namespace Accordo
