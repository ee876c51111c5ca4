#pragma once

// Shared by the libFuzzer targets: an invariant check that stops the run like a crash, so
// that libFuzzer keeps the input that broke it.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
            std::abort(); \
        } \
    } while (false)

namespace FuzzSupport {

/// The input as a byte array; a copy, so that it ends in the NUL that C readers expect.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Touches every character of a message, so that a dangling or garbled one shows up.
inline void consume(const QString &text)
{
    volatile char16_t sink = 0;
    for (const QChar c : text)
        sink = sink ^ c.unicode();
    (void)sink;
}

} // namespace FuzzSupport
