#include "rowdigest.h"

#include <cstring>
#include <iterator>

namespace Accordo::Sql {

namespace {

// A 64-bit multiply-and-fold hash in the manner of wyhash: each value's UTF-16 units are
// taken sixteen bytes at a time and folded into the running digest, then the value's length,
// so that ("ab", "c") and ("a", "bc") differ. It is inlined here because a generic string
// hash, called once a value, cost more than the rest of reading a stored KPI row.
constexpr quint64 kP0 = 0xa0761d6478bd642full, kP1 = 0xe7037ed1a0b428dbull,
                  kP2 = 0x8ebc6af09c88c6e3ull, kP3 = 0x589965cc75374cc3ull;

inline quint64 fold(quint64 a, quint64 b)
{
    const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
    return quint64(product) ^ quint64(product >> 64);
}

inline quint64 word(const char *p, std::size_t bytes)
{
    quint64 w = 0;
    std::memcpy(&w, p, bytes < 8 ? bytes : 8);
    return w;
}

class Digest
{
public:
    void add(const char16_t *units, qsizetype count)
    {
        const char *p = reinterpret_cast<const char *>(units);
        std::size_t bytes = std::size_t(count) * sizeof(char16_t);
        const std::size_t length = bytes;
        for (; bytes > 16; bytes -= 16, p += 16)
            mState = fold(word(p, 8) ^ kP1, word(p + 8, 8) ^ mState);
        if (bytes > 0)
            mState = fold(word(p, bytes) ^ kP1, (bytes > 8 ? word(p + 8, bytes - 8) : 0) ^ mState);
        mState = fold(mState ^ kP2, length ^ kP3);
    }
    void addNull() { mState = fold(mState ^ kP3, kP0); }
    std::size_t value() const { return std::size_t(fold(mState ^ kP0, kP1)); }

private:
    quint64 mState = 0x5eed ^ kP0;
};

} // namespace

size_t rowDigest(const QVariantList &values, qsizetype from)
{
    Digest digest;
    char16_t digits[24];
    for (qsizetype i = from; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.isNull()) {
            digest.addNull();
            continue;
        }
        switch (v.metaType().id()) {
        case QMetaType::QString: {
            const auto *text = static_cast<const QString *>(v.constData());
            digest.add(reinterpret_cast<const char16_t *>(text->constData()), text->size());
            break;
        }
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
            digest.add(begin, end - begin);
            break;
        }
        default: {
            const QString text = v.toString();
            digest.add(reinterpret_cast<const char16_t *>(text.constData()), text.size());
        }
        }
    }
    return digest.value();
}

} // namespace Accordo::Sql
