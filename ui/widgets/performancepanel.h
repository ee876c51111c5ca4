#pragma once

#include "reportdata/servicereportdata.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Accordo {

class ChartView;
class WorkspaceSession;

/// An agreement's service levels from the stored KPIs: for a chosen period, each target's
/// result with the error budget left and its credit, the credit total, the tickets that
/// breached; and one target's trend against its goal. Opens the service report.
class PerformancePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PerformancePanel(WorkspaceSession &session, QWidget *parent = nullptr);

    void setAgreement(qint64 id, const QString &number);
    QComboBox *periodBox() const { return mPeriod; }
    QTableWidget *resultsTable() const { return mResults; }
    QTableWidget *breachesTable() const { return mBreaches; }
    QLabel *creditLabel() const { return mCredit; }
    const ServiceReportData &data() const { return mData; }
    /// Opens the service report dialog for the agreement and the period shown.
    void printReport();

private:
    void showPeriod();
    void showTrend();

    WorkspaceSession &mSession;
    qint64 mAgreementId = 0;
    QString mNumber;
    ServiceReportData mData;
    QComboBox *mPeriod;
    QComboBox *mTarget;
    QTableWidget *mResults;
    QTableWidget *mBreaches;
    QLabel *mCredit;
    ChartView *mChart;
};

} // namespace Accordo
