#pragma once

#include "domain/metricdefinition.h"
#include "domain/pricing.h"

#include "domain/entities.h"

#include <QCoreApplication>
#include <QWidget>

class QListWidget;
class QPushButton;
class QTableView;

namespace Accordo {

class PriceBreakdownPanel;
class TargetsModel;
class WorkspaceSession;

/// The agreement dialog's services and targets: the services the agreement covers, its
/// service level targets, the button that backtests them, and the price breakdown with the
/// offerings applied to the services.
class AgreementServicesTab : public QWidget
{
    // Its texts are the agreement dialog's and keep their translations under its name.
    Q_DECLARE_TR_FUNCTIONS(Accordo::AgreementDialog)

public:
    explicit AgreementServicesTab(WorkspaceSession &session, QWidget *parent = nullptr);

    void setAgreement(const Agreement &agreement);
    /// Writes the covered services and the targets into `agreement`.
    void applyTo(Agreement &agreement) const;
    QList<Target> targets() const;

    /// Read-only keeps the targets table scrollable and the backtest available.
    void setReadOnly(bool readOnly);
    /// Clicked to backtest the targets; the dialog knows the counterparty.
    QPushButton *backtestButton() const { return mBacktestButton; }
    PriceBreakdownPanel *priceBreakdown() const { return mPrices; }
    /// Applies the offering to its service in the agreement being edited: the service's
    /// targets from an offering are replaced by the offering's, its price line set.
    Result<void> applyOffering(const Offering &offering, qint64 quantity);

private:
    QLayout *buildTargetButtons();
    void fitTargetColumns();
    QList<Service> coveredServices() const;
    /// The covered services, which targets and offerings choose from; none, after asking the
    /// user to tick them first, while none is ticked.
    QList<Service> coveredServicesOrHint();
    void addTarget();
    void editTarget();
    void removeTarget();
    void chooseOffering();

    QList<Service> mServices;
    QList<Region> mRegions;
    QList<CalendarRecord> mCalendars;
    QList<MetricDefinition> mMetrics;

    QListWidget *mServiceList;
    TargetsModel *mTargets;
    QTableView *mTargetView;
    QPushButton *mBacktestButton;
    PriceBreakdownPanel *mPrices;
};

} // namespace Accordo
