#pragma once

#include <QChartView>

namespace Accordo {

/// A chart on screen: shows the exact value of a point or bar under the mouse (the series'
/// "tips" property) and copies or saves the chart as PNG or SVG from its context menu.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    /// Replaces the chart (the view owns it) and connects the tooltips of its series.
    void showChart(QChart *chart);

    void copyToClipboard();
    bool savePng(const QString &path);
    bool saveSvg(const QString &path);
    void saveAs();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace Accordo
