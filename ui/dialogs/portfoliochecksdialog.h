#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QTabWidget;
class QTableView;

namespace Accordo {

class FindingsModel;
class WorkspaceSession;

/// View ▸ Portfolio Checks: what `accordo-cli check` finds, one tab per check — OLAs and
/// underpinning contracts looser than the SLAs they support, customers and services without
/// a signed SLA in force, overdue reviews and renewals within notice, watermelons (all
/// targets met, customers unhappy) and custom metric targets nothing measures. Double-clicking a row opens its agreement; Raise Action…
/// starts an improvement action on it.
class PortfolioChecksDialog : public QDialog
{
    Q_OBJECT

public:
    enum Check { Consistency, Coverage, Reviews, Watermelons, Metrics, CheckCount };

    explicit PortfolioChecksDialog(WorkspaceSession &session, QWidget *parent = nullptr);

    /// The day the coverage and review checks count from; today unless set.
    void setToday(const QDate &today);
    void refresh();
    FindingsModel *model(Check check) const { return mModels[check]; }
    int findings(Check check) const;

signals:
    void openAgreement(qint64 id);

private:
    /// Raises an action on the agreement of the selected finding, the finding noted on it.
    void raiseAction();
    /// Fills the Metrics tab; what could not be read is added to `errors`.
    void refreshMetrics(QStringList &errors);

    WorkspaceSession &mSession;
    QDate mToday;
    QTabWidget *mTabs;
    QLabel *mSummary;
    FindingsModel *mModels[CheckCount];
    QTableView *mViews[CheckCount];
};

} // namespace Accordo
