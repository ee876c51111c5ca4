#include "holidayruledialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "models/holidayrulesmodel.h"
#include "widgets/dateedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

QComboBox *monthCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (int month = 1; month <= 12; ++month)
        combo->addItem(QLocale().standaloneMonthName(month), month);
    return combo;
}

QWidget *page(QWidget *parent, const QList<QPair<QString, QWidget *>> &rows)
{
    auto *widget = new QWidget(parent);
    auto *form = new QFormLayout(widget);
    form->setContentsMargins(0, 0, 0, 0);
    for (const auto &[label, field] : rows)
        form->addRow(label, field);
    return widget;
}

} // namespace

HolidayRuleDialog::HolidayRuleDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Holiday"));
    mName = newNamed<QLineEdit>(u"holidayName"_s, this);
    mName->setPlaceholderText(tr("e.g. Christmas Day"));
    mKind = newNamed<QComboBox>(u"holidayKind"_s, this);
    mKind->addItem(tr("One day (a single date)"), int(HolidayRule::Kind::Date));
    mKind->addItem(tr("Same day every year"), int(HolidayRule::Kind::Fixed));
    mKind->addItem(tr("Nth weekday of a month"), int(HolidayRule::Kind::NthWeekday));
    mKind->addItem(tr("Relative to Easter"), int(HolidayRule::Kind::Easter));

    mDate = newNamed<DateEdit>(u"holidayDate"_s, QDate::currentDate(), this);

    mFixedMonth = monthCombo(this);
    mFixedDay = new QSpinBox(this);
    mFixedDay->setRange(1, 31);
    mObserved = new QComboBox(this);
    for (auto observed : {HolidayRule::Observed::None, HolidayRule::Observed::Nearest,
                          HolidayRule::Observed::Monday})
        mObserved->addItem(HolidayRulesModel::describe(observed), int(observed));
    mObserved->setToolTip(tr("Where the holiday is also observed when it falls on a Saturday "
                             "or Sunday: the nearest weekday (Friday or Monday), or the next "
                             "Monday."));

    mNth = new QComboBox(this);
    mNth->addItem(tr("First"), 1);
    mNth->addItem(tr("Second"), 2);
    mNth->addItem(tr("Third"), 3);
    mNth->addItem(tr("Fourth"), 4);
    mNth->addItem(tr("Last"), -1);
    mNthWeekday = new QComboBox(this);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        mNthWeekday->addItem(QLocale().standaloneDayName(day), day);
    mNthMonth = monthCombo(this);

    mEasterOffset = new QSpinBox(this);
    mEasterOffset->setRange(-60, 60);
    mEasterOffset->setSuffix(tr(" days"));
    mEasterOffset->setToolTip(tr("Days after Easter Sunday: Easter Monday is 1, Good Friday "
                                 "is -2, Whit Monday is 50."));

    mPages = new QStackedWidget(this);
    mPages->addWidget(page(this, {{tr("&Date:"), mDate}}));
    mPages->addWidget(page(this, {{tr("&Month:"), mFixedMonth},
                                  {tr("D&ay:"), mFixedDay},
                                  {tr("On a &weekend:"), mObserved}}));
    mPages->addWidget(page(
        this, {{tr("&Which:"), mNth}, {tr("&Weekday:"), mNthWeekday}, {tr("&Month:"), mNthMonth}}));
    mPages->addWidget(page(this, {{tr("&Offset:"), mEasterOffset}}));

    mPreview = newNamed<QLabel>(u"holidayPreview"_s, this);
    mPreview->setWordWrap(true);

    auto *form = newForm({{tr("&Name:"), mName}, {tr("&Kind:"), mKind}});
    mButtons = newDialogButtons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mPages);
    layout->addWidget(mPreview);
    layout->addStretch();
    layout->addWidget(mButtons);

    connect(mKind, &QComboBox::currentIndexChanged, this, [this](int index) {
        mPages->setCurrentIndex(index);
        update();
    });
    connect(mName, &QLineEdit::textChanged, this, &HolidayRuleDialog::update);
    connect(mDate, &DateEdit::dateChanged, this, &HolidayRuleDialog::update);
    // Text that is no date disables OK at once, not only once it is a date again.
    connect(mDate->lineEdit(), &QLineEdit::textChanged, this, &HolidayRuleDialog::update);
    for (QComboBox *combo : {mFixedMonth, mObserved, mNth, mNthWeekday, mNthMonth})
        connect(combo, &QComboBox::currentIndexChanged, this, &HolidayRuleDialog::update);
    for (QSpinBox *spin : {mFixedDay, mEasterOffset})
        connect(spin, &QSpinBox::valueChanged, this, &HolidayRuleDialog::update);
    setMinimumWidth(420);
    update();
}

void HolidayRuleDialog::setRule(const HolidayRule &rule)
{
    mName->setText(rule.name());
    mKind->setCurrentIndex(mKind->findData(int(rule.kind())));
    switch (rule.kind()) {
    case HolidayRule::Kind::Date:
        mDate->setDate(rule.date());
        break;
    case HolidayRule::Kind::Fixed:
        mFixedMonth->setCurrentIndex(mFixedMonth->findData(rule.month()));
        mFixedDay->setValue(rule.day());
        mObserved->setCurrentIndex(mObserved->findData(int(rule.observed())));
        break;
    case HolidayRule::Kind::NthWeekday:
        mNth->setCurrentIndex(mNth->findData(rule.nth()));
        mNthWeekday->setCurrentIndex(mNthWeekday->findData(int(rule.weekday())));
        mNthMonth->setCurrentIndex(mNthMonth->findData(rule.month()));
        break;
    case HolidayRule::Kind::Easter:
        mEasterOffset->setValue(rule.easterOffset());
        break;
    }
    update();
}

HolidayRule HolidayRuleDialog::rule() const
{
    const QString name = mName->text().trimmed();
    switch (HolidayRule::Kind(mKind->currentData().toInt())) {
    case HolidayRule::Kind::Date:
        return HolidayRule::oneOff(mDate->date(), name);
    case HolidayRule::Kind::Fixed:
        return HolidayRule::fixed(mFixedMonth->currentData().toInt(), mFixedDay->value(),
                                  HolidayRule::Observed(mObserved->currentData().toInt()), name);
    case HolidayRule::Kind::NthWeekday:
        return HolidayRule::nthWeekday(mNth->currentData().toInt(),
                                       Qt::DayOfWeek(mNthWeekday->currentData().toInt()),
                                       mNthMonth->currentData().toInt(), name);
    case HolidayRule::Kind::Easter:
        return HolidayRule::easterRelative(mEasterOffset->value(), name);
    }
    return {};
}

void HolidayRuleDialog::update()
{
    const HolidayRule current = rule();
    const Result<void> valid = current.validate();
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(valid.ok());
    if (!valid) {
        mPreview->setText(
            u"<span style='color:#b00020'>%1</span>"_s.arg(valid.errorString().toHtmlEscaped()));
        return;
    }
    // The next few closed days are the quickest check that the rule means what was meant.
    QStringList days;
    QDate from = QDate::currentDate();
    for (int i = 0; i < 3; ++i) {
        const QDate next = HolidayRulesModel::nextClosedDay(current, from);
        if (!next.isValid())
            break;
        days.append(QLocale().toString(next, QLocale::LongFormat));
        from = next.addDays(1);
    }
    mPreview->setText(days.isEmpty() ? tr("Closes no day from today on.")
                                     : tr("Closes: %1").arg(days.join(u"; "_s)));
}

} // namespace Accordo
