#pragma once

#include "document/documentmodel.h"
#include "report/documentrenderer.h"
#include "result.h"

#include <QCoreApplication>

class QWidget;

namespace Accordo {

class WorkspaceSession;

/// What the Document tab does with a rendered document: the print preview, the files it
/// exports under their suggested names, and the redline against an earlier version.
class DocumentExport
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DocumentExport)

public:
    /// "SLA-2024-0017 v2.pdf", "SLA-2024-0017 v2.odt".
    static QString fileName(const QString &number, int version, DocumentRenderer::Format format);
    /// "SLA-2024-0017 v1-v2 redline.pdf".
    static QString redlineName(const QString &number, int fromVersion, int toVersion);

    /// Shows Qt's print preview of `document`, from which the user prints it.
    static void printPreview(QWidget *parent, const AgreementDocument &document);
    /// Asks where to save `document` in `format` (the last folder used, the suggested name)
    /// and writes it; the path written, empty when the user cancelled.
    static Result<QString> exportTo(QWidget *parent, const AgreementDocument &document,
                                    DocumentRenderer::Format format);
    /// The redline PDF of version `toId` against `fromId`, in `language`.
    static Result<QByteArray> redline(WorkspaceSession &session, qint64 fromId, qint64 toId,
                                      const QString &language);
    /// Writes `bytes` to `path` whole, or says why it could not.
    static Result<void> write(const QString &path, const QByteArray &bytes);
};

} // namespace Accordo
