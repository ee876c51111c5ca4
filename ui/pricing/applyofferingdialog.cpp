#include "applyofferingdialog.h"

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
    mService = new QComboBox(this);
    mService->setObjectName(u"service"_s);
    for (const Service &s : covered)
        mService->addItem(s.code + u" — "_s + s.name, s.id);
    mLevel = new QComboBox(this);
    mLevel->setObjectName(u"level"_s);
    mQuantity = new QSpinBox(this);
    mQuantity->setObjectName(u"quantity"_s);
    mQuantity->setRange(1, 1000000);
    mSummary = new QLabel(this);
    mSummary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Service:"), mService);
    form->addRow(tr("&Level:"), mLevel);
    form->addRow(tr("&Quantity:"), mQuantity);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mSummary);
    layout->addWidget(buttons);

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
