#include "reportformat.h"

#include "reportdata/servicereportdata.h"

#include "domain/enums.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Accordo {

QString ReportFormat::percent(const std::optional<qint64> &milli, int decimals) const
{
    if (!milli)
        return tr("n/a");
    const qint64 m = *milli;
    qint64 divisor = 1;
    for (int i = decimals; i < 3; ++i)
        divisor *= 10;
    QString text = (m < 0 ? mLocale.negativeSign() : QString()) + mLocale.toString(qAbs(m) / 1000);
    if (decimals > 0)
        text += mLocale.decimalPoint()
                + QString::number((qAbs(m) % 1000) / divisor).rightJustified(decimals, u'0');
    return text + u" %"_s;
}

QString ReportFormat::period(const QString &period) const
{
    if (period.size() == 7 && period.at(5) == u'Q')
        return tr("Q%1 %2").arg(period.mid(6, 1), period.left(4));
    const QDate d = QDate::fromString(period + u"-01"_s, u"yyyy-MM-dd"_s);
    if (!d.isValid())
        return period;
    return mLocale.standaloneMonthName(d.month()) + u' ' + QString::number(d.year());
}

QString ReportFormat::date(const QDate &date) const
{
    if (!date.isValid())
        return tr("none");
    return mLocale.toString(date, u"d MMMM yyyy"_s);
}

QString ReportFormat::instant(qint64 seconds) const
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    return mLocale.toString(t, u"dd/MM/yyyy HH:mm"_s);
}

QString ReportFormat::generated(const QDateTime &at) const
{
    return tr("Generated %1").arg(mLocale.toString(at.toUTC(), u"dd/MM/yyyy HH:mm"_s) + u" UTC"_s);
}

QString ReportFormat::duration(qint64 seconds) const
{
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

QString ReportFormat::asOf(const std::optional<qint64> &seconds) const
{
    return seconds ? tr("%1 UTC").arg(instant(*seconds)) : tr("no measurements yet");
}

QString ReportFormat::status(const QString &key)
{
    if (key == u"met"_s)
        return tr("Met");
    if (key == u"at_risk"_s)
        return tr("At risk");
    if (key == u"breached"_s)
        return tr("Breached");
    if (key == u"no_data"_s)
        return tr("No data");
    return key;
}

QString ReportFormat::metric(const QString &key) const
{
    const auto m = Enums::fromKey<Metric>(key);
    return m ? Enums::displayName(*m) : key;
}

QString ReportFormat::kind(const QString &key) const
{
    const auto k = Enums::fromKey<AgreementKind>(key);
    return k ? Enums::displayName(*k) : key;
}

QString ReportFormat::partyKind(const QString &key) const
{
    const auto k = Enums::fromKey<PartyKind>(key);
    return k ? Enums::displayName(*k) : key;
}

QString ReportFormat::targetName(const TargetResult &result) const
{
    const QString metricName = result.metric == u"custom"_s && !result.customName.isEmpty()
                                   ? result.customName
                                   : metric(result.metric);
    QString name = result.service + u" · "_s + metricName;
    if (!result.priority.isEmpty())
        name += u' ' + result.priority;
    return name;
}

QString ReportFormat::targetValue(const TargetResult &result,
                                  const std::optional<qint64> &milli) const
{
    const bool score = result.metric == u"satisfaction"_s;
    const bool ownUnit = result.metric == u"custom"_s && result.customUnit != u"%"_s;
    if (!score && !ownUnit)
        return percent(milli);
    if (!milli)
        return tr("n/a");
    // Shown, never computed with: the stored thousandths stay exact.
    const QString number = mLocale.toString(*milli / 1000.0, 'f', score ? 2 : 3);
    return score || result.customUnit.isEmpty() ? number
                                                : QString(number + u' ' + result.customUnit);
}

} // namespace Accordo
