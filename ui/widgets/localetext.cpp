#include "localetext.h"

#include "widgets/dateedit.h"

using namespace Qt::StringLiterals;

namespace Accordo::LocaleText {

QString date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, DateEdit::displayFormat(locale)) : QString();
}

QString dateTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    return locale.toString(dateTime, DateEdit::displayFormat(locale) + u" "_s
                                         + locale.timeFormat(QLocale::ShortFormat));
}

QString milli(qint64 milli, const QLocale &locale)
{
    // From the integer, not a double: 99.999 % stays 99.999 %.
    QString fraction = QString::number(qAbs(milli) % 1000).rightJustified(3, u'0');
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    QString text = (milli < 0 ? locale.negativeSign() : QString())
                   + locale.toString(qAbs(milli) / 1000);
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    return text;
}

QString percent(qint64 value, const QLocale &locale)
{
    return milli(value, locale) + u" %"_s;
}

QString decimal(const QString &plain, const QLocale &locale)
{
    QString text = plain;
    return text.replace(u'.', locale.decimalPoint());
}

QString plainDecimal(QString typed, const QLocale &locale)
{
    typed = typed.trimmed();
    const QString point = locale.decimalPoint();
    if (point == u"."_s)
        return typed.remove(locale.groupSeparator());
    if (!typed.contains(point))
        return typed;
    typed.remove(locale.groupSeparator());
    return typed.replace(point, u"."_s);
}

} // namespace Accordo::LocaleText
