#include "applyofferingdialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "domain/targetvalue.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

ApplyOfferingDialog::ApplyOfferingDialog(const QList<Service> &covered,
                                         const QList<Offering> &offerings, const QString &currency,
                                         QWidget *parent)
    : QDialog(parent), mOfferings(offerings), mCurrency(currency)
{
    setWindowTitle(tr("Apply Offering"));
    mService = newNamed<QComboBox>(u"service"_s, this);
    for (const Service &s : covered)
        mService->addItem(s.code + u" — "_s + s.name, s.id);
    mLevel = newNamed<QComboBox>(u"level"_s, this);
    mQuantity = newNamed<QSpinBox>(u"quantity"_s, this);
    mQuantity->setRange(1, 1000000);
    mSummary = newWrappedLabel(this);

    auto *form = newForm(
        {{tr("&Service:"), mService}, {tr("&Level:"), mLevel}, {tr("&Quantity:"), mQuantity}});
    auto *buttons = newDialogButtons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel,
                                     tr("&Apply"));
    stackVertically(this, {form, mSummary, buttons});

    connect(mService, &QComboBox::currentIndexChanged, this, &ApplyOfferingDialog::fillLevels);
    connect(mLevel, &QComboBox::currentIndexChanged, this, &ApplyOfferingDialog::updateSummary);
    connect(mQuantity, &QSpinBox::valueChanged, this, &ApplyOfferingDialog::updateSummary);
    fillLevels();
}

void ApplyOfferingDialog::setService(qint64 serviceId)
{
    const int at = mService->findData(serviceId);
    if (at >= 0)
        mService->setCurrentIndex(at);
}

void ApplyOfferingDialog::fillLevels()
{
    const qint64 serviceId = mService->currentData().toLongLong();
    mLevel->clear();
    for (const Offering &o : std::as_const(mOfferings)) {
        if (o.serviceId == serviceId && o.price.currency() == mCurrency)
            mLevel->addItem(
                tr("%1 — %2 %3")
                    .arg(o.name, o.price.toDisplayString(), Pricing::displayName(o.basis)),
                o.id);
    }
    updateSummary();
}

void ApplyOfferingDialog::updateSummary()
{
    const auto chosen = offering();
    if (!chosen) {
        mSummary->setText(tr("The service has no offering priced in %1.").arg(mCurrency));
        return;
    }
    QStringList targets;
    for (const Target &t : chosen->targets)
        targets.append(tr("%1 within %2 for %3 %")
                           .arg(Enums::displayName(t.metric),
                                TargetValue::format(t.metric, t.threshold),
                                TargetValue::formatMilli(t.goalMilli)));
    const auto amount = chosen->price.multiplied(quantity());
    mSummary->setText(
        tr("%1 a month. Its targets replace the service's targets from an offering:\n%2")
            .arg(amount ? amount->toDisplayString() : amount.errorString(),
                 targets.isEmpty() ? tr("(none)") : targets.join(u"\n"_s)));
}

std::optional<Offering> ApplyOfferingDialog::offering() const
{
    const qint64 id = mLevel->currentData().toLongLong();
    for (const Offering &o : mOfferings) {
        if (o.id == id)
            return o;
    }
    return std::nullopt;
}

qint64 ApplyOfferingDialog::quantity() const
{
    return mQuantity->value();
}

} // namespace Accordo
