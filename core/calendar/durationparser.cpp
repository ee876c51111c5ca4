#include "durationparser.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr qint64 kMaxSeconds = DurationParser::MaxSeconds;

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

qint64 unitSeconds(char unit)
{
    switch (unit) {
    case 'd':
        return 86400;
    case 'h':
        return 3600;
    case 'm':
        return 60;
    case 's':
        return 1;
    default:
        return 0;
    }
}

// Parses "<n><unit>..." with units in decreasing order, each at most once. Spaces between
// parts are allowed in the compact form only. Sets tooLong (and fails) past kMaxSeconds; no
// intermediate value can overflow, as each is checked before it grows further.
bool parseParts(const char *&p, const char *end, const char *units, bool allowSpaces, qint64 &total,
                bool &any, bool &tooLong)
{
    const char *allowed = units;
    while (p < end) {
        if (allowSpaces && *p == ' ') {
            ++p;
            continue;
        }
        if (*p < '0' || *p > '9')
            return true;
        qint64 value = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            value = value * 10 + (*p - '0');
            if (value > kMaxSeconds) {
                tooLong = true;
                return false;
            }
            ++p;
        }
        if (p == end)
            return false;
        const char unit = lower(*p);
        while (*allowed && *allowed != unit)
            ++allowed;
        if (!*allowed)
            return false;
        ++allowed;
        ++p;
        total += value * unitSeconds(unit);
        if (total > kMaxSeconds) {
            tooLong = true;
            return false;
        }
        any = true;
    }
    return true;
}

} // namespace

Result<qint64> DurationParser::parse(QStringView text)
{
    const QByteArray latin = text.trimmed().toLatin1();
    return parse(latin.constData(), latin.constData() + latin.size());
}

Result<qint64> DurationParser::parse(const char *begin, const char *end)
{
    while (begin < end && (*begin == ' ' || *begin == '\t'))
        ++begin;
    while (end > begin && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        --end;
    const char *p = begin;
    qint64 total = 0;
    bool any = false;
    bool ok = false;
    bool overLimit = false;
    if (p < end && lower(*p) == 'p') {
        ++p;
        ok = parseParts(p, end, "d", false, total, any, overLimit);
        if (ok && p < end && lower(*p) == 't') {
            ++p;
            bool anyTime = false;
            ok = parseParts(p, end, "hms", false, total, anyTime, overLimit) && anyTime;
            any = any || anyTime;
        }
    } else {
        ok = parseParts(p, end, "dhms", true, total, any, overLimit);
    }
    if (ok && any && p == end)
        return total;
    if (overLimit)
        return Error{tooLong(QString::fromLatin1(begin, end - begin))};
    return Error{tr("\"%1\" is not a valid duration (write e.g. 90m, 4h, 1h30m, 45s or PT4H)")
                     .arg(QString::fromLatin1(begin, end - begin))};
}

QString DurationParser::tooLong(const QString &text)
{
    return tr("\"%1\" is too long: durations go up to 100 years (36525d)").arg(text);
}

QString DurationParser::format(qint64 seconds)
{
    if (seconds == 0)
        return u"0s"_s;
    QString text;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = seconds / 60 % 60;
    const qint64 rest = seconds % 60;
    if (hours)
        text += QString::number(hours) + u'h';
    if (minutes)
        text += QString::number(minutes) + u'm';
    if (rest)
        text += QString::number(rest) + u's';
    return text;
}

} // namespace Accordo
