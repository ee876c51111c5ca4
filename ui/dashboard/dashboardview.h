#pragma once

#include "dashboard/dashboardloader.h"
#include "dashboard/dashboardraise.h"
#include "reportdata/dashboarddata.h"
#include "reportdata/valuevscost.h"

#include <QWidget>

class QComboBox;
class QDialog;
class QHBoxLayout;
class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace Accordo {

class ChartView;
class StatusGridModel;
class WorkspaceSession;

/// The executive dashboard: headline tiles (each opens the list behind it), trend charts,
/// breakdowns by region, service and customer, and agreements × months by status, for the
/// filters chosen (kept between sessions). Prints or exports the portfolio report and the
/// service report of the selected agreement.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    enum Tile {
        ComplianceTile,
        BreachesTile,
        AtRiskTile,
        CreditsTile,
        WatermelonsTile,
        ReviewsTile,
        RenewalsTile,
        ValueTile, // service credits against revenue
        ActionsTile,
        TileCount
    };
    Q_ENUM(Tile)
    enum Chart {
        ComplianceChart,
        AvailabilityChart,
        SatisfactionChart,
        VolumeChart,
        RegionChart,
        ServiceChart,
        CustomerChart,
        ChartCount
    };

    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    /// Shows a workspace (nullptr: none) with the filters saved last time.
    void setSession(WorkspaceSession *session);
    WorkspaceSession *session() const { return mSession; }
    /// Reads the figures again in the background; the figures shown stay until they arrive.
    void refresh();
    /// True while figures are being read.
    bool isLoading() const { return mLoader->isBusy(); }
    /// Waits for the figures being read and shows them (tests, benchmarks); false on timeout.
    bool waitForLoaded(int timeoutMs = 120000) { return mLoader->waitForIdle(timeoutMs); }

    DashboardFilter filter() const;
    void setFilter(const DashboardFilter &filter);
    const DashboardSnapshot &snapshot() const { return mSnapshot; }
    StatusGridModel *gridModel() const { return mGrid; }
    QToolButton *tileButton(Tile tile) const { return mTiles.value(tile); }
    ChartView *chartView(Chart chart) const { return mCharts.value(chart); }
    /// Opens (without blocking) the list behind a tile and returns it. The lists of
    /// breaches, agreements at risk, watermelons and actions offer Raise Action… on a row.
    QDialog *openList(Tile tile);
    /// The heat map's context menu for a cell: Raise Action… for its agreement and month.
    void showGridMenu(const QPoint &position);
    /// Where Raise Action… on a heat map cell starts from: its agreement and month, as a
    /// breach, at-risk or watermelon action by the cell's status.
    DashboardRaise::Origin cellOrigin(const QModelIndex &index) const;
    QTableView *gridView() const { return mGridView; }

    void printPortfolio();
    void exportPortfolio();
    /// Opens the service report dialog for the agreement selected in the grid.
    void printServiceReport();
    QLabel *asOfLabel() const { return mAsOf; }

signals:
    void agreementActivated(qint64 agreementId);

private:
    void createFilters(QHBoxLayout *layout, QHBoxLayout *reports);
    void fillFilterChoices();
    void saveFilter() const;
    DashboardFilter savedFilter() const;
    void showFigures(const DashboardFigures &figures);
    void showFailure(const QString &message);
    void showFigures();
    void updateTiles();
    void updateCharts();
    QString reportLanguage() const;
    void updateServiceButton();

    WorkspaceSession *mSession = nullptr;
    DashboardSnapshot mSnapshot;
    QList<ValueCost> mValue; // of the tiles' period
    DashboardLoader *mLoader = nullptr;
    QProgressBar *mBusy = nullptr;
    bool mUpdating = false;
    QComboBox *mFrom = nullptr;
    QComboBox *mTo = nullptr;
    QComboBox *mRegion = nullptr;
    QComboBox *mCustomer = nullptr;
    QComboBox *mService = nullptr;
    QComboBox *mKind = nullptr;
    QComboBox *mLanguage = nullptr;
    QList<QToolButton *> mTiles;
    QList<ChartView *> mCharts;
    QTableView *mGridView = nullptr;
    StatusGridModel *mGrid = nullptr;
    QLabel *mEmpty = nullptr;
    QLabel *mAsOf = nullptr;
    QPushButton *mServiceButton = nullptr;
};

} // namespace Accordo
