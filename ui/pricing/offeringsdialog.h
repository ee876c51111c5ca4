#pragma once

#include "domain/pricing.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QTableView;
class QTableWidget;

namespace Accordo {

class TargetsModel;
class WorkspaceSession;

/// One service level offering: the service, the level's name and description, its price
/// and what the price counts, and the targets it promises.
class OfferingDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Result<void>(const Offering &)>;

    OfferingDialog(WorkspaceSession &session, Save save, QWidget *parent = nullptr);
    void setOffering(const Offering &offering);
    /// The offering as entered, or the first field that is wrong.
    Result<Offering> offering() const;
    TargetsModel *targets() const { return mTargets; }
    void accept() override;

private:
    void addTarget();
    void editTarget();
    QList<Service> chosenService() const;

    Save mSave;
    Offering mOffering;
    QList<Service> mServices;
    QList<Region> mRegions;
    QList<CalendarRecord> mCalendars;
    QComboBox *mService;
    QLineEdit *mName;
    QLineEdit *mDescription;
    QLineEdit *mPrice;
    QComboBox *mBasis;
    TargetsModel *mTargets;
    QTableView *mTargetView;
};

/// The service catalogue: every service's levels with their prices and targets, added,
/// changed and removed by whoever maintains the services.
class OfferingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OfferingsDialog(WorkspaceSession &session, QWidget *parent = nullptr);
    QTableWidget *table() const { return mTable; }

private:
    void reload();
    void edit(qint64 id);
    void remove();

    WorkspaceSession &mSession;
    QList<Offering> mOfferings;
    QTableWidget *mTable;
};

} // namespace Accordo
