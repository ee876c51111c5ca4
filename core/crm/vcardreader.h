#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Accordo {

/// One contact card of a vCard file, with the properties a party's contact needs.
struct VCard
{
    qint64 line = 0;       // of its BEGIN:VCARD
    QString version;       // "3.0" or "4.0"
    QString formattedName; // FN, else built from N
    QString organization;  // the first component of ORG
    QString title;         // TITLE, else ROLE
    QString email;         // the first EMAIL
    QString phone;         // the first TEL
    QString externalId;    // X-CRM-ACCOUNT-ID: the CRM's account id of the organization
};

/// Reads vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) files: several cards, folded lines (a line
/// that starts with a blank goes on the one before), escaped characters (\n, \, \; \\),
/// property groups ("item1.EMAIL") and parameters ("TEL;TYPE=work"). Properties other than
/// those of VCard are skipped. A card without END, a version other than 3.0 or 4.0, a card
/// without a name or text outside a card is refused naming its line.
class VCardReader
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::VCardReader)

public:
    /// Files larger than this are refused before they are read.
    static constexpr qsizetype MaxBytes = 64 * 1024 * 1024;

    /// The cards of `data`, in file order; errors name `sourceName` and the line.
    static Result<QList<VCard>> read(QByteArrayView data, const QString &sourceName);
    /// The value of a text property with its escapes undone.
    static QString unescape(QStringView value);
};

} // namespace Accordo
