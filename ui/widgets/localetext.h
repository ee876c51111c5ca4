#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Accordo::LocaleText {

/// A date in the locale's short form with a four-digit year: "31/01/2027", "1/31/2027".
QString date(const QDate &date, const QLocale &locale = QLocale());
/// An instant as local date (four-digit year) and time.
QString dateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());
/// Thousandths in the locale's form, without trailing zeros: 99500 → "99,5".
QString milli(qint64 milli, const QLocale &locale = QLocale());
/// Thousandths of a percent in the locale's form, without trailing zeros: "99,5 %".
QString percent(qint64 milli, const QLocale &locale = QLocale());

} // namespace Accordo::LocaleText
