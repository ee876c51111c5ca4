#include "signeddocuments.h"

#include "data/documentstore.h"
#include "data/workspace.h"
#include "document/documentbuilder.h"
#include "document/documentmodel.h"
#include "document/documentwords.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr auto InsertSigned = R"(INSERT INTO signed_documents (agreement_id, sha256, pdf_base64)
VALUES (?, ?, ?))"_L1;
constexpr auto SelectSigned = R"(SELECT sha256, pdf_base64 FROM signed_documents
WHERE agreement_id = ?)"_L1;

} // namespace

QString SignedDocuments::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<std::optional<QString>> SignedDocuments::fingerprint(const Workspace &workspace,
                                                            const Agreement &a)
{
    auto stored = DocumentStore(workspace).document(a.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return std::optional<QString>();
    const QString version = tr("%1 version %2").arg(a.number).arg(a.version);
    const auto &render = DocumentRendering::pdfRenderer();
    if (!render)
        return Error{tr("%1 has a document, and this program cannot render it as the PDF that "
                        "is signed: record the signature in Accordo or accordo-cli")
                         .arg(version)};
    const QString language = QString::fromLatin1(SigningLanguage);
    auto document = DocumentBuilder::build(workspace, a.id, language);
    if (!document)
        return document.error();
    // The signing record is written but the status changes after this step: the PDF signed
    // is the version in force.
    document->status = DocumentWords::word(u"status.active"_s, language);
    document->draft = false;
    auto pdf = render(*document);
    if (!pdf)
        return Error{
            tr("%1: the document could not be rendered: %2").arg(version, pdf.errorString())};
    if (pdf->isEmpty())
        return Error{tr("%1: the document rendered as an empty file").arg(version)};
    const QString hash = sha256(*pdf);
    if (auto r = Sql::exec(workspace.connection(), InsertSigned,
                           {a.id, hash, QString::fromLatin1(pdf->toBase64())});
        !r)
        return Error{
            tr("%1: the signed document could not be stored: %2").arg(version, r.errorString())};
    return std::optional<QString>(hash);
}

Result<std::optional<SignedDocuments::Stored>> SignedDocuments::stored(QSqlDatabase db,
                                                                       qint64 agreementId)
{
    auto rows = Sql::select(db, SelectSigned, {agreementId});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<Stored>();
    return std::optional<Stored>(
        Stored{rows->text("sha256"), QByteArray::fromBase64(rows->text("pdf_base64").toLatin1())});
}

Result<SignedDocuments::Verification> SignedDocuments::verify(QSqlDatabase db, qint64 agreementId,
                                                              const QByteArray &file)
{
    auto signedPdf = stored(db, agreementId);
    if (!signedPdf)
        return signedPdf.error();
    if (!*signedPdf)
        return Error{tr("this version has no stored signed document to compare with")};
    Verification v;
    v.fileSha256 = sha256(file);
    v.signedSha256 = (*signedPdf)->sha256;
    v.matches = v.fileSha256 == v.signedSha256 && file == (*signedPdf)->pdf;
    return v;
}

} // namespace Accordo
