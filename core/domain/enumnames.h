#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <cstddef>
#include <optional>

namespace Accordo {

/// One value of an enumeration in a table of them: the key it is stored under (stable, never
/// translated) and, where users read it, the source text of its name, marked with
/// QT_TRANSLATE_NOOP and translated in the context of the class that owns the table.
template<typename E>
struct EnumName
{
    E value;
    const char *key;
    const char *name = "";
};

/// Lookups in a table of EnumName, which lists the values in the order they are offered.
namespace EnumNames {

/// The entry of `value`; null for a value the table does not list.
template<typename E, std::size_t N>
const EnumName<E> *find(const EnumName<E> (&names)[N], E value)
{
    for (const EnumName<E> &entry : names) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

/// The stored key of `value`; empty for a value the table does not list.
template<typename E, std::size_t N>
QString key(const EnumName<E> (&names)[N], E value)
{
    const EnumName<E> *entry = find(names, value);
    return entry ? QString::fromLatin1(entry->key) : QString();
}

/// The untranslated name of `value`, for the owner's tr(); empty for a value the table does
/// not list.
template<typename E, std::size_t N>
const char *name(const EnumName<E> (&names)[N], E value)
{
    const EnumName<E> *entry = find(names, value);
    return entry ? entry->name : "";
}

/// The value stored under `key`; none for a key the table does not list.
template<typename E, std::size_t N>
std::optional<E> fromKey(const EnumName<E> (&names)[N], const QString &key)
{
    for (const EnumName<E> &entry : names) {
        if (key == QLatin1StringView(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

/// Every value the table lists, in its order.
template<typename E, std::size_t N>
QList<E> values(const EnumName<E> (&names)[N])
{
    QList<E> out;
    out.reserve(qsizetype(N));
    for (const EnumName<E> &entry : names)
        out.append(entry.value);
    return out;
}

} // namespace EnumNames

} // namespace Accordo
