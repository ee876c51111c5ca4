#include "reportcanvas.h"
#include "report/reportcolours.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace Accordo {

using namespace ReportColours;

ReportCanvas::ReportCanvas(QPagedPaintDevice *device, bool dryRun, int pageCount)
    : mDevice(device), mDryRun(dryRun), mPageCount(pageCount)
{
    mScale = device->logicalDpiY() / 72.0;
    mPageHeight = device->height() / mScale;
    const qreal pageWidth = device->width() / mScale;
    mLeft = 48;
    mRight = pageWidth - 48;
    mTop = 70;
    mBottom = mPageHeight - 52;
    mY = mTop;
}

std::unique_ptr<QPdfWriter> ReportCanvas::pdfWriter(const QString &path, const QString &title)
{
    auto writer = std::make_unique<QPdfWriter>(path);
    writer->setResolution(qRound(QGuiApplication::primaryScreen()->logicalDotsPerInch()));
    writer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer->setCreator(u"Accordo"_s);
    writer->setTitle(title);
    return writer;
}

Result<int> ReportCanvas::paint(QPagedPaintDevice *device, const QString &left,
                                const QString &right, const QString &footer,
                                const std::function<void(ReportCanvas &)> &draw,
                                const QString &cannotWrite)
{
    ReportCanvas dryRun(device, true, 0);
    dryRun.setHeader(left, right, footer);
    draw(dryRun);
    const int pages = dryRun.pageNumber();
    ReportCanvas canvas(device, false, pages);
    canvas.setHeader(left, right, footer);
    if (!canvas.begin())
        return Error{cannotWrite};
    draw(canvas);
    canvas.end();
    return pages;
}

ReportCanvas::~ReportCanvas()
{
    end();
}

void ReportCanvas::setHeader(const QString &left, const QString &right, const QString &footer)
{
    mHeaderLeft = left;
    mHeaderRight = right;
    mFooter = footer;
}

bool ReportCanvas::begin()
{
    if (mDryRun)
        return true;
    mPainter = std::make_unique<QPainter>();
    if (!mPainter->begin(mDevice))
        return false;
    mPainter->setRenderHint(QPainter::Antialiasing);
    mPainter->scale(mScale, mScale);
    decoratePage();
    return true;
}

void ReportCanvas::end()
{
    if (mPainter && mPainter->isActive())
        mPainter->end();
    mPainter.reset();
}

QFont ReportCanvas::font(qreal points, bool bold) const
{
    // Sized so that the device's metrics come out in points under the painter's scale.
    QFont f(u"DejaVu Sans"_s);
    f.setPointSizeF(points / mScale);
    f.setBold(bold);
    return f;
}

QFont ReportCanvas::fitted(const QString &text, qreal points, bool bold, qreal width,
                           qreal smallest) const
{
    while (points > smallest
           && QFontMetricsF(font(points, bold), mDevice).horizontalAdvance(text) > width)
        points -= 0.25;
    return font(points, bold);
}

QColor ReportCanvas::statusColour(const QString &status)
{
    if (status == u"breached"_s)
        return Alarm;
    if (status == u"at_risk"_s)
        return QColor(0xef, 0x8f, 0x00);
    if (status == u"met"_s)
        return Good;
    return Muted;
}

void ReportCanvas::decoratePage()
{
    if (!mPainter)
        return;
    QPainter &p = *mPainter;
    p.save();
    p.setPen(Muted);
    p.setFont(font(8));
    const QRectF header(mLeft, 28, mRight - mLeft, 16);
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, mHeaderLeft);
    p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, mHeaderRight);
    p.setPen(QPen(Accent, 1.2));
    p.drawLine(QPointF(mLeft, 46), QPointF(mRight, 46));
    p.setPen(QPen(Rule, 0.6));
    p.drawLine(QPointF(mLeft, mPageHeight - 40), QPointF(mRight, mPageHeight - 40));
    p.setPen(Muted);
    const QRectF footer(mLeft, mPageHeight - 36, mRight - mLeft, 14);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, mFooter);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
               tr("Page %1 of %2").arg(mPage).arg(mPageCount));
    p.restore();
}

void ReportCanvas::newPage()
{
    ++mPage;
    mY = mTop;
    if (mPainter) {
        mDevice->newPage();
        decoratePage();
    }
}

void ReportCanvas::ensureSpace(qreal height)
{
    if (mY + height > mBottom && mY > mTop)
        newPage();
}

