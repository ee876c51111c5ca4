#include "documentpages.h"
#include "report/reportcolours.h"

#include "documentcomposer.h"
#include "documentredline.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

using namespace ReportColours;
const QColor Watermark(Alarm.red(), Alarm.green(), Alarm.blue(), 48);
// Lengths in points at 96 dpi: the resolution of the layout, fine enough for text set in
// fractional points, and the one the other reports draw at.
constexpr int Resolution = 96;
constexpr int MostPasses = 60;

// Where a block's first (or last) line is drawn: a paged layout pushes the lines that do not
// fit to the next page, so the block's own top may still be on the page before.
qreal lineEdge(const QTextDocument &text, const QTextBlock &block, bool last)
{
    const QRectF rect = text.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return last ? rect.bottom() : rect.top();
    const QTextLine line = layout->lineAt(last ? layout->lineCount() - 1 : 0);
    // The rectangle starts where the layout is placed; its lines are relative to that.
    const qreal top = rect.top() + line.y();
    return last ? top + line.height() - 0.5 : top;
}

int pageAt(const QTextDocument &text, qreal y)
{
    return int(std::floor(y / text.pageSize().height())) + 1;
}

int pageOf(const QTextDocument &text, const QTextBlock &block)
{
    return pageAt(text, lineEdge(text, block, false));
}

bool isSplit(const QTextDocument &text, const QTextBlock &block)
{
    return pageAt(text, lineEdge(text, block, false)) != pageAt(text, lineEdge(text, block, true));
}

// The first block after a heading that has something to show.
QTextBlock followerOf(const QTextBlock &heading)
{
    QTextBlock next = heading.next();
    if (next.isValid() && next.length() == 1 && next.next().isValid())
        next = next.next();
    return next;
}

struct Layout
{
    QList<int> contents;
    QSet<int> breakBefore;
};

class Measure
{
public:
    Measure(const QTextDocument &text, const DocumentComposer &composer,
            const QSet<int> &breakBefore)
        : mText(text), mHeadings(composer.headings().cbegin(), composer.headings().cend())
    {
        mLayout.breakBefore = breakBefore;
        for (int number : composer.contentsTargets())
            mLayout.contents.append(pageOf(text, text.findBlockByNumber(number)));
    }

    // The first block, in the order of the document, that must start a page so that nothing
    // is left at the bottom of one (a break changes only what follows it, so one at a time
    // keeps every page as full as it can be): a heading that ends a page, a short paragraph or
    // a table that fits on a page split over two. A heading right above it goes with it.
    void breakFirstSplit()
    {
        // What a page holds between its margins, less a title and an introduction.
        const QTextFrameFormat margins = mText.rootFrame()->frameFormat();
        const qreal room = mText.pageSize().height() - margins.topMargin() - margins.bottomMargin()
                           - 60;
        for (QTextBlock block = mText.begin(); block.isValid(); block = block.next()) {
            QTextTable *table = QTextCursor(block).currentTable();
            if (table && block.position() == table->firstPosition()) {
                // A table that fits on a page is not split; a longer one runs over pages with
                // its header row repeated.
                const qreal top = lineEdge(mText, block, false);
                const qreal bottom = lineEdge(mText, mText.findBlock(table->lastPosition()), true);
                if (pageAt(mText, top) != pageAt(mText, bottom) && bottom - top < room) {
                    breakBefore(mText.findBlock(table->firstPosition() - 1).blockNumber());
                    return;
                }
            }
            if (table)
                continue;
            const bool split = mHeadings.contains(block.blockNumber())
                                   ? followerOf(block).isValid()
                                         && pageOf(mText, followerOf(block)) > pageOf(mText, block)
                                   : block.layout() && block.layout()->lineCount() <= ShortParagraph
                                         && isSplit(mText, block);
            if (split && !mLayout.breakBefore.contains(block.blockNumber())) {
                breakBefore(block.blockNumber());
                return;
            }
        }
    }

    const Layout &layout() const { return mLayout; }

private:
    static constexpr int ShortParagraph = 6;

    void breakBefore(int number)
    {
        // The clause's title and its section's heading above a paragraph or a table.
        int first = number;
        if (!mHeadings.contains(first) && mHeadings.contains(first - 1))
            --first;
        else if (!mHeadings.contains(first) && mText.findBlockByNumber(first - 1).length() == 1
                 && mHeadings.contains(first - 2))
            first -= 2;
        while (mHeadings.contains(first - 1))
            --first;
        mLayout.breakBefore.insert(first);
        for (int later = first + 1; later <= number; ++later)
            mLayout.breakBefore.remove(later);
    }

    const QTextDocument &mText;
    QSet<int> mHeadings;
    Layout mLayout;
};

// The page of every heading the contents list, and the blocks that must start a page.
Layout measure(const QTextDocument &text, const DocumentComposer &composer,
               const QSet<int> &breakBefore)
{
    Measure measure(text, composer, breakBefore);
    measure.breakFirstSplit();
    return measure.layout();
}

