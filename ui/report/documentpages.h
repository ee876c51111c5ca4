#pragma once

#include "document/documentmodel.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Accordo {

class DocumentRedline;

/// Lays an agreement's document out on A4 pages and draws it as a PDF: composed until the
/// contents' page numbers hold and no heading ends a page, then each page painted with the
/// running header and footer and, on a draft, the watermark.
class DocumentPages
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DocumentRenderer)

public:
    /// tr() must already answer in the document's language.
    static Result<QByteArray> pdf(const AgreementDocument &document, const QLocale &locale,
                                  const DocumentRedline *redline = nullptr,
                                  const QStringList &termChanges = {});
};

} // namespace Accordo
