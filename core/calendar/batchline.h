#pragma once

#include "calendar/businesscalendar.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Accordo {

/// The line format of `accordo-cli calendar due|elapsed --batch`: "START,DURATION[,PAUSE...]"
/// for due, "FROM,TO[,PAUSE...]" for elapsed, each pause "FROM/TO". Instants are ISO 8601,
/// local to the given zone when they carry no offset. Pure parsing on ASCII text, so that the
/// command line and the fuzz tests share one reader.
class CalendarBatchLine
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::CalendarBatchLine)

public:
    /// A parsed line: the first instant, then the duration in seconds (due) or the second
    /// instant (elapsed); the line's pauses are appended to the list given to parse().
    struct Fields
    {
        qint64 first = 0;
        qint64 second = 0;
    };
    /// Why a line was refused: the 1-based field (1, 2, or 3 and on for the pauses) and the
    /// message, which names the value.
    struct Problem
    {
        int field = 0;
        QString message;
    };

    /// Reads one line (without its line break). Fields are checked in the order first,
    /// pauses, second, so the problem reported is the first found in that order.
    static bool parse(const char *begin, const char *end, bool due, const QTimeZone &zone,
                      Fields &fields, QList<Pause> &pauses, Problem &problem);
    /// One pause "FROM/TO"; its end may not come before its start.
    static Result<Pause> parsePause(const char *begin, const char *end, const QTimeZone &zone);
};

} // namespace Accordo
