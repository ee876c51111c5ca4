#include "clocktime.h"

using namespace Qt::StringLiterals;

namespace Accordo::ClockTime {

QString format(int seconds)
{
    QString text = u"%1:%2"_s.arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                       .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
    if (seconds % 60)
        text += u":%1"_s.arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return text;
}

} // namespace Accordo::ClockTime
