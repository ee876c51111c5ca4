#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Accordo {

/// What every report is asked besides what it is about: the language it is written in, the
/// day it counts as today, and the time it names as generated.
struct ReportOptions
{
    QString language = QStringLiteral("en");
    QDate today = QDate::currentDate();
    QDateTime generatedAt = QDateTime::currentDateTimeUtc();
};

} // namespace Accordo