struct Decoration
{
    QString headerLeft;
    QString headerRight;
    QString footerLeft;
    int coverPage = 0; // carries no running header and footer
    bool draft = false;
};

void decorate(QPainter &painter, const QSizeF &page, qreal scale, const Decoration &d, int index,
              int count)
{
    const qreal left = 62 * scale;
    const qreal width = page.width() - 2 * left;
    painter.save();
    if (d.draft) {
        // Corner to corner, as large as fits three quarters of the diagonal.
        const qreal diagonal = std::hypot(page.width(), page.height());
        const QString text = DocumentPages::tr("DRAFT — not for signature");
        QFont font(u"DejaVu Sans"_s);
        font.setBold(true);
        font.setPointSizeF(60);
        const qreal advance = QFontMetricsF(font, painter.device()).horizontalAdvance(text);
        font.setPointSizeF(60 * diagonal * 0.75 / advance);
        painter.translate(page.width() / 2, page.height() / 2);
        painter.rotate(-std::atan2(page.height(), page.width()) * 180 / M_PI);
        painter.setFont(font);
        painter.setPen(Watermark);
        painter.drawText(QRectF(-diagonal / 2, -diagonal / 8, diagonal, diagonal / 4),
                         Qt::AlignCenter, text);
        painter.resetTransform();
    }
    if (index != d.coverPage) {
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(8);
        painter.setFont(font);
        painter.setPen(Muted);
        const QRectF header(left, 30 * scale, width, 14 * scale);
        const QFontMetricsF metrics(font, painter.device());
        const qreal leftWidth = metrics.horizontalAdvance(d.headerLeft);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, d.headerLeft);
        painter.drawText(
            header, Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(d.headerRight, Qt::ElideRight, width - leftWidth - 24 * scale));
        painter.setPen(QPen(Accent, 1.0 * scale));
        painter.drawLine(QPointF(left, 47 * scale), QPointF(left + width, 47 * scale));
        const qreal footerTop = page.height() - 42 * scale;
        painter.setPen(QPen(Rule, 0.6 * scale));
        painter.drawLine(QPointF(left, footerTop), QPointF(left + width, footerTop));
        painter.setPen(Muted);
        const QRectF footer(left, footerTop + 4 * scale, width, 14 * scale);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, d.footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         DocumentPages::tr("Page %1 of %2").arg(index + 1).arg(count));
    }
    painter.restore();
}

} // namespace

Result<QByteArray> DocumentPages::pdf(const AgreementDocument &document, const QLocale &locale,
                                      const DocumentRedline *redline,
                                      const QStringList &termChanges)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(Resolution);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setCreator(u"Accordo"_s);
    writer.setTitle(u"%1 — %2"_s.arg(document.number, document.title));

    DocumentComposer composer(document, locale, redline);
    composer.setTermChanges(termChanges);
    DocumentComposer::Pages pages;
    pages.device = &writer;
    pages.size = QSizeF(writer.width(), writer.height());
    const std::unique_ptr<QTextDocument> text = composer.compose(pages);
    for (int pass = 0; pass < MostPasses; ++pass) {
        const Layout layout = measure(*text, composer, pages.breakBefore);
        if (layout.contents == pages.contents && layout.breakBefore == pages.breakBefore)
            break;
        pages.contents = layout.contents;
        pages.breakBefore = layout.breakBefore;
        composer.repaginate(*text, pages);
    }

    Decoration decoration;
    decoration.headerLeft = redline
                                ? tr("%1 · version %2 compared with version %3")
                                      .arg(document.number)
                                      .arg(document.version)
                                      .arg(redline->fromVersion())
                                : tr("%1 · version %2").arg(document.number).arg(document.version);
    decoration.headerRight = document.title;
    decoration.footerLeft = document.status;
    decoration.coverPage = redline ? 1 : 0;
    decoration.draft = document.draft;

    QPainter painter;
    if (!painter.begin(&writer))
        return Error{
            tr("Cannot draw the PDF of %1 version %2.").arg(document.number).arg(document.version)};
    const QSizeF page = pages.size;
    const int count = text->pageCount();
    const qreal scale = DocumentComposer::pixelsPerPoint(&writer);
    for (int index = 0; index < count; ++index) {
        if (index > 0)
            writer.newPage();
        painter.save();
        const QRectF area(0, index * page.height(), page.width(), page.height());
        painter.translate(0, -area.top());
        painter.setClipRect(area);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = area;
        context.palette.setColor(QPalette::Text, QColor(0x21, 0x21, 0x21));
        text->documentLayout()->draw(&painter, context);
        painter.restore();
        decorate(painter, page, scale, decoration, index, count);
    }
    painter.end();
    buffer.close();
    return bytes;
}

} // namespace Accordo
