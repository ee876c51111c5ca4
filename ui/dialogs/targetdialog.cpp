#include "targetdialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "domain/credittiers.h"
#include "domain/targetvalue.h"
#include "widgets/errorlabel.h"
#include "widgets/localetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// Thousandths as the locale writes them, without trailing zeros: 99500 → "99,5".
QString milliText(qint64 milli, const QLocale &locale)
{
    return LocaleText::decimal(TargetValue::formatMilli(milli), locale);
}

} // namespace

Result<qint64> TargetDialog::parseMilli(const QString &typed) const
{
    auto value = TargetValue::parseMilli(LocaleText::plainDecimal(typed, locale()));
    if (!value)
        return Error{tr("\"%1\" is not a number with at most three decimals (e.g. %2)")
                         .arg(typed.trimmed(), LocaleText::decimal(u"99.5"_s, locale()))};
    return value;
}

TargetDialog::TargetDialog(const QList<Service> &coveredServices, const QList<Region> &regions,
                           const QList<CalendarRecord> &calendars, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Service level target"));
    mService = new QComboBox(this);
    for (const Service &service : coveredServices)
        mService->addItem(service.code + u" — "_s + service.name, service.id);
    mMetric = new QComboBox(this);
    for (Metric metric : Enums::all<Metric>())
        mMetric->addItem(Enums::displayName(metric), int(metric));
    mCustomName = new QLineEdit(this);
    mCustomUnit = new QLineEdit(this);
    mCustomHint = newWrappedLabel(this);
    mValue = newNamed<QLineEdit>(u"threshold"_s, this);
    mGoal = newNamed<QLineEdit>(u"goal"_s, u"95"_s, this);
    mGoal->setToolTip(tr("Share of tickets (or periods) that must meet the target, in %"));
    mPriority = new QComboBox(this);
    mPriority->setEditable(true);
    mPriority->addItem(tr("All priorities"), QString());
    for (const QString &p : {u"P1"_s, u"P2"_s, u"P3"_s, u"P4"_s})
        mPriority->addItem(p, p);
    mRegion = new QComboBox(this);
    mRegion->addItem(tr("All regions"), qint64(0));
    for (const Region &region : regions)
        mRegion->addItem(region.name, region.id);
    mPeriod = new QComboBox(this);
    for (MeasurementPeriod period : Enums::all<MeasurementPeriod>())
        mPeriod->addItem(Enums::displayName(period), int(period));
    mCalendar = new QComboBox(this);
    mCalendar->addItem(tr("The region's calendar"), qint64(0));
    for (const CalendarRecord &calendar : calendars)
        mCalendar->addItem(calendar.name, calendar.id);

    mTiers = newNamed<QTableWidget>(u"creditTiers"_s, 0, 2, this);
    mTiers->setHorizontalHeaderLabels({tr("Compliance below (%)"), tr("Credit (% of fee)")});
    mTiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mTiers->verticalHeader()->hide();
    mTiers->setMinimumHeight(110);
    auto *addTier = new QPushButton(tr("Add tier"), this);
    auto *removeTier = new QPushButton(tr("Remove tier"), this);
    connect(addTier, &QPushButton::clicked, this, [this] {
        const int row = mTiers->rowCount();
        mTiers->insertRow(row);
        mTiers->setItem(row, 0, new QTableWidgetItem);
        mTiers->setItem(row, 1, new QTableWidgetItem);
        mTiers->editItem(mTiers->item(row, 0));
    });
    connect(removeTier, &QPushButton::clicked, this, [this] {
        if (mTiers->currentRow() >= 0)
            mTiers->removeRow(mTiers->currentRow());
    });
    mCap = newNamed<QLineEdit>(u"creditCap"_s, u"0"_s, this);
    mCap->setToolTip(tr("Most that can be credited in one period, in % of the fee"));

    mTierWarning = newNamed<QLabel>(u"tierWarning"_s, this);
    mTierWarning->setWordWrap(true);
    mTierWarning->setStyleSheet(u"background: #fff4ce; color: #7a4f01; padding: 6px"_s);
    mTierWarning->hide();

    mError = newErrorLabel(this);

    auto *form = newForm({{tr("&Service:"), mService},
                          {tr("&Metric:"), mMetric},
                          {tr("Custom &name:"), mCustomName},
                          {tr("Custom &unit:"), mCustomUnit},
                          {QString(), mCustomHint},
                          {tr("&Target:"), mValue},
                          {tr("&Goal (%):"), mGoal},
                          {tr("&Priority:"), mPriority},
                          {tr("&Region:"), mRegion},
                          {tr("P&eriod:"), mPeriod},
                          {tr("&Calendar:"), mCalendar}});
    auto *tierButtons = newButtonRow({addTier, removeTier});
    form->addRow(tr("Credit tiers:"), mTiers);
    form->addRow(QString(), tierButtons);
    form->addRow(tr("Credit c&ap (%):"), mCap);

    auto *buttons = newDialogButtons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(mMetric, &QComboBox::currentIndexChanged, this, &TargetDialog::updateMetric);
    connect(mCustomName, &QLineEdit::textChanged, this, &TargetDialog::updateCustomHint);
    connect(mMetric, &QComboBox::currentIndexChanged, this, &TargetDialog::updateTierWarning);
    for (QLineEdit *edit : {mValue, mGoal, mCap})
        connect(edit, &QLineEdit::textChanged, this, &TargetDialog::updateTierWarning);
    connect(mTiers, &QTableWidget::itemChanged, this, &TargetDialog::updateTierWarning);
    connect(mTiers->model(), &QAbstractItemModel::rowsRemoved, this,
            &TargetDialog::updateTierWarning);

    stackVertically(this, {form, mTierWarning, mError, buttons});
    setMinimumWidth(480);
    updateMetric();
}

