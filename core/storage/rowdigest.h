#pragma once

#include <QVariantList>

#include <cstddef>

namespace Accordo::Sql {

/// A digest of a row's values from `from` on, by their text form: the row read back from the
/// database and the row about to be written digest alike whatever types the driver hands
/// back (an integer as a number or as text), NULL apart from an empty text. Each value is
/// hashed where it lies, an integer's digits written as toString() writes them, so that a
/// million rows make no string each. Equal digests mean equal rows but for a 64-bit collision.
std::size_t rowDigest(const QVariantList &values, qsizetype from = 0);

} // namespace Accordo::Sql
