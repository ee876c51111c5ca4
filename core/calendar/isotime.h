#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>
#include <QTimeZone>

namespace Accordo {

/// A proleptic Gregorian calendar date, as used by the arithmetic below.
struct CivilDate
{
    int year = 1970;
    int month = 1;
    int day = 1;
};

/// ISO 8601 instants as epoch seconds (UTC), and the wall-clock rules shared by all calendars.
///
/// Local wall times are turned into instants with localToUtc(): a time that exists once maps
/// as QDateTime maps it; a time that occurs twice (autumn change) takes the occurrence Qt 6.4
/// picks, the standard-time one (the later one wherever summer time is ahead of winter time);
/// a time that does not exist (spring gap, where Qt 6.4 yields an invalid QDateTime) is read
/// with the offset in force before the gap, so it lands after the gap, moved forward by the
/// gap's length (02:30 on the spring day in Europe/Rome is 03:30 CEST).
class IsoTime
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::IsoTime)

public:
    /// The years Accordo measures, stores and computes in: instants from
    /// 1970-01-01T00:00:00Z up to (not including) 2200-01-01T00:00:00Z. Anything outside is
    /// refused where it enters (files, fields, command-line arguments) with a message naming
    /// the value, so that no computation has to clamp.
    static constexpr int FirstSupportedYear = 1970;
    static constexpr int LastSupportedYear = 2199;
    /// The first supported instant (1970-01-01T00:00:00Z, epoch 0).
    static constexpr qint64 FirstSupportedInstant = 0;
    /// The first instant after the supported range (2200-01-01T00:00:00Z).
    static constexpr qint64 EndOfSupportedRange = 7258118400;
    static bool isSupported(qint64 epochSeconds)
    {
        return epochSeconds >= FirstSupportedInstant && epochSeconds < EndOfSupportedRange;
    }
    /// The instant itself, or an error naming `what` and the value when it is outside the
    /// supported range.
    static Result<qint64> requireSupported(qint64 epochSeconds, const QString &what);

    /// Parses "2026-11-30T10:00:00Z", "2026-11-30T11:00+01:00", "2026-11-30 10:00:00",
    /// "2026-11-30" (local midnight). Without an offset the time is local to localZone.
    /// Fractions of a second are dropped: business time counts whole seconds. Instants
    /// outside the supported range are refused with a message naming the text.
    static Result<qint64> parse(QStringView text, const QTimeZone &localZone);
    /// The same on ASCII text; fast for the fixed-width forms that batch files use.
    static Result<qint64> parse(const char *begin, const char *end, const QTimeZone &localZone);

    /// "2026-11-30T10:00:00Z".
    static QString formatUtc(qint64 epochSeconds);
    /// The UTC month of an instant, "2026-11".
    static QString utcMonth(qint64 epochSeconds);
    /// Writes the 20 characters of formatUtc() to buffer (no terminator); returns 20.
    static int formatUtc(qint64 epochSeconds, char *buffer);

    /// The instant of a local wall time, resolved as described in the class comment.
    /// secondOfDay may be 86400 (24:00, the next day's midnight).
    static qint64 localToUtc(const QTimeZone &zone, QDate date, int secondOfDay);

    static qint64 daysFromCivil(int year, int month, int day);
    static CivilDate civilFromDays(qint64 days);
    static qint64 floorDiv(qint64 a, qint64 b)
    {
        return a / b - (a % b != 0 && (a < 0) != (b < 0));
    }
};

} // namespace Accordo
