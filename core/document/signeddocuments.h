#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Accordo {

class Workspace;
struct Agreement;

/// The exact PDF a version was signed as, and its SHA-256: stored beside the signing record
/// when a version with a document is signed, exported byte for byte, and compared with a file
/// someone claims is the signed contract.
class SignedDocuments
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::SignedDocuments)

public:
    struct Stored
    {
        QString sha256; // lower-case hex
        QByteArray pdf;
    };
    /// What a file is, compared with the stored PDF.
    struct Verification
    {
        bool matches = false;
        QString fileSha256;
        QString signedSha256;
    };

    /// The language the signed PDF is written in.
    static constexpr auto SigningLanguage = "en";

    static QString sha256(const QByteArray &bytes);

    /// Runs inside the signing step, after the signing record is written: builds the version's
    /// document, renders it with DocumentRendering::pdfRenderer() and stores the PDF and its
    /// SHA-256. Returns the SHA-256, or none when the version has no document. Refused when
    /// the program has no renderer registered.
    static Result<std::optional<QString>> fingerprint(const Workspace &workspace,
                                                      const Agreement &agreement);
    /// The stored PDF of a signed version, or none (not signed, or signed without a document).
    static Result<std::optional<Stored>> stored(QSqlDatabase db, qint64 agreementId);
    /// Compares `file` with the stored PDF; an error when the version has none.
    static Result<Verification> verify(QSqlDatabase db, qint64 agreementId, const QByteArray &file);
};

} // namespace Accordo
