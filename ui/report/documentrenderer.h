#pragma once

#include "document/documentmodel.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextDocument>

#include <memory>
#include <optional>

namespace Accordo {

/// Draws an agreement's document as PDF, OpenDocument text or HTML, and the redline between
/// two versions.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DocumentRenderer)
public:
    enum class Format { Pdf, Odt, Html };
    static std::optional<Format> formatOf(const QString &path); // .pdf .odt .html/.htm
    static Result<QByteArray> render(const AgreementDocument &document, Format format);
    // `to` with the text removed since `from` struck through in red and the text added
    // underlined in green, clause by clause and in the tables, after a summary page listing
    // termChanges (VersionDiff::toLines() of the two versions) and the changed clauses.
    static Result<QByteArray> renderRedline(const AgreementDocument &from,
                                            const AgreementDocument &to,
                                            const QStringList &termChanges, Format format);
    static std::unique_ptr<QTextDocument> textDocument(const AgreementDocument &document);
    static void registerForSigning(); // DocumentRendering::setPdfRenderer(render as PDF)
};

} // namespace Accordo
