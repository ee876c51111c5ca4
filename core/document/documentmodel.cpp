#include "documentmodel.h"

namespace Accordo {

namespace {
DocumentRendering::PdfRenderer &registered()
{
    static DocumentRendering::PdfRenderer renderer;
    return renderer;
}
} // namespace

void DocumentRendering::setPdfRenderer(PdfRenderer renderer)
{
    registered() = std::move(renderer);
}

const DocumentRendering::PdfRenderer &DocumentRendering::pdfRenderer()
{
    return registered();
}

} // namespace Accordo
