#pragma once

#include "calendar/holidayrule.h"
#include "models/rowtablemodel.h"

#include <QDate>

namespace Accordo {

/// The holiday rules of a calendar being edited, each with the next day it closes.
class HolidayRulesModel : public RowTableModel<HolidayRule>
{
    Q_OBJECT

public:
    enum Column { Name, Rule, Observed, Next, ColumnCount };

    explicit HolidayRulesModel(QObject *parent = nullptr);

    QList<HolidayRule> rules() const { return rows(); }
    void setRules(const QList<HolidayRule> &rules);
    HolidayRule rule(int row) const { return rows().value(row); }
    /// Appends the rule; returns its row.
    int addRule(const HolidayRule &rule);
    void replaceRule(int row, const HolidayRule &rule);
    void removeRule(int row);

    /// "Every 25 December", "Last Monday of May", "Easter Sunday + 1 day", "7 December 2026".
    static QString describe(const HolidayRule &rule);
    static QString describe(HolidayRule::Observed observed);
    /// The first day on or after `from` that the rule closes, or an invalid date.
    static QDate nextClosedDay(const HolidayRule &rule, QDate from);

    /// The day "Next" counts from; today unless a test fixes it.
    void setToday(QDate today);

protected:
    int columns() const override { return ColumnCount; }
    QVariant header(int section) const override;
    QVariant cell(const HolidayRule &rule, int column, int role) const override;

private:
    QDate mToday;
};

} // namespace Accordo
