#pragma once

#include "domain/entities.h"
#include "measurement/backtest.h"

#include <QDateTime>
#include <QDialog>
#include <QSqlDatabase>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace Accordo {

class BacktestModel;

/// "How would these targets have done over the last 12 months?": an agreement's response and
/// resolution targets, as they stand in the agreement view (saved or not), judged against the
/// tickets of its counterparty stored in the workspace, month by month.
class BacktestDialog : public QDialog
{
    Q_OBJECT

public:
    BacktestDialog(QSqlDatabase db, qint64 partyId, const QList<Target> &targets,
                   const QString &agreementName, QWidget *parent = nullptr);

    /// The instant the months end at and open tickets are judged at; now by default.
    void setAsOf(const QDateTime &asOf);
    void setMonths(int months);
    /// Runs the backtest; false when it failed or was cancelled.
    bool run();

    BacktestModel *model() const { return mModel; }
    QString summary() const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;

private:
    void updateSummary();
    void exportClicked();

    QSqlDatabase mDb;
    qint64 mPartyId;
    QList<Target> mTargets;
    QDateTime mAsOf;
    std::optional<Backtest> mBacktest;

    QSpinBox *mMonths;
    QLabel *mWindow;
    QComboBox *mTargetFilter;
    BacktestModel *mModel;
    QSortFilterProxyModel *mProxy;
    QTableView *mView;
    QLabel *mSummary;
    QPushButton *mExport;
};

} // namespace Accordo
