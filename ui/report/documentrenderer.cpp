#include "documentrenderer.h"

#include "documentcomposer.h"
#include "documentpages.h"
#include "documentredline.h"
#include "reportlanguage.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSet>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// What drawing needs before anything is drawn: a language the labels exist in, fonts (a
// QGuiApplication), and for a redline one clause per key.
Result<void> check(const AgreementDocument &document)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{DocumentRenderer::tr("Drawing a document needs a graphical application "
                                          "(QGuiApplication), even an offscreen one.")};
    if (!ReportLanguage::isSupported(document.language))
        return Error{DocumentRenderer::tr("%1 version %2: the document's language \"%3\" is "
                                          "not supported; it must be en or it.")
                         .arg(document.number)
                         .arg(document.version)
                         .arg(document.language)};
    return {};
}

Result<void> checkKeys(const AgreementDocument &document)
{
    QSet<QString> keys;
    for (const DocumentSection &section : document.sections)
        for (const DocumentClause &clause : section.clauses) {
            if (keys.contains(clause.key))
                return Error{DocumentRenderer::tr("%1 version %2: the clause key \"%3\" appears "
                                                  "twice (section \"%4\"); a redline matches "
                                                  "clauses by key.")
                                 .arg(document.number)
                                 .arg(document.version)
                                 .arg(clause.key, section.title)};
            keys.insert(clause.key);
        }
    return {};
}

std::unique_ptr<QTextDocument> flowing(const AgreementDocument &document, const QLocale &locale,
                                       const DocumentRedline *redline,
                                       const QStringList &termChanges)
{
    DocumentComposer composer(document, locale, redline);
    composer.setTermChanges(termChanges);
    return composer.compose({});
}

Result<QByteArray> write(const QTextDocument &text, DocumentRenderer::Format format,
                         const AgreementDocument &document)
{
    if (format == DocumentRenderer::Format::Html) {
        QString html = text.toHtml();
        html.replace(u"<html>"_s, u"<html lang=\"%1\">"_s.arg(document.language));
        return html.toUtf8();
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&text))
        return Error{DocumentRenderer::tr("Cannot write %1 version %2 as an OpenDocument text.")
                         .arg(document.number)
                         .arg(document.version)};
    buffer.close();
    return bytes;
}

} // namespace

std::optional<DocumentRenderer::Format> DocumentRenderer::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    if (suffix == u"odt"_s)
        return Format::Odt;
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return Format::Html;
    return std::nullopt;
}

Result<QByteArray> DocumentRenderer::render(const AgreementDocument &document, Format format)
{
    if (const Result<void> ready = check(document); !ready)
        return ready.error();
    const ReportLanguage language(document.language);
    if (format == Format::Pdf)
        return DocumentPages::pdf(document, language.locale());
    const std::unique_ptr<QTextDocument> text = flowing(document, language.locale(), nullptr, {});
    return write(*text, format, document);
}

Result<QByteArray> DocumentRenderer::renderRedline(const AgreementDocument &from,
                                                   const AgreementDocument &to,
                                                   const QStringList &termChanges, Format format)
{
    for (const AgreementDocument *document : {&from, &to}) {
        if (const Result<void> ready = check(*document); !ready)
            return ready.error();
        if (const Result<void> keys = checkKeys(*document); !keys)
            return keys.error();
    }
    const ReportLanguage language(to.language);
    const DocumentRedline redline = DocumentRedline::compare(from, to);
    if (format == Format::Pdf)
        return DocumentPages::pdf(to, language.locale(), &redline, termChanges);
    const std::unique_ptr<QTextDocument> text = flowing(to, language.locale(), &redline,
                                                        termChanges);
    return write(*text, format, to);
}

std::unique_ptr<QTextDocument> DocumentRenderer::textDocument(const AgreementDocument &document)
{
    const ReportLanguage language(document.language);
    return flowing(document, language.locale(), nullptr, {});
}

void DocumentRenderer::registerForSigning()
{
    DocumentRendering::setPdfRenderer(
        [](const AgreementDocument &document) { return render(document, Format::Pdf); });
}

} // namespace Accordo
