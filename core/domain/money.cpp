#include "money.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

bool inRange(qint64 minor)
{
    return minor >= -Money::MaxMinorUnits && minor <= Money::MaxMinorUnits;
}

QString limit()
{
    return Money(Money::MaxMinorUnits, {}).toPlainString();
}

} // namespace

QString Money::tooLarge(const QString &amount)
{
    return tr("\"%1\" is too large: amounts of money go up to ±%2").arg(amount, limit());
}

bool Money::isValidCurrency(const QString &code)
{
    static const QRegularExpression pattern(u"^[A-Z]{3}$"_s);
    return pattern.match(code).hasMatch();
}

Result<Money> Money::parse(const QString &text, const QString &defaultCurrency)
{
    static const QRegularExpression pattern(
        u"^\\s*(?:([A-Z]{3})\\s*)?([-+]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(?:([A-Z]{3}))?\\s*$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return Error{tr("\"%1\" is not an amount of money (expected e.g. 1200.50 EUR)").arg(text)};

    QString currency = match.captured(1).isEmpty() ? match.captured(5) : match.captured(1);
    if (!match.captured(1).isEmpty() && !match.captured(5).isEmpty())
        return Error{tr("\"%1\" names two currencies").arg(text)};
    if (currency.isEmpty())
        currency = defaultCurrency;
    if (!isValidCurrency(currency))
        return Error{
            tr("\"%1\" has no valid currency code (three capital letters, e.g. EUR)").arg(text)};

    const QString fraction = match.captured(4);
    if (fraction.size() > 2)
        return Error{tr("\"%1\" has more than two decimals").arg(text)};

    QString whole = match.captured(3);
    whole.remove(u',');
    // Up to 15 whole digits: at most 99,999,999,999,999,999 minor units, no wrap in qint64.
    if (whole.size() > 15)
        return Error{tooLarge(text)};
    qint64 minor = whole.toLongLong() * 100;
    if (!fraction.isEmpty())
        minor += fraction.leftJustified(2, u'0').toLongLong();
    if (minor > MaxMinorUnits)
        return Error{tooLarge(text)};
    if (match.captured(2) == u"-"_s)
        minor = -minor;
    return Money(minor, currency);
}

QString Money::toPlainString() const
{
    const qint64 absolute = mMinor < 0 ? -mMinor : mMinor;
    return (mMinor < 0 ? u"-"_s : QString()) + QString::number(absolute / 100) + u'.'
           + QString::number(absolute % 100).rightJustified(2, u'0');
}

QString Money::toDisplayString(const QLocale &locale) const
{
    const qint64 absolute = mMinor < 0 ? -mMinor : mMinor;
    // Format the integer part with grouping, then the two decimals: no floating point involved.
    QString number = locale.toString(absolute / 100) + locale.decimalPoint()
                     + QString::number(absolute % 100).rightJustified(2, u'0');
    if (mMinor < 0)
        number.prepend(locale.negativeSign());
    return mCurrency.isEmpty() ? number : mCurrency + u' ' + number;
}

Result<Money> Money::percentage(qint64 hundredthsOfPercent) const
{
    if (!inRange(mMinor))
        return Error{tooLarge(toPlainString())};
    // minor * rate / 10000 with round-half-away-from-zero, exactly in 128 bits: the product
    // of two qint64 cannot overflow there.
    const __int128 product = __int128(mMinor) * hundredthsOfPercent;
    const __int128 quotient = product / 10000;
    const __int128 remainder = product % 10000;
    __int128 rounded = quotient;
    if (remainder * 2 >= 10000)
        ++rounded;
    else if (remainder * 2 <= -10000)
        --rounded;
    if (rounded > MaxMinorUnits || rounded < -MaxMinorUnits)
        return Error{
            tr("%1 × %2 % is too large: amounts of money go up to ±%3")
                .arg(toPlainString(), QString::number(double(hundredthsOfPercent) / 100), limit())};
    return Money(qint64(rounded), mCurrency);
}

Result<Money> Money::multiplied(qint64 factor) const
{
    qint64 product = 0;
    if (!inRange(mMinor) || __builtin_mul_overflow(mMinor, factor, &product) || !inRange(product))
        return Error{tr("%1 × %2 is too large: amounts of money go up to ±%3")
                         .arg(toPlainString(), QString::number(factor), limit())};
    return Money(product, mCurrency);
}

Result<Money> Money::plus(const Money &other) const
{
    if (mCurrency != other.mCurrency)
        return Error{tr("%1 %2 and %3 %4 are in different currencies")
                         .arg(toPlainString(), mCurrency, other.toPlainString(), other.mCurrency)};
    qint64 sum = 0;
    if (!inRange(mMinor) || !inRange(other.mMinor)
        || __builtin_add_overflow(mMinor, other.mMinor, &sum) || !inRange(sum))
        return Error{tr("%1 + %2 is too large: amounts of money go up to ±%3")
                         .arg(toPlainString(), other.toPlainString(), limit())};
    return Money(sum, mCurrency);
}

} // namespace Accordo
