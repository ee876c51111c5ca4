#pragma once

#include "result.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QPdfWriter>
#include <QString>

#include <functional>
#include <memory>

class QChart;
class QPagedPaintDevice;
class QPainter;

namespace Accordo {

/// Lays out a report page by page on a PDF writer or a printer, in points from the top left
/// of an A4 page, with a running header and a "page x of y" footer. A report is drawn twice:
/// a dry run (nothing painted) counts the pages, so that the real run can number them.
class ReportCanvas
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ReportCanvas)

public:
    struct Column
    {
        QString title;
        qreal width = 1; // share of the text width
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct Cell
    {
        // Every member has an initializer: most cells give only their text ({text}).
        QString text;
        QColor background{}; // invalid: none
        QColor foreground{};
        bool bold = false;
    };
    using Row = QList<Cell>;

    struct Tile
    {
        QString label;
        QString value;
        QString note;
        QColor accent;
    };

    ReportCanvas(QPagedPaintDevice *device, bool dryRun, int pageCount);
    ~ReportCanvas();

    /// An A4 PDF writer without margins, at the resolution Qt lays chart text out at (so that
    /// charts keep their proportions), titled for the document's properties.
    static std::unique_ptr<QPdfWriter> pdfWriter(const QString &path, const QString &title);
    /// Draws a report with its running header and footer twice, a dry run to count the pages,
    /// then on the device; returns the page count, or `cannotWrite` when the device cannot be
    /// painted on.
    static Result<int> paint(QPagedPaintDevice *device, const QString &left, const QString &right,
                             const QString &footer, const std::function<void(ReportCanvas &)> &draw,
                             const QString &cannotWrite);

    /// The running header (left and right) and the footer's generation note.
    void setHeader(const QString &left, const QString &right, const QString &footer);
    bool begin();
    void end();

    QPainter *painter() const { return mPainter.get(); }
    int pageNumber() const { return mPage; }
    qreal width() const { return mRight - mLeft; }
    qreal left() const { return mLeft; }
    qreal y() const { return mY; }
    void advance(qreal dy) { mY += dy; }

    void newPage();
    /// Starts a new page unless `height` points still fit on this one.
    void ensureSpace(qreal height);

    void title(const QString &text, qreal size = 22);
    void heading(const QString &text);
    void paragraph(const QString &text, qreal size = 10, bool bold = false,
                   const QColor &colour = QColor());
    void keyValues(const QList<std::pair<QString, QString>> &pairs);
    void table(const QList<Column> &columns, const QList<Row> &rows);
    void tiles(const QList<Tile> &tiles, int perRow = 4);
    /// Draws a chart as vectors, `height` points tall over the text width.
    void chart(QChart *chart, qreal height);
    /// Draws charts side by side, `perRow` to a row.
    void charts(const QList<QChart *> &charts, qreal height, int perRow = 2);
    void spacer(qreal height) { mY += height; }

    QFont font(qreal points, bool bold = false) const;
    static QColor statusColour(const QString &status);

private:
    /// Lays `count` boxes `height` points tall out `perRow` to a row and `gap` apart, each row
    /// kept whole on a page, and draws box `index` with `draw`; leaves `after` points below.
    void grid(qsizetype count, int perRow, qreal height, qreal gap, qreal after,
              const std::function<void(qsizetype index, const QRectF &box)> &draw);
    void drawTile(const Tile &tile, const QRectF &box);
    void drawChart(QChart *chart, const QRectF &box);
    /// The font of `points` (bold or not), made smaller down to `smallest` until `text` fits
    /// in `width` points on one line.
    QFont fitted(const QString &text, qreal points, bool bold, qreal width, qreal smallest) const;
    void decoratePage();
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;

    QPagedPaintDevice *mDevice;
    bool mDryRun;
    int mPageCount;
    std::unique_ptr<QPainter> mPainter;
    qreal mScale = 1; // device pixels per point
    qreal mPageHeight = 842;
    qreal mLeft = 48, mRight = 547, mTop = 70, mBottom = 790;
    qreal mY = 70;
    int mPage = 1;
    QString mHeaderLeft, mHeaderRight, mFooter;
};

} // namespace Accordo
