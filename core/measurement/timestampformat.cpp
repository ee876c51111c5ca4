#include "timestampformat.h"

#include "calendar/isotime.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr qint64 kSecondsPerDay = 86400;

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

} // namespace

TimestampFormat::TimestampFormat() : mPattern(u"iso"_s), mZone(QTimeZone::utc()) {}

Result<TimestampFormat> TimestampFormat::create(const QString &pattern, const QTimeZone &zone)
{
    TimestampFormat format;
    format.mZone = zone;
    format.mUtc = zone == QTimeZone::utc() || zone.id() == "UTC";
    format.mPattern = pattern.isEmpty() ? u"iso"_s : pattern;
    if (!zone.isValid())
        return Error{tr("the time zone is not valid")};
    if (format.mPattern.compare(u"iso"_s, Qt::CaseInsensitive) == 0)
        return format;
    format.mIso = false;
    const QString p = format.mPattern;
    bool afterHour = false;
    for (qsizetype i = 0; i < p.size();) {
        const QChar c = p.at(i);
        qsizetype run = 1;
        while (i + run < p.size() && p.at(i + run) == c)
            ++run;
        Part part;
        if (c == u'Y' && run == 4) {
            part.token = Token::Year;
        } else if (c == u'M' && run <= 2) {
            // MM after the hour is the minute, as in "D/M/YYYY HH:MM".
            part.token = afterHour ? Token::Minute : Token::Month;
        } else if (c == u'D' && run <= 2) {
            part.token = Token::Day;
        } else if (c == u'H' && run <= 2) {
            part.token = Token::Hour;
            afterHour = true;
        } else if (c == u'S' && run <= 2) {
            part.token = Token::Second;
        } else if (c.isLetterOrNumber()) {
            return Error{tr("date format \"%1\": \"%2\" is not one of D, DD, M, MM, YYYY, H, "
                            "HH, MM, SS")
                             .arg(p, p.mid(i, run))};
        } else {
            for (qsizetype k = 0; k < run; ++k)
                format.mParts.push_back(Part{Token::Literal, char(c.toLatin1())});
            i += run;
            continue;
        }
        format.mParts.push_back(part);
        i += run;
    }
    return format;
}

qint64 TimestampFormat::wallToUtc(qint64 wall) const
{
    if (mUtc)
        return wall;
    const qint64 hour = IsoTime::floorDiv(wall, 3600);
    auto it = mOffsets.find(hour);
    if (it == mOffsets.end()) {
        const qint64 hourWall = hour * 3600;
        const qint64 days = IsoTime::floorDiv(hourWall, kSecondsPerDay);
        const QDate date = QDate::fromJulianDay(days + 2440588);
        const qint64 utc = IsoTime::localToUtc(mZone, date, int(hourWall - days * kSecondsPerDay));
        it = mOffsets.emplace(hour, utc - hourWall).first;
    }
    return wall + it->second;
}

Result<qint64> TimestampFormat::parse(QByteArrayView text) const
{
    auto instant = parseAny(text);
    if (!instant)
        return instant;
    return IsoTime::requireSupported(*instant, u'"' + QString::fromUtf8(text).trimmed() + u'"');
}

Result<qint64> TimestampFormat::parseAny(QByteArrayView text) const
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    while (begin < end && *begin == ' ')
        ++begin;
    while (end > begin && end[-1] == ' ')
        --end;
    if (mIso) {
        // With an offset or Z the instant is absolute; without one it is wall time.
        const qsizetype n = end - begin;
        const bool absolute = n > 10
                              && (end[-1] == 'Z' || end[-1] == 'z' || end[-3] == '+'
                                  || end[-3] == '-' || end[-6] == '+' || end[-6] == '-');
        // A QTimeZone costs an allocation to construct: reuse this format's own.
        if (absolute || mUtc)
            return IsoTime::parse(begin, end, mZone);
        auto local = IsoTime::parse(begin, end, mUtcZone);
        if (!local)
            return local;
        return wallToUtc(*local);
    }
    int values[6] = {0, 0, 0, 0, 0, 0};
    bool seen[6] = {false, false, false, false, false, false};
    const char *p = begin;
    const auto invalid = [&] {
        return Error{tr("\"%1\" does not match the date format \"%2\"")
                         .arg(QString::fromUtf8(text), mPattern)};
    };
    for (const Part &part : mParts) {
        if (part.token == Token::Literal) {
            if (p == end && seen[int(Token::Minute)])
                break; // seconds and what leads to them may be left out
            if (p == end || *p != part.literal)
                return invalid();
            ++p;
            continue;
        }
        if (p == end && part.token == Token::Second)
            break;
        int value = 0;
        int digits = 0;
        while (p < end && *p >= '0' && *p <= '9' && digits < (part.token == Token::Year ? 4 : 2)) {
            value = value * 10 + (*p - '0');
            ++p;
            ++digits;
        }
        if (digits == 0)
            return invalid();
        values[int(part.token)] = value;
        seen[int(part.token)] = true;
    }
    if (p != end)
        return invalid();
    const int year = values[int(Token::Year)], month = values[int(Token::Month)],
              day = values[int(Token::Day)], hour = values[int(Token::Hour)],
              minute = values[int(Token::Minute)], second = values[int(Token::Second)];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23
        || minute > 59 || second > 59)
        return Error{tr("\"%1\" is not a valid date and time").arg(QString::fromUtf8(text))};
    const qint64 wall = IsoTime::daysFromCivil(year, month, day) * kSecondsPerDay + hour * 3600
                        + minute * 60 + second;
    return wallToUtc(wall);
}

} // namespace Accordo