void TargetDialog::updateMetric()
{
    const auto metric = Metric(mMetric->currentData().toInt());
    const bool custom = metric == Metric::Custom;
    mCustomName->setEnabled(custom);
    mCustomUnit->setEnabled(custom);
    updateCustomHint();
    switch (metric) {
    case Metric::FirstResponse:
    case Metric::Resolution:
        mValue->setPlaceholderText(tr("business time, e.g. 4h, 1h30m, 45m"));
        break;
    case Metric::Availability:
        mValue->setPlaceholderText(
            tr("percent, e.g. %1").arg(LocaleText::decimal(u"99.9"_s, locale())));
        break;
    case Metric::Satisfaction:
        mValue->setPlaceholderText(
            tr("average score from 1 to 5, e.g. %1").arg(LocaleText::decimal(u"4.2"_s, locale())));
        break;
    case Metric::Custom:
        mValue->setPlaceholderText(tr("a number with up to three decimals"));
        break;
    }
}

void TargetDialog::setTarget(const Target &t)
{
    mId = t.id;
    mService->setCurrentIndex(std::max(0, mService->findData(t.serviceId)));
    mMetric->setCurrentIndex(std::max(0, mMetric->findData(int(t.metric))));
    mCustomName->setText(t.customName);
    mCustomUnit->setText(t.customUnit);
    const QString value =
        t.threshold ? TargetValue::format(t.metric, t.threshold).remove(u" %"_s).remove(u" / 5"_s)
                    : QString();
    mValue->setText(TargetValue::isDuration(t.metric) ? value
                                                      : LocaleText::decimal(value, locale()));
    mGoal->setText(milliText(t.goalMilli, locale()));
    const int priority = mPriority->findData(t.priority);
    if (priority >= 0)
        mPriority->setCurrentIndex(priority);
    else
        mPriority->setCurrentText(t.priority);
    mRegion->setCurrentIndex(std::max(0, mRegion->findData(t.regionId)));
    mPeriod->setCurrentIndex(std::max(0, mPeriod->findData(int(t.period))));
    mCalendar->setCurrentIndex(std::max(0, mCalendar->findData(t.calendarId)));
    mTiers->setRowCount(0);
    for (const CreditTier &tier : t.creditTiers) {
        const int row = mTiers->rowCount();
        mTiers->insertRow(row);
        mTiers->setItem(row, 0, new QTableWidgetItem(milliText(tier.belowMilli, locale())));
        mTiers->setItem(row, 1,
                        new QTableWidgetItem(milliText(tier.creditHundredths * 10, locale())));
    }
    mCap->setText(milliText(t.creditCapHundredths * 10, locale()));
    updateTierWarning();
}

