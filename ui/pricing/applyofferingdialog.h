#pragma once

#include "domain/pricing.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace Accordo {

/// Chooses an offering for one of the services an agreement covers, in the agreement's
/// currency, and how many users or units it is for.
class ApplyOfferingDialog : public QDialog
{
    Q_OBJECT

public:
    ApplyOfferingDialog(const QList<Service> &covered, const QList<Offering> &offerings,
                        const QString &currency, QWidget *parent = nullptr);

    void setService(qint64 serviceId);
    /// The chosen offering, or none when the service has no offering in the currency.
    std::optional<Offering> offering() const;
    qint64 quantity() const;

private:
    void fillLevels();
    void updateSummary();

    QList<Offering> mOfferings;
    QString mCurrency;
    QComboBox *mService;
    QComboBox *mLevel;
    QSpinBox *mQuantity;
    QLabel *mSummary;
};

} // namespace Accordo
