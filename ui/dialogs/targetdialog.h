#pragma once

#include "domain/entities.h"
#include "domain/metricdefinition.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Accordo {

/// Edits one service level target: what is measured, the threshold and goal, where it
/// applies (region, priority), in which calendar and period, and its service-credit tiers.
class TargetDialog : public QDialog
{
    Q_OBJECT

public:
    TargetDialog(const QList<Service> &coveredServices, const QList<Region> &regions,
                 const QList<CalendarRecord> &calendars, QWidget *parent = nullptr);

    void setTarget(const Target &target);
    /// The custom metrics the catalogue defines: offered as the custom name, with their unit
    /// (in targetdialogmetrics.cpp).
    void setMetricDefinitions(const QList<MetricDefinition> &definitions);
    /// The target as entered, or the first field that is wrong.
    Result<Target> target() const;
    /// Runs the dialog, on `start` when there is one, and gives the target it was accepted
    /// with; nothing when it was cancelled.
    std::optional<Target> ask(const std::optional<Target> &start = std::nullopt);
    void accept() override;
    /// The warning shown while the credit tiers owe a credit at a compliance that meets the
    /// target; empty when there is none.
    QString tierWarning() const;

private:
    void updateMetric();
    void updateCustomHint();
    void updateTierWarning();
    /// Thousandths typed in the locale's form ("99,5" in Italian), or an error naming the text.
    Result<qint64> parseMilli(const QString &typed) const;

    qint64 mId = 0;
    QComboBox *mService;
    QComboBox *mMetric;
    QLineEdit *mCustomName;
    QLineEdit *mCustomUnit;
    QLabel *mCustomHint;
    QList<MetricDefinition> mDefinitions;
    QLineEdit *mValue;
    QLineEdit *mGoal;
    QComboBox *mPriority;
    QComboBox *mRegion;
    QComboBox *mPeriod;
    QComboBox *mCalendar;
    QTableWidget *mTiers;
    QLineEdit *mCap;
    QLabel *mTierWarning;
    QLabel *mError;
};

} // namespace Accordo
