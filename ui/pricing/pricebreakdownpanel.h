#pragma once

#include "change/whatif.h"
#include "domain/pricing.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Accordo {

class PriceLinesModel;
class WorkspaceSession;

/// The agreement's price breakdown as it is edited: its lines (the quantities edited in
/// place), discounts added as lines, the total that replaces the single fee, and, while the
/// agreement is negotiated, the what-if of switching a service to another level.
class PriceBreakdownPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PriceBreakdownPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    void setAgreement(const Agreement &agreement);
    void setLines(const QList<PriceLine> &lines);
    QList<PriceLine> lines() const;
    void setReadOnly(bool readOnly);
    /// The day the what-if's backtest runs up to; today unless set.
    void setToday(const QDate &today) { mToday = today; }

    PriceLinesModel *model() const { return mModel; }
    /// The catalogue, read when the panel was made.
    const QList<Offering> &offerings() const { return mOfferings; }
    QString currency() const { return mCurrency; }
    /// Runs the what-if of the chosen service and level; false when it was refused.
    bool compare();
    QString whatIfText() const;

signals:
    /// "Apply offering…" was clicked: the services tab knows the services and targets.
    void applyOfferingRequested();

private:
    QLayout *buildButtons();
    QGroupBox *buildWhatIf();
    void updateTotal();
    void fillWhatIfLevels();
    void addDiscount();
    void removeLine();
    void showWhatIf(const WhatIf &result);

    WorkspaceSession &mSession;
    QList<Offering> mOfferings;
    QHash<qint64, QString> mServiceCodes;
    qint64 mAgreementId = 0;
    AgreementStatus mStatus = AgreementStatus::Draft;
    QString mCurrency;
    QDate mToday;

    PriceLinesModel *mModel;
    QTableView *mView;
    QLabel *mTotal;
    QPushButton *mApply;
    QGroupBox *mWhatIf;
    QComboBox *mWhatIfService;
    QComboBox *mWhatIfLevel;
    QLabel *mWhatIfPrice;
    QTableWidget *mWhatIfTargets;
};

} // namespace Accordo
