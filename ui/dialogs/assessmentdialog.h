#pragma once

#include "result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Accordo {

/// The assessment of a change request: is it feasible, and what does it do to the monthly
/// price. The backtest of its targets runs when the assessment is recorded.
class AssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    AssessmentDialog(const QString &currency, QWidget *parent = nullptr);

    QString feasibility() const;
    /// The price effect in minor units, or what is wrong with the amount.
    Result<qint64> priceEffect() const;
    void accept() override;

private:
    QString mCurrency;
    QPlainTextEdit *mFeasibility;
    QLineEdit *mPriceEffect;
    QLabel *mError;
};

} // namespace Accordo
