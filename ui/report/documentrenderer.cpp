#include "documentrenderer.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

QString html(const AgreementDocument &d, const QString &before = {})
{
    QString out = u"<html><body>"_s + before;
    if (d.draft)
        out += u"<p><b>"_s + DocumentRenderer::tr("DRAFT — not for signature") + u"</b></p>"_s;
    out += u"<h1>%1</h1><p>%2 — %3 %4 — %5</p>"_s
               .arg(d.title.toHtmlEscaped(), d.number, d.kind.toHtmlEscaped())
               .arg(d.version)
               .arg(d.status.toHtmlEscaped());
    for (const DocumentParty &p : d.parties)
        out += u"<p>%1: %2</p>"_s.arg(p.role.toHtmlEscaped(), p.name.toHtmlEscaped());
    for (const QString &parent : d.inheritsFrom)
        out += u"<p>%1</p>"_s.arg(parent.toHtmlEscaped());
    for (qsizetype s = 0; s < d.sections.size(); ++s) {
        const DocumentSection &section = d.sections.at(s);
        out += u"<h2>%1. %2</h2>"_s.arg(s + 1).arg(section.title.toHtmlEscaped());
        for (qsizetype c = 0; c < section.clauses.size(); ++c) {
            const DocumentClause &clause = section.clauses.at(c);
            out += u"<h3>%1.%2 %3</h3>"_s.arg(s + 1).arg(c + 1).arg(clause.title.toHtmlEscaped());
            out += clause.html;
        }
    }
    for (const DocumentSignatory &s : d.signatories)
        out += u"<p>%1 — %2 (%3) %4</p>"_s.arg(s.party, s.name, s.role, s.signedOn).toHtmlEscaped();
    return out + u"</body></html>"_s;
}

Result<QByteArray> write(QTextDocument &text, DocumentRenderer::Format format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case DocumentRenderer::Format::Html:
        return text.toHtml().toUtf8();
    case DocumentRenderer::Format::Odt: {
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&text))
            return Error{DocumentRenderer::tr("the OpenDocument file could not be written")};
        return bytes;
    }
    case DocumentRenderer::Format::Pdf: {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return Error{DocumentRenderer::tr("drawing a PDF needs a graphical application")};
        QPdfWriter pdf(&buffer);
        pdf.setCreator(u"Accordo"_s);
        text.print(&pdf);
        return bytes;
    }
    }
    return bytes;
}

} // namespace

std::optional<DocumentRenderer::Format> DocumentRenderer::formatOf(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(u".pdf"_s))
        return Format::Pdf;
    if (lower.endsWith(u".odt"_s))
        return Format::Odt;
    if (lower.endsWith(u".html"_s) || lower.endsWith(u".htm"_s))
        return Format::Html;
    return std::nullopt;
}

std::unique_ptr<QTextDocument> DocumentRenderer::textDocument(const AgreementDocument &document)
{
    auto text = std::make_unique<QTextDocument>();
    text->setHtml(html(document));
    return text;
}

Result<QByteArray> DocumentRenderer::render(const AgreementDocument &document, Format format)
{
    auto text = textDocument(document);
    return write(*text, format);
}

Result<QByteArray> DocumentRenderer::renderRedline(const AgreementDocument &from,
                                                   const AgreementDocument &to,
                                                   const QStringList &termChanges, Format format)
{
    Q_UNUSED(from);
    QString summary = u"<h1>%1</h1><ul>"_s.arg(tr("Changes"));
    for (const QString &line : termChanges)
        summary += u"<li>%1</li>"_s.arg(line.toHtmlEscaped());
    summary += u"</ul>"_s;
    QTextDocument text;
    text.setHtml(html(to, summary));
    return write(text, format);
}

void DocumentRenderer::registerForSigning()
{
    DocumentRendering::setPdfRenderer(
        [](const AgreementDocument &document) { return render(document, Format::Pdf); });
}

} // namespace Accordo
