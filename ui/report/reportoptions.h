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

/// What a report on one agreement is asked: the agreement and the period it covers.
struct AgreementReportOptions : ReportOptions
{
    QString number;
    QString period; // "2026-10" or "2026-Q4"
};

} // namespace Accordo