std::optional<Target> TargetDialog::ask(const std::optional<Target> &start)
{
    if (start)
        setTarget(*start);
    if (exec() != QDialog::Accepted)
        return std::nullopt;
    const auto entered = target();
    return entered ? std::optional(*entered) : std::nullopt;
}

Result<Target> TargetDialog::target() const
{
    Target t;
    t.id = mId;
    t.serviceId = mService->currentData().toLongLong();
    t.metric = Metric(mMetric->currentData().toInt());
    t.customName = mCustomName->text().trimmed();
    t.customUnit = mCustomUnit->text().trimmed();
    // Durations ("4h") have no decimals; the other values are typed in the locale's form.
    const QString typed = mValue->text();
    const QString plain = TargetValue::isDuration(t.metric)
                              ? typed
                              : LocaleText::plainDecimal(typed, locale());
    auto value = TargetValue::parse(t.metric, plain);
    if (!value)
        return Error{tr("Target: %1").arg(value.errorString().replace(plain, typed.trimmed()))};
    t.threshold = *value;
    auto goal = parseMilli(mGoal->text());
    if (!goal)
        return Error{tr("Goal: %1").arg(goal.errorString())};
    t.goalMilli = *goal;
    const int priorityIndex = mPriority->findText(mPriority->currentText());
    t.priority = priorityIndex >= 0 ? mPriority->itemData(priorityIndex).toString()
                                    : mPriority->currentText().trimmed();
    t.regionId = mRegion->currentData().toLongLong();
    t.period = MeasurementPeriod(mPeriod->currentData().toInt());
    t.calendarId = mCalendar->currentData().toLongLong();
    for (int row = 0; row < mTiers->rowCount(); ++row) {
        const auto text = [&](int column) {
            return mTiers->item(row, column) ? mTiers->item(row, column)->text() : QString();
        };
        auto below = parseMilli(text(0));
        auto credit = parseMilli(text(1));
        if (!below || !credit)
            return Error{tr("Credit tier %1: %2")
                             .arg(row + 1)
                             .arg(below ? credit.errorString() : below.errorString())};
        if (*credit % 10 != 0)
            return Error{tr("Credit tier %1: the credit takes at most two decimals").arg(row + 1)};
        t.creditTiers.append({*below, *credit / 10});
    }
    auto cap = parseMilli(mCap->text());
    if (!cap || *cap % 10 != 0)
        return Error{
            tr("Credit cap: %1").arg(cap ? tr("at most two decimals") : cap.errorString())};
    t.creditCapHundredths = *cap / 10;
    if (auto valid = Validation::check(t, 0); !valid)
        return Error{valid.errorString().section(u": "_s, 1)};
    return t;
}

void TargetDialog::updateTierWarning()
{
    // Only a target that reads in full can be judged; the fields' errors show on saving.
    const auto t = target();
    const QString warning = t ? CreditTiers::warning(*t, locale()) : QString();
    mTierWarning->setText(warning);
    mTierWarning->setVisible(!warning.isEmpty());
}

QString TargetDialog::tierWarning() const
{
    return mTierWarning->isHidden() ? QString() : mTierWarning->text();
}

void TargetDialog::accept()
{
    const auto t = target();
    if (showFailure(mError, t))
        return;
    QDialog::accept();
}

} // namespace Accordo
