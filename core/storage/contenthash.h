#pragma once

#include <QCryptographicHash>
#include <QString>

namespace Accordo {

/// The SHA-256 of a text's UTF-8 bytes as 64 lowercase hex digits: the key of a row that is
/// stored once by its content (document_texts), which anyone can recompute to check it.
inline QString contentSha256(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Accordo
