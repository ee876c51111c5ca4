#pragma once

#include "document/documentmodel.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTextDocument;

namespace Accordo {

/// Draws an agreement's document (cover, contents, numbered sections and clauses, signature
/// page) as an A4 PDF, an OpenDocument text or one HTML file, and the redline between two of
/// its versions; the labels it adds are in the document's language.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DocumentRenderer)

public:
    enum class Format { Pdf, Odt, Html };
    /// The format a file name asks for: .pdf, .odt, .html or .htm (in any case).
    static std::optional<Format> formatOf(const QString &path);
    static Result<QByteArray> render(const AgreementDocument &document, Format format);
    /// `to` with the text removed since `from` struck through in red and the text added
    /// underlined in green, clause by clause and in the tables, after a summary page listing
    /// termChanges (VersionDiff::toLines() of the two versions) and the changed clauses.
    static Result<QByteArray> renderRedline(const AgreementDocument &from,
                                            const AgreementDocument &to,
                                            const QStringList &termChanges, Format format);
    /// The document as one flowing text (contents without page numbers), as ODT and HTML
    /// write it.
    static std::unique_ptr<QTextDocument> textDocument(const AgreementDocument &document);
    /// Makes render() to PDF the renderer of the documents that are signed.
    static void registerForSigning();
};

} // namespace Accordo
