#include "chartview.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolTip>
#include <QXYSeries>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

QString tipAt(const QObject *series, qsizetype index)
{
    const QStringList tips = series->property("tips").toStringList();
    return index >= 0 && index < tips.size() ? tips.at(index) : QString();
}

} // namespace

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void ChartView::showChart(QChart *chart)
{
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            connect(xy, &QXYSeries::hovered, this, [this, xy](const QPointF &point, bool state) {
                const QString tip = state ? tipAt(xy, qRound(point.x())) : QString();
                if (tip.isEmpty())
                    QToolTip::hideText();
                else
                    QToolTip::showText(QCursor::pos(), tip, this);
            });
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            connect(bars, &QAbstractBarSeries::hovered, this,
                    [this, bars](bool state, int index, QBarSet *) {
                        const QString tip = state ? tipAt(bars, index) : QString();
                        if (tip.isEmpty())
                            QToolTip::hideText();
                        else
                            QToolTip::showText(QCursor::pos(), tip, this);
                    });
        }
    }
}

void ChartView::copyToClipboard()
{
    QApplication::clipboard()->setPixmap(grab());
}

bool ChartView::savePng(const QString &path)
{
    return grab().save(path, "PNG");
}

bool ChartView::saveSvg(const QString &path)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size());
    generator.setViewBox(rect());
    generator.setTitle(chart() ? chart()->title() : QString());
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    render(&painter);
    return painter.end();
}

void ChartView::saveAs()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), QString(), tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    const bool svg = path.endsWith(u".svg"_s, Qt::CaseInsensitive)
                     || (!path.endsWith(u".png"_s, Qt::CaseInsensitive)
                         && selected.contains(u"svg"_s));
    if (!(svg ? saveSvg(path) : savePng(path)))
        QMessageBox::warning(this, tr("Save Chart"), tr("Cannot write %1.").arg(path));
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("&Copy Chart"), this, &ChartView::copyToClipboard);
    menu.addAction(tr("&Save Chart As…"), this, &ChartView::saveAs);
    menu.exec(event->globalPos());
}

} // namespace Accordo
