#pragma once

#include <QString>

namespace Accordo::ClockTime {

/// A time of day in seconds after midnight (up to 86400, which is 24:00) as "HH:MM", or
/// "HH:MM:SS" when it has seconds: how calendars write working hours.
QString format(int seconds);

} // namespace Accordo::ClockTime