qreal ReportCanvas::textHeight(const QString &text, const QFont &f, qreal width) const
{
    const QFontMetricsF metrics(f, mDevice);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void ReportCanvas::title(const QString &text, qreal size)
{
    const QFont f = font(size, true);
    const qreal h = textHeight(text, f, width());
    ensureSpace(h);
    if (mPainter) {
        mPainter->setFont(f);
        mPainter->setPen(Accent);
        mPainter->drawText(QRectF(mLeft, mY, width(), h), Qt::TextWordWrap, text);
    }
    mY += h + size * 0.4;
}

void ReportCanvas::heading(const QString &text)
{
    const QFont f = font(13, true);
    const qreal h = textHeight(text, f, width());
    // A heading never ends a page: keep room for some of what follows.
    ensureSpace(h + 150);
    mY += 6;
    if (mPainter) {
        mPainter->setFont(f);
        mPainter->setPen(Accent);
        mPainter->drawText(QRectF(mLeft, mY, width(), h), Qt::AlignLeft, text);
        mPainter->setPen(QPen(Rule, 0.6));
        mPainter->drawLine(QPointF(mLeft, mY + h + 2), QPointF(mRight, mY + h + 2));
    }
    mY += h + 8;
}

void ReportCanvas::paragraph(const QString &text, qreal size, bool bold, const QColor &colour)
{
    const QFont f = font(size, bold);
    const qreal h = textHeight(text, f, width());
    ensureSpace(h);
    if (mPainter) {
        mPainter->setFont(f);
        mPainter->setPen(colour.isValid() ? colour : Ink);
        mPainter->drawText(QRectF(mLeft, mY, width(), h), Qt::TextWordWrap, text);
    }
    mY += h + size * 0.5;
}

void ReportCanvas::keyValues(const QList<std::pair<QString, QString>> &pairs)
{
    const QFont keyFont = font(9.5, true);
    const QFont valueFont = font(9.5);
    const qreal keyWidth = width() * 0.3;
    for (const auto &[key, value] : pairs) {
        const qreal h = std::max(textHeight(key, keyFont, keyWidth - 6),
                                 textHeight(value, valueFont, width() - keyWidth));
        ensureSpace(h);
        if (mPainter) {
            mPainter->setPen(Muted);
            mPainter->setFont(keyFont);
            mPainter->drawText(QRectF(mLeft, mY, keyWidth - 6, h), Qt::TextWordWrap, key);
            mPainter->setPen(Ink);
            mPainter->setFont(valueFont);
            mPainter->drawText(QRectF(mLeft + keyWidth, mY, width() - keyWidth, h),
                               Qt::TextWordWrap, value);
        }
        mY += h + 3;
    }
    mY += 4;
}

void ReportCanvas::table(const QList<Column> &columns, const QList<Row> &rows)
{
    qreal total = 0;
    for (const Column &c : columns)
        total += c.width;
    QList<qreal> widths;
    for (const Column &c : columns)
        widths.append(width() * c.width / total);
    const QFont cellFont = font(7.5);
    const qreal rowHeight = QFontMetricsF(cellFont, mDevice).height() + 6;

    auto drawHeader = [&] {
        if (mPainter) {
            mPainter->fillRect(QRectF(mLeft, mY, width(), rowHeight), HeaderFill);
            mPainter->setPen(Ink);
            qreal x = mLeft;
            for (qsizetype i = 0; i < columns.size(); ++i) {
                // A header shrinks a little before it loses its end.
                mPainter->setFont(fitted(columns[i].title, 7, true, widths[i] - 6, 5.5));
                const QFontMetricsF metrics(mPainter->font(), mDevice);
                mPainter->drawText(
                    QRectF(x + 3, mY, widths[i] - 6, rowHeight),
                    columns[i].alignment | Qt::AlignVCenter,
                    metrics.elidedText(columns[i].title, Qt::ElideRight, widths[i] - 6));
                x += widths[i];
            }
        }
        mY += rowHeight;
    };
    ensureSpace(rowHeight * 3);
    drawHeader();
    for (const Row &row : rows) {
        if (mY + rowHeight > mBottom) {
            newPage();
            drawHeader();
        }
        if (mPainter) {
            qreal x = mLeft;
            for (qsizetype i = 0; i < columns.size() && i < row.size(); ++i) {
                const Cell &cell = row[i];
                const QRectF box(x, mY, widths[i], rowHeight);
                if (cell.background.isValid())
                    mPainter->fillRect(box.adjusted(1, 1, -1, -1), cell.background);
                // So does a cell: an agreement number or an amount is read whole.
                mPainter->setFont(fitted(cell.text, 7.5, cell.bold, widths[i] - 6, 6));
                mPainter->setPen(cell.foreground.isValid() ? cell.foreground : Ink);
                const QFontMetricsF metrics(mPainter->font(), mDevice);
                mPainter->drawText(box.adjusted(3, 0, -3, 0),
                                   columns[i].alignment | Qt::AlignVCenter,
                                   metrics.elidedText(cell.text, Qt::ElideRight, widths[i] - 6));
                x += widths[i];
            }
            mPainter->setPen(QPen(Rule, 0.4));
            mPainter->drawLine(QPointF(mLeft, mY + rowHeight), QPointF(mRight, mY + rowHeight));
        }
        mY += rowHeight;
    }
    mY += 8;
}

void ReportCanvas::grid(qsizetype count, int perRow, qreal height, qreal gap, qreal after,
                        const std::function<void(qsizetype, const QRectF &)> &draw)
{
    const qreal boxWidth = (width() - gap * (perRow - 1)) / perRow;
    for (qsizetype i = 0; i < count; ++i) {
        const int column = int(i % perRow);
        if (column == 0) {
            if (i > 0)
                mY += height + gap;
            ensureSpace(height);
        }
        draw(i, QRectF(mLeft + column * (boxWidth + gap), mY, boxWidth, height));
    }
    if (count > 0)
        mY += height + after;
}

void ReportCanvas::tiles(const QList<Tile> &tiles, int perRow)
{
    grid(tiles.size(), perRow, 62, 8, 12,
         [&](qsizetype i, const QRectF &box) { drawTile(tiles[i], box); });
}

void ReportCanvas::drawTile(const Tile &t, const QRectF &box)
{
    if (!mPainter)
        return;
    mPainter->setPen(QPen(Rule, 0.6));
    mPainter->setBrush(QColor(0xfa, 0xfa, 0xfa));
    mPainter->drawRoundedRect(box, 4, 4);
    mPainter->fillRect(QRectF(box.left(), box.top() + 4, 3, box.height() - 8),
                       t.accent.isValid() ? t.accent : Accent);
    mPainter->setBrush(Qt::NoBrush);
    // Long labels and amounts shrink to fit rather than run out of the tile or lose their
    // end; a note takes two lines before it shrinks.
    mPainter->setPen(Muted);
    mPainter->setFont(fitted(t.label, 7.5, false, box.width() - 14, 5));
    mPainter->drawText(box.adjusted(9, 5, -5, 0), Qt::AlignLeft | Qt::AlignTop, t.label);
    mPainter->setPen(Ink);
    mPainter->setFont(fitted(t.value, 15, true, box.width() - 14, 8));
    mPainter->drawText(box.adjusted(9, 17, -5, 0), Qt::AlignLeft | Qt::AlignTop, t.value);
    mPainter->setPen(Muted);
    const QRectF noteBox = box.adjusted(9, 0, -5, -5);
    qreal noteSize = 7;
    while (noteSize > 4.5) {
        const QFontMetricsF metrics(font(noteSize), mDevice);
        const QRectF needed = metrics.boundingRect(QRectF(0, 0, noteBox.width(), 1000),
                                                   Qt::AlignLeft | Qt::TextWordWrap, t.note);
        if (needed.height() <= 2 * metrics.lineSpacing() + 0.5 && needed.width() <= noteBox.width())
            break;
        noteSize -= 0.25;
    }
    mPainter->setFont(font(noteSize));
    mPainter->drawText(noteBox, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, t.note);
}

void ReportCanvas::chart(QChart *chart, qreal height)
{
    charts({chart}, height, 1);
}

void ReportCanvas::charts(const QList<QChart *> &charts, qreal height, int perRow)
{
    grid(charts.size(), perRow, height, 10, 10,
         [&](qsizetype i, const QRectF &box) { drawChart(charts[i], box); });
}

void ReportCanvas::drawChart(QChart *chart, const QRectF &box)
{
    if (!mPainter)
        return;
    // A chart resolves its fonts, pens and markers in screen pixels, whatever it is painted
    // on: laid out in device pixels on a 1200 dpi printer, its title and axes would shrink to
    // specks. So it is laid out at the screen's resolution (the PDF writer's) and scaled to
    // the device, and comes out the same on a printer, in a print preview and in a PDF.
    const qreal chartScale = QGuiApplication::primaryScreen()->logicalDotsPerInch() / 72.0;
    QGraphicsScene scene;
    scene.addItem(chart);
    const QSizeF size = box.size() * chartScale;
    chart->resize(size);
    mPainter->save();
    mPainter->scale(1 / chartScale, 1 / chartScale);
    scene.render(mPainter.get(), QRectF(box.topLeft() * chartScale, size), QRectF(QPointF(), size));
    mPainter->restore();
    scene.removeItem(chart);
}

} // namespace Accordo
