#include "documentexport.h"

#include "document/documentbuilder.h"
#include "lifecycle/versiondiff.h"
#include "report/reportfiles.h"
#include "session/workspacesession.h"

#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Accordo {

QString DocumentExport::fileName(const QString &number, int version,
                                 DocumentRenderer::Format format)
{
    switch (format) {
    case DocumentRenderer::Format::Odt:
        return tr("%1 v%2.odt").arg(number).arg(version);
    case DocumentRenderer::Format::Html:
        return tr("%1 v%2.html").arg(number).arg(version);
    case DocumentRenderer::Format::Pdf:
        break;
    }
    return tr("%1 v%2.pdf").arg(number).arg(version);
}

QString DocumentExport::redlineName(const QString &number, int fromVersion, int toVersion)
{
    return tr("%1 v%2-v%3 redline.pdf").arg(number).arg(fromVersion).arg(toVersion);
}

void DocumentExport::printPreview(QWidget *parent, const AgreementDocument &document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(
        fileName(document.number, document.version, DocumentRenderer::Format::Pdf).chopped(4));
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(
        tr("Print Preview — %1 version %2").arg(document.number).arg(document.version));
    const auto text = DocumentRenderer::textDocument(document);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&text](QPrinter *target) { text->print(target); });
    preview.resize(900, 700);
    preview.exec();
}

Result<QString> DocumentExport::exportTo(QWidget *parent, const AgreementDocument &document,
                                         DocumentRenderer::Format format)
{
    const bool odt = format == DocumentRenderer::Format::Odt;
    const QString path = ReportFiles::askPath(
        parent, odt ? tr("Export OpenDocument Text") : tr("Export PDF"),
        fileName(document.number, document.version, format),
        odt ? tr("OpenDocument text (*.odt)") : tr("PDF (*.pdf)"), odt ? u".odt"_s : u".pdf"_s);
    if (path.isEmpty())
        return QString();
    auto bytes = DocumentRenderer::render(document, format);
    if (!bytes)
        return bytes.error();
    if (auto written = write(path, *bytes); !written)
        return written.error();
    return path;
}

Result<QByteArray> DocumentExport::redline(WorkspaceSession &session, qint64 fromId, qint64 toId,
                                           const QString &language)
{
    auto from = DocumentBuilder::build(session.workspace(), fromId, language);
    if (!from)
        return from.error();
    auto to = DocumentBuilder::build(session.workspace(), toId, language);
    if (!to)
        return to.error();
    auto diff = session.workflow().diff(fromId, toId);
    if (!diff)
        return diff.error();
    return DocumentRenderer::renderRedline(*from, *to, diff->toLines(),
                                           DocumentRenderer::Format::Pdf);
}

Result<void> DocumentExport::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("%1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace Accordo
