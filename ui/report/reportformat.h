#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace Accordo {

struct TargetResult;

/// Formats the figures of a report for its locale: exact percentages from thousandths,
/// periods, dates, instants and durations.
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ReportFormat)

public:
    explicit ReportFormat(const QLocale &locale) : mLocale(locale) {}

    const QLocale &locale() const { return mLocale; }
    /// "96.428 %": truncated like the KPI engine's figures, never rounded up to a goal.
    QString percent(const std::optional<qint64> &milli, int decimals = 3) const;
    /// "October 2026", "Q4 2026".
    QString period(const QString &period) const;
    QString date(const QDate &date) const;
    /// An instant (UTC epoch seconds) in UTC, "27/11/2026 14:05"; tables say "(UTC)".
    QString instant(qint64 seconds) const;
    /// The footer of a report written at `at`: "Generated 27/11/2026 14:05 UTC".
    QString generated(const QDateTime &at) const;
    /// When the data was last measured: "27/11/2026 14:05 UTC", or "no measurements yet".
    QString asOf(const std::optional<qint64> &seconds) const;
    /// "3 h 20 min", "2 d 4 h".
    QString duration(qint64 seconds) const;
    /// "Met", "At risk", "Breached", "No data"; any other key as it is.
    static QString status(const QString &key);
    QString metric(const QString &key) const;
    QString kind(const QString &key) const;
    QString partyKind(const QString &key) const;
    /// "BACKUP · Backup success rate P1": the service, the metric (a custom metric by its
    /// name) and the priority.
    QString targetName(const TargetResult &result) const;
    /// A target's achieved value or goal in its unit: "96.935 %", "3.750 business days",
    /// "4.25" (a satisfaction score).
    QString targetValue(const TargetResult &result, const std::optional<qint64> &milli) const;

private:
    QLocale mLocale;
};

} // namespace Accordo
