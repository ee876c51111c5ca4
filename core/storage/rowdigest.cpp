#include "rowdigest.h"

#include <QHash>

#include <iterator>

namespace Accordo::Sql {

size_t rowDigest(const QVariantList &values, qsizetype from)
{
    size_t digest = 0x5eed;
    char16_t digits[24];
    for (qsizetype i = from; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.isNull()) {
            digest = qHash(QStringView(u"\u0000"), digest);
            continue;
        }
        switch (v.metaType().id()) {
        case QMetaType::QString:
            digest = qHash(QStringView(*static_cast<const QString *>(v.constData())), digest);
            break;
        case QMetaType::Int:
        case QMetaType::LongLong: {
            const qint64 n = v.toLongLong();
            // From the last digit back; the magnitude as unsigned, so that the least qint64
            // has one too.
            quint64 magnitude = n < 0 ? 0 - quint64(n) : quint64(n);
            char16_t *end = std::end(digits);
            char16_t *begin = end;
            do {
                *--begin = char16_t(u'0' + magnitude % 10);
                magnitude /= 10;
            } while (magnitude != 0);
            if (n < 0)
                *--begin = u'-';
            digest = qHash(QStringView(begin, end), digest);
            break;
        }
        default:
            digest = qHash(v.toString(), digest);
        }
    }
    return digest;
}

} // namespace Accordo::Sql
