#include "money.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Accordo {

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
    if (whole.size() > 15)
        return Error{tr("\"%1\" is too large").arg(text)};
    qint64 minor = whole.toLongLong() * 100;
    if (!fraction.isEmpty())
        minor += fraction.leftJustified(2, u'0').toLongLong();
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

Money Money::percentage(qint64 hundredthsOfPercent) const
{
    // minor * rate / 10000 with round-half-away-from-zero, in integers. The product is taken
    // in 128 bits: the largest amount (about 10^17 minor units) times 100 % (10000) exceeds 64,
    // while the quotient fits again for any rate up to 100 %.
    const __int128 product = __int128(mMinor) * hundredthsOfPercent;
    const qint64 quotient = qint64(product / 10000);
    const qint64 remainder = qint64(product % 10000);
    qint64 rounded = quotient;
    if (remainder * 2 >= 10000)
        ++rounded;
    else if (remainder * 2 <= -10000)
        --rounded;
    return Money(rounded, mCurrency);
}

} // namespace Accordo
