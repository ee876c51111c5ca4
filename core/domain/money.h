#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Accordo {

/// An exact amount of money: integer minor units (cents) and an ISO 4217 currency code.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Money)

public:
    /// The largest amount, in minor units, that Money holds: INT64_MAX / 100, about
    /// ±9.2e16 (922,337,203,685,477.58 in major units). Parsing and arithmetic refuse
    /// amounts beyond it with a message naming the value, so that no operation wraps.
    static constexpr qint64 MaxMinorUnits = 92233720368547758;

    Money() = default;
    Money(qint64 minorUnits, QString currency) : mMinor(minorUnits), mCurrency(std::move(currency))
    {}

    qint64 minorUnits() const { return mMinor; }
    QString currency() const { return mCurrency; }
    bool isZero() const { return mMinor == 0; }

    /// Parses "1234.50", "1,234.50", "-12", optionally followed or preceded by a currency code
    /// ("EUR 1200.00"). More than two decimals is refused rather than rounded, and so is an
    /// amount beyond MaxMinorUnits.
    static Result<Money> parse(const QString &text, const QString &defaultCurrency = {});
    static bool isValidCurrency(const QString &code);

    /// "1234.50" — the canonical, locale-independent form used in files.
    QString toPlainString() const;
    /// "€ 1.234,50" or "EUR 1,234.50": for people, in the given locale.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    /// Applies a rate in hundredths of a percent (250 = 2.50 %), rounding half away from zero;
    /// refused when the amount or the result is beyond MaxMinorUnits.
    Result<Money> percentage(qint64 hundredthsOfPercent) const;
    /// The amount times `factor`; refused beyond MaxMinorUnits.
    Result<Money> multiplied(qint64 factor) const;
    /// The sum of two amounts of the same currency; refused beyond MaxMinorUnits or when the
    /// currencies differ.
    Result<Money> plus(const Money &other) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    static QString tooLarge(const QString &amount);

    qint64 mMinor = 0;
    QString mCurrency;
};

} // namespace Accordo
