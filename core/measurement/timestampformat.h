#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

#include <unordered_map>
#include <vector>

namespace Accordo {

/// Reads the timestamps of an import file: ISO 8601 ("iso", the default) or a pattern such
/// as "D/M/YYYY HH:MM" (D, DD, M, MM, YYYY, H, HH, then MM for minutes, SS; other characters
/// must match as written; digits need no zero padding; missing trailing seconds are zero).
/// Naive timestamps are wall time of the given zone.
class TimestampFormat
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::TimestampFormat)

public:
    TimestampFormat();
    static Result<TimestampFormat> create(const QString &pattern, const QTimeZone &zone);

    QString pattern() const { return mPattern; }
    QTimeZone timeZone() const { return mZone; }

    /// The instant a text stands for; an instant outside the supported years (1970 to 2199)
    /// is refused, naming the text.
    Result<qint64> parse(QByteArrayView text) const;

private:
    Result<qint64> parseAny(QByteArrayView text) const;
    enum class Token { Year, Month, Day, Hour, Minute, Second, Literal };
    struct Part
    {
        Token token = Token::Literal;
        char literal = 0;
    };

    qint64 wallToUtc(qint64 wall) const;

    QString mPattern;
    QTimeZone mZone;
    QTimeZone mUtcZone = QTimeZone::utc();
    bool mIso = true;
    bool mUtc = true;
    std::vector<Part> mParts;
    // Offsets per wall-clock hour: a zone lookup costs microseconds, an import has millions.
    mutable std::unordered_map<qint64, qint64> mOffsets;
};

} // namespace Accordo
