#include "assessmentdialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "domain/money.h"
#include "widgets/errorlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

AssessmentDialog::AssessmentDialog(const QString &currency, QWidget *parent)
    : QDialog(parent), mCurrency(currency)
{
    setWindowTitle(tr("Assess change request"));
    mFeasibility = newNamed<QPlainTextEdit>(u"feasibility"_s, this);
    mFeasibility->setPlaceholderText(tr("Can it be done, with what, by when"));
    mPriceEffect = newNamed<QLineEdit>(u"priceEffect"_s, u"0.00"_s, this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Feasibility:"), mFeasibility);
    form->addRow(tr("Effect on the monthly &price (%1):").arg(currency), mPriceEffect);
    auto *note = new QLabel(tr("The proposed targets are backtested on the customer's stored "
                               "tickets of the last twelve months when you record the "
                               "assessment."),
                            this);
    note->setWordWrap(true);
    mError = newErrorLabel(this);
    auto *buttons = newDialogButtons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    stackVertically(this, {form, note, mError, buttons});
}

QString AssessmentDialog::feasibility() const
{
    return mFeasibility->toPlainText();
}

Result<qint64> AssessmentDialog::priceEffect() const
{
    auto amount = Money::parse(mPriceEffect->text(), mCurrency);
    if (!amount)
        return Error{tr("Price effect: %1").arg(amount.errorString())};
    if (amount->currency() != mCurrency)
        return Error{tr("Price effect: the agreement is priced in %1, not %2")
                         .arg(mCurrency, amount->currency())};
    return amount->minorUnits();
}

void AssessmentDialog::accept()
{
    QString problem;
    if (feasibility().trimmed().isEmpty())
        problem = tr("Say whether the change is feasible.");
    else if (auto effect = priceEffect(); !effect)
        problem = effect.errorString();
    if (!problem.isEmpty()) {
        showErrorText(mError, problem);
        return;
    }
    QDialog::accept();
}

} // namespace Accordo
