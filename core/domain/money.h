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
    Money() = default;
    Money(qint64 minorUnits, QString currency) : mMinor(minorUnits), mCurrency(std::move(currency))
    {}

    qint64 minorUnits() const { return mMinor; }
    QString currency() const { return mCurrency; }
    bool isZero() const { return mMinor == 0; }

    /// Parses "1234.50", "1,234.50", "-12", optionally followed or preceded by a currency code
    /// ("EUR 1200.00"). More than two decimals is refused rather than rounded.
    static Result<Money> parse(const QString &text, const QString &defaultCurrency = {});
    static bool isValidCurrency(const QString &code);

    /// "1234.50" — the canonical, locale-independent form used in files.
    QString toPlainString() const;
    /// "€ 1.234,50" or "EUR 1,234.50": for people, in the given locale.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    /// Applies a rate in hundredths of a percent (250 = 2.50 %), rounding half away from zero.
    Money percentage(qint64 hundredthsOfPercent) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 mMinor = 0;
    QString mCurrency;
};

} // namespace Accordo
