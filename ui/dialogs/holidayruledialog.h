#pragma once

#include "calendar/holidayrule.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace Accordo {

class DateEdit;

/// Adds or edits one holiday rule: a one-off date, a fixed day, an nth weekday or a day
/// relative to Easter, with the days it closes in the coming years as a check.
class HolidayRuleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HolidayRuleDialog(QWidget *parent = nullptr);

    void setRule(const HolidayRule &rule);
    HolidayRule rule() const;

private:
    void update();

    QLineEdit *mName;
    QComboBox *mKind;
    QStackedWidget *mPages;
    DateEdit *mDate;
    QComboBox *mFixedMonth;
    QSpinBox *mFixedDay;
    QComboBox *mObserved;
    QComboBox *mNth;
    QComboBox *mNthWeekday;
    QComboBox *mNthMonth;
    QSpinBox *mEasterOffset;
    QLabel *mPreview;
    QDialogButtonBox *mButtons;
};

} // namespace Accordo
