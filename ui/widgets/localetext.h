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

/// A plain decimal as the core writes it ("99.5") in the locale's form ("99,5").
QString decimal(const QString &plain, const QLocale &locale = QLocale());
/// A number typed in the locale's form ("99,5" or "9.250,00" in Italian, "9,250.00" in
/// English) as the plain form the core reads ("99.5", "9250.00"). Text without the locale's
/// decimal separator is taken as it is, so "99.5" still means what it says in every locale.
QString plainDecimal(QString typed, const QLocale &locale = QLocale());

} // namespace Accordo::LocaleText
